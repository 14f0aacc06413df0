#include "Pseudonymizer.h"

#include "Crypto.h"
#include "MatchDeskError.h"

#include <QCoreApplication>
#include <QEventLoop>

Pseudonymizer::Pseudonymizer(const QByteArray& secret)
    : m_secret(secret)
{
    if (m_secret.size() < 16) {
        throw MatchDeskError(
            QCoreApplication::translate(
                "Pseudonymizer", "The pseudonym key in the keychain is too short (%1 bytes); expected %2")
                .arg(m_secret.size())
                .arg(kSecretBytes));
    }
}

QString Pseudonymizer::pseudonym(const QString& localId) const
{
    const QByteArray mac = Crypto::hmacSha256(m_secret, localId.toUtf8()).toHex().left(32);
    return QStringLiteral("md-") + QString::fromLatin1(mac);
}

void Pseudonymizer::load(SecretStore& store, QObject* context, LoadCallback done)
{
    store.read(kSecretKey, context, [&store, context, done](const SecretStore::Result& r) {
        if (r.ok) {
            try {
                done(Pseudonymizer(r.value), {});
            } catch (const MatchDeskError& e) {
                done(std::nullopt, e.message());
            }
            return;
        }
        if (!r.notFound) {
            done(std::nullopt,
                 QCoreApplication::translate("Pseudonymizer", "Cannot read the pseudonym key from the %1: %2")
                     .arg(store.description(), r.error));
            return;
        }
        QByteArray secret;
        try {
            secret = Crypto::randomBytes(kSecretBytes);
        } catch (const MatchDeskError& e) {
            done(std::nullopt, e.message());
            return;
        }
        store.write(kSecretKey, secret, context, [&store, secret, done](const SecretStore::Result& w) {
            if (!w.ok) {
                done(std::nullopt, QCoreApplication::translate(
                                       "Pseudonymizer", "Cannot store the new pseudonym key in the %1: %2")
                                       .arg(store.description(), w.error));
                return;
            }
            done(Pseudonymizer(secret), {});
        });
    });
}

Pseudonymizer Pseudonymizer::loadBlocking(SecretStore& store)
{
    QObject context;
    QEventLoop loop;
    std::optional<Pseudonymizer> result;
    QString error;
    bool finished = false;
    load(store, &context, [&](std::optional<Pseudonymizer> p, const QString& e) {
        result = std::move(p);
        error = e;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!result) {
        throw MatchDeskError(error);
    }
    return *result;
}
