#pragma once

#include "ConnectionGuard.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <optional>

// The listening socket of a node: plain TCP, or TLS when given a configuration. Every accepted
// socket gets a ConnectionGuard before it is offered to the HTTP server (TLS sockets only once the
// handshake is complete; the guard's timer also bounds the handshake).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(QObject* httpServer, const ConnectionGuard::Limits& limits,
                     std::optional<QSslConfiguration> tls, QObject* parent = nullptr);

    bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QObject* m_httpServer;
    ConnectionGuard::Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
};
