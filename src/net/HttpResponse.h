#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What came back for one HttpRequest. error == None means an HTTP status was received (any code).
struct HttpResponse
{
    enum class Error
    {
        None,
        Refused,        // not sent: policy (http:// to a non-loopback host, bad URL ...)
        ConnectFailed,  // DNS, connection refused, unreachable
        ConnectTimeout, // no connection within connectTimeoutMs
        Timeout,        // connected, but no complete answer within totalTimeoutMs
        Tls,            // certificate not trusted, wrong host, expired, pin mismatch, client cert refused
        TooLarge,       // response bigger than maxResponseBytes (transfer aborted)
        Cancelled,
        Other,
    };

    Error error = Error::None;
    QString errorText; // curl's detailed message (or ours); never contains the token or body
    int status = 0;    // HTTP status code
    QByteArray contentType;
    QByteArray body;
    qint64 elapsedMs = 0;   // from submission to completion
    QByteArray httpVersion; // "1.1", "2"

    bool ok() const { return error == Error::None && status >= 200 && status < 300; }
    static QString errorKey(Error e);
};
Q_DECLARE_METATYPE(HttpResponse)
