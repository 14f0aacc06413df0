#pragma once

#include <QString>
#include <QUrl>

// A remote Matchmaker Exchange node this installation queries. The X-Auth-Token is NOT here:
// it lives in the OS keychain under keychainKey().
struct Node
{
    qint64 rowId = 0;
    QString name;              // unique, user-chosen
    QUrl baseUrl;              // <base>; the client appends /match, /heartbeat, /metrics
    QString mediaTypeVersion = QStringLiteral("1.0"); // "1.0" or "1.1"
    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 30000;
    QString caBundlePath;      // PEM file with the CAs to trust for this node (empty: system store)
    QString pinnedPublicKey;   // libcurl CURLOPT_PINNEDPUBLICKEY syntax ("sha256//base64;...")
    QString clientCertPath;    // optional client certificate (PEM)
    QString clientKeyPath;
    bool enabled = true;
    bool lockedByPolicy = false; // deployed by IT policy: read-only in the UI

    QString keychainKey() const { return QStringLiteral("node-token/") + name; }
    bool operator==(const Node&) const = default;
};
