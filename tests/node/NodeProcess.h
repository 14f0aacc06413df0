#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

// A real `matchdesk-node serve` process on a free loopback port, and a small blocking HTTP(S)
// client (QNetworkAccessManager) for the integration tests.
class NodeProcess
{
public:
    ~NodeProcess();
    // Starts serve with the given extra arguments; waits for "listening on URL".
    bool start(const QStringList& args, int timeoutMs = 60000);
    // SIGTERM and wait; returns the exit code.
    int stop();
    QUrl url() const { return m_url; }
    QByteArray errorOutput() const { return m_err; }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QByteArray m_err;
};

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// One request; headers are sent as given (an empty value omits the header).
HttpResult httpRequest(const QByteArray& method, const QUrl& url,
                       const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body = {},
                       const QList<QSslCertificate>& caCertificates = {}, int timeoutMs = 30000);
