#include "HostileServer.h"

#include <QFile>
#include <QMutexLocker>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

HostileServer::HostileServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

HostileServer::~HostileServer() = default;

bool HostileServer::enableTls(const QString& certPath, const QString& keyPath)
{
    QFile cf(certPath);
    QFile kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        return false;
    }
    const auto chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyData = kf.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty() || key.isNull()) {
        return false;
    }
    auto* server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    server->setSslConfiguration(config);
    delete m_server;
    m_server = server;
    m_tls = true;
    m_host = QStringLiteral("localhost");
    return true;
}

bool HostileServer::listen()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HostileServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HostileServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl HostileServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(port());
    return url;
}

QList<HostileServer::Request> HostileServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int HostileServer::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void HostileServer::onConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        {
            QMutexLocker lock(&m_mutex);
            ++m_connections;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void HostileServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
        }
        respond(socket, request);
    }
}

void HostileServer::respond(QTcpSocket* socket, const Request& request)
{
    const Reply reply = m_handler(request);
    if (reply.neverAnswer) {
        return;
    }
    if (reply.closeAtOnce) {
        socket->abort();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, reply] {
        if (!guard) {
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
        head += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto& [name, value] : reply.extraHeaders) {
            head += name + ": " + value + "\r\n";
        }
        if (reply.streamBytes > 0) {
            head += "Connection: close\r\n\r\n";
            guard->write(head);
            const QByteArray chunk(64 * 1024, 'x');
            qint64 left = reply.streamBytes;
            while (left > 0 && guard->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = qMin<qint64>(left, chunk.size());
                guard->write(chunk.constData(), n);
                left -= n;
            }
            guard->disconnectFromHost();
            return;
        }
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        guard->write(head + reply.body);
    };
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, this, send);
    } else {
        send();
    }
}
