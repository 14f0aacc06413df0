#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One accountable disclosure or action. The audit table is append-only (enforced by triggers).
struct AuditEntry
{
    qint64 rowId = 0;
    QDateTime time;            // UTC
    QString action;            // "mme.match", "mme.heartbeat", "export.phenopacket", "alerts.run", ...
    qint64 patientRowId = 0;   // 0 when not about one patient
    QString pseudonym;         // the id the destination saw
    QString destination;       // node name + URL, or file path
    QByteArray payloadSha256;  // hex SHA-256 of the exact bytes sent
    QStringList fieldsSent;    // JSON paths of the fields that left, e.g. "patient.features[].id"
    QString outcome;           // "ok 3 results", "timeout", "401", ...

    bool operator==(const AuditEntry&) const = default;
};
