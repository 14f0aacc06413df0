#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

// Where secrets live (node tokens, the pseudonym key): the OS keychain in production
// (net/KeychainSecretStore), an in-memory store in tests, a demo-only file store for the demo
// profile. The API is asynchronous because keychains are (D-Bus, Keychain Services): the callback
// is always delivered later through the event loop of `context`'s thread, never re-entrantly, and
// never after `context` is destroyed. Secrets are never logged.
class SecretStore
{
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false; // read/remove of a key that does not exist (ok stays false)
        QByteArray value;      // read only
        QString error;         // translated, names the key and the store
    };
    using Callback = std::function<void(const Result&)>;

    virtual ~SecretStore() = default;

    // Human-readable kind, shown to the user ("OS keychain", "in-memory (tests only)", ...).
    virtual QString description() const = 0;
    // False for stores that must never hold real secrets (memory, demo file).
    virtual bool isSecure() const = 0;

    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& value, QObject* context, Callback done) = 0;
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    // Blocking variants (spin a local event loop until the job ends). For the CLI and tests; the
    // GUI uses the asynchronous calls.
    Result readBlocking(const QString& key);
    Result writeBlocking(const QString& key, const QByteArray& value);
    Result removeBlocking(const QString& key);

protected:
    // Delivers `result` to `done` through the event loop of `context` (helper for synchronous stores).
    static void deliverLater(QObject* context, Callback done, Result result);
};
