#pragma once

#include "matching/TermSearch.h"

#include <QAbstractListModel>
#include <QList>
#include <memory>

class HpoOntology;
class HpoTranslations;

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
        EnglishLabelRole,
    };

    explicit TermSuggestionModel(QObject* parent = nullptr);
    void setOntology(std::shared_ptr<const HpoOntology> ontology);
    // Labels in the UI language (null = English); the English label goes in the tooltip and
    // candidate (machine) translations are shown in italics.
    void setTranslations(std::shared_ptr<const HpoTranslations> translations);
    void setHits(const QList<TermSearchHit>& hits);
    const QList<TermSearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const HpoTranslations> m_translations;
    QList<TermSearchHit> m_hits;
};
