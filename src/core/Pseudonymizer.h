#pragma once

#include "SecretStore.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

// The id the network sees for a local patient: "md-" + the first 32 hex characters of
// HMAC-SHA256(installation secret, local id). Stable across queries, unlinkable to the local id
// without the secret. The secret (32 random bytes) is created on first use and kept in the
// SecretStore under kSecretKey; it never leaves the keychain otherwise.
class Pseudonymizer
{
public:
    static inline const QString kSecretKey = QStringLiteral("pseudonym-key");
    static constexpr int kSecretBytes = 32;

    // Throws MatchDeskError when the secret is shorter than 16 bytes.
    explicit Pseudonymizer(const QByteArray& secret);

    QString pseudonym(const QString& localId) const;

    // Loads the installation secret (creating and storing it on first use) and hands back a
    // Pseudonymizer, or the error text (keychain locked, unavailable ...).
    using LoadCallback = std::function<void(std::optional<Pseudonymizer>, const QString& error)>;
    static void load(SecretStore& store, QObject* context, LoadCallback done);
    // Blocking variant for the CLI and tests; throws MatchDeskError.
    static Pseudonymizer loadBlocking(SecretStore& store);

private:
    QByteArray m_secret;
};
