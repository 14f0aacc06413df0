#include "ConnectionGuard.h"

#include "NodeLogging.h"
#include "NodeService.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Bad Request";
    }
}

// The declared Content-Length of a complete header block, -1 when absent or unreadable.
qint64 declaredLength(const QByteArray& head)
{
    const QByteArray lower = head.toLower();
    qsizetype at = lower.indexOf("\ncontent-length:");
    if (at < 0) {
        return -1;
    }
    at += 16;
    const qsizetype end = lower.indexOf('\n', at);
    bool ok = false;
    const qint64 value = lower.mid(at, end < 0 ? -1 : end - at).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

constexpr int kLingerMs = 1000;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, QObject* httpServer, const Limits& limits)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_limits(limits)
{
    setObjectName(QStringLiteral("matchdesk-connection-guard"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    // A new connection must deliver its first request (and finish a TLS handshake) in time.
    m_timer.start(m_limits.requestTimeoutMs);
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<ConnectionGuard*>(QStringLiteral("matchdesk-connection-guard"),
                                                        Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::resetRequest()
{
    m_requestBytes = 0;
    m_head.clear();
    m_headLength = -1;
}

void ConnectionGuard::requestReceived()
{
    m_busy = true;
    m_timer.stop();
    resetRequest();
}

void ConnectionGuard::responseSent()
{
    m_busy = false;
    if (!m_rejected) {
        m_timer.start(m_requestBytes > 0 ? m_limits.requestTimeoutMs : m_limits.idleTimeoutMs);
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_rejected) {
        // Grace period after a rejection: drop whatever the client is still sending.
        m_discarded += m_socket->readAll().size();
        if (m_discarded > m_limits.maxBodyBytes) {
            m_socket->abort();
        }
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0) {
        return;
    }
    if (m_requestBytes == 0 && !m_busy) {
        m_timer.start(m_limits.requestTimeoutMs); // a request has started: it must complete in time
    }
    if (m_headLength < 0) {
        const qint64 room = qint64(m_limits.maxHeaderBytes) + 4 - m_head.size();
        m_head += m_socket->peek(qMin(available, qMax<qint64>(room, 0)));
        // Skip the empty lines a client may send between requests.
        while (m_head.startsWith("\r\n")) {
            m_head.remove(0, 2);
        }
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end >= 0) {
            m_headLength = end + 4;
            const qint64 declared = declaredLength(m_head.left(end + 2));
            if (declared > m_limits.maxBodyBytes) {
                reject(413, tr("request body of %1 bytes is larger than the limit of %2 bytes")
                                .arg(declared)
                                .arg(m_limits.maxBodyBytes));
                return;
            }
        } else if (m_head.size() > m_limits.maxHeaderBytes) {
            reject(431, tr("request header larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return;
        }
    }
    m_requestBytes += available;
    const qint64 headAllowance = m_headLength >= 0 ? m_headLength : qint64(m_limits.maxHeaderBytes);
    if (m_requestBytes - headAllowance > m_limits.maxBodyBytes + 64) { // 64: chunk-size lines slack
        reject(413, tr("request body larger than the limit of %1 bytes").arg(m_limits.maxBodyBytes));
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_rejected) {
        m_socket->abort();
        return;
    }
    if (m_busy) {
        return; // the answer is being computed; not the client's fault
    }
    if (m_requestBytes > 0) {
        reject(408, tr("request not complete within %1 ms").arg(m_limits.requestTimeoutMs));
    } else {
        qCDebug(lcNode) << "closing idle connection";
        m_socket->disconnectFromHost();
    }
}

void ConnectionGuard::reject(int status, const QString& message)
{
    m_rejected = true;
    // Detach the HTTP server: it will neither read nor buffer anything more from this socket.
    if (m_httpServer) {
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    }
    qCInfo(lcNode).noquote() << QStringLiteral("rejected request: %1 (%2)").arg(status).arg(message);
    const QByteArray body = NodeService::errorBody(message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\nConnection: close\r\n\r\n" + body;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(response);
        m_socket->flush();
    }
    Q_EMIT rejected(status);
    // Discard input for a short grace period so the client reads the answer instead of a reset,
    // then close.
    m_timer.start(kLingerMs);
    if (m_socket->isTransactionStarted()) {
        m_socket->commitTransaction(); // drop what the server had buffered of this request
    }
    m_discarded += m_socket->readAll().size();
    connect(m_socket, &QAbstractSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0 && m_discarded > m_limits.maxBodyBytes) {
            m_socket->abort();
        }
    });
}
