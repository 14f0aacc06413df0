#pragma once

#include <QByteArray>
#include <QString>

// One patient returned by a node, already re-scored locally.
struct RemoteMatch
{
    QString remoteId;
    double nodeScore = 0.0;
    double localScore = 0.0;
    double phenotypeScore = 0.0;
    double genotypeScore = 0.0;
    QByteArray record;      // the remote MME patient JSON (compact)
    QByteArray explanation; // JSON explanation of the local score
};
