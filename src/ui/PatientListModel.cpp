#include "PatientListModel.h"

#include "UiLogging.h"
#include "core/Store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

PatientListModel::PatientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PatientListModel::reload(Store& store)
{
    QList<PatientSummary> rows;
    try {
        for (const Patient& p : store.patients()) {
            PatientSummary s;
            s.rowId = p.rowId;
            s.localId = p.localId;
            s.label = p.label;
            s.consentGranted = p.consent.allowsMatching();
            s.observedTerms = p.observedCount();
            s.excludedTerms = p.excludedCount();
            s.variants = int(p.variants.size());
            s.modified = p.modified;
            for (const Match& m : store.matches(p.rowId)) {
                ++s.matches;
                if (m.status == TriageStatus::New && !m.withdrawn) {
                    ++s.newMatches;
                }
                if (!s.lastQueried.isValid() || m.lastSeen > s.lastQueried) {
                    s.lastQueried = m.lastSeen;
                }
            }
            for (const AuditEntry& a : store.auditEntries(p.rowId)) {
                if (a.action == QLatin1String("mme.match") &&
                    (!s.lastQueried.isValid() || a.time > s.lastQueried)) {
                    s.lastQueried = a.time;
                }
            }
            rows << s;
        }
    } catch (const StoreError& e) {
        qCWarning(lcUi) << "cannot list patients:" << e.message();
    }
    m_all = rows;
    setHidden(m_hidden);
}

void PatientListModel::setRows(const QList<PatientSummary>& rows)
{
    m_all = rows;
    setHidden(m_hidden);
}

void PatientListModel::setHidden(const QSet<qint64>& rowIds)
{
    beginResetModel();
    m_hidden = rowIds;
    m_rows.clear();
    for (const auto& s : m_all) {
        if (!m_hidden.contains(s.rowId)) {
            m_rows << s;
        }
    }
    endResetModel();
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PatientSummary& s = m_rows.at(index.row());
    switch (role) {
    case RowIdRole:
        return s.rowId;
    case ConsentRole:
        return s.consentGranted;
    case NewMatchesRole:
        return s.newMatches;
    case LastQueriedRole:
        return s.lastQueried;
    case SearchTextRole:
        return QString(s.label + QLatin1Char(' ') + s.localId);
    default:
        break;
    }
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole) {
            return s.label.isEmpty() ? s.localId : s.label;
        }
        if (role == Qt::ToolTipRole) {
            QString tip =
                tr("%1 (local id %2)\n%n observed term(s)", "", s.observedTerms).arg(s.label, s.localId);
            if (!s.consentGranted) {
                tip += QLatin1Char('\n') + tr("Consent to matchmaking not recorded");
            }
            return tip;
        }
        if (role == Qt::ForegroundRole && !s.consentGranted) {
            return QColor(0x8a, 0x5a, 0x00);
        }
        break;
    case TermsColumn:
        if (role == Qt::DisplayRole) {
            return s.observedTerms;
        }
        if (role == Qt::ToolTipRole) {
            return tr("%n observed term(s)", "", s.observedTerms);
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case NewMatchesColumn:
        if (role == Qt::DisplayRole) {
            return s.newMatches > 0 ? QVariant(s.newMatches) : QVariant(QString());
        }
        if (role == Qt::ToolTipRole) {
            return tr("%n new match(es)", "", s.newMatches);
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::FontRole && s.newMatches > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case LastQueriedColumn:
        if (role == Qt::DisplayRole) {
            return s.lastQueried.isValid()
                       ? QLocale().toString(s.lastQueried.toLocalTime().date(), QLocale::ShortFormat)
                       : tr("never");
        }
        if (role == Qt::UserRole) {
            return s.lastQueried;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LabelColumn:
        return tr("Patient");
    case TermsColumn:
        return tr("Terms");
    case NewMatchesColumn:
        return tr("New");
    case LastQueriedColumn:
        return tr("Last queried");
    default:
        return {};
    }
}

QModelIndex PatientListModel::indexOfRowId(qint64 rowId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).rowId == rowId) {
            return index(i, 0);
        }
    }
    return {};
}
