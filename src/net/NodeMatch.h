#pragma once

#include "core/Patient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// One valid patient returned by a node for the query patient, re-scored locally.
struct NodeMatch
{
    QString nodeName;
    QString remoteId;
    double nodeScore = 0.0;  // the node's score.patient (node-specific, not comparable)
    double localScore = 0.0; // MatchDesk's comparable re-score in [0,1]
    double phenotypeScore = 0.0;
    double genotypeScore = 0.0;
    QJsonObject record;     // the remote MME patient object as received
    Patient patient;        // parsed from record
    QByteArray explanation; // JSON (compact): shared/similar phenotypes, shared genes, variants, zygosity
    qint64 matchRowId = 0;  // Store row once saved
    bool isNew = false;     // first time this (patient, node, remote id) was seen
};
