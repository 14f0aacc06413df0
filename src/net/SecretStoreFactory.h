#pragma once

#include "core/SecretStore.h"

#include <QString>
#include <memory>

// Chooses the secret store for a profile. spec (or, when empty, the MATCHDESK_KEYCHAIN
// environment variable):
//   ""/"system"  the OS keychain (KeychainSecretStore) - the only choice for real use
//   "memory"     process memory (tests; lost at exit)
//   "file:PATH"  demo-only plain file, 0600 (demo profile, headless CLI tests) - NOT SECURE
// Throws NetError for an unknown spec.
class SecretStoreFactory
{
public:
    static std::unique_ptr<SecretStore> create(const QString& spec = {});
    static QString environmentSpec(); // MATCHDESK_KEYCHAIN
};
