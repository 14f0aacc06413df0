#pragma once

#include "core/Node.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The configured MME nodes (the user's and those deployed by policy) with the last test result.
class NodeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        EnabledColumn,
        StatusColumn,
        ColumnCount
    };

    explicit NodeModel(QObject* parent = nullptr);
    void setNodes(const QList<Node>& nodes);
    const QList<Node>& nodes() const { return m_nodes; }
    void setStatus(const QString& nodeName, const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Node> m_nodes;
    QHash<QString, QString> m_status;
};
