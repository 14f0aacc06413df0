#pragma once

#include <QString>

// Serving parameters of an MME node (all set from the command line of `matchdesk-node serve`).
struct NodeConfig
{
    QString basePath;                  // normalised: "" or "/mme" (leading '/', no trailing '/')
    int maxResults = 10;               // at most this many results per query
    double minScore = 0.0;             // results must score strictly above this
    QString disclaimer;                // sent with every response when not empty
    qint64 maxBodyBytes = 1024 * 1024; // larger request bodies are answered 413
    int maxHeaderBytes = 16 * 1024;    // larger header blocks are answered 431
    int requestTimeoutMs = 10000;      // an incomplete request (or TLS handshake) is closed after this
    int idleTimeoutMs = 60000;         // an idle keep-alive connection is closed after this
    bool production = false;           // reported by /heartbeat
    QString contactName = QStringLiteral("MatchDesk node"); // for cases without their own contact
    QString contactHref = QStringLiteral("https://matchdesk.example.org/contact");

    // "mme", "/mme/", "/" -> "/mme", "/mme", "".
    static QString normaliseBasePath(const QString& path);
};
