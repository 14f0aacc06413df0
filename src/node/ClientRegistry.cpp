#include "ClientRegistry.h"

#include "NodeError.h"
#include "core/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
bool isHex64(const QByteArray& h)
{
    if (h.size() != 64) {
        return false;
    }
    for (char c : h) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}
} // namespace

ClientRegistry ClientRegistry::load(const QString& path, bool allowMissing)
{
    ClientRegistry reg;
    QFile f(path);
    if (!f.exists() && allowMissing) {
        return reg;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        throw NodeError(ClientRegistry::tr("Cannot read the clients file %1: %2").arg(path, f.errorString()));
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull() || !doc.isObject()) {
        throw NodeError(ClientRegistry::tr("The clients file %1 is not a JSON object (%2 at offset %3)")
                            .arg(path, err.errorString())
                            .arg(err.offset));
    }
    const QJsonValue list = doc.object().value(QStringLiteral("clients"));
    if (!list.isArray()) {
        throw NodeError(ClientRegistry::tr("The clients file %1 has no \"clients\" array").arg(path));
    }
    int i = 0;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Client c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.tokenSha256Hex = o.value(QStringLiteral("sha256")).toString().toLatin1().toLower();
        c.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        if (c.name.isEmpty() || !isHex64(c.tokenSha256Hex)) {
            throw NodeError(
                ClientRegistry::tr(
                    "The clients file %1: entry clients[%2] needs a \"name\" and a 64-hex \"sha256\"")
                    .arg(path)
                    .arg(i));
        }
        reg.m_clients.append(c);
        ++i;
    }
    return reg;
}

void ClientRegistry::save(const QString& path) const
{
    QJsonArray list;
    for (const Client& c : m_clients) {
        list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("sha256"), QString::fromLatin1(c.tokenSha256Hex)},
                                {QStringLiteral("created"), c.created.toUTC().toString(Qt::ISODate)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("matchdesk-node-clients/1")},
                           {QStringLiteral("clients"), list}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        throw NodeError(
            ClientRegistry::tr("Cannot write the clients file %1: %2").arg(path, f.errorString()));
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(root).toJson());
    if (!f.commit()) {
        throw NodeError(
            ClientRegistry::tr("Cannot write the clients file %1: %2").arg(path, f.errorString()));
    }
}

QByteArray ClientRegistry::addClient(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        throw NodeError(ClientRegistry::tr("A client needs a name"));
    }
    for (const Client& c : std::as_const(m_clients)) {
        if (c.name == trimmed) {
            throw NodeError(ClientRegistry::tr("A client named \"%1\" already exists").arg(trimmed));
        }
    }
    const QByteArray token = Crypto::randomBytes(20).toHex(); // 40 lowercase hex characters
    m_clients.append(Client{trimmed, Crypto::sha256Hex(token), QDateTime::currentDateTimeUtc()});
    return token;
}

std::optional<QString> ClientRegistry::authenticate(const QByteArray& token) const
{
    if (token.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray presented = Crypto::sha256Hex(token);
    int found = -1;
    for (int i = 0; i < m_clients.size(); ++i) {
        // Every hash is compared (no early exit); the comparison itself is CRYPTO_memcmp.
        const bool equal = Crypto::constantTimeEquals(presented, m_clients[i].tokenSha256Hex);
        found = equal ? i : found;
    }
    if (found < 0) {
        return std::nullopt;
    }
    return m_clients[found].name;
}
