#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "in-memory secret store (tests and demo only)");
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_values.constFind(key);
        if (it == m_values.constEnd()) {
            r.notFound = true;
            r.error = QCoreApplication::translate("SecretStore", "No secret '%1' in the %2")
                          .arg(key, description());
        } else {
            r.ok = true;
            r.value = *it;
        }
    }
    deliverLater(context, std::move(done), std::move(r));
}

void MemorySecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback done)
{
    {
        QMutexLocker lock(&m_mutex);
        m_values.insert(key, value);
    }
    Result r;
    r.ok = true;
    deliverLater(context, std::move(done), std::move(r));
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        r.ok = m_values.remove(key) > 0;
        r.notFound = !r.ok;
    }
    deliverLater(context, std::move(done), std::move(r));
}

bool MemorySecretStore::contains(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.contains(key);
}

QStringList MemorySecretStore::keys() const
{
    QMutexLocker lock(&m_mutex);
    return m_values.keys();
}
