#include "NodeModel.h"

#include <QColor>

NodeModel::NodeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void NodeModel::setNodes(const QList<Node>& nodes)
{
    beginResetModel();
    m_nodes = nodes;
    endResetModel();
}

void NodeModel::setStatus(const QString& nodeName, const QString& status)
{
    m_status.insert(nodeName, status);
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).name == nodeName) {
            emit dataChanged(index(i, StatusColumn), index(i, StatusColumn));
        }
    }
}

int NodeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Node& n = m_nodes.at(index.row());
    if (role == Qt::ToolTipRole && n.lockedByPolicy) {
        return tr("Set by your IT department");
    }
    if (role == Qt::ForegroundRole && !n.enabled) {
        return QColor(Qt::gray);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return n.lockedByPolicy ? tr("%1 (policy)").arg(n.name) : n.name;
    case UrlColumn:
        return n.baseUrl.toDisplayString();
    case EnabledColumn:
        return n.enabled ? tr("enabled") : tr("disabled");
    case StatusColumn:
        return m_status.value(n.name);
    default:
        return {};
    }
}

QVariant NodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Node");
    case UrlColumn:
        return tr("Base URL");
    case EnabledColumn:
        return tr("State");
    case StatusColumn:
        return tr("Last test");
    default:
        return {};
    }
}
