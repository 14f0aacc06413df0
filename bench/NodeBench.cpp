// matchdesk-bench-node: latency and load figures for a running matchdesk-node.
//   make-db --out FILE [--cases N] [--seed S]   dev phenopackets (N > 7,920: resampled copies)
//   run --url URL --token T --db FILE [--requests N] [--clients C] [--duration S] [--json]
//   engine --db FILE [--requests N] [--recall-queries R] [--candidates K] [--informative-ic X] [--json]
//       in process: the node's candidate search + matching-library scoring per query, and the
//       recall of its top 10 against scoring every case with the library.
// The node must serve the same database (queries are built from its cases).
#include "core/DataPaths.h"
#include "core/Store.h"
#include "formats/PhenopacketReader.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"
#include "node/NodeMatchEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace {
QTextStream out(stdout);

int makeDb(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("out"));
    const int wanted = p.value(QStringLiteral("cases")).toInt();
    PhenopacketReadOptions options;
    options.skipInvalid = true;
    const PhenopacketReadResult read =
        PhenopacketReader::readFile(DataPaths::phenopacketsDir() + QStringLiteral("/dev.jsonl.gz"), options);
    QList<Patient> cases = read.patients;
    QRandomGenerator rng(p.value(QStringLiteral("seed")).toUInt());
    const qsizetype base = cases.size();
    for (int i = int(base); i < wanted; ++i) {
        Patient copy = read.patients[rng.bounded(int(base))];
        copy.localId = QStringLiteral("synthetic-%1-").arg(i) + copy.localId;
        cases << copy;
    }
    if (wanted > 0 && wanted < cases.size()) {
        cases.resize(wanted);
    }
    Store store;
    store.open(path);
    store.savePatients(cases);
    out << "wrote " << cases.size() << " cases to " << path << " (" << read.skipped.size() << " skipped)\n";
    return 0;
}

QJsonObject queryFor(const Patient& p, bool withGene, int terms)
{
    QJsonArray features;
    for (const PhenotypeFeature& f : p.features) {
        if (!f.excluded && features.size() < terms) {
            features.append(QJsonObject{{QStringLiteral("id"), f.termId}});
        }
    }
    QJsonObject patient{{QStringLiteral("id"), QStringLiteral("bench-query")},
                        {QStringLiteral("test"), true},
                        {QStringLiteral("contact"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")},
                                     {QStringLiteral("href"), QStringLiteral("mailto:bench@example.org")}}},
                        {QStringLiteral("features"), features}};
    if (withGene) {
        for (const Variant& v : p.variants) {
            const QString id = !v.gene.ensemblId.isEmpty() ? v.gene.ensemblId : v.gene.symbol;
            if (!id.isEmpty()) {
                patient.insert(QStringLiteral("genomicFeatures"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), id}}}}});
                break;
            }
        }
    }
    return QJsonObject{{QStringLiteral("patient"), patient}};
}

// The query a /match request of queryFor() becomes (first `terms` observed terms, first gene).
Patient queryPatient(const Patient& p, bool withGene, int terms)
{
    Patient q;
    q.localId = QStringLiteral("bench-query");
    for (const PhenotypeFeature& f : p.features) {
        if (!f.excluded && q.features.size() < terms) {
            PhenotypeFeature copy;
            copy.termId = f.termId;
            q.features << copy;
        }
    }
    if (withGene) {
        for (const Variant& v : p.variants) {
            if (!v.gene.isEmpty()) {
                Variant g;
                g.gene = v.gene;
                q.variants << g;
                break;
            }
        }
    }
    return q;
}

struct Figures
{
    double median = 0, p95 = 0;
    int n = 0, failures = 0;
};

