#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// Watches one connection for the node before Qt HttpServer reads from it (Qt 6.4's QHttpServer
// buffers whole requests and has neither a body-size limit nor timeouts). The guard is connected
// to readyRead first, so it sees every new chunk before the server consumes it:
//  - it peeks (QIODevice::peek, nothing consumed) at the header block of each request and, when
//    the declared Content-Length exceeds the limit, answers 413 at once;
//  - it counts the bytes of the current request, so a body without Content-Length (chunked) that
//    grows over the limit is also answered 413;
//  - a header block over the header limit gets 431;
//  - a request (or TLS handshake) not complete within the request timeout gets 408;
//  - an idle keep-alive connection is closed after the idle timeout.
// After a rejection the socket is detached from the HTTP server (which never buffers or parses the
// rest), the JSON error is written with "Connection: close", input is discarded for a short grace
// period so the client can read the answer, and the connection is closed.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        int maxHeaderBytes = 16 * 1024;
        int requestTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
    };

    // Must be created before the socket is handed to the HTTP server. Becomes a child of socket.
    ConnectionGuard(QTcpSocket* socket, QObject* httpServer, const Limits& limits);

    static ConnectionGuard* of(QTcpSocket* socket);

    // The HTTP server has a complete request: stop the request timer until responseSent().
    void requestReceived();
    // The answer is written: the next request starts from zero; the idle timer runs.
    void responseSent();

    bool isRejected() const { return m_rejected; }

Q_SIGNALS:
    void rejected(int status);

private:
    void onReadyRead();
    void onTimeout();
    void reject(int status, const QString& message);
    void resetRequest();

    QTcpSocket* m_socket;
    QPointer<QObject> m_httpServer;
    Limits m_limits;
    QTimer m_timer;
    qint64 m_requestBytes = 0; // bytes of the current request seen so far
    QByteArray m_head;         // start of the current request, up to the header limit
    qint64 m_headLength = -1;  // header block length once "\r\n\r\n" was seen
    bool m_busy = false;
    bool m_rejected = false;
    qint64 m_discarded = 0;
};
