#pragma once

#include "PatientSummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class Store;

// The patients of the local database, one row each.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        TermsColumn,
        NewMatchesColumn,
        LastQueriedColumn,
        ColumnCount
    };
    enum Role
    {
        RowIdRole = Qt::UserRole + 1,
        ConsentRole,
        NewMatchesRole,
        LastQueriedRole,
        SearchTextRole,
    };

    explicit PatientListModel(QObject* parent = nullptr);

    // Re-reads every patient (skipping the hidden ones: deleted but still undoable).
    void reload(Store& store);
    void setHidden(const QSet<qint64>& rowIds);
    // The language changed: header and cell texts are computed on demand, so the views are told
    // that all of them changed.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfRowId(qint64 rowId) const;
    const PatientSummary& summary(int row) const { return m_rows.at(row); }
    void setRows(const QList<PatientSummary>& rows); // for tests

private:
    QList<PatientSummary> m_all;
    QList<PatientSummary> m_rows;
    QSet<qint64> m_hidden;
};
