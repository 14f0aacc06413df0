#include "NodeCommandLine.h"

#include "ClientRegistry.h"
#include "NodeError.h"
#include "NodeHttpServer.h"
#include "NodeLogging.h"
#include "NodeService.h"
#include "core/Crypto.h"
#include "core/DataPaths.h"
#include "core/GeneCatalog.h"
#include "core/Store.h"
#include "core/VersionInfo.h"
#include "formats/FormatFiles.h"
#include "formats/MmePatientReader.h"
#include "formats/PhenopacketReader.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/socket.h>
#include <unistd.h>

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

const char* const kUsage = R"(Usage: matchdesk-node [--help] [--version] <command> [options]

Commands:
  import      --db FILE FILE...
              Load phenopackets (JSON, JSON array, JSON Lines, gzip) or MME patients into the
              node's database. Cases with a local id already in the database are replaced.
  serve       --db FILE --listen HOST:PORT --clients FILE [options]
              Serve the cases over the Matchmaker Exchange API (POST <base>/match,
              GET <base>/heartbeat, GET <base>/metrics). Prints "listening on URL" when ready.
              Scores with the matching library: needs hp.obo(.gz) in the reference data
              (MATCHDESK_DATA_DIR/hpo); uses phenotype.hpoa / genes_to_phenotype.txt and the
              HGNC catalog when present.
  add-client  --clients FILE --name NAME
              Add a client; prints its new X-Auth-Token once and stores only its SHA-256 hash.

Options of serve:
  --tls-cert FILE          PEM certificate (chain) for HTTPS; needs --tls-key
  --tls-key FILE           PEM private key for HTTPS
                           Without TLS the node only listens on loopback addresses.
  --base-path PATH         URL path before /match (default: /mme; "/" for none)
  --max-results N          at most N results per query (default 10)
  --min-score X            only results scoring above X (default 0)
  --disclaimer TEXT        disclaimer sent with every response
  --disclaimer-file FILE   same, read from a UTF-8 file
  --max-body BYTES         larger request bodies are answered 413 (default 1048576)
  --request-timeout SEC    incomplete requests are answered 408 after SEC seconds (default 10)
  --production             /heartbeat reports production: true (default false: test node)
  --contact-name TEXT      contact for cases without one (default "MatchDesk node")
  --contact-href URL       its URL (mailto: or https:)

Port 0 picks a free port. SIGTERM/SIGINT stop the node cleanly.
)";

int usageError(const QString& message)
{
    err() << "matchdesk-node: " << message << "\n\nRun 'matchdesk-node --help' for usage.\n";
    err().flush();
    return 2;
}

// ---------------------------------------------------------------- add-client
int addClient(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("clients"), QCoreApplication::translate("NodeCommandLine", "Clients file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("NodeCommandLine", "Client name."),
                 QStringLiteral("NAME")});
    if (!p.parse(args)) {
        return usageError(p.errorText());
    }
    if (!p.isSet(QStringLiteral("clients")) || !p.isSet(QStringLiteral("name"))) {
        return usageError(QCoreApplication::translate("NodeCommandLine",
                                                      "add-client needs --clients FILE and --name NAME"));
    }
    const QString path = p.value(QStringLiteral("clients"));
    ClientRegistry reg = ClientRegistry::load(path, true);
    const QByteArray token = reg.addClient(p.value(QStringLiteral("name")));
    reg.save(path);
    out() << QString::fromLatin1(token) << "\n";
    out().flush();
    err()
        << QCoreApplication::translate(
               "NodeCommandLine",
               "Client \"%1\" added to %2. The token above is shown only once; the file keeps its SHA-256.\n")
               .arg(p.value(QStringLiteral("name")).trimmed(), path);
    return 0;
}

// ---------------------------------------------------------------- import
QList<Patient> readCases(const QString& path, const GeneCatalog* catalog, QStringList* warnings)
{
    const QByteArray data = FormatFiles::readAll(path);
    // Phenopackets carry "metaData" (mandatory in v2); MME patient files carry "contact".
    if (data.contains("\"metaData\"")) {
        PhenopacketReadOptions options;
        options.geneCatalog = catalog;
        PhenopacketReadResult r = PhenopacketReader::readData(data, path, options);
        *warnings << r.skipped;
        return r.patients;
    }
    MmeReadOptions options;
    options.geneCatalog = catalog;
    QList<Patient> patients;
    for (const MmeReadResult& r : MmePatientReader::readFile(path, options)) {
        Patient p = r.patient;
        p.source = path;
        patients << p;
    }
    return patients;
}

