#include "GuardedTcpServer.h"

#include "NodeLogging.h"

#include <QSslSocket>

GuardedTcpServer::GuardedTcpServer(QObject* httpServer, const ConnectionGuard::Limits& limits,
                                   std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer)
    , m_limits(limits)
    , m_tls(std::move(tls))
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_httpServer, m_limits);
        addPendingConnection(socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    new ConnectionGuard(socket, m_httpServer, m_limits);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        addPendingConnection(socket);
        Q_EMIT newConnection();
    });
    connect(socket, &QSslSocket::sslErrors, this, [](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            qCInfo(lcNode).noquote() << "TLS handshake:" << e.errorString();
        }
    });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}
