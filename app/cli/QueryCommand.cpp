#include "QueryCommand.h"

#include "alerts/WatchStore.h"

#include "core/GeneCatalog.h"
#include "core/NodeDirectory.h"
#include "core/Settings.h"
#include "core/MatchDeskError.h"
#include "core/Pseudonymizer.h"
#include "core/Store.h"
#include "formats/PhenopacketReader.h"
#include "net/FederatedQuery.h"
#include "net/LocalRanker.h"
#include "net/SecretStoreFactory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject nodeJson(const NodeResult& r)
{
    return QJsonObject{{QStringLiteral("node"), r.nodeName},
                       {QStringLiteral("url"), r.baseUrl.toString()},
                       {QStringLiteral("status"), NodeStatusCodes::toKey(r.status)},
                       {QStringLiteral("message"), r.message},
                       {QStringLiteral("httpStatus"), r.httpStatus},
                       {QStringLiteral("latencyMs"), r.latencyMs},
                       {QStringLiteral("results"), int(r.matches.size())},
                       {QStringLiteral("dropped"), QJsonArray::fromStringList(r.dropped)},
                       {QStringLiteral("supportedVersions"), QJsonArray::fromStringList(r.supportedVersions)},
                       {QStringLiteral("disclaimer"), r.disclaimer},
                       {QStringLiteral("payloadSha256"), QString::fromLatin1(r.payloadSha256)}};
}

QString sharedGenes(const QByteArray& explanation)
{
    QStringList genes;
    const QJsonObject o = QJsonDocument::fromJson(explanation).object();
    const QJsonArray list =
        o.value(QLatin1String("genotype")).toObject().value(QLatin1String("sharedGenes")).toArray();
    for (const QJsonValue& g : list) {
        const QString symbol = g.toObject().value(QLatin1String("symbol")).toString();
        if (!symbol.isEmpty()) {
            genes << symbol;
        }
    }
    return genes.join(QLatin1Char(','));
}

} // namespace

int QueryCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "query --patient ID | --phenopacket FILE [--node NAME...] [--json] [--test] [--preview] "
        "[--genes-only]\n\n"
        "Sends the patient (under its pseudonym, with the responsible clinician as contact) to every "
        "enabled\n"
        "node at once, prints each node's status as it answers and the merged ranking re-scored locally.\n"
        "A phenopacket patient not in the database needs --consent-date and "
        "--contact-name/--contact-email."));
    parser.addOption(databaseOption());
    const QCommandLineOption patientOpt(QStringLiteral("patient"), QStringLiteral("Local patient id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption ppOpt(QStringLiteral("phenopacket"),
                                   QStringLiteral("Phenopacket file (first case)."), QStringLiteral("FILE"));
    const QCommandLineOption nodeOpt(QStringLiteral("node"), QStringLiteral("Only this node (repeatable)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption testOpt(QStringLiteral("test"),
                                     QStringLiteral("Mark the query as a test (test: true)."));
    const QCommandLineOption previewOpt(
        QStringLiteral("preview"),
        QStringLiteral("Print exactly what would be sent to each node; send nothing."));
    const QCommandLineOption genesOnlyOpt(QStringLiteral("genes-only"),
                                          QStringLiteral("Send genes without variant coordinates."));
    const QCommandLineOption consentOpt(
        QStringLiteral("consent-date"),
        QStringLiteral("Phenopacket patient: date consent for matching was recorded."),
        QStringLiteral("DATE"));
    const QCommandLineOption contactNameOpt(QStringLiteral("contact-name"),
                                            QStringLiteral("Phenopacket patient: responsible clinician."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption contactEmailOpt(QStringLiteral("contact-email"),
                                             QStringLiteral("Phenopacket patient: clinician's e-mail."),
                                             QStringLiteral("EMAIL"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      QStringLiteral("Ranking rows to print (default 20)."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({patientOpt, ppOpt, nodeOpt, jsonOpt, testOpt, previewOpt, genesOnlyOpt, consentOpt,
                       contactNameOpt, contactEmailOpt, limitOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    if (parser.isSet(patientOpt) == parser.isSet(ppOpt)) {
        err() << "query: give exactly one of --patient ID or --phenopacket FILE\n" << Qt::flush;
        return 2;
    }
    auto store = openStore(parser);
    if (!store) {
        return 1;
    }
    const bool json = parser.isSet(jsonOpt);
    try {
        Patient patient;
        if (parser.isSet(patientOpt)) {
            const auto p = store->patientByLocalId(parser.value(patientOpt));
            if (!p) {
                err() << "query: no local patient '" << parser.value(patientOpt) << "'\n" << Qt::flush;
                return 1;
            }
            patient = *p;
        } else {
            const PhenopacketReadResult read = PhenopacketReader::readFile(parser.value(ppOpt));
            if (read.patients.isEmpty()) {
                err() << "query: no case in " << parser.value(ppOpt) << "\n" << Qt::flush;
                return 1;
            }
            patient = read.patients.first();
            if (const auto known = store->patientByLocalId(patient.localId)) {
                // The database holds consent, clinician and the row results are stored under.
                patient.rowId = known->rowId;
                patient.consent = known->consent;
                patient.contact = known->contact;
            } else {
                if (parser.isSet(consentOpt)) {
                    patient.consent = {Consent::State::Granted,
                                       QDate::fromString(parser.value(consentOpt), Qt::ISODate)};
                }
                if (parser.isSet(contactNameOpt)) {
                    patient.contact.name = parser.value(contactNameOpt);
                    patient.contact.email = parser.value(contactEmailOpt);
                    patient.contact.roles = {QStringLiteral("clinician")};
                }
            }
        }

        FederatedQuery::Options options;
        options.test = parser.isSet(testOpt);
        options.onlyNodes = parser.values(nodeOpt);
        options.includeVariants = !parser.isSet(genesOnlyOpt);
        GeneCatalog catalog;
        try {
            catalog.load(GeneCatalog::defaultPath());
            options.geneCatalog = &catalog;
        } catch (const MatchDeskError&) {
            // Without the catalog genes go out as they are recorded.
        }
        auto secrets = SecretStoreFactory::create();
        const QList<Node> nodes = NodeDirectory::all(*store, *Settings::instance());

        if (parser.isSet(previewOpt)) {
            const Pseudonymizer pseudonymizer = Pseudonymizer::loadBlocking(*secrets);
            const auto requests =
                FederatedQuery::preview(patient, nodes, pseudonymizer.pseudonym(patient.localId), options);
            QJsonArray array;
            for (const OutgoingRequest& r : requests) {
                if (json) {
                    array.append(
                        QJsonObject{{QStringLiteral("node"), r.nodeName},
                                    {QStringLiteral("url"), r.url.toString()},
                                    {QStringLiteral("contentType"), QString::fromLatin1(r.mediaType)},
                                    {QStringLiteral("sha256"), QString::fromLatin1(r.sha256Hex)},
                                    {QStringLiteral("fields"), QJsonArray::fromStringList(r.fieldsSent)},
                                    {QStringLiteral("body"), QJsonDocument::fromJson(r.body).object()}});
                } else {
                    out() << "== " << r.nodeName << " POST " << r.url.toString() << "\n"
                          << "Content-Type: " << r.mediaType << "\nSHA-256: " << r.sha256Hex
                          << "\nFields: " << r.fieldsSent.join(QStringLiteral(", ")) << "\n"
                          << r.body << "\n";
                }
            }
            if (json) {
                out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            }
            out() << Qt::flush;
            return 0;
        }

        std::shared_ptr<const LocalRanker> ranker;
        try {
            ranker = LocalRanker::loadDefault();
        } catch (const std::exception& e) {
            err() << "query: local re-ranking unavailable (" << e.what() << "); node scores only\n"
                  << Qt::flush;
        }
        FederatedQuery query(store.get(), secrets.get(), ranker);
        if (!json) {
            QObject::connect(&query, &FederatedQuery::nodeFinished, &query,
                             [](const QString& name, const NodeResult& r) {
                                 out() << name.leftJustified(20) << " " << r.summary() << "\n";
                                 for (const QString& d : r.dropped) {
                                     out() << "    dropped " << d << "\n";
                                 }
                                 out() << Qt::flush;
                             });
        }
        const QList<NodeResult> results = query.run(patient, nodes, options);
        const QList<NodeMatch> ranking = query.ranking();
        const int limit = qMax(0, parser.value(limitOpt).toInt());
        if (json) {
            QJsonArray nodesJson;
            for (const NodeResult& r : results) {
                nodesJson.append(nodeJson(r));
            }
            QJsonArray rankingJson;
            for (const NodeMatch& m : ranking) {
                rankingJson.append(QJsonObject{
                    {QStringLiteral("node"), m.nodeName},
                    {QStringLiteral("remoteId"), m.remoteId},
                    {QStringLiteral("localScore"), m.localScore},
                    {QStringLiteral("phenotypeScore"), m.phenotypeScore},
                    {QStringLiteral("genotypeScore"), m.genotypeScore},
                    {QStringLiteral("nodeScore"), m.nodeScore},
                    {QStringLiteral("new"), m.isNew},
                    {QStringLiteral("contact"), m.record.value(QLatin1String("contact"))},
                    {QStringLiteral("explanation"), QJsonDocument::fromJson(m.explanation).object()}});
            }
            out() << QJsonDocument(QJsonObject{{QStringLiteral("pseudonym"), query.pseudonym()},
                                               {QStringLiteral("test"), options.test},
                                               {QStringLiteral("elapsedMs"), query.elapsedMs()},
                                               {QStringLiteral("nodes"), nodesJson},
                                               {QStringLiteral("ranking"), rankingJson}})
                         .toJson(QJsonDocument::Indented);
        } else {
            out() << "\n"
                  << ranking.size() << " match(es) in " << query.elapsedMs() << " ms (sent as "
                  << query.pseudonym() << (options.test ? ", test" : "") << ")\n";
            if (!ranking.isEmpty()) {
                out() << "rank  local  pheno  geno   node  " << QStringLiteral("node").leftJustified(16)
                      << QStringLiteral("remote id").leftJustified(24) << "genes  contact\n";
            }
            for (int i = 0; i < ranking.size() && i < limit; ++i) {
                const NodeMatch& m = ranking[i];
                out() << QString::number(i + 1).rightJustified(4) << "  "
                      << QString::number(m.localScore, 'f', 3) << "  "
                      << QString::number(m.phenotypeScore, 'f', 3) << "  "
                      << QString::number(m.genotypeScore, 'f', 3) << "  "
                      << QString::number(m.nodeScore, 'f', 3) << "  " << m.nodeName.leftJustified(16)
                      << m.remoteId.leftJustified(24) << " " << sharedGenes(m.explanation) << "  "
                      << m.record.value(QLatin1String("contact"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString()
                      << (m.isNew ? "  NEW" : "") << "\n";
            }
        }
        out() << Qt::flush;
        const bool anyOk =
            std::any_of(results.begin(), results.end(), [](const NodeResult& r) { return r.ok(); });
        // A first successful query of a stored patient starts watching it (user setting), so new
        // similar patients are found by later alert runs.
        Settings* settings = Settings::instance();
        if (anyOk && patient.rowId > 0 && !options.test && settings->value(Settings::WatchAfterQuery).toBool()) {
            WatchStore watches(*store);
            if (!watches.watch(patient.rowId)) {
                const auto schedule = Watch::scheduleFromKey(settings->value(Settings::AlertSchedule).toString());
                watches.setWatch(patient.rowId, schedule, settings->value(Settings::AlertMinimumScore).toDouble(),
                                 Watch::nextAfter(schedule, QDateTime::currentDateTimeUtc()));
                if (!json) {
                    out() << "now watching " << patient.localId << " (" << Watch::scheduleKey(schedule)
                          << "); stop with: matchdesk-cli alerts unwatch --patient " << patient.localId << "\n"
                          << Qt::flush;
                }
            }
        }
        return anyOk ? 0 : 3;
    } catch (const MatchDeskError& e) {
        err() << "query: " << e.message() << "\n" << Qt::flush;
        return 1;
    }
}
