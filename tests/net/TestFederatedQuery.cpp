#include "HostileServer.h"
#include "TemporaryProfile.h"
#include "core/Crypto.h"
#include "core/MemorySecretStore.h"
#include "core/Pseudonymizer.h"
#include "core/Store.h"
#include "net/DisclosureError.h"
#include "net/FederatedQuery.h"
#include "net/LocalRanker.h"
#include "net/NetError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

Patient queryPatient()
{
    Patient p;
    p.localId = QStringLiteral("DUB-001");
    p.label = QStringLiteral("Baby boy, Dublin ward 3");
    p.sex = Sex::Male;
    p.consent = {Consent::State::Granted, QDate(2026, 5, 4)};
    p.contact = {QStringLiteral("Dr Aoife Byrne"),
                 QStringLiteral("Children's Health Ireland"),
                 QStringLiteral("aoife.byrne@example.ie"),
                 QStringLiteral("mailto:aoife.byrne@example.ie"),
                 {QStringLiteral("clinician")}};
    p.features = {
        {QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, {}, {}},
        {QStringLiteral("HP:0001263"), QStringLiteral("Global developmental delay"), false, {}, {}}};
    Variant v;
    v.gene = {QStringLiteral("HGNC:6636"), QStringLiteral("MCPH1"), QStringLiteral("ENSG00000147316"),
              QStringLiteral("79648")};
    v.assembly = QStringLiteral("GRCh38");
    v.chromosome = QStringLiteral("8");
    v.position = 6421920;
    v.ref = QStringLiteral("C");
    v.alt = QStringLiteral("T");
    v.zygosity = Zygosity::Homozygous;
    p.variants = {v};
    return p;
}

QJsonObject remotePatient(const QString& id, const QString& hpo, const QString& gene)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Remote")},
                     {QStringLiteral("href"), QStringLiteral("mailto:remote@example.org")}}},
        {QStringLiteral("features"), QJsonArray{QJsonObject{{QStringLiteral("id"), hpo}}}},
        {QStringLiteral("genomicFeatures"),
         QJsonArray{QJsonObject{{QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), gene}}}}}},
    };
}

