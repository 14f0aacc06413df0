#include "NodeStatus.h"

#include "HeartbeatResult.h"
#include "NodeResult.h"

#include <QCoreApplication>

namespace NodeStatusCodes {

QString toKey(NodeStatus s)
{
    switch (s) {
    case NodeStatus::Pending:
        return QStringLiteral("pending");
    case NodeStatus::Ok:
        return QStringLiteral("ok");
    case NodeStatus::Timeout:
        return QStringLiteral("timeout");
    case NodeStatus::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case NodeStatus::TlsError:
        return QStringLiteral("tls-error");
    case NodeStatus::Unauthorized:
        return QStringLiteral("401");
    case NodeStatus::NotAcceptable:
        return QStringLiteral("406");
    case NodeStatus::HttpError:
        return QStringLiteral("http-error");
    case NodeStatus::Malformed:
        return QStringLiteral("malformed");
    case NodeStatus::TooLarge:
        return QStringLiteral("too-large");
    case NodeStatus::NotSent:
        return QStringLiteral("not-sent");
    case NodeStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString label(NodeStatus s)
{
    const char* text = "unknown";
    switch (s) {
    case NodeStatus::Pending:
        text = QT_TRANSLATE_NOOP("NodeStatus", "waiting");
        break;
    case NodeStatus::Ok:
        text = QT_TRANSLATE_NOOP("NodeStatus", "ok");
        break;
    case NodeStatus::Timeout:
        text = QT_TRANSLATE_NOOP("NodeStatus", "timeout");
        break;
    case NodeStatus::ConnectionFailed:
        text = QT_TRANSLATE_NOOP("NodeStatus", "connection failed");
        break;
    case NodeStatus::TlsError:
        text = QT_TRANSLATE_NOOP("NodeStatus", "TLS error");
        break;
    case NodeStatus::Unauthorized:
        text = QT_TRANSLATE_NOOP("NodeStatus", "401 unauthorized");
        break;
    case NodeStatus::NotAcceptable:
        text = QT_TRANSLATE_NOOP("NodeStatus", "406 version not accepted");
        break;
    case NodeStatus::HttpError:
        text = QT_TRANSLATE_NOOP("NodeStatus", "HTTP error");
        break;
    case NodeStatus::Malformed:
        text = QT_TRANSLATE_NOOP("NodeStatus", "malformed response");
        break;
    case NodeStatus::TooLarge:
        text = QT_TRANSLATE_NOOP("NodeStatus", "response too large");
        break;
    case NodeStatus::NotSent:
        text = QT_TRANSLATE_NOOP("NodeStatus", "not sent");
        break;
    case NodeStatus::Cancelled:
        text = QT_TRANSLATE_NOOP("NodeStatus", "cancelled");
        break;
    }
    return QCoreApplication::translate("NodeStatus", text);
}

} // namespace NodeStatusCodes

namespace {
QString statusLine(NodeStatus status, int httpStatus, qint64 latencyMs, const QString& message, int count)
{
    switch (status) {
    case NodeStatus::Ok:
        return QCoreApplication::translate("NodeResult", "ok %n result(s) in %1 ms", nullptr, count)
            .arg(latencyMs);
    case NodeStatus::Timeout:
        return QCoreApplication::translate("NodeResult", "timeout after %1 ms (%2)")
            .arg(latencyMs)
            .arg(message);
    case NodeStatus::Unauthorized:
    case NodeStatus::NotAcceptable:
    case NodeStatus::HttpError:
        return QStringLiteral("%1 %2").arg(httpStatus).arg(message);
    default:
        return NodeStatusCodes::label(status) + QStringLiteral(": ") + message;
    }
}
} // namespace

QString NodeResult::summary() const
{
    QString s = statusLine(status, httpStatus, latencyMs, message, int(matches.size()));
    if (status == NodeStatus::NotAcceptable && !supportedVersions.isEmpty()) {
        s += QCoreApplication::translate("NodeResult", " (node supports %1)")
                 .arg(supportedVersions.join(QStringLiteral(", ")));
    }
    if (!dropped.isEmpty()) {
        s += QCoreApplication::translate("NodeResult", "; %n invalid result(s) dropped", nullptr,
                                         int(dropped.size()));
    }
    return s;
}

QString HeartbeatResult::summary() const
{
    if (status == NodeStatus::Ok) {
        return QCoreApplication::translate("HeartbeatResult", "ok in %1 ms: %2, version %3, accepts %4")
            .arg(latencyMs)
            .arg(production ? QCoreApplication::translate("HeartbeatResult", "production")
                            : QCoreApplication::translate("HeartbeatResult", "not production"),
                 version, accept.join(QStringLiteral(", ")));
    }
    return statusLine(status, httpStatus, latencyMs, message, 0);
}
