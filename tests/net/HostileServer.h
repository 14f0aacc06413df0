#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

// A minimal HTTP/1.1 server for network tests and benchmarks, able to misbehave on purpose:
// answer late, never answer, close at once, send garbage, send an oversized body, return 401 ...
// Plain TCP, or TLS when a certificate and key are given. Lives in the thread it was created in.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/vnd.ga4gh.matchmaker.v1.0+json";
        QByteArray body;
        int delayMs = 0;
        bool neverAnswer = false; // keep the connection open, say nothing
        bool closeAtOnce = false; // close without any answer
        qint64 streamBytes = 0;   // > 0: a body of this many bytes (streamed, no Content-Length)
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit HostileServer(Handler handler, QObject* parent = nullptr);
    ~HostileServer() override;

    // TLS: PEM files of the server certificate (chain) and key.
    bool enableTls(const QString& certPath, const QString& keyPath);
    bool listen();        // 127.0.0.1, ephemeral port
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT (or https://localhost:PORT with TLS)
    quint16 port() const;
    void setHost(const QString& host) { m_host = host; }

    QList<Request> requests() const;
    int connectionCount() const;

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const Request& request);

    Handler m_handler;
    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QString m_host = QStringLiteral("127.0.0.1");
    QHash<QTcpSocket*, QByteArray> m_buffers;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    int m_connections = 0;
};
