#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QMutex>

// Secrets kept in process memory only (tests, and MATCHDESK_KEYCHAIN=memory). Thread-safe.
class MemorySecretStore : public SecretStore
{
public:
    QString description() const override;
    bool isSecure() const override { return false; }
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

    bool contains(const QString& key) const;
    QStringList keys() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_values;
};
