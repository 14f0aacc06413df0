#pragma once

#include "core/Alert.h"

#include <QAbstractTableModel>
#include <QList>

class Store;

// The alerts inbox: one row per alert (newest first) with its patient, node, remote id, kind,
// reason and time. Unread alerts are bold; unreadCount() feeds the window's and the tray's count.
class AlertInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        PatientColumn,
        NodeColumn,
        RemoteIdColumn,
        KindColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        AlertRowIdRole = Qt::UserRole + 1,
        MatchRowIdRole,
        PatientRowIdRole,
        UnreadRole,
        KindRole,
    };

    struct Row
    {
        Alert alert;
        QString patient;
        QString node;
        QString remoteId;
    };

    explicit AlertInboxModel(QObject* parent = nullptr);

    // Re-reads the alerts (unread only, or all).
    void reload(Store& store);
    void setUnreadOnly(bool unreadOnly);
    bool unreadOnly() const { return m_unreadOnly; }
    int unreadCount() const { return m_unread; }
    const Row& row(int index) const { return m_rows.at(index); }
    int rowOfAlert(qint64 alertRowId) const;

    static QString kindLabel(Alert::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    bool m_unreadOnly = true;
    int m_unread = 0;
};
