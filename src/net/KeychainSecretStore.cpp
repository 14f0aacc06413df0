#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>
#include <type_traits>

namespace {

// failure: the whole translated message; %1 is the key, %2 the keychain's error text.
template <typename JobT>
void runJob(JobT* job, const QString& key, const QString& failure, QObject* context,
            SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, failure, done](QKeychain::Job*) {
        SecretStore::Result r;
        if (job->error() == QKeychain::NoError) {
            r.ok = true;
            if constexpr (std::is_same_v<JobT, QKeychain::ReadPasswordJob>) {
                r.value = job->binaryData();
            }
        } else {
            r.notFound = job->error() == QKeychain::EntryNotFound;
            r.error = failure.arg(key, job->errorString());
        }
        done(r);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service)
    : m_service(service)
{}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "OS keychain (service \"%1\")").arg(m_service);
}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    runJob(new QKeychain::ReadPasswordJob(m_service), key,
           QCoreApplication::translate("SecretStore", "OS keychain: cannot read '%1': %2"), context,
           std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(value);
    runJob(job, key, QCoreApplication::translate("SecretStore", "OS keychain: cannot store '%1': %2"),
           context, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(m_service), key,
           QCoreApplication::translate("SecretStore", "OS keychain: cannot remove '%1': %2"), context,
           std::move(done));
}
