#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// A small blocking HTTP(S) client (QNetworkAccessManager) for the node server tests.
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
