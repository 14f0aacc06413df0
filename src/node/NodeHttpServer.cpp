#include "NodeHttpServer.h"

#include "GuardedTcpServer.h"
#include "NodeError.h"
#include "NodeLogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second.trimmed();
        }
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}
} // namespace

NodeHttpServer::NodeHttpServer(std::shared_ptr<NodeService> service, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(std::move(service))
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_pool.setExpiryTimeout(-1);
}

NodeHttpServer::~NodeHttpServer()
{
    m_pool.waitForDone();
}

void NodeHttpServer::listen(const QHostAddress& address, quint16 port,
                            const std::optional<QSslConfiguration>& tls)
{
    const NodeConfig& c = m_service->config();
    const ConnectionGuard::Limits limits{c.maxBodyBytes, c.maxHeaderBytes, c.requestTimeoutMs,
                                         c.idleTimeoutMs};
    auto* tcp = new GuardedTcpServer(this, limits, tls, this);
    if (!tcp->listen(address, port)) {
        const QString err = tcp->errorString();
        delete tcp;
        throw NodeError(QCoreApplication::translate("NodeHttpServer", "Cannot listen on %1:%2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(err));
    }
    m_tcp = tcp;
    m_address = address;
    bind(tcp);
}

QUrl NodeHttpServer::url() const
{
    QUrl u;
    if (!m_tcp) {
        return u;
    }
    u.setScheme(m_tcp->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4) {
        host = QHostAddress::LocalHost;
    } else if (host == QHostAddress::AnyIPv6) {
        host = QHostAddress::LocalHostIPv6;
    }
    u.setHost(host.toString());
    u.setPort(m_tcp->serverPort());
    u.setPath(m_service->config().basePath);
    return u;
}

bool NodeHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    if (guard) {
        if (guard->isRejected()) {
            return true;
        }
        guard->requestReceived();
    }
    QElapsedTimer clock;
    clock.start();

    NodeRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.token = headerValue(request, "X-Auth-Token");
    r.contentType = headerValue(request, "Content-Type");
    r.accept = headerValue(request, "Accept");
    r.body = request.body();
    const bool close = headerValue(request, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    const QHostAddress peer = request.remoteAddress();

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    QPointer<ConnectionGuard> aliveGuard(guard);
    std::shared_ptr<NodeService> service = m_service;
    ++m_inFlight;
    QtConcurrent::run(&m_pool, [service, r = std::move(r)] {
        try {
            return service->handle(r);
        } catch (const std::exception& e) {
            qCWarning(lcNode) << "internal error:" << e.what();
            NodeResponse err;
            err.status = 500;
            err.body = NodeService::errorBody(QStringLiteral("internal error"));
            return err;
        }
    }).then(this, [this, responder, alive, aliveGuard, close, clock, peer](NodeResponse response) {
        --m_inFlight;
        m_service->recordMatch(response);
        if (alive && alive->state() == QAbstractSocket::ConnectedState) {
            responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
            responder->writeHeader("Content-Type", response.contentType);
            responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
            responder->writeHeader("Cache-Control", "no-store");
            if (!response.allow.isEmpty()) {
                responder->writeHeader("Allow", response.allow);
            }
            responder->writeHeader("Connection", close ? "close" : "keep-alive");
            responder->writeBody(response.body);
            if (aliveGuard) {
                aliveGuard->responseSent();
            }
            if (close) {
                alive->disconnectFromHost();
            }
        }
        Served s;
        s.durationUs = clock.nsecsElapsed() / 1000;
        s.peer = peer;
        response.body.clear();
        s.response = std::move(response);
        Q_EMIT served(s);
    });
    return true;
}

void NodeHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket);
    // handleRequest() answers every request (404 included); nothing is ever missing.
}
