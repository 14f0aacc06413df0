#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>
#include <type_traits>

namespace {

template <typename JobT>
void runJob(JobT* job, const QString& key, const QString& what, QObject* context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, what, done](QKeychain::Job*) {
        SecretStore::Result r;
        if (job->error() == QKeychain::NoError) {
            r.ok = true;
            if constexpr (std::is_same_v<JobT, QKeychain::ReadPasswordJob>) {
                r.value = job->binaryData();
            }
        } else {
            r.notFound = job->error() == QKeychain::EntryNotFound;
            r.error = QCoreApplication::translate("SecretStore", "OS keychain: cannot %1 '%2': %3")
                          .arg(what, key, job->errorString());
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
    runJob(new QKeychain::ReadPasswordJob(m_service), key, QStringLiteral("read"), context, std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(value);
    runJob(job, key, QStringLiteral("write"), context, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(m_service), key, QStringLiteral("remove"), context,
           std::move(done));
}
