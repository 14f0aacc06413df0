#pragma once

#include "CurlTransport.h"
#include "HeartbeatResult.h"
#include "NodeResult.h"
#include "core/Node.h"

#include <QByteArray>
#include <functional>

// Talks MME to one node: POST <base>/match and GET <base>/heartbeat with the node's media type
// version, X-Auth-Token, timeouts and TLS settings; classifies the outcome into a NodeStatus.
// The token is passed in (the caller reads it from the SecretStore) and is never logged.
class MmeClient
{
public:
    explicit MmeClient(CurlTransport& transport = CurlTransport::shared());

    // The request for a node (headers, URL, TLS options); body/method set by the caller.
    static HttpRequest request(const Node& node, const QByteArray& token, const QString& endpoint);
    // "<base>/match" (a trailing slash on the base is optional).
    static QUrl endpointUrl(const QUrl& base, const QString& endpoint);

    using MatchCallback = std::function<void(NodeResult)>;
    using HeartbeatCallback = std::function<void(HeartbeatResult)>;
    // Sends `body` (the exact bytes built by OutgoingRequest). The callback receives status,
    // validated matches (not yet locally scored), dropped results, disclaimer, latency.
    quint64 match(const Node& node, const QByteArray& token, const QByteArray& body, QObject* context,
                  MatchCallback done);
    quint64 heartbeat(const Node& node, const QByteArray& token, QObject* context, HeartbeatCallback done);
    void cancel(quint64 id) { m_transport.cancel(id); }

    // Classification of a finished transfer (public for tests).
    static void classify(const HttpResponse& response, NodeStatus* status, QString* message);
    static NodeResult interpretMatch(const Node& node, const HttpResponse& response);
    static HeartbeatResult interpretHeartbeat(const Node& node, const HttpResponse& response);

    static constexpr qint64 kDefaultMaxResponseBytes = 10 * 1024 * 1024;

private:
    CurlTransport& m_transport;
};
