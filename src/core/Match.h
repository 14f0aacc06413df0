#pragma once

#include "TriageStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A remote patient returned by a node for one local patient. Keyed by
// (patientRowId, nodeName, remotePatientId).
struct Match
{
    qint64 rowId = 0;
    qint64 patientRowId = 0;
    QString nodeName;
    QString remotePatientId;
    double nodeScore = 0.0;      // the node's own score.patient (not comparable across nodes)
    double localScore = 0.0;     // MatchDesk's re-score in [0,1]
    double phenotypeScore = 0.0;
    double genotypeScore = 0.0;
    QByteArray remoteRecord;     // the full remote MME patient JSON, as received (compact)
    QByteArray explanation;      // JSON explanation of the local score
    QString disclaimer;          // the node's disclaimer, shown with the data
    QDateTime firstSeen;
    QDateTime lastSeen;
    TriageStatus status = TriageStatus::New;
    QString notes;
    bool withdrawn = false;      // no longer returned by its node

    bool operator==(const Match&) const = default;
};
