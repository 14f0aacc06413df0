#include "AlertInboxModel.h"

#include "UiLogging.h"
#include "alerts/AlertReason.h"
#include "core/MatchDeskError.h"
#include "core/Store.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <algorithm>

AlertInboxModel::AlertInboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AlertInboxModel::setUnreadOnly(bool unreadOnly)
{
    m_unreadOnly = unreadOnly;
}

void AlertInboxModel::reload(Store& store)
{
    QList<Row> rows;
    int unread = 0;
    try {
        QHash<qint64, QString> patients;
        const QList<Alert> alerts = store.alerts(false);
        for (const Alert& a : alerts) {
            if (!a.read) {
                ++unread;
            } else if (m_unreadOnly) {
                continue;
            }
            Row r;
            r.alert = a;
            if (!patients.contains(a.patientRowId)) {
                const auto p = store.patient(a.patientRowId);
                patients.insert(
                    a.patientRowId,
                    !p ? QString()
                       : (p->label.isEmpty()
                              ? p->localId
                              : tr("%1 (%2)", "patient label (local id)").arg(p->label, p->localId)));
            }
            r.patient = patients.value(a.patientRowId);
            if (const auto m = store.match(a.matchRowId)) {
                r.node = m->nodeName;
                r.remoteId = m->remotePatientId;
            }
            rows.append(r);
        }
    } catch (const StoreError& e) {
        qCWarning(lcUi) << "cannot read alerts:" << e.message();
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.alert.created > b.alert.created; });
    beginResetModel();
    m_rows = rows;
    m_unread = unread;
    endResetModel();
}

int AlertInboxModel::rowOfAlert(qint64 alertRowId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).alert.rowId == alertRowId) {
            return i;
        }
    }
    return -1;
}

QString AlertInboxModel::kindLabel(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::NewMatch:
        return tr("New match");
    case Alert::Kind::ChangedMatch:
        return tr("Changed");
    case Alert::Kind::WithdrawnMatch:
        return tr("Withdrawn");
    }
    return {};
}

int AlertInboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertInboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertInboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.alert.created.toLocalTime(), QLocale::ShortFormat);
        case PatientColumn:
            return r.patient;
        case NodeColumn:
            return r.node;
        case RemoteIdColumn:
            return r.remoteId;
        case KindColumn:
            return kindLabel(r.alert.kind);
        case ReasonColumn:
            return AlertReason::describe(r.alert.reason);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == RemoteIdColumn) {
            return index.data(Qt::DisplayRole);
        }
        return {};
    case Qt::FontRole:
        if (!r.alert.read) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case AlertRowIdRole:
        return r.alert.rowId;
    case MatchRowIdRole:
        return r.alert.matchRowId;
    case PatientRowIdRole:
        return r.alert.patientRowId;
    case UnreadRole:
        return !r.alert.read;
    case KindRole:
        return int(r.alert.kind);
    default:
        return {};
    }
}

QVariant AlertInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PatientColumn:
        return tr("Patient");
    case NodeColumn:
        return tr("Node");
    case RemoteIdColumn:
        return tr("Remote id");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
