#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The clients allowed to query a node: name + SHA-256 (hex) of their X-Auth-Token. The JSON file
// never holds a token, only its hash; it is written atomically (QSaveFile). Immutable once loaded,
// so authenticate() may be called from any thread.
class ClientRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ClientRegistry)

public:
    struct Client
    {
        QString name;
        QByteArray tokenSha256Hex; // 64 lowercase hex characters
        QDateTime created;         // UTC
    };

    // Reads the clients file; a missing file is an empty registry when allowMissing is true.
    // Throws NodeError naming the file (and the entry) on malformed content.
    static ClientRegistry load(const QString& path, bool allowMissing = false);
    // Writes the file atomically; throws NodeError.
    void save(const QString& path) const;

    // Adds a client with a new random token (40 lowercase hex characters from RAND_bytes) and
    // returns the token; only its hash is kept. Throws NodeError if the name is empty or taken.
    QByteArray addClient(const QString& name);

    // The client whose token hash equals SHA-256(token). Compares in constant time against every
    // client (no early exit), so timing reveals neither which client nor how much matched.
    std::optional<QString> authenticate(const QByteArray& token) const;

    const QList<Client>& clients() const { return m_clients; }
    bool isEmpty() const { return m_clients.isEmpty(); }

private:
    QList<Client> m_clients;
};
