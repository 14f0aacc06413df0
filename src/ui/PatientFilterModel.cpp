#include "PatientFilterModel.h"

#include "PatientListModel.h"

#include <QDateTime>

PatientFilterModel::PatientFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PatientFilterModel::setFilter(Filter filter)
{
    m_filter = filter;
    invalidateFilter();
}

void PatientFilterModel::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool PatientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty()
        && !index.data(PatientListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive)) {
        return false;
    }
    const QDateTime last = index.data(PatientListModel::LastQueriedRole).toDateTime();
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::NewMatches:
        return index.data(PatientListModel::NewMatchesRole).toInt() > 0;
    case Filter::ConsentMissing:
        return !index.data(PatientListModel::ConsentRole).toBool();
    case Filter::NeverQueried:
        return !last.isValid();
    case Filter::NotQueriedRecently:
        return !last.isValid() || last.daysTo(QDateTime::currentDateTimeUtc()) > 90;
    }
    return true;
}

bool PatientFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == PatientListModel::LastQueriedColumn) {
        return left.data(PatientListModel::LastQueriedRole).toDateTime()
               < right.data(PatientListModel::LastQueriedRole).toDateTime();
    }
    if (left.column() == PatientListModel::NewMatchesColumn) {
        return left.data(PatientListModel::NewMatchesRole).toInt() < right.data(PatientListModel::NewMatchesRole).toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