int importCases(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("NodeCommandLine", "Node database."),
                 QStringLiteral("FILE")});
    p.addPositionalArgument(QStringLiteral("files"),
                            QCoreApplication::translate("NodeCommandLine", "Files to import."));
    if (!p.parse(args)) {
        return usageError(p.errorText());
    }
    if (!p.isSet(QStringLiteral("db")) || p.positionalArguments().isEmpty()) {
        return usageError(QCoreApplication::translate("NodeCommandLine",
                                                      "import needs --db FILE and at least one input file"));
    }
    GeneCatalog catalog;
    try {
        catalog.load(GeneCatalog::defaultPath());
    } catch (const MatchDeskError& e) {
        err() << QCoreApplication::translate(
                     "NodeCommandLine", "warning: gene catalog not loaded (%1); gene ids are kept as given\n")
                     .arg(e.message());
    }
    QList<Patient> all;
    QStringList warnings;
    for (const QString& file : p.positionalArguments()) {
        all += readCases(file, &catalog, &warnings);
    }
    Store store;
    store.open(p.value(QStringLiteral("db")));
    // Re-importing a case replaces it (same local id).
    for (Patient& c : all) {
        if (const auto existing = store.patientByLocalId(c.localId)) {
            c.rowId = existing->rowId;
        }
    }
    store.savePatients(all);
    for (const QString& w : std::as_const(warnings)) {
        err() << "skipped: " << w << "\n";
    }
    out() << QCoreApplication::translate("NodeCommandLine", "imported %n case(s); the node holds %1", nullptr,
                                         int(all.size()))
                 .arg(store.patientCount())
          << "\n";
    return 0;
}

// ---------------------------------------------------------------- serve
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

QString publicId(const QByteArray& salt, const QString& localId)
{
    return QStringLiteral("mdn-") + QString::fromLatin1(Crypto::sha256Hex(salt + localId.toUtf8()).left(32));
}

bool isLoopback(const QHostAddress& a)
{
    return a.isLoopback();
}

class AuditWriter : public QObject
{
public:
    AuditWriter(Store& store, NodeService& service, const QString& destinationPrefix)
        : m_store(store)
        , m_service(service)
        , m_prefix(destinationPrefix)
    {
        m_timer.setInterval(1000);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
        m_timer.start();
    }

    void add(const NodeHttpServer::Served& s)
    {
        const NodeResponse& r = s.response;
        const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString client = r.client.isEmpty() ? QStringLiteral("-") : r.client;
        // The query log: time, client, endpoint, status, results, duration. No patient content.
        qCInfo(lcNode).noquote() << QStringLiteral(
                                        "%1 client=%2 endpoint=%3 status=%4 results=%5 duration_ms=%6%7")
                                        .arg(when, client,
                                             r.endpoint.isEmpty() ? QStringLiteral("-") : r.endpoint)
                                        .arg(r.status)
                                        .arg(r.resultCount)
                                        .arg(double(s.durationUs) / 1000.0, 0, 'f', 2)
                                        .arg(r.test ? QStringLiteral(" test") : QString());
        if (r.endpoint != QLatin1String("match") || r.status != 200) {
            return;
        }
        AuditEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.action = r.test ? QStringLiteral("mme.node.match.test") : QStringLiteral("mme.node.match");
        e.destination = m_prefix + client;
        e.fieldsSent = {QStringLiteral("results[].patient")};
        e.outcome = QStringLiteral("ok %1 results %2 ms").arg(r.resultCount).arg(s.durationUs / 1000);
        m_pending.append(e);
        m_dirty = true;
    }

    void flush()
    {
        if (!m_dirty) {
            return;
        }
        try {
            SqliteDatabase::Transaction tx(m_store.database());
            for (AuditEntry& e : m_pending) {
                m_store.appendAudit(e);
            }
            const NodeService::Counters c = m_service.counters();
            m_store.setMeta(QStringLiteral("node.requestsReceived"), QString::number(c.requests));
            m_store.setMeta(QStringLiteral("node.potentialMatchesSent"), QString::number(c.potentialMatches));
            m_store.setMeta(QStringLiteral("node.genesMatched"), c.genesMatched.join(QLatin1Char(',')));
            tx.commit();
            m_pending.clear();
            m_dirty = false;
        } catch (const MatchDeskError& e) {
            qCWarning(lcNode).noquote() << "cannot write the query log to the database:" << e.message();
        }
    }

private:
    Store& m_store;
    NodeService& m_service;
    QString m_prefix;
    QTimer m_timer;
    QList<AuditEntry> m_pending;
    bool m_dirty = false;
};

