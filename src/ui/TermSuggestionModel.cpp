#include "TermSuggestionModel.h"

#include "matching/HpoOntology.h"

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
    switch (role) {
    case Qt::DisplayRole:
        if (hit.synonym) {
            return tr("%1  ·  %2  (synonym: %3)").arg(m_ontology->name(term), m_ontology->id(term), hit.matchedText);
        }
        return tr("%1  ·  %2").arg(m_ontology->name(term), m_ontology->id(term));
    case Qt::ToolTipRole: {
        const QString definition = m_ontology->definition(term);
        return definition.isEmpty() ? m_ontology->name(term) : definition;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(m_ontology->name(term), m_ontology->id(term));
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
