#include "TestCertificates.h"

#include <QProcess>

bool TestCertificates::run(const QString& shellCommand, QString* error, QByteArray* out)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + shellCommand + QStringLiteral("\n") +
                 QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    if (out) {
        *out = p.readAllStandardOutput().trimmed();
    }
    return true;
}

bool TestCertificates::generate(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString q = QStringLiteral(" >/dev/null || exit 1; ");
    const QString key = QStringLiteral("openssl req -newkey rsa:2048 -nodes -batch ");
    const QString sign = QStringLiteral("openssl x509 -req -CA ca.pem -CAkey ca.key -CAcreateserial ");
    QString script;
    script +=
        QStringLiteral("openssl req -x509 -newkey rsa:2048 -nodes -batch -keyout ca.key -out ca.pem -days 30 "
                       "-subj '/CN=MatchDesk Test CA'") +
        q;
    script += QStringLiteral("printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > good.ext") + q;
    script += QStringLiteral("printf 'subjectAltName=DNS:wrong.example.org\\n' > wrong.ext") + q;
    script += key + QStringLiteral("-keyout server.key -out server.csr -subj '/CN=localhost'") + q;
    script += sign + QStringLiteral("-in server.csr -out server.pem -days 30 -extfile good.ext") + q;
    script += sign + QStringLiteral("-in server.csr -out expired.pem -days -1 -extfile good.ext") + q;
    script += QStringLiteral(
                  "openssl req -new -key server.key -batch -out wrong.csr -subj '/CN=wrong.example.org'") +
              q;
    script += sign + QStringLiteral("-in wrong.csr -out wronghost.pem -days 30 -extfile wrong.ext") + q;
    script += key + QStringLiteral("-keyout client.key -out client.csr -subj '/CN=MatchDesk client'") + q;
    script += sign + QStringLiteral("-in client.csr -out client.pem -days 30") + q;
    script += key + QStringLiteral("-keyout other.key -out other.csr -subj '/CN=other'") + q;
    if (!run(script, error)) {
        return false;
    }
    const QString pin =
        QStringLiteral("openssl pkey -in %1 -pubout -outform der | openssl dgst -sha256 -binary "
                       "| openssl base64 -A");
    QByteArray out;
    if (!run(pin.arg(QStringLiteral("server.key")), error, &out)) {
        return false;
    }
    m_serverPin = QStringLiteral("sha256//") + QString::fromLatin1(out);
    if (!run(pin.arg(QStringLiteral("other.key")), error, &out)) {
        return false;
    }
    m_otherPin = QStringLiteral("sha256//") + QString::fromLatin1(out);
    return true;
}
