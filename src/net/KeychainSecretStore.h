#pragma once

#include "core/SecretStore.h"

#include <QString>

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain Services on
// macOS, Credential Manager on Windows). The insecure plaintext fallback is disabled: when no
// keychain is available the operation fails with a clear message instead.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("MatchDesk"));

    QString description() const override;
    bool isSecure() const override { return true; }
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

private:
    QString m_service;
};
