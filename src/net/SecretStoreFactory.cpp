#include "SecretStoreFactory.h"

#include "KeychainSecretStore.h"
#include "NetError.h"
#include "NetLogging.h"
#include "core/FileSecretStore.h"
#include "core/MemorySecretStore.h"

#include <QCoreApplication>

QString SecretStoreFactory::environmentSpec()
{
    return qEnvironmentVariable("MATCHDESK_KEYCHAIN");
}

std::unique_ptr<SecretStore> SecretStoreFactory::create(const QString& spec)
{
    const QString s = spec.isEmpty() ? environmentSpec() : spec;
    if (s.isEmpty() || s == QLatin1String("system")) {
        return std::make_unique<KeychainSecretStore>();
    }
    if (s == QLatin1String("memory")) {
        qCInfo(lcNet) << "secrets kept in memory only (MATCHDESK_KEYCHAIN=memory)";
        return std::make_unique<MemorySecretStore>();
    }
    if (s.startsWith(QLatin1String("file:")) && s.size() > 5) {
        qCWarning(lcNet) << "DEMO ONLY: secrets kept in a plain file, not the OS keychain";
        return std::make_unique<FileSecretStore>(s.mid(5));
    }
    throw NetError(QCoreApplication::translate("SecretStoreFactory",
                                               "Unknown secret store '%1' (MATCHDESK_KEYCHAIN): use system, "
                                               "memory or file:PATH")
                       .arg(s));
}
