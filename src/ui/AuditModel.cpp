#include "AuditModel.h"

#include <QLocale>

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setEntries(const QList<AuditEntry>& entries, const QHash<qint64, QString>& patientNames)
{
    beginResetModel();
    m_entries = entries;
    m_patientNames = patientNames;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        return tr("Pseudonym seen by the destination: %1\nSHA-256 of the bytes sent: %2\nFields: %3")
            .arg(e.pseudonym.isEmpty() ? tr("none") : e.pseudonym, QString::fromLatin1(e.payloadSha256),
                 e.fieldsSent.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
    case ActionColumn:
        return e.action;
    case PatientColumn:
        if (e.patientRowId == 0) {
            return QString();
        }
        return m_patientNames.value(e.patientRowId, tr("deleted patient #%1").arg(e.patientRowId));
    case DestinationColumn:
        return e.destination;
    case FieldsColumn:
        return tr("%n field(s)", "", int(e.fieldsSent.size()));
    case OutcomeColumn:
        return e.outcome;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case PatientColumn:
        return tr("Patient");
    case DestinationColumn:
        return tr("Sent to");
    case FieldsColumn:
        return tr("Data");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}
