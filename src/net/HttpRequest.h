#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// One HTTP request for CurlTransport, with the per-node connection policy.
struct HttpRequest
{
    QByteArray method = "GET"; // "GET" | "POST"
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
    }

    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 30000;
    qint64 maxResponseBytes = 10 * 1024 * 1024;
    QString caBundlePath;    // PEM CAs to trust (empty: the system store)
    QString pinnedPublicKey; // CURLOPT_PINNEDPUBLICKEY: "sha256//base64[;sha256//...]" or a PEM/DER file
    QString clientCertPath;  // PEM
    QString clientKeyPath;   // PEM (unencrypted)
};