int serve(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> options{
        {QStringLiteral("db"), QCoreApplication::translate("NodeCommandLine", "Node database."),
         QStringLiteral("FILE")},
        {QStringLiteral("listen"), QCoreApplication::translate("NodeCommandLine", "Address."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("clients"), QCoreApplication::translate("NodeCommandLine", "Clients file."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-cert"), QCoreApplication::translate("NodeCommandLine", "Certificate."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QCoreApplication::translate("NodeCommandLine", "Key."),
         QStringLiteral("FILE")},
        {QStringLiteral("base-path"), QCoreApplication::translate("NodeCommandLine", "Base path."),
         QStringLiteral("PATH"), QStringLiteral("/mme")},
        {QStringLiteral("max-results"), QCoreApplication::translate("NodeCommandLine", "Max results."),
         QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("min-score"), QCoreApplication::translate("NodeCommandLine", "Min score."),
         QStringLiteral("X"), QStringLiteral("0")},
        {QStringLiteral("disclaimer"), QCoreApplication::translate("NodeCommandLine", "Disclaimer."),
         QStringLiteral("TEXT")},
        {QStringLiteral("disclaimer-file"),
         QCoreApplication::translate("NodeCommandLine", "Disclaimer file."), QStringLiteral("FILE")},
        {QStringLiteral("max-body"), QCoreApplication::translate("NodeCommandLine", "Max body."),
         QStringLiteral("BYTES"), QStringLiteral("1048576")},
        {QStringLiteral("request-timeout"), QCoreApplication::translate("NodeCommandLine", "Timeout."),
         QStringLiteral("SEC"), QStringLiteral("10")},
        {QStringLiteral("production"), QCoreApplication::translate("NodeCommandLine", "Production node.")},
        {QStringLiteral("contact-name"), QCoreApplication::translate("NodeCommandLine", "Contact."),
         QStringLiteral("TEXT")},
        {QStringLiteral("contact-href"), QCoreApplication::translate("NodeCommandLine", "Contact URL."),
         QStringLiteral("URL")},
    };
    p.addOptions(options);
    if (!p.parse(args)) {
        return usageError(p.errorText());
    }
    if (!p.positionalArguments().isEmpty()) {
        return usageError(QCoreApplication::translate("NodeCommandLine", "unexpected argument \"%1\"")
                              .arg(p.positionalArguments().constFirst()));
    }
    for (const char* required : {"db", "listen", "clients"}) {
        if (!p.isSet(QLatin1String(required))) {
            return usageError(QCoreApplication::translate(
                "NodeCommandLine", "serve needs --db FILE, --listen HOST:PORT and --clients FILE"));
        }
    }
    NodeConfig config;
    bool ok = true;
    config.basePath = NodeConfig::normaliseBasePath(p.value(QStringLiteral("base-path")));
    config.maxResults = p.value(QStringLiteral("max-results")).toInt(&ok);
    if (!ok || config.maxResults < 1 || config.maxResults > 1000) {
        return usageError(QCoreApplication::translate("NodeCommandLine",
                                                      "--max-results must be an integer from 1 to 1000"));
    }
    config.minScore = p.value(QStringLiteral("min-score")).toDouble(&ok);
    if (!ok || config.minScore < 0 || config.minScore >= 1) {
        return usageError(
            QCoreApplication::translate("NodeCommandLine", "--min-score must be a number from 0 to below 1"));
    }
    config.maxBodyBytes = p.value(QStringLiteral("max-body")).toLongLong(&ok);
    if (!ok || config.maxBodyBytes < 1024) {
        return usageError(
            QCoreApplication::translate("NodeCommandLine", "--max-body must be an integer of at least 1024"));
    }
    const double timeout = p.value(QStringLiteral("request-timeout")).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600) {
        return usageError(QCoreApplication::translate(
            "NodeCommandLine",
            "--request-timeout must be a number of seconds greater than 0 and at most 3600"));
    }
    config.requestTimeoutMs = int(timeout * 1000);
    config.idleTimeoutMs = qMax(60000, config.requestTimeoutMs);
    config.production = p.isSet(QStringLiteral("production"));
    if (p.isSet(QStringLiteral("disclaimer-file"))) {
        QFile f(p.value(QStringLiteral("disclaimer-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            return usageError(QCoreApplication::translate("NodeCommandLine", "cannot read %1: %2")
                                  .arg(f.fileName(), f.errorString()));
        }
        config.disclaimer = QString::fromUtf8(f.readAll()).trimmed();
    } else {
        config.disclaimer = p.value(QStringLiteral("disclaimer"));
    }
    if (p.isSet(QStringLiteral("contact-name"))) {
        config.contactName = p.value(QStringLiteral("contact-name"));
    }
    if (p.isSet(QStringLiteral("contact-href"))) {
        config.contactHref = p.value(QStringLiteral("contact-href"));
    }

    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    if (colon <= 0 || !ok || port > 65535) {
        return usageError(QCoreApplication::translate("NodeCommandLine",
                                                      "--listen must be HOST:PORT, e.g. 127.0.0.1:8443"));
    }
    QHostAddress address;
    if (host == QLatin1String("localhost")) {
        address = QHostAddress::LocalHost;
    } else if (!address.setAddress(host)) {
        return usageError(
            QCoreApplication::translate("NodeCommandLine", "--listen: \"%1\" is not an IP address")
                .arg(host));
    }

    std::optional<QSslConfiguration> tls;
    if (p.isSet(QStringLiteral("tls-cert")) != p.isSet(QStringLiteral("tls-key"))) {
        return usageError(
            QCoreApplication::translate("NodeCommandLine", "--tls-cert and --tls-key go together"));
    }
    if (p.isSet(QStringLiteral("tls-cert"))) {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(p.value(QStringLiteral("tls-cert")), QSsl::Pem);
        QFile keyFile(p.value(QStringLiteral("tls-key")));
        if (chain.isEmpty()) {
            throw NodeError(QCoreApplication::translate("NodeCommandLine", "No PEM certificate in %1")
                                .arg(p.value(QStringLiteral("tls-cert"))));
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            throw NodeError(QCoreApplication::translate("NodeCommandLine", "Cannot read %1: %2")
                                .arg(keyFile.fileName(), keyFile.errorString()));
        }
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        }
        if (key.isNull()) {
            throw NodeError(
                QCoreApplication::translate("NodeCommandLine", "No usable PEM private key (RSA or EC) in %1")
                    .arg(keyFile.fileName()));
        }
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(chain.constFirst());
        c.setLocalCertificateChain(chain);
        c.setPrivateKey(key);
        c.setProtocol(QSsl::TlsV1_2OrLater);
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = c;
    } else if (!isLoopback(address)) {
        throw NodeError(
            QCoreApplication::translate(
                "NodeCommandLine",
                "Refusing plain HTTP on %1: without --tls-cert/--tls-key the node only listens on "
                "loopback (127.0.0.1 or ::1)")
                .arg(address.toString()));
    } else {
        err() << QCoreApplication::translate(
            "NodeCommandLine",
            "warning: serving plain HTTP on loopback only; use --tls-cert/--tls-key for a real node\n");
        err().flush();
    }

    ClientRegistry clients = ClientRegistry::load(p.value(QStringLiteral("clients")));
    if (clients.isEmpty()) {
        err() << QCoreApplication::translate(
                     "NodeCommandLine", "warning: no clients in %1; every request will be answered 401\n")
                     .arg(p.value(QStringLiteral("clients")));
    }

    QElapsedTimer startup;
    startup.start();
    // Scoring data of the matching library, as the desktop's local ranking uses it: the HPO,
    // information content from the disease annotations, the genes' phenotype profiles.
    std::shared_ptr<const HpoOntology> ontology;
    try {
        ontology = HpoOntology::loadDefault();
    } catch (const MatchDeskError& e) {
        throw NodeError(QCoreApplication::translate(
                            "NodeCommandLine", "Cannot load the HPO, which the node needs for matching: %1")
                            .arg(e.message()));
    }
    std::shared_ptr<const InformationContent> ic;
    QString icSource = QCoreApplication::translate("NodeCommandLine", "disease annotations");
    try {
        ic = std::make_shared<const InformationContent>(
            InformationContent::loadCached(*ontology, DataPaths::hpoDir()));
    } catch (const MatchDeskError& e) {
        err() << QCoreApplication::translate(
                     "NodeCommandLine",
                     "warning: HPO annotations not loaded (%1); information content from the node's cases\n")
                     .arg(e.message());
        icSource = QCoreApplication::translate("NodeCommandLine", "the node's cases");
    }
    std::shared_ptr<const GenePhenotypeProfiles> geneProfiles;
    try {
        geneProfiles = std::make_shared<const GenePhenotypeProfiles>(
            GenePhenotypeProfiles::fromAnnotationFiles(*ontology, DataPaths::hpoDir()));
    } catch (const MatchDeskError& e) {
        err() << QCoreApplication::translate(
                     "NodeCommandLine",
                     "warning: gene phenotype profiles not loaded (%1); scoring without them\n")
                     .arg(e.message());
    }
    auto catalog = std::make_shared<GeneCatalog>();
    try {
        catalog->load(GeneCatalog::defaultPath());
    } catch (const MatchDeskError& e) {
        err() << QCoreApplication::translate(
                     "NodeCommandLine",
                     "warning: gene catalog not loaded (%1); gene ids are checked by form only\n")
                     .arg(e.message());
    }
    const qint64 referenceMs = startup.elapsed();

    Store store;
    store.open(p.value(QStringLiteral("db")));
    QString salt = store.meta(QStringLiteral("node.idSalt"));
    if (salt.isEmpty()) {
        salt = QString::fromLatin1(Crypto::randomBytes(16).toHex());
        store.setMeta(QStringLiteral("node.idSalt"), salt);
    }
    QList<Patient> cases = store.patients();
    const qint64 readMs = startup.elapsed() - referenceMs;
    const qsizetype caseCount = cases.size();
    QStringList ids;
    ids.reserve(cases.size());
    for (const Patient& c : cases) {
        ids << publicId(salt.toLatin1(), c.localId);
    }
    if (!ic) {
        ic = std::make_shared<const InformationContent>(InformationContent::fromPatients(*ontology, cases));
    }
    auto service = std::make_shared<NodeService>(config, clients, ontology, ic, geneProfiles, catalog);
    service->setCases(std::move(cases), ids);
#ifdef __GLIBC__
    // The cases were read in full and then reduced: give the freed heap back to the system.
    ::malloc_trim(0);
#endif
    service->setCounters(
        store.meta(QStringLiteral("node.requestsReceived")).toLongLong(),
        store.meta(QStringLiteral("node.potentialMatchesSent")).toLongLong(),
        store.meta(QStringLiteral("node.genesMatched")).split(QLatin1Char(','), Qt::SkipEmptyParts));

    NodeHttpServer server(service);
    server.listen(address, quint16(port), tls);
    AuditWriter audit(store, *service, QStringLiteral("node client: "));
    QObject::connect(&server, &NodeHttpServer::served, &audit,
                     [&audit](const NodeHttpServer::Served& s) { audit.add(s); });

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        throw NodeError(QCoreApplication::translate("NodeCommandLine", "Cannot set up signal handling"));
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    err() << QCoreApplication::translate(
                 "NodeCommandLine",
                 "%n case(s) loaded in %1 ms (reference data %2 ms, database %3 ms, index %4 ms; "
                 "information content from %5)",
                 nullptr, int(caseCount))
                 .arg(startup.elapsed())
                 .arg(referenceMs)
                 .arg(readMs)
                 .arg(startup.elapsed() - referenceMs - readMs)
                 .arg(icSource)
          << "\n";
    err().flush();
    out() << "listening on " << server.url().toString() << "\n";
    out().flush();

    const int rc = QCoreApplication::exec();
    audit.flush();
    store.close();
    err() << QCoreApplication::translate("NodeCommandLine", "stopped\n");
    err().flush();
    return rc;
}

} // namespace

namespace NodeCommandLine {

int run(const QStringList& arguments)
{
    if (arguments.size() < 2) {
        err() << kUsage;
        return 2;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << kUsage;
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << VersionInfo::text(QStringLiteral("matchdesk-node"));
        return 0;
    }
    QStringList sub = arguments.mid(1);
    sub[0] = QStringLiteral("matchdesk-node ") + command;
    if (sub.contains(QLatin1String("--help"))) {
        out() << kUsage;
        return 0;
    }
    try {
        if (command == QLatin1String("import")) {
            return importCases(sub);
        }
        if (command == QLatin1String("serve")) {
            return serve(sub);
        }
        if (command == QLatin1String("add-client")) {
            return addClient(sub);
        }
    } catch (const MatchDeskError& e) {
        err() << "matchdesk-node: " << e.message() << "\n";
        err().flush();
        return 1;
    }
    return usageError(QCoreApplication::translate("NodeCommandLine", "unknown command \"%1\"").arg(command));
}

} // namespace NodeCommandLine
