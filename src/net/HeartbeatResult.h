#pragma once

#include "NodeStatus.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// GET <base>/heartbeat ("test connection").
struct HeartbeatResult
{
    QString nodeName;
    NodeStatus status = NodeStatus::Pending;
    QString message;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QByteArray httpVersion;
    bool production = false;
    QString version;    // the node software's version
    QStringList accept; // media types the node accepts
    QString disclaimer;

    bool ok() const { return status == NodeStatus::Ok; }
    QString summary() const;
};
