#pragma once

#include <QSortFilterProxyModel>

// Sorting (numeric for scores) and filtering of the results table by text and triage status.
class MatchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Open,    // everything but "not relevant"
        NewOnly,
    };

    explicit MatchFilterModel(QObject* parent = nullptr);
    void setText(const QString& text);
    void setStatusFilter(StatusFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    StatusFilter m_status = StatusFilter::All;
};
