#pragma once

#include "core/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Read-only audit log: what was sent where, when, and how it ended.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        PatientColumn,
        DestinationColumn,
        FieldsColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit AuditModel(QObject* parent = nullptr);
    void setEntries(const QList<AuditEntry>& entries, const QHash<qint64, QString>& patientNames);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_patientNames;
};
