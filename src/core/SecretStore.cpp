#include "SecretStore.h"

#include <QEventLoop>
#include <QPointer>

namespace {
SecretStore::Result runBlocking(const std::function<void(QObject*, SecretStore::Callback)>& start)
{
    QObject context;
    QEventLoop loop;
    SecretStore::Result out;
    bool done = false;
    start(&context, [&](const SecretStore::Result& r) {
        out = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return out;
}
} // namespace

SecretStore::Result SecretStore::readBlocking(const QString& key)
{
    return runBlocking([&](QObject* ctx, Callback cb) { read(key, ctx, std::move(cb)); });
}

SecretStore::Result SecretStore::writeBlocking(const QString& key, const QByteArray& value)
{
    return runBlocking([&](QObject* ctx, Callback cb) { write(key, value, ctx, std::move(cb)); });
}

SecretStore::Result SecretStore::removeBlocking(const QString& key)
{
    return runBlocking([&](QObject* ctx, Callback cb) { remove(key, ctx, std::move(cb)); });
}

void SecretStore::deliverLater(QObject* context, Callback done, Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}