Figures latency(QNetworkAccessManager& nam, const QUrl& url, const QByteArray& token,
                const QList<QByteArray>& bodies)
{
    std::vector<double> ms;
    Figures f;
    for (const QByteArray& body : bodies) {
        QNetworkRequest req(url);
        req.setRawHeader("X-Auth-Token", token);
        req.setRawHeader("Content-Type", "application/vnd.ga4gh.matchmaker.v1.0+json");
        req.setRawHeader("Accept", "application/vnd.ga4gh.matchmaker.v1.0+json");
        QElapsedTimer t;
        t.start();
        QNetworkReply* r = nam.post(req, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            ++f.failures;
        }
        r->deleteLater();
    }
    std::sort(ms.begin(), ms.end());
    f.n = int(ms.size());
    if (!ms.empty()) {
        f.median = ms[ms.size() / 2];
        f.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    }
    return f;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

int engineBench(const QCommandLineParser& p)
{
    QElapsedTimer t;
    t.start();
    auto ontology = HpoOntology::loadDefault();
    auto ic = std::make_shared<const InformationContent>(
        InformationContent::fromAnnotationFiles(*ontology, DataPaths::hpoDir()));
    auto profiles = std::make_shared<const GenePhenotypeProfiles>(
        GenePhenotypeProfiles::fromAnnotationFiles(*ontology, DataPaths::hpoDir()));
    const qint64 referenceMs = t.restart();
    Store store;
    store.open(p.value(QStringLiteral("db")));
    const QList<Patient> cases = store.patients();
    const qint64 readMs = t.restart();
    NodeMatchOptions options;
    if (p.isSet(QStringLiteral("candidates"))) {
        options.phenotypeCandidates = p.value(QStringLiteral("candidates")).toInt();
    }
    if (p.isSet(QStringLiteral("candidates-with-gene"))) {
        options.phenotypeCandidatesWithGene = p.value(QStringLiteral("candidates-with-gene")).toInt();
    }
    if (p.isSet(QStringLiteral("informative-ic"))) {
        options.informativeIc = p.value(QStringLiteral("informative-ic")).toDouble();
    }
    NodeMatchEngine engine(ontology, ic, profiles, options);
    engine.build(cases);
    const qint64 buildMs = t.restart();

    QList<Patient> geneQueries, phenoQueries;
    QRandomGenerator rng(42);
    const int n = p.value(QStringLiteral("requests")).toInt();
    for (int tries = 0; tries < 100000 && (geneQueries.size() < n || phenoQueries.size() < n); ++tries) {
        const Patient& c = cases[rng.bounded(int(cases.size()))];
        if (c.observedCount() < 10) {
            continue;
        }
        if (!c.variants.isEmpty() && geneQueries.size() < n) {
            geneQueries << queryPatient(c, true, 10);
        }
        if (phenoQueries.size() < n) {
            phenoQueries << queryPatient(c, false, 10);
        }
    }
    struct Row
    {
        double median = 0, p95 = 0, scored = 0, phenotypeCandidates = 0, geneCandidates = 0;
    };
    const auto measure = [&](const QList<Patient>& queries) {
        std::vector<double> ms, scored, pheno, gene;
        for (const Patient& q : queries) {
            NodeMatchEngine::Stats stats;
            QElapsedTimer timer;
            timer.start();
            const auto hits = engine.topMatches(q, 10, 0.0, {}, &stats);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            scored.push_back(stats.scored);
            pheno.push_back(stats.phenotypeCandidates);
            gene.push_back(stats.geneCandidates);
        }
        return Row{percentile(ms, 0.5), percentile(ms, 0.95), percentile(scored, 0.5), percentile(pheno, 0.5),
                   percentile(gene, 0.5)};
    };
    const Row gene = measure(geneQueries);
    const Row pheno = measure(phenoQueries);

    // Recall of the top 10 against the library scoring every case (no candidate limit, every term).
    const int recallQueries = p.value(QStringLiteral("recall-queries")).toInt();
    NodeMatchOptions all;
    all.informativeIc = 0.0;
    all.phenotypeCandidates = std::numeric_limits<int>::max();
    NodeMatchEngine exhaustive(ontology, ic, profiles, all);
    struct Recall
    {
        double found = 0, wanted = 0, sameBest = 0, asked = 0;
        double recall() const { return wanted > 0 ? found / wanted : 1.0; }
        double best() const { return asked > 0 ? sameBest / asked : 1.0; }
    };
    const auto recallOf = [&](const QList<Patient>& sample) {
        Recall r;
        for (const Patient& q : sample) {
            const auto mine = engine.topMatches(q, 10, 0.0);
            const auto ref = exhaustive.topMatches(q, 10, 0.0);
            const double cut = mine.size() == 10 ? mine.back().score : 0.0;
            for (const auto& h : ref) {
                // A reference hit counts as found when returned, or tied with the node's 10th.
                const bool returned = std::any_of(mine.begin(), mine.end(),
                                                  [&](const auto& m) { return m.caseIndex == h.caseIndex; });
                r.found += (returned || h.score == cut) ? 1 : 0;
                r.wanted += 1;
            }
            r.sameBest +=
                (!ref.isEmpty() && !mine.isEmpty() && ref.front().score == mine.front().score) ? 1 : 0;
            r.asked += 1;
        }
        return r;
    };
    Recall geneRecall, phenoRecall;
    if (recallQueries > 0) {
        exhaustive.build(cases);
        geneRecall = recallOf(geneQueries.mid(0, recallQueries));
        phenoRecall = recallOf(phenoQueries.mid(0, recallQueries));
    }
    if (p.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("cases"), double(cases.size())},
                               {QStringLiteral("referenceDataMs"), double(referenceMs)},
                               {QStringLiteral("databaseMs"), double(readMs)},
                               {QStringLiteral("indexMs"), double(buildMs)},
                               {QStringLiteral("geneQueryMedianMs"), gene.median},
                               {QStringLiteral("geneQueryP95Ms"), gene.p95},
                               {QStringLiteral("geneQueryScoredMedian"), gene.scored},
                               {QStringLiteral("phenotypeQueryMedianMs"), pheno.median},
                               {QStringLiteral("phenotypeQueryP95Ms"), pheno.p95},
                               {QStringLiteral("phenotypeQueryScoredMedian"), pheno.scored},
                               {QStringLiteral("phenotypeCandidatesMedian"), pheno.phenotypeCandidates},
                               {QStringLiteral("geneQueryRecallAt10"), geneRecall.recall()},
                               {QStringLiteral("phenotypeQueryRecallAt10"), phenoRecall.recall()},
                               {QStringLiteral("geneQuerySameBestScore"), geneRecall.best()},
                               {QStringLiteral("phenotypeQuerySameBestScore"), phenoRecall.best()},
                               {QStringLiteral("recallQueriesPerType"), double(recallQueries)}})
                   .toJson();
    } else {
        out << QStringLiteral("cases: %1 (reference data %2 ms, database %3 ms, index %4 ms)\n")
                   .arg(cases.size())
                   .arg(referenceMs)
                   .arg(readMs)
                   .arg(buildMs);
        out << QStringLiteral(
                   "options: informative IC >= %1, at most %2 phenotype candidates scored (%3 when "
                   "the query lists a gene)\n")
                   .arg(options.informativeIc)
                   .arg(options.phenotypeCandidates)
                   .arg(options.phenotypeCandidatesWithGene);
        out << QStringLiteral("10 terms + gene:   median %1 ms, p95 %2 ms; scored %3 (gene candidates %4)\n")
                   .arg(gene.median, 0, 'f', 2)
                   .arg(gene.p95, 0, 'f', 2)
                   .arg(gene.scored)
                   .arg(gene.geneCandidates);
        out << QStringLiteral(
                   "10 terms only:     median %1 ms, p95 %2 ms; scored %3 of %4 phenotype candidates\n")
                   .arg(pheno.median, 0, 'f', 2)
                   .arg(pheno.p95, 0, 'f', 2)
                   .arg(pheno.scored)
                   .arg(pheno.phenotypeCandidates);
        if (recallQueries > 0) {
            out << QStringLiteral(
                       "top-10 recall vs every case scored (%1 queries each): gene queries %2 (same best "
                       "score %3), phenotype-only %4 (same best score %5)\n")
                       .arg(recallQueries)
                       .arg(geneRecall.recall(), 0, 'f', 3)
                       .arg(geneRecall.best(), 0, 'f', 3)
                       .arg(phenoRecall.recall(), 0, 'f', 3)
                       .arg(phenoRecall.best(), 0, 'f', 3);
        }
    }
    return 0;
}

