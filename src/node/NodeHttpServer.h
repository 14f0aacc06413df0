#pragma once

#include "ConnectionGuard.h"
#include "NodeService.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrl>
#include <memory>
#include <optional>

class GuardedTcpServer;

// The node's HTTP(S) front: Qt HttpServer frames the requests, NodeService answers them on a
// worker pool (both cores), the answer is written back on the socket's thread. Each served
// request is reported through served() for the query log and the audit trail.
class NodeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    NodeHttpServer(std::shared_ptr<NodeService> service, QObject* parent = nullptr);
    ~NodeHttpServer() override;

    // Listens on address:port (0 = a free port). TLS when tls is given. Throws NodeError.
    void listen(const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls);
    // e.g. https://127.0.0.1:40123/mme
    QUrl url() const;
    // Requests still being computed.
    int inFlight() const { return m_inFlight; }

    struct Served
    {
        NodeResponse response; // body cleared
        qint64 durationUs = 0;
        QHostAddress peer;
    };

Q_SIGNALS:
    void served(const NodeHttpServer::Served& served);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    std::shared_ptr<NodeService> m_service;
    GuardedTcpServer* m_tcp = nullptr;
    QHostAddress m_address;
    QThreadPool m_pool;
    int m_inFlight = 0;
};
