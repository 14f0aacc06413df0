#pragma once

#include "core/PhenotypeFeature.h"
#include "matching/HpoTranslations.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <memory>

class HpoOntology;
class InformationContent;

// The phenotype profile of the open patient, with the picker's warnings per row: redundant terms
// (an observed term whose observed descendant is also listed) and observed/excluded conflicts
// (an excluded term that is an observed term or one of its ancestors).
class PhenotypeFeatureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TermColumn,
        IdColumn,
        StatusColumn,
        OnsetColumn,
        ColumnCount
    };
    enum Role
    {
        WarningRole = Qt::UserRole + 1,
        TermIdRole,
        EnglishLabelRole,
    };

    explicit PhenotypeFeatureModel(QObject* parent = nullptr);
    void setOntology(std::shared_ptr<const HpoOntology> ontology,
                     std::shared_ptr<const InformationContent> ic);
    // Labels in the UI language (null = English): the English label goes in the tooltip,
    // candidate (machine) translations in italics. The stored features keep English labels.
    void setTranslations(std::shared_ptr<const HpoTranslations> translations);
    // The tooltip line naming the English label of a term shown translated ("" for English),
    // marking candidate translations; shared with the other views of HPO labels.
    static QString englishNote(const QString& english, HpoTranslations::Status status);
    void setFeatures(const QList<PhenotypeFeature>& features);
    const QList<PhenotypeFeature>& features() const { return m_features; }
    // The language changed: header and cell texts are computed on demand, so the views are told
    // that all of them changed; the warnings are worded again.
    void retranslate();

    // One message per problem, for the summary under the table.
    QStringList warnings() const;
    // Sum of the information content of the observed terms (0 without IC data).
    double totalInformationContent() const;
    bool hasInformationContent() const { return m_ic != nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void computeWarnings();
    QString label(int term) const;

    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const InformationContent> m_ic;
    std::shared_ptr<const HpoTranslations> m_translations;
    QList<PhenotypeFeature> m_features;
    QStringList m_rowWarnings; // per row ("" = none)
};
