#pragma once

#include <QSortFilterProxyModel>

// Filters the patient list by free text and by one of the clinician's quick filters.
class PatientFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter
    {
        All,
        NewMatches,
        ConsentMissing,
        NeverQueried,
        NotQueriedRecently, // not in the last 90 days
    };

    explicit PatientFilterModel(QObject* parent = nullptr);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Filter m_filter = Filter::All;
    QString m_text;
};
