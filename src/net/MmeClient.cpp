#include "MmeClient.h"

#include "MmeResponseParser.h"
#include "NetLogging.h"

#include <QCoreApplication>

MmeClient::MmeClient(CurlTransport& transport)
    : m_transport(transport)
{}

QUrl MmeClient::endpointUrl(const QUrl& base, const QString& endpoint)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QLatin1Char('/') + endpoint);
    return url;
}

HttpRequest MmeClient::request(const Node& node, const QByteArray& token, const QString& endpoint)
{
    HttpRequest r;
    r.url = endpointUrl(node.baseUrl, endpoint);
    const QByteArray media = MmeResponseParser::mediaType(node.mediaTypeVersion);
    r.addHeader("Accept", media);
    if (!token.isEmpty()) {
        r.addHeader("X-Auth-Token", token);
    }
    r.addHeader("Content-Language", "en-US");
    r.addHeader("User-Agent", "MatchDesk/" + QCoreApplication::applicationVersion().toLatin1());
    r.connectTimeoutMs = node.connectTimeoutMs > 0 ? node.connectTimeoutMs : 5000;
    r.totalTimeoutMs = node.totalTimeoutMs > 0 ? node.totalTimeoutMs : 30000;
    r.maxResponseBytes = kDefaultMaxResponseBytes;
    r.caBundlePath = node.caBundlePath;
    r.pinnedPublicKey = node.pinnedPublicKey;
    r.clientCertPath = node.clientCertPath;
    r.clientKeyPath = node.clientKeyPath;
    return r;
}

void MmeClient::classify(const HttpResponse& response, NodeStatus* status, QString* message)
{
    using E = HttpResponse::Error;
    switch (response.error) {
    case E::None:
        break;
    case E::Refused:
        *status = NodeStatus::NotSent;
        *message = response.errorText;
        return;
    case E::ConnectFailed:
    case E::Other:
        *status = NodeStatus::ConnectionFailed;
        *message = response.errorText;
        return;
    case E::ConnectTimeout:
        *status = NodeStatus::Timeout;
        *message = QCoreApplication::translate("MmeClient", "no connection: %1").arg(response.errorText);
        return;
    case E::Timeout:
        *status = NodeStatus::Timeout;
        *message = QCoreApplication::translate("MmeClient", "no complete answer: %1").arg(response.errorText);
        return;
    case E::Tls:
        *status = NodeStatus::TlsError;
        *message = response.errorText;
        return;
    case E::TooLarge:
        *status = NodeStatus::TooLarge;
        *message = response.errorText;
        return;
    case E::Cancelled:
        *status = NodeStatus::Cancelled;
        *message = response.errorText;
        return;
    }
    const int code = response.status;
    if (code >= 200 && code < 300) {
        *status = NodeStatus::Ok;
        return;
    }
    *message = MmeResponseParser::errorMessage(response.body);
    if (code == 401) {
        *status = NodeStatus::Unauthorized;
        if (message->isEmpty()) {
            *message = QCoreApplication::translate("MmeClient", "the node did not accept the token");
        }
    } else if (code == 406) {
        *status = NodeStatus::NotAcceptable;
    } else {
        *status = NodeStatus::HttpError;
    }
}

NodeResult MmeClient::interpretMatch(const Node& node, const HttpResponse& response)
{
    NodeResult r;
    r.nodeName = node.name;
    r.baseUrl = node.baseUrl;
    r.httpStatus = response.status;
    r.latencyMs = response.elapsedMs;
    r.httpVersion = response.httpVersion;
    classify(response, &r.status, &r.message);
    if (r.status == NodeStatus::NotAcceptable) {
        r.supportedVersions = MmeResponseParser::supportedVersions(response.body, response.contentType);
    }
    if (r.status == NodeStatus::Ok) {
        if (response.status != 200) {
            r.status = NodeStatus::Malformed;
            r.message = QCoreApplication::translate("MmeClient", "unexpected HTTP status %1 (200 expected)")
                            .arg(response.status);
        } else {
            MmeResponseParser::parseMatchBody(response.body, r);
        }
    }
    return r;
}

HeartbeatResult MmeClient::interpretHeartbeat(const Node& node, const HttpResponse& response)
{
    HeartbeatResult r;
    r.nodeName = node.name;
    r.httpStatus = response.status;
    r.latencyMs = response.elapsedMs;
    r.httpVersion = response.httpVersion;
    classify(response, &r.status, &r.message);
    if (r.status == NodeStatus::NotAcceptable) {
        r.accept = MmeResponseParser::supportedVersions(response.body, response.contentType);
    }
    if (r.status == NodeStatus::Ok) {
        MmeResponseParser::parseHeartbeatBody(response.body, r);
    }
    return r;
}

quint64 MmeClient::match(const Node& node, const QByteArray& token, const QByteArray& body, QObject* context,
                         MatchCallback done)
{
    HttpRequest r = request(node, token, QStringLiteral("match"));
    r.method = "POST";
    r.body = body;
    r.addHeader("Content-Type", MmeResponseParser::mediaType(node.mediaTypeVersion));
    qCInfo(lcNet) << "match request to" << node.name << r.url.host() << "bytes" << body.size();
    return m_transport.send(r, context, [node, done = std::move(done)](const HttpResponse& response) {
        NodeResult result = interpretMatch(node, response);
        qCInfo(lcNet) << "match answer from" << node.name << NodeStatusCodes::toKey(result.status)
                      << result.latencyMs << "ms" << result.matches.size() << "results"
                      << result.dropped.size() << "dropped";
        done(std::move(result));
    });
}

quint64 MmeClient::heartbeat(const Node& node, const QByteArray& token, QObject* context,
                             HeartbeatCallback done)
{
    HttpRequest r = request(node, token, QStringLiteral("heartbeat"));
    r.method = "GET";
    return m_transport.send(r, context, [node, done = std::move(done)](const HttpResponse& response) {
        done(interpretHeartbeat(node, response));
    });
}
