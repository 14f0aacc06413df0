#pragma once

#include "matching/TermSearch.h"

#include <QAbstractListModel>
#include <QList>
#include <memory>

class HpoOntology;

// Ranked HPO suggestions for the phenotype picker (one row per term).
class TermSuggestionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TermIdRole = Qt::UserRole + 1,
        TermIndexRole,
        KindRole,
    };

    explicit TermSuggestionModel(QObject* parent = nullptr);
    void setOntology(std::shared_ptr<const HpoOntology> ontology);
    void setHits(const QList<TermSearchHit>& hits);
    const QList<TermSearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const HpoOntology> m_ontology;
    QList<TermSearchHit> m_hits;
};
