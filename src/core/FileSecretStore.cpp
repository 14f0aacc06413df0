#include "FileSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>

namespace {
constexpr auto kMarker = "DEMO ONLY - NOT SECURE: MatchDesk demo secret file; never use for real node tokens";

bool load(const QString& path, QJsonObject* values, QString* error)
{
    QFile f(path);
    if (!f.exists()) {
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SecretStore", "Cannot read the demo secret file %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("SecretStore", "The demo secret file %1 is damaged: %2")
                     .arg(path, pe.errorString());
        return false;
    }
    *values = doc.object().value(QStringLiteral("secrets")).toObject();
    return true;
}

bool save(const QString& path, const QJsonObject& values, QString* error)
{
    QJsonObject root;
    root.insert(QStringLiteral("warning"), QLatin1String(kMarker));
    root.insert(QStringLiteral("secrets"), values);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("SecretStore", "Cannot write the demo secret file %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(root).toJson());
    if (!f.commit()) {
        *error = QCoreApplication::translate("SecretStore", "Cannot write the demo secret file %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}
} // namespace

FileSecretStore::FileSecretStore(const QString& path)
    : m_path(path)
{}

QString FileSecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "demo secret file %1 (NOT SECURE, demo only)")
        .arg(m_path);
}

void FileSecretStore::read(const QString& key, QObject* context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        QJsonObject values;
        if (!load(m_path, &values, &r.error)) {
            // r.ok stays false
        } else if (!values.contains(key)) {
            r.notFound = true;
            r.error = QCoreApplication::translate("SecretStore", "No secret '%1' in the %2")
                          .arg(key, description());
        } else {
            r.ok = true;
            r.value = QByteArray::fromBase64(values.value(key).toString().toLatin1());
        }
    }
    deliverLater(context, std::move(done), std::move(r));
}

void FileSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        QJsonObject values;
        if (load(m_path, &values, &r.error)) {
            values.insert(key, QString::fromLatin1(value.toBase64()));
            r.ok = save(m_path, values, &r.error);
        }
    }
    deliverLater(context, std::move(done), std::move(r));
}

void FileSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    Result r;
    {
        QMutexLocker lock(&m_mutex);
        QJsonObject values;
        if (load(m_path, &values, &r.error)) {
            if (!values.contains(key)) {
                r.notFound = true;
            } else {
                values.remove(key);
                r.ok = save(m_path, values, &r.error);
            }
        }
    }
    deliverLater(context, std::move(done), std::move(r));
}
