#pragma once

#include "Alert.h"
#include "AuditEntry.h"
#include "Match.h"
#include "Node.h"
#include "Patient.h"
#include "SqliteDatabase.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

// The local SQLite database: patients, nodes, matches, alerts and the append-only audit log.
// Every multi-row write runs in one transaction (all or nothing). Safe to share between the GUI
// and the CLI at the same time (WAL + busy timeout). All methods throw StoreError on failure.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int kSchemaVersion = 3;

    Store() = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens or creates the database. Checks integrity, backs the file up before migrating, then
    // migrates forward to targetVersion (tests use a lower one to build an old database).
    void open(const QString& path, int targetVersion = kSchemaVersion);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    int schemaVersion();
    // Backups written by migrations (path of the most recent one, empty if none this session).
    QString lastBackupPath() const { return m_lastBackup; }

    // Patients. savePatient inserts (rowId == 0) or replaces the whole patient; sets rowId,
    // created and modified.
    void savePatient(Patient& patient);
    // All or nothing; progress(done, total) is called between patients and may return false to
    // cancel, in which case nothing is written and StoreError is thrown.
    void savePatients(QList<Patient>& patients,
                      const std::function<bool(qsizetype, qsizetype)>& progress = {});
    std::optional<Patient> patient(qint64 rowId);
    std::optional<Patient> patientByLocalId(const QString& localId);
    QList<Patient> patients();
    QList<qint64> patientRowIds();
    qsizetype patientCount();
    void deletePatient(qint64 rowId);

    // Nodes (by unique name).
    void saveNode(Node& node);
    QList<Node> nodes();
    std::optional<Node> node(const QString& name);
    void removeNode(const QString& name);

    // Matches, keyed by (patientRowId, nodeName, remotePatientId). upsertMatch keeps
    // firstSeen, status and notes of a known match and updates the rest.
    void upsertMatch(Match& match);
    QList<Match> matches(qint64 patientRowId);
    std::optional<Match> match(qint64 rowId);
    void setTriage(qint64 matchRowId, TriageStatus status, const QString& notes);

    // Alerts.
    void addAlert(Alert& alert);
    QList<Alert> alerts(bool unreadOnly = false);
    void markAlertsRead(qint64 matchRowId);

    // Audit (append-only: UPDATE and DELETE are refused by the database itself).
    void appendAudit(AuditEntry& entry);
    QList<AuditEntry> auditEntries(qint64 patientRowId = 0, const QString& destination = {});

    // Key/value metadata (e.g. the installation's creation time).
    QString meta(const QString& key);
    void setMeta(const QString& key, const QString& value);

    // The underlying connection, for libraries that own additional tables (created by the
    // schema migrations in StoreSchema).
    SqliteDatabase& database() { return m_db; }

private:
    void writePatient(Patient& patient);
    Patient readPatient(SqliteStatement& row);
    // Fills features, variants, disorders and references (onlyRowId 0: every patient in the list).
    void loadChildren(QList<Patient>& patients, qint64 onlyRowId);
    Match readMatch(SqliteStatement& row);

    SqliteDatabase m_db;
    QString m_lastBackup;
};
