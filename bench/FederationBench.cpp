// matchdesk-bench-federation: fan-out wall time and GUI-thread stall of a federated query against
// local MME nodes that answer after an artificial delay (in-process HTTP servers on their own
// thread, so the measured thread only runs what the GUI thread would run).
//
//   matchdesk-bench-federation [--nodes 10] [--delay-ms 300] [--runs 15] [--hung-timeout-ms 3000]
//                              [--no-rescore] [--json]

#include "HostileServer.h"
#include "core/MemorySecretStore.h"
#include "core/Pseudonymizer.h"
#include "core/Store.h"
#include "net/FederatedQuery.h"
#include "net/LocalRanker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace {

QByteArray responseBody()
{
    QJsonArray results;
    const QStringList genes = {QStringLiteral("ENSG00000147316"), QStringLiteral("ENSG00000139618")};
    const QStringList terms = {QStringLiteral("HP:0000252"), QStringLiteral("HP:0001250"),
                               QStringLiteral("HP:0001263")};
    for (int i = 0; i < 5; ++i) {
        QJsonArray features;
        for (const QString& t : terms) {
            features.append(QJsonObject{{QStringLiteral("id"), t}});
        }
        results.append(QJsonObject{
            {QStringLiteral("score"), QJsonObject{{QStringLiteral("patient"), 0.9 - 0.1 * i}}},
            {QStringLiteral("patient"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("R-%1").arg(i)},
                         {QStringLiteral("contact"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Remote")},
                                      {QStringLiteral("href"), QStringLiteral("mailto:remote@example.org")}}},
                         {QStringLiteral("features"), features},
                         {QStringLiteral("genomicFeatures"),
                          QJsonArray{QJsonObject{{QStringLiteral("gene"),
                                                  QJsonObject{{QStringLiteral("id"), genes[i % 2]}}}}}}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact);
}

Patient benchPatient()
{
    Patient p;
    p.localId = QStringLiteral("BENCH-1");
    p.consent = {Consent::State::Granted, QDate(2026, 1, 1)};
    p.contact = {QStringLiteral("Dr Bench"),
                 QStringLiteral("MatchDesk"),
                 QStringLiteral("bench@example.org"),
                 QStringLiteral("mailto:bench@example.org"),
                 {QStringLiteral("clinician")}};
    p.features = {{QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, {}, {}},
                  {QStringLiteral("HP:0001263"), QStringLiteral("Global developmental delay"), false, {}, {}},
                  {QStringLiteral("HP:0001250"), QStringLiteral("Seizure"), false, {}, {}}};
    Variant v;
    v.gene = {QStringLiteral("HGNC:6636"), QStringLiteral("MCPH1"), QStringLiteral("ENSG00000147316"), {}};
    v.zygosity = Zygosity::Homozygous;
    p.variants = {v};
    return p;
}

double percentile(QList<double> values, double q)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype i =
        qBound<qsizetype>(0, qsizetype(q * double(values.size() - 1) + 0.5), values.size() - 1);
    return values[i];
}

// Largest gap between 1 ms timer ticks on the calling thread, minus the interval.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                m_max = std::max(m_max, now - m_last);
            }
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return std::max(0.0, double(m_max) / 1e6 - 1.0);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodesOpt(QStringLiteral("nodes"), QStringLiteral("Nodes (default 10)."),
                                      QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"),
                                      QStringLiteral("Answer delay (default 300)."), QStringLiteral("MS"),
                                      QStringLiteral("300"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Queries per scenario (default 15)."),
                                     QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption hungOpt(QStringLiteral("hung-timeout-ms"),
                                     QStringLiteral("Total timeout of the hung node (default 3000)."),
                                     QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption noRescoreOpt(QStringLiteral("no-rescore"),
                                          QStringLiteral("Skip local re-scoring."));
    const QCommandLineOption noStoreOpt(QStringLiteral("no-store"),
                                        QStringLiteral("No database: no audit, no stored results."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({nodesOpt, delayOpt, runsOpt, hungOpt, noRescoreOpt, noStoreOpt, jsonOpt});
    parser.process(app);
    const int nodeCount = qMax(1, parser.value(nodesOpt).toInt());
    const int delayMs = parser.value(delayOpt).toInt();
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const int hungTimeoutMs = parser.value(hungOpt).toInt();
    QTextStream out(stdout);

    // Servers on their own thread.
    QThread serverThread;
    serverThread.start();
    const QByteArray body = responseBody();
    QList<HostileServer*> servers;
    HostileServer* hung = nullptr;
    for (int i = 0; i <= nodeCount; ++i) {
        const bool isHung = i == nodeCount;
        auto* s = new HostileServer([body, delayMs, isHung](const HostileServer::Request&) {
            HostileServer::Reply r;
            r.body = body;
            r.delayMs = delayMs;
            r.neverAnswer = isHung;
            return r;
        });
        s->moveToThread(&serverThread);
        bool ok = false;
        QMetaObject::invokeMethod(
            s, [s, &ok] { ok = s->listen(); }, Qt::BlockingQueuedConnection);
        if (!ok) {
            QTextStream(stderr) << "cannot listen\n";
            return 1;
        }
        if (isHung) {
            hung = s;
        } else {
            servers << s;
        }
    }

    QTemporaryDir dir;
    Store store;
    store.open(dir.filePath(QStringLiteral("bench.sqlite")));
    Patient patient = benchPatient();
    store.savePatient(patient);
    MemorySecretStore secrets;
    const Pseudonymizer pseudonymizer = Pseudonymizer::loadBlocking(secrets);
    QList<Node> nodes;
    for (int i = 0; i < servers.size(); ++i) {
        Node n;
        n.name = QStringLiteral("node-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        n.baseUrl = servers[i]->baseUrl();
        secrets.writeBlocking(n.keychainKey(), "token");
        nodes << n;
    }
    Node hungNode;
    hungNode.name = QStringLiteral("hung");
    hungNode.baseUrl = hung->baseUrl();
    hungNode.totalTimeoutMs = hungTimeoutMs;
    secrets.writeBlocking(hungNode.keychainKey(), "token");

    std::shared_ptr<const LocalRanker> ranker;
    if (!parser.isSet(noRescoreOpt)) {
        ranker = LocalRanker::loadDefault();
    }

    auto runScenario = [&](const QList<Node>& scenarioNodes, QList<double>* wall, QList<double>* othersDone,
                           QList<double>* hungDone, QList<double>* stalls, int* results) {
        for (int r = 0; r < runs; ++r) {
            FederatedQuery query(parser.isSet(noStoreOpt) ? nullptr : &store, &secrets, ranker);
            query.setPseudonymizer(pseudonymizer);
            QElapsedTimer clock;
            double lastOther = 0;
            double hungAt = 0;
            QObject::connect(&query, &FederatedQuery::nodeFinished, &query,
                             [&](const QString& name, const NodeResult& nr) {
                                 const double t = double(clock.nsecsElapsed()) / 1e6;
                                 if (name == hungNode.name) {
                                     hungAt = t;
                                 } else {
                                     lastOther = std::max(lastOther, t);
                                     *results += int(nr.matches.size());
                                 }
                             });
            StallMeter meter;
            meter.start();
            clock.start();
            query.run(patient, scenarioNodes, {});
            const double total = double(clock.nsecsElapsed()) / 1e6;
            stalls->append(meter.stopMs());
            wall->append(total);
            othersDone->append(lastOther);
            if (hungDone) {
                hungDone->append(hungAt);
            }
        }
    };

    // Warm-up (connection pool, first-use allocations).
    {
        FederatedQuery warm(&store, &secrets, ranker);
        warm.setPseudonymizer(pseudonymizer);
        warm.run(patient, nodes, {});
    }

    QList<double> wall, others, stalls;
    int resultCount = 0;
    runScenario(nodes, &wall, &others, nullptr, &stalls, &resultCount);
    QList<double> wallH, othersH, hungH, stallsH;
    int resultCountH = 0;
    runScenario(nodes + QList<Node>{hungNode}, &wallH, &othersH, &hungH, &stallsH, &resultCountH);

    const QJsonObject figures{
        {QStringLiteral("nodes"), nodeCount},
        {QStringLiteral("delayMs"), delayMs},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("rescore"), ranker != nullptr},
        {QStringLiteral("allNodes"),
         QJsonObject{{QStringLiteral("wallMedianMs"), percentile(wall, 0.5)},
                     {QStringLiteral("wallP95Ms"), percentile(wall, 0.95)},
                     {QStringLiteral("wallMaxMs"), percentile(wall, 1.0)},
                     {QStringLiteral("resultsPerQuery"), double(resultCount) / runs},
                     {QStringLiteral("maxStallMs"), percentile(stalls, 1.0)},
                     {QStringLiteral("stallMedianMs"), percentile(stalls, 0.5)}}},
        {QStringLiteral("withHungNode"),
         QJsonObject{{QStringLiteral("othersDoneMedianMs"), percentile(othersH, 0.5)},
                     {QStringLiteral("othersDoneP95Ms"), percentile(othersH, 0.95)},
                     {QStringLiteral("othersDoneMaxMs"), percentile(othersH, 1.0)},
                     {QStringLiteral("hungNodeEndedMedianMs"), percentile(hungH, 0.5)},
                     {QStringLiteral("hungTimeoutMs"), hungTimeoutMs},
                     {QStringLiteral("maxStallMs"), percentile(stallsH, 1.0)}}},
    };
    if (parser.isSet(jsonOpt)) {
        out << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    } else {
        out << QStringLiteral("federated query, %1 nodes answering after %2 ms, %3 runs%4\n")
                   .arg(nodeCount)
                   .arg(delayMs)
                   .arg(runs)
                   .arg(ranker ? QStringLiteral(", local re-scoring on") : QStringLiteral(""));
        out << QStringLiteral("  all nodes:      wall median %1 ms, p95 %2 ms, max %3 ms; %4 results/query\n")
                   .arg(percentile(wall, 0.5), 0, 'f', 1)
                   .arg(percentile(wall, 0.95), 0, 'f', 1)
                   .arg(percentile(wall, 1.0), 0, 'f', 1)
                   .arg(double(resultCount) / runs, 0, 'f', 0);
        out << QStringLiteral(
                   "  + 1 hung node:  others all shown after median %1 ms (p95 %2, max %3); hung node "
                   "ended in its timeout at median %4 ms (timeout %5 ms)\n")
                   .arg(percentile(othersH, 0.5), 0, 'f', 1)
                   .arg(percentile(othersH, 0.95), 0, 'f', 1)
                   .arg(percentile(othersH, 1.0), 0, 'f', 1)
                   .arg(percentile(hungH, 0.5), 0, 'f', 1)
                   .arg(hungTimeoutMs);
        out << QStringLiteral(
                   "  event loop of the querying thread: max stall %1 ms (median of per-query max %2 ms)\n")
                   .arg(std::max(percentile(stalls, 1.0), percentile(stallsH, 1.0)), 0, 'f', 1)
                   .arg(percentile(stalls, 0.5), 0, 'f', 1);
    }
    out.flush();
    for (HostileServer* s : servers) {
        QMetaObject::invokeMethod(
            s, [s] { delete s; }, Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(
        hung, [hung] { delete hung; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
