#pragma once

#include "NodeMatch.h"
#include "NodeStatus.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What one node answered in a federated query.
struct NodeResult
{
    QString nodeName;
    QUrl baseUrl;
    NodeStatus status = NodeStatus::Pending;
    QString message; // human-readable detail: the node's message, what was malformed, TLS detail ...
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QByteArray httpVersion;        // "2", "1.1"
    QStringList supportedVersions; // 406: versions the node accepts ("1.0", "1.1")
    QList<NodeMatch> matches;      // valid results, sorted by localScore descending
    QStringList dropped; // invalid results left out, each with its reason ("results[2].patient.id: missing")
    QString disclaimer;  // the node's disclaimer, to show with its data
    QString pseudonym;   // the id the node saw
    QByteArray payloadSha256; // hex SHA-256 of the exact bytes sent (empty if nothing was sent)

    bool ok() const { return status == NodeStatus::Ok; }
    // One line: "ok 3 results in 312 ms", "timeout after 30000 ms", "401 invalid API key" ...
    QString summary() const;
};
Q_DECLARE_METATYPE(NodeResult)
