#pragma once

#include <QString>
#include <QTemporaryDir>

// A throw-away PKI made with the openssl CLI: a test CA, a server certificate for
// localhost/127.0.0.1, an expired one, one for the wrong host, a client certificate, and the
// libcurl pins ("sha256//<base64>") of the server key and of an unrelated key.
class TestCertificates
{
public:
    bool generate(QString* error);

    QString dir() const { return m_dir.path(); }
    QString caCert() const { return path(QStringLiteral("ca.pem")); }
    QString serverCert() const { return path(QStringLiteral("server.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString expiredCert() const { return path(QStringLiteral("expired.pem")); }
    QString wrongHostCert() const { return path(QStringLiteral("wronghost.pem")); }
    QString clientCert() const { return path(QStringLiteral("client.pem")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    QString serverPin() const { return m_serverPin; }
    QString otherPin() const { return m_otherPin; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    bool run(const QString& shellCommand, QString* error, QByteArray* out = nullptr);
    QTemporaryDir m_dir;
    QString m_serverPin;
    QString m_otherPin;
};
