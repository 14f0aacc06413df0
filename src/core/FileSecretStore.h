#pragma once

#include "SecretStore.h"

#include <QMutex>

// DEMO ONLY, NOT SECURE: secrets in a plain JSON file (base64, owner-only 0600 permissions), for
// the demo profile and headless CLI tests (MATCHDESK_KEYCHAIN=file:PATH). Never the default and
// never used for a real installation: real secrets live in the OS keychain. Written atomically.
class FileSecretStore : public SecretStore
{
public:
    explicit FileSecretStore(const QString& path);

    QString path() const { return m_path; }
    QString description() const override;
    bool isSecure() const override { return false; }
    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;

private:
    QString m_path;
    QMutex m_mutex;
};
