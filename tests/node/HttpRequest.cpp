#include "HttpRequest.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

HttpResult httpRequest(const QByteArray& method, const QUrl& url,
                       const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body,
                       const QList<QSslCertificate>& caCertificates, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    for (const auto& h : headers) {
        if (!h.second.isEmpty()) {
            request.setRawHeader(h.first, h.second);
        }
    }
    if (!caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(caCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    if (!reply->isFinished()) {
        reply->abort();
        r.errorString = QStringLiteral("timeout");
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.error = reply->error();
        r.errorString = reply->errorString();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}
