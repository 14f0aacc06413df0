#include "MatchFilterModel.h"

#include "MatchModel.h"

MatchFilterModel::MatchFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MatchModel::SortRole);
    setDynamicSortFilter(true);
}

void MatchFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void MatchFilterModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

bool MatchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = TriageStatus(index.data(MatchModel::StatusRole).toInt());
    if (m_status == StatusFilter::Open && status == TriageStatus::NotRelevant) {
        return false;
    }
    if (m_status == StatusFilter::NewOnly && status != TriageStatus::New) {
        return false;
    }
    return m_text.isEmpty() || index.data(MatchModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}
