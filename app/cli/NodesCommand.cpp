#include "NodesCommand.h"

#include "core/AuditEntry.h"
#include "core/NodeDirectory.h"
#include "core/Settings.h"
#include "core/MatchDeskError.h"
#include "core/Store.h"
#include "net/CurlTransport.h"
#include "net/MmeClient.h"
#include "net/SecretStoreFactory.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {

QByteArray readTokenFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    return in.readLine().trimmed();
}

} // namespace

int NodesCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "nodes add --name NAME --url URL [--token-stdin] [--media-version 1.0|1.1] [--connect-timeout MS]\n"
        "          [--timeout MS] [--ca FILE] [--pin sha256//BASE64] [--client-cert FILE --client-key FILE]\n"
        "          [--disabled] [--replace]\n"
        "nodes list [--json]\n"
        "nodes remove NAME\n"
        "nodes test [NAME...] [--json]\n\n"
        "Tokens are read from the first line of standard input (--token-stdin) and kept in the OS keychain\n"
        "(MATCHDESK_KEYCHAIN=memory | file:PATH selects a test/demo store instead)."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list, remove or test"));
    parser.addOption(databaseOption());
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Node name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption urlOpt(QStringLiteral("url"),
                                    QStringLiteral("Base URL (the client appends /match)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption tokenOpt(QStringLiteral("token-stdin"),
                                      QStringLiteral("Read the X-Auth-Token from standard input."));
    const QCommandLineOption versionOpt(QStringLiteral("media-version"),
                                        QStringLiteral("MME media type version (default 1.0)."),
                                        QStringLiteral("V"), QStringLiteral("1.0"));
    const QCommandLineOption connectOpt(QStringLiteral("connect-timeout"),
                                        QStringLiteral("Connect timeout in ms (default 5000)."),
                                        QStringLiteral("MS"), QStringLiteral("5000"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Total timeout in ms (default 30000)."),
                                        QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption caOpt(QStringLiteral("ca"),
                                   QStringLiteral("PEM file of the CAs to trust for this node."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption pinOpt(QStringLiteral("pin"),
                                    QStringLiteral("Pinned public key (sha256//BASE64[;...])."),
                                    QStringLiteral("PIN"));
    const QCommandLineOption certOpt(QStringLiteral("client-cert"),
                                     QStringLiteral("Client certificate (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("client-key"), QStringLiteral("Client key (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption disabledOpt(QStringLiteral("disabled"),
                                         QStringLiteral("Add the node disabled."));
    const QCommandLineOption replaceOpt(QStringLiteral("replace"),
                                        QStringLiteral("Replace an existing node."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    parser.addOptions({nameOpt, urlOpt, tokenOpt, versionOpt, connectOpt, timeoutOpt, caOpt, pinOpt, certOpt,
                       keyOpt, disabledOpt, replaceOpt, jsonOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                     QStringLiteral("test")}
             .contains(action)) {
        err() << "nodes: expected add, list, remove or test\n" << Qt::flush;
        return 2;
    }
    auto store = openStore(parser);
    if (!store) {
        return 1;
    }
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        const Settings* settings = Settings::instance();
        const QString target = action == QLatin1String("add") ? parser.value(nameOpt).trimmed() : positional.value(1);
        bool policyNode = false;
        for (const Node& n : settings->policyNodes()) {
            policyNode = policyNode || n.name == target;
        }
        if (settings->value(Settings::NodesReadOnly).toBool() || policyNode) {
            err() << "nodes " << action << ": " << (policyNode ? "node '" + target + "' is" : QStringLiteral("nodes are"))
                  << " managed by your IT department's policy (" << settings->policyLocation() << ")\n" << Qt::flush;
            return 1;
        }
    }
    try {
        auto secrets = SecretStoreFactory::create();
        if (action == QLatin1String("add")) {
            Node node;
            node.name = parser.value(nameOpt).trimmed();
            node.baseUrl = QUrl(parser.value(urlOpt), QUrl::StrictMode);
            node.mediaTypeVersion = parser.value(versionOpt);
            node.connectTimeoutMs = parser.value(connectOpt).toInt();
            node.totalTimeoutMs = parser.value(timeoutOpt).toInt();
            node.caBundlePath = parser.value(caOpt);
            node.pinnedPublicKey = parser.value(pinOpt);
            node.clientCertPath = parser.value(certOpt);
            node.clientKeyPath = parser.value(keyOpt);
            node.enabled = !parser.isSet(disabledOpt);
            QString why;
            if (node.name.isEmpty()) {
                err() << "nodes add: --name is required\n" << Qt::flush;
                return 2;
            }
            if (!CurlTransport::isAllowedUrl(node.baseUrl, &why)) {
                err() << "nodes add: " << why << "\n" << Qt::flush;
                return 2;
            }
            if (node.mediaTypeVersion != QLatin1String("1.0") &&
                node.mediaTypeVersion != QLatin1String("1.1")) {
                err() << "nodes add: --media-version must be 1.0 or 1.1\n" << Qt::flush;
                return 2;
            }
            if (node.connectTimeoutMs <= 0 || node.totalTimeoutMs <= 0) {
                err() << "nodes add: timeouts must be positive numbers of milliseconds\n" << Qt::flush;
                return 2;
            }
            if (const auto existing = store->node(node.name)) {
                if (!parser.isSet(replaceOpt)) {
                    err() << "nodes add: a node named '" << node.name << "' exists (use --replace)\n"
                          << Qt::flush;
                    return 1;
                }
                node.rowId = existing->rowId;
            }
            if (parser.isSet(tokenOpt)) {
                const QByteArray token = readTokenFromStdin();
                if (token.isEmpty()) {
                    err() << "nodes add: no token on standard input\n" << Qt::flush;
                    return 2;
                }
                const auto w = secrets->writeBlocking(node.keychainKey(), token);
                if (!w.ok) {
                    err() << "nodes add: " << w.error << "\n" << Qt::flush;
                    return 1;
                }
            }
            store->saveNode(node);
            out() << "added node " << node.name << " <" << node.baseUrl.toString() << ">"
                  << (parser.isSet(tokenOpt) ? " (token stored in " + secrets->description() + ")"
                                             : QString())
                  << "\n"
                  << Qt::flush;
            return 0;
        }
        if (action == QLatin1String("remove")) {
            const QString name = positional.value(1, parser.value(nameOpt));
            const auto node = store->node(name);
            if (!node) {
                err() << "nodes remove: no node named '" << name << "'\n" << Qt::flush;
                return 1;
            }
            store->removeNode(name);
            secrets->removeBlocking(node->keychainKey());
            out() << "removed node " << name << "\n" << Qt::flush;
            return 0;
        }
        const QList<Node> all = NodeDirectory::all(*store, *Settings::instance());
        if (action == QLatin1String("list")) {
            QJsonArray array;
            for (const Node& n : all) {
                const bool hasToken = secrets->readBlocking(n.keychainKey()).ok;
                if (parser.isSet(jsonOpt)) {
                    array.append(QJsonObject{{QStringLiteral("name"), n.name},
                                             {QStringLiteral("url"), n.baseUrl.toString()},
                                             {QStringLiteral("mediaTypeVersion"), n.mediaTypeVersion},
                                             {QStringLiteral("enabled"), n.enabled},
                                             {QStringLiteral("token"), hasToken},
                                             {QStringLiteral("connectTimeoutMs"), n.connectTimeoutMs},
                                             {QStringLiteral("totalTimeoutMs"), n.totalTimeoutMs},
                                             {QStringLiteral("caBundle"), n.caBundlePath},
                                             {QStringLiteral("pinned"), !n.pinnedPublicKey.isEmpty()},
                                             {QStringLiteral("clientCert"), n.clientCertPath}});
                } else {
                    out() << n.name.leftJustified(20) << " " << n.baseUrl.toString().leftJustified(40) << " v"
                          << n.mediaTypeVersion << (n.enabled ? "  enabled " : "  disabled")
                          << (hasToken ? "  token" : "  NO TOKEN")
                          << (n.pinnedPublicKey.isEmpty() ? "" : "  pinned") << "\n";
                }
            }
            if (parser.isSet(jsonOpt)) {
                out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            } else if (all.isEmpty()) {
                out()
                    << "no nodes configured (matchdesk-cli nodes add --name NAME --url URL --token-stdin)\n";
            }
            out() << Qt::flush;
            return 0;
        }
        // test: heartbeat to the named nodes (default: all), concurrently.
        QList<Node> targets;
        const QStringList names = positional.mid(1);
        for (const Node& n : all) {
            if (names.isEmpty() || names.contains(n.name)) {
                targets << n;
            }
        }
        for (const QString& name : names) {
            if (std::none_of(all.begin(), all.end(), [&](const Node& n) { return n.name == name; })) {
                err() << "nodes test: no node named '" << name << "'\n" << Qt::flush;
                return 1;
            }
        }
        MmeClient client;
        QObject context;
        QEventLoop loop;
        int pending = int(targets.size());
        QList<HeartbeatResult> results(targets.size());
        for (int i = 0; i < targets.size(); ++i) {
            const QByteArray token = secrets->readBlocking(targets[i].keychainKey()).value;
            client.heartbeat(targets[i], token, &context, [&, i](HeartbeatResult r) {
                results[i] = r;
                if (--pending == 0) {
                    loop.quit();
                }
            });
        }
        if (pending > 0) {
            loop.exec();
        }
        bool allOk = true;
        QJsonArray array;
        for (int i = 0; i < targets.size(); ++i) {
            const HeartbeatResult& r = results[i];
            allOk = allOk && r.ok();
            AuditEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.action = QStringLiteral("mme.heartbeat");
            e.destination =
                targets[i].name + QStringLiteral(" <") + targets[i].baseUrl.toString() + QLatin1Char('>');
            e.outcome = NodeStatusCodes::toKey(r.status) + QStringLiteral(" ") + r.message;
            store->appendAudit(e);
            if (parser.isSet(jsonOpt)) {
                array.append(QJsonObject{{QStringLiteral("name"), targets[i].name},
                                         {QStringLiteral("status"), NodeStatusCodes::toKey(r.status)},
                                         {QStringLiteral("message"), r.message},
                                         {QStringLiteral("httpStatus"), r.httpStatus},
                                         {QStringLiteral("latencyMs"), r.latencyMs},
                                         {QStringLiteral("production"), r.production},
                                         {QStringLiteral("version"), r.version},
                                         {QStringLiteral("accept"), QJsonArray::fromStringList(r.accept)}});
            } else {
                out() << targets[i].name.leftJustified(20) << " " << r.summary() << "\n";
            }
        }
        if (parser.isSet(jsonOpt)) {
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        out() << Qt::flush;
        return allOk ? 0 : 3;
    } catch (const MatchDeskError& e) {
        err() << "nodes " << action << ": " << e.message() << "\n" << Qt::flush;
        return 1;
    }
}