QByteArray matchResponse(const QJsonArray& results, const QString& disclaimer = {})
{
    QJsonObject root{{QStringLiteral("results"), results}};
    if (!disclaimer.isEmpty()) {
        root.insert(QStringLiteral("disclaimer"), disclaimer);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject result(double score, const QJsonObject& patient)
{
    return QJsonObject{{QStringLiteral("score"), QJsonObject{{QStringLiteral("patient"), score}}},
                       {QStringLiteral("patient"), patient}};
}

HostileServer::Reply reply(const QByteArray& body, int status = 200, int delayMs = 0)
{
    HostileServer::Reply r;
    r.body = body;
    r.status = status;
    r.delayMs = delayMs;
    return r;
}

} // namespace

class TestFederatedQuery : public QObject
{
    Q_OBJECT

private:
    // A node served by a HostileServer, registered in the store with a token.
    Node addNode(const QString& name, HostileServer& server, bool withToken = true)
    {
        Node n;
        n.name = name;
        n.baseUrl = server.baseUrl();
        n.baseUrl.setPath(QStringLiteral("/mme/"));
        n.totalTimeoutMs = 1500;
        n.connectTimeoutMs = 1000;
        if (withToken) {
            m_secrets->writeBlocking(n.keychainKey(), "token-" + name.toUtf8());
        }
        m_store->saveNode(n);
        return n;
    }

    std::unique_ptr<TemporaryProfile> m_profile;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    Patient m_patient;

private slots:
    void init()
    {
        m_profile = std::make_unique<TemporaryProfile>();
        m_store = std::make_unique<Store>();
        m_store->open(m_profile->databasePath());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_patient = queryPatient();
        m_store->savePatient(m_patient);
    }
    void cleanup()
    {
        m_store.reset();
        m_profile.reset();
    }

    void fanOutWithHostileNodes()
    {
        HostileServer good([](const HostileServer::Request&) {
            return reply(matchResponse(
                {result(0.9, remotePatient(QStringLiteral("G-1"), QStringLiteral("HP:0000252"),
                                           QStringLiteral("ENSG00000147316"))),
                 result(1.5, remotePatient(QStringLiteral("G-bad-score"), QStringLiteral("HP:0000252"),
                                           QStringLiteral("MCPH1"))),
                 result(0.4, QJsonObject{{QStringLiteral("id"), QStringLiteral("G-no-contact")},
                                         {QStringLiteral("features"),
                                          QJsonArray{QJsonObject{
                                              {QStringLiteral("id"), QStringLiteral("HP:0000252")}}}}}),
                 result(0.3, remotePatient(QStringLiteral("G-2"), QStringLiteral("HP:0001250"),
                                           QStringLiteral("ENSG00000139618")))},
                QStringLiteral("Good node disclaimer")));
        });
        HostileServer slow([](const HostileServer::Request&) {
            return reply(
                matchResponse({result(0.5, remotePatient(QStringLiteral("S-1"), QStringLiteral("HP:0001263"),
                                                         QStringLiteral("MCPH1")))}),
                200, 600);
        });
        HostileServer hung([](const HostileServer::Request&) {
            HostileServer::Reply r;
            r.neverAnswer = true;
            return r;
        });
        HostileServer garbage([](const HostileServer::Request&) { return reply("<html>oops</html>"); });
        HostileServer noResults([](const HostileServer::Request&) { return reply("{\"matches\":[]}"); });
        HostileServer unauthorized(
            [](const HostileServer::Request&) { return reply("{\"message\":\"invalid API key\"}", 401); });
        HostileServer oldVersion([](const HostileServer::Request&) {
            HostileServer::Reply r =
                reply("{\"message\":\"unsupported API version\",\"supportedVersions\":[\"0.9\"]}", 406);
            r.contentType = "application/vnd.ga4gh.matchmaker.v0.9+json";
            return r;
        });
        HostileServer oversized([](const HostileServer::Request&) {
            HostileServer::Reply r;
            r.streamBytes = 12 * 1024 * 1024;
            return r;
        });
        HostileServer failing(
            [](const HostileServer::Request&) { return reply("{\"message\":\"database down\"}", 503); });
        for (HostileServer* s :
             {&good, &slow, &hung, &garbage, &noResults, &unauthorized, &oldVersion, &oversized, &failing}) {
            QVERIFY(s->listen());
        }
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        addNode(QStringLiteral("good"), good);
        addNode(QStringLiteral("slow"), slow);
        addNode(QStringLiteral("hung"), hung);
        addNode(QStringLiteral("garbage"), garbage);
        addNode(QStringLiteral("no-results"), noResults);
        addNode(QStringLiteral("unauthorized"), unauthorized);
        addNode(QStringLiteral("old-version"), oldVersion);
        addNode(QStringLiteral("oversized"), oversized);
        addNode(QStringLiteral("failing"), failing);
        addNode(QStringLiteral("no-token"), good, false);
        Node dead;
        dead.name = QStringLiteral("down");
        dead.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(deadPort));
        m_secrets->writeBlocking(dead.keychainKey(), "t");
        m_store->saveNode(dead);
        Node disabled = dead;
        disabled.rowId = 0;
        disabled.name = QStringLiteral("disabled");
        disabled.enabled = false;
        m_store->saveNode(disabled);

        FederatedQuery query(m_store.get(), m_secrets.get(), nullptr);
        QStringList finishedOrder;
        connect(&query, &FederatedQuery::nodeFinished, this,
                [&](const QString& name, const NodeResult&) { finishedOrder << name; });
        QSignalSpy started(&query, &FederatedQuery::nodeStarted);
        FederatedQuery::Options options;
        options.test = true;
        const QList<NodeResult> results = query.run(m_patient, m_store->nodes(), options);

        QCOMPARE(results.size(), 11); // every enabled node, not the disabled one
        QCOMPARE(started.size(), 11);
        QHash<QString, NodeResult> by;
        for (const NodeResult& r : results) {
            by.insert(r.nodeName, r);
        }
        QVERIFY(!by.contains(QStringLiteral("disabled")));
        QCOMPARE(by[QStringLiteral("good")].status, NodeStatus::Ok);
        QCOMPARE(by[QStringLiteral("good")].matches.size(), 2);
        QCOMPARE(by[QStringLiteral("good")].dropped.size(), 2);
        QVERIFY(by[QStringLiteral("good")]
                    .dropped.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("results[1].score.patient")));
        QVERIFY(by[QStringLiteral("good")]
                    .dropped.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("results[2].patient.contact")));
        QCOMPARE(by[QStringLiteral("good")].disclaimer, QStringLiteral("Good node disclaimer"));
        QCOMPARE(by[QStringLiteral("slow")].status, NodeStatus::Ok);
        QCOMPARE(by[QStringLiteral("hung")].status, NodeStatus::Timeout);
        QCOMPARE(by[QStringLiteral("down")].status, NodeStatus::ConnectionFailed);
        QCOMPARE(by[QStringLiteral("garbage")].status, NodeStatus::Malformed);
        QVERIFY(by[QStringLiteral("garbage")].message.contains(QStringLiteral("not JSON")));
        QCOMPARE(by[QStringLiteral("no-results")].status, NodeStatus::Malformed);
        QVERIFY(by[QStringLiteral("no-results")].message.contains(QStringLiteral("results")));
        QCOMPARE(by[QStringLiteral("unauthorized")].status, NodeStatus::Unauthorized);
        QCOMPARE(by[QStringLiteral("unauthorized")].message, QStringLiteral("invalid API key"));
        QCOMPARE(by[QStringLiteral("old-version")].status, NodeStatus::NotAcceptable);
        QCOMPARE(by[QStringLiteral("old-version")].supportedVersions, QStringList{QStringLiteral("0.9")});
        QCOMPARE(by[QStringLiteral("oversized")].status, NodeStatus::TooLarge);
        QCOMPARE(by[QStringLiteral("failing")].status, NodeStatus::HttpError);
        QCOMPARE(by[QStringLiteral("failing")].httpStatus, 503);
        QCOMPARE(by[QStringLiteral("failing")].message, QStringLiteral("database down"));
        QCOMPARE(by[QStringLiteral("no-token")].status, NodeStatus::NotSent);
        // The slow node did not wait for the hung one; the hung one ended last in its own timeout.
        QVERIFY(finishedOrder.indexOf(QStringLiteral("good")) <
                finishedOrder.indexOf(QStringLiteral("slow")));
        QCOMPARE(finishedOrder.last(), QStringLiteral("hung"));

        // What left: the pseudonym, never the local id or label; test: true; the node's token.
        const QString pseudonym = Pseudonymizer::loadBlocking(*m_secrets).pseudonym(m_patient.localId);
        QCOMPARE(query.pseudonym(), pseudonym);
        const auto sent = good.requests();
        QCOMPARE(sent.size(), 1); // the no-token node (same server) sent nothing
        const HostileServer::Request& req = sent.first();
        QCOMPARE(req.path, QByteArray("/mme/match"));
        QCOMPARE(req.headers.value("x-auth-token"), QByteArray("token-good"));
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/vnd.ga4gh.matchmaker.v1.0+json"));
        QCOMPARE(req.headers.value("accept"), QByteArray("application/vnd.ga4gh.matchmaker.v1.0+json"));
        const QJsonObject body =
            QJsonDocument::fromJson(req.body).object().value(QLatin1String("patient")).toObject();
        QCOMPARE(body.value(QLatin1String("id")).toString(), pseudonym);
        QCOMPARE(body.value(QLatin1String("test")).toBool(), true);
        QVERIFY(!body.contains(QLatin1String("label")));
        QVERIFY(!req.body.contains("DUB-001"));
        QVERIFY(!req.body.contains("Dublin"));
        QCOMPARE(body.value(QLatin1String("contact")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Dr Aoife Byrne"));

        // The preview is exactly what was sent.
        const auto preview = FederatedQuery::preview(
            m_patient, {m_store->node(QStringLiteral("good")).value()}, pseudonym, options);
        QCOMPARE(preview.size(), 1);
        QCOMPARE(preview.first().body, req.body);

        // One audit entry per node, with the hash of the exact payload and the fields sent.
        const QList<AuditEntry> audit = m_store->auditEntries(m_patient.rowId);
        QCOMPARE(audit.size(), 11);
        for (const AuditEntry& e : audit) {
            QCOMPARE(e.action, QStringLiteral("mme.match"));
            QCOMPARE(e.pseudonym, pseudonym);
            QVERIFY(e.outcome.endsWith(QStringLiteral("(test)")));
            if (e.destination.startsWith(QStringLiteral("no-token "))) {
                QVERIFY(e.payloadSha256.isEmpty());
                QVERIFY(e.fieldsSent.isEmpty());
                QVERIFY(e.outcome.startsWith(QStringLiteral("not sent")));
                continue;
            }
            QCOMPARE(e.payloadSha256, Crypto::sha256Hex(req.body)); // same body to every 1.0 node
            QVERIFY(e.fieldsSent.contains(QStringLiteral("patient.id")));
            QVERIFY(e.fieldsSent.contains(QStringLiteral("patient.features[].id")));
            QVERIFY(!e.fieldsSent.contains(QStringLiteral("patient.label")));
            if (e.destination.startsWith(QStringLiteral("good "))) {
                QCOMPARE(e.outcome, QStringLiteral("ok 2 results, 2 dropped (test)"));
                QVERIFY(e.destination.contains(good.baseUrl().toString()));
            }
            if (e.destination.startsWith(QStringLiteral("unauthorized "))) {
                QVERIFY(e.outcome.startsWith(QStringLiteral("401")));
            }
        }

        // Stored results: per (patient, node, remote id), with the full record and first/last seen.
        QList<Match> stored = m_store->matches(m_patient.rowId);
        QCOMPARE(stored.size(), 3);
        QHash<QString, Match> storedBy;
        for (const Match& m : stored) {
            storedBy.insert(m.nodeName + QLatin1Char('/') + m.remotePatientId, m);
        }
        QVERIFY(storedBy.contains(QStringLiteral("good/G-1")));
        QVERIFY(storedBy.contains(QStringLiteral("good/G-2")));
        QVERIFY(storedBy.contains(QStringLiteral("slow/S-1")));
        const Match g1 = storedBy[QStringLiteral("good/G-1")];
        QCOMPARE(g1.nodeScore, 0.9);
        QCOMPARE(g1.disclaimer, QStringLiteral("Good node disclaimer"));
        QCOMPARE(QJsonDocument::fromJson(g1.remoteRecord).object().value(QLatin1String("id")).toString(),
                 QStringLiteral("G-1"));
        QVERIFY(g1.firstSeen.isValid());
        QVERIFY(query.ranking().size() == 3);
        for (const NodeMatch& m : query.ranking()) {
            QVERIFY(m.isNew);
        }

        // Second run: the same matches are known (firstSeen kept), only good and slow queried.
        QTest::qWait(20);
        FederatedQuery again(m_store.get(), m_secrets.get(), nullptr);
        FederatedQuery::Options only;
        only.onlyNodes = {QStringLiteral("good"), QStringLiteral("slow")};
        again.run(m_patient, m_store->nodes(), only);
        for (const NodeMatch& m : again.ranking()) {
            QVERIFY(!m.isNew);
        }
        const auto g1again = m_store->match(g1.rowId);
        QVERIFY(g1again.has_value());
        QCOMPARE(g1again->firstSeen, g1.firstSeen);
        QVERIFY(g1again->lastSeen >= g1.lastSeen);
        QCOMPARE(m_store->auditEntries(m_patient.rowId).size(), 13);
        // Not a test this time: no "test" field at all.
        const QJsonObject secondBody = QJsonDocument::fromJson(good.requests().last().body)
                                           .object()
                                           .value(QLatin1String("patient"))
                                           .toObject();
        QVERIFY(!secondBody.contains(QLatin1String("test")));
    }

    void refusesWithoutConsentOrClinician()
    {
        HostileServer server([](const HostileServer::Request&) { return reply(matchResponse({})); });
        QVERIFY(server.listen());
        addNode(QStringLiteral("n"), server);
        FederatedQuery query(m_store.get(), m_secrets.get(), nullptr);
        Patient noConsent = m_patient;
        noConsent.consent = {};
        try {
            query.start(noConsent, m_store->nodes(), {});
            QFAIL("a patient without consent was accepted");
        } catch (const DisclosureError& e) {
            QVERIFY(e.message().contains(QStringLiteral("DUB-001")));
            QVERIFY(e.message().contains(QStringLiteral("consent")));
        }
        Patient withdrawn = m_patient;
        withdrawn.consent.state = Consent::State::Withdrawn;
        QVERIFY_THROWS_EXCEPTION(DisclosureError, query.start(withdrawn, m_store->nodes(), {}));
        Patient noClinician = m_patient;
        noClinician.contact = {};
        QVERIFY_THROWS_EXCEPTION(DisclosureError, query.start(noClinician, m_store->nodes(), {}));
        QVERIFY(!query.isRunning());
        QTest::qWait(100);
        QVERIFY(server.requests().isEmpty());
        QVERIFY(m_store->auditEntries().isEmpty());
        // No node: a clear error too.
        QVERIFY_THROWS_EXCEPTION(NetError, query.start(m_patient, {}, {}));
    }

    void mediaTypeVersionShapesThePayload()
    {
        HostileServer server([](const HostileServer::Request&) { return reply(matchResponse({})); });
        QVERIFY(server.listen());
        Node v10 = addNode(QStringLiteral("v10"), server);
        Node v11 = addNode(QStringLiteral("v11"), server);
        v11.mediaTypeVersion = QStringLiteral("1.1");
        const auto requests = FederatedQuery::preview(m_patient, {v10, v11}, QStringLiteral("md-x"), {});
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].mediaType, QByteArray("application/vnd.ga4gh.matchmaker.v1.0+json"));
        QVERIFY(!requests[0].fieldsSent.contains(QStringLiteral("patient.contact.email")));
        QVERIFY(!requests[0].fieldsSent.contains(QStringLiteral("patient.features[].label")));
        QCOMPARE(requests[1].mediaType, QByteArray("application/vnd.ga4gh.matchmaker.v1.1+json"));
        QVERIFY(requests[1].fieldsSent.contains(QStringLiteral("patient.contact.email")));
        QVERIFY(requests[1].fieldsSent.contains(QStringLiteral("patient.genomicFeatures[].variant.start")));
        FederatedQuery::Options genesOnly;
        genesOnly.includeVariants = false;
        const auto noVariants = FederatedQuery::preview(m_patient, {v11}, QStringLiteral("md-x"), genesOnly);
        QVERIFY(
            !noVariants[0].fieldsSent.contains(QStringLiteral("patient.genomicFeatures[].variant.start")));
        QVERIFY(noVariants[0].fieldsSent.contains(QStringLiteral("patient.genomicFeatures[].gene.id")));
    }

    void cancelEndsEveryNode()
    {
        HostileServer hung([](const HostileServer::Request&) {
            HostileServer::Reply r;
            r.neverAnswer = true;
            return r;
        });
        QVERIFY(hung.listen());
        addNode(QStringLiteral("a"), hung);
        addNode(QStringLiteral("b"), hung);
        FederatedQuery query(m_store.get(), m_secrets.get(), nullptr);
        QSignalSpy finished(&query, &FederatedQuery::finished);
        query.start(m_patient, m_store->nodes(), {});
        QTRY_COMPARE(hung.requests().size(), 2);
        query.cancel();
        QTRY_COMPARE(finished.size(), 1);
        for (const NodeResult& r : query.results()) {
            QCOMPARE(r.status, NodeStatus::Cancelled);
        }
        QCOMPARE(m_store->auditEntries(m_patient.rowId).size(), 2); // the requests did leave
    }

    void localReRankingExplainsMatches()
    {
        std::shared_ptr<const LocalRanker> ranker;
        try {
            ranker = LocalRanker::loadDefault();
        } catch (const std::exception& e) {
            QSKIP(e.what());
        }
        HostileServer server([](const HostileServer::Request&) {
            return reply(matchResponse(
                {result(0.99, remotePatient(QStringLiteral("far"), QStringLiteral("HP:0001627"),
                                            QStringLiteral("ENSG00000139618"))),
                 result(0.10, remotePatient(QStringLiteral("close"), QStringLiteral("HP:0000252"),
                                            QStringLiteral("ENSG00000147316")))}));
        });
        QVERIFY(server.listen());
        addNode(QStringLiteral("n"), server);
        FederatedQuery query(m_store.get(), m_secrets.get(), ranker);
        query.run(m_patient, m_store->nodes(), {});
        const QList<NodeMatch> ranking = query.ranking();
        QCOMPARE(ranking.size(), 2);
        // The node ranked "far" first; the local score puts the shared gene + shared term first.
        QCOMPARE(ranking[0].remoteId, QStringLiteral("close"));
        QCOMPARE(ranking[0].nodeScore, 0.10);
        QVERIFY(ranking[0].localScore > ranking[1].localScore);
        QVERIFY(ranking[0].genotypeScore > 0);
        const QJsonObject explanation = QJsonDocument::fromJson(ranking[0].explanation).object();
        QVERIFY(!explanation.value(QLatin1String("terms")).toArray().isEmpty());
        QCOMPARE(explanation.value(QLatin1String("genotype"))
                     .toObject()
                     .value(QLatin1String("sharedGenes"))
                     .toArray()
                     .size(),
                 1);
        const auto stored = m_store->match(ranking[0].matchRowId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->localScore, ranking[0].localScore);
        QCOMPARE(stored->explanation, ranking[0].explanation);
    }
};

QTEST_GUILESS_MAIN(TestFederatedQuery)
#include "TestFederatedQuery.moc"
