#include "TermSuggestionModel.h"

#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"

#include <QFont>

TermSuggestionModel::TermSuggestionModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void TermSuggestionModel::setOntology(std::shared_ptr<const HpoOntology> ontology)
{
    beginResetModel();
    m_ontology = std::move(ontology);
    m_hits.clear();
    endResetModel();
}

void TermSuggestionModel::setTranslations(std::shared_ptr<const HpoTranslations> translations)
{
    beginResetModel();
    m_translations = std::move(translations);
    endResetModel();
}

void TermSuggestionModel::setHits(const QList<TermSearchHit>& hits)
{
    beginResetModel();
    m_hits = m_ontology ? hits : QList<TermSearchHit>();
    endResetModel();
}

int TermSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant TermSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_ontology) {
        return {};
    }
    const TermSearchHit& hit = m_hits.at(index.row());
    const int term = hit.term;
    HpoTranslations::Status status = HpoTranslations::Status::None;
    const QString english = m_ontology->name(term);
    const QString label = m_translations ? m_translations->displayLabel(term, &status) : english;
    switch (role) {
    case Qt::DisplayRole:
        if (hit.synonym) {
            return tr("%1  ·  %2  (synonym: %3)").arg(label, m_ontology->id(term), hit.matchedText);
        }
        return tr("%1  ·  %2").arg(label, m_ontology->id(term));
    case Qt::FontRole:
        if (status == HpoTranslations::Status::Candidate) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString definition =
            m_translations ? m_translations->displayDefinition(term) : m_ontology->definition(term);
        QStringList lines;
        if (status != HpoTranslations::Status::None) {
            lines << (status == HpoTranslations::Status::Candidate
                          ? tr("English: %1 (machine translation, not yet approved)").arg(english)
                          : tr("English: %1").arg(english));
        }
        lines << (definition.isEmpty() ? label : definition);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(label, m_ontology->id(term));
    case EnglishLabelRole:
        return english;
    case TermIdRole:
        return m_ontology->id(term);
    case TermIndexRole:
        return term;
    case KindRole:
        return int(hit.kind);
    default:
        return {};
    }
}