int runBench(const QCommandLineParser& p)
{
    const QUrl url(p.value(QStringLiteral("url")) + QStringLiteral("/match"));
    const QByteArray token = p.value(QStringLiteral("token")).toLatin1();
    Store store;
    store.open(p.value(QStringLiteral("db")));
    const QList<Patient> cases = store.patients();
    QList<QByteArray> geneQueries, phenoQueries;
    QRandomGenerator rng(42);
    const int n = p.value(QStringLiteral("requests")).toInt();
    for (int tries = 0; tries < 100000 && (geneQueries.size() < n || phenoQueries.size() < n); ++tries) {
        const Patient& c = cases[rng.bounded(int(cases.size()))];
        if (c.observedCount() < 10) {
            continue;
        }
        const bool hasGene = !c.variants.isEmpty();
        if (hasGene && geneQueries.size() < n) {
            geneQueries << QJsonDocument(queryFor(c, true, 10)).toJson(QJsonDocument::Compact);
        }
        if (phenoQueries.size() < n) {
            phenoQueries << QJsonDocument(queryFor(c, false, 10)).toJson(QJsonDocument::Compact);
        }
    }
    QNetworkAccessManager nam;
    latency(nam, url, token, phenoQueries.mid(0, 5)); // warm-up (connection, caches)
    const Figures gene = latency(nam, url, token, geneQueries);
    const Figures pheno = latency(nam, url, token, phenoQueries);

    // Load: C clients (one connection each), back to back, for S seconds.
    const int clients = p.value(QStringLiteral("clients")).toInt();
    const int seconds = p.value(QStringLiteral("duration")).toInt();
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    qint64 done = 0, ok = 0, bad = 0, errors = 0;
    bool stopping = false;
    int active = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    std::function<void(int)> send = [&](int c) {
        QNetworkRequest req(url);
        req.setRawHeader("X-Auth-Token", token);
        req.setRawHeader("Content-Type", "application/vnd.ga4gh.matchmaker.v1.0+json");
        req.setRawHeader("Accept", "application/vnd.ga4gh.matchmaker.v1.0+json");
        const QByteArray& body = (done % 2) ? geneQueries[int(done % geneQueries.size())]
                                            : phenoQueries[int(done % phenoQueries.size())];
        QNetworkReply* r = nams[size_t(c)]->post(req, body);
        ++active;
        QObject::connect(r, &QNetworkReply::finished, &loop, [&, r, c] {
            --active;
            ++done;
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (r->error() != QNetworkReply::NoError && status == 0) {
                ++errors;
            } else if (status == 200 && r->readAll().startsWith("{\"results\"")) {
                ++ok;
            } else {
                ++bad;
            }
            r->deleteLater();
            if (!stopping) {
                send(c);
            } else if (active == 0) {
                loop.quit();
            }
        });
    };
    for (int c = 0; c < clients; ++c) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        send(c);
    }
    QTimer::singleShot(seconds * 1000, &loop, [&] { stopping = true; });
    loop.exec();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    const double rps = double(done) / elapsed;

    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("cases"), double(cases.size())},
                            {QStringLiteral("geneQueryMedianMs"), gene.median},
                            {QStringLiteral("geneQueryP95Ms"), gene.p95},
                            {QStringLiteral("phenotypeQueryMedianMs"), pheno.median},
                            {QStringLiteral("phenotypeQueryP95Ms"), pheno.p95},
                            {QStringLiteral("latencyFailures"), gene.failures + pheno.failures},
                            {QStringLiteral("loadClients"), clients},
                            {QStringLiteral("loadSeconds"), elapsed},
                            {QStringLiteral("loadRequests"), double(done)},
                            {QStringLiteral("loadOk"), double(ok)},
                            {QStringLiteral("loadNon200"), double(bad)},
                            {QStringLiteral("loadConnectionErrors"), double(errors)},
                            {QStringLiteral("requestsPerSecond"), rps}};
        out << QJsonDocument(o).toJson();
    } else {
        out << "cases: " << cases.size() << "\n";
        out << QStringLiteral("10 terms + gene:   median %1 ms, p95 %2 ms (%3 requests, %4 failed)\n")
                   .arg(gene.median, 0, 'f', 2)
                   .arg(gene.p95, 0, 'f', 2)
                   .arg(gene.n)
                   .arg(gene.failures);
        out << QStringLiteral("10 terms only:     median %1 ms, p95 %2 ms (%3 requests, %4 failed)\n")
                   .arg(pheno.median, 0, 'f', 2)
                   .arg(pheno.p95, 0, 'f', 2)
                   .arg(pheno.n)
                   .arg(pheno.failures);
        out << QStringLiteral(
                   "load: %1 clients, %2 s: %3 requests, %4 ok, %5 non-200, %6 connection errors, %7 req/s\n")
                   .arg(clients)
                   .arg(elapsed, 0, 'f', 1)
                   .arg(done)
                   .arg(ok)
                   .arg(bad)
                   .arg(errors)
                   .arg(rps, 0, 'f', 1);
    }
    return (gene.failures + pheno.failures + bad + errors) == 0 ? 0 : 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Latency and load benchmark of matchdesk-node."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("make-db | run | engine"));
    p.addOptions({
        {QStringLiteral("out"), QStringLiteral("make-db: database to write."), QStringLiteral("FILE")},
        {QStringLiteral("cases"), QStringLiteral("make-db: number of cases (0 = the dev set)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("make-db: resampling seed."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("url"), QStringLiteral("run: node base URL."), QStringLiteral("URL")},
        {QStringLiteral("token"), QStringLiteral("run: X-Auth-Token."), QStringLiteral("T")},
        {QStringLiteral("db"), QStringLiteral("run: the node's database (queries are built from it)."),
         QStringLiteral("FILE")},
        {QStringLiteral("requests"), QStringLiteral("run: latency requests per query type."),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("clients"), QStringLiteral("run: concurrent clients for the load phase."),
         QStringLiteral("C"), QStringLiteral("32")},
        {QStringLiteral("duration"), QStringLiteral("run: seconds of load."), QStringLiteral("S"),
         QStringLiteral("60")},
        {QStringLiteral("recall-queries"),
         QStringLiteral("engine: queries compared with scoring every case (0 = none)."), QStringLiteral("R"),
         QStringLiteral("20")},
        {QStringLiteral("candidates"), QStringLiteral("engine: phenotype candidates scored per query."),
         QStringLiteral("K")},
        {QStringLiteral("candidates-with-gene"),
         QStringLiteral("engine: phenotype candidates scored per query listing a gene."),
         QStringLiteral("K")},
        {QStringLiteral("informative-ic"), QStringLiteral("engine: IC from which terms select candidates."),
         QStringLiteral("X")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    p.process(app);
    const QString command = p.positionalArguments().value(0);
    if (command == QLatin1String("make-db") && p.isSet(QStringLiteral("out"))) {
        return makeDb(p);
    }
    if (command == QLatin1String("engine") && p.isSet(QStringLiteral("db"))) {
        return engineBench(p);
    }
    if (command == QLatin1String("run") && p.isSet(QStringLiteral("url")) && p.isSet(QStringLiteral("db"))) {
        return runBench(p);
    }
    p.showHelp(2);
}
