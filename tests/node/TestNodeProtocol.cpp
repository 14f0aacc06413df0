// In-process tests of the node's protocol pieces: media-type negotiation, client tokens, request
// validation and the indexed matcher.
#include "TemporaryProfile.h"
#include "core/MatchDeskError.h"
#include "node/ClientRegistry.h"
#include "node/MmeMediaType.h"
#include "node/NodeMatchEngine.h"
#include "node/NodeRequestParser.h"

#include <QFile>
#include <QTest>

class TestNodeProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negotiation()
    {
        using MmeMediaType::Negotiation;
        const QByteArray v10 = "application/vnd.ga4gh.matchmaker.v1.0+json";
        const QByteArray v11 = "application/vnd.ga4gh.matchmaker.v1.1+json";
        auto n = MmeMediaType::negotiateMatch(v10, {});
        QCOMPARE(n.result, Negotiation::Result::Ok);
        QCOMPARE(n.version.toString(), QStringLiteral("1.0"));
        n = MmeMediaType::negotiateMatch(v11 + "; charset=UTF-8", "application/json");
        QCOMPARE(n.version.toString(), QStringLiteral("1.1"));
        n = MmeMediaType::negotiateMatch("application/vnd.ga4gh.matchmaker.v1.7+json", {});
        QCOMPARE(n.version.toString(), QStringLiteral("1.1"));
        n = MmeMediaType::negotiateMatch(v11, v10 + ", " + v11 + ";q=0.5");
        QCOMPARE(n.version.toString(), QStringLiteral("1.0"));
        QCOMPARE(MmeMediaType::negotiateMatch({}, {}).result, Negotiation::Result::UnsupportedMediaType);
        QCOMPARE(MmeMediaType::negotiateMatch("application/json", {}).result,
                 Negotiation::Result::UnsupportedMediaType);
        QCOMPARE(MmeMediaType::negotiateMatch("application/vnd.ga4gh.matchmaker.v2.0+json", {}).result,
                 Negotiation::Result::NotAcceptable);
        QCOMPARE(MmeMediaType::negotiateMatch(v10, "text/html").result, Negotiation::Result::NotAcceptable);
        QCOMPARE(MmeMediaType::negotiateGet("*/*").version.toString(), QStringLiteral("1.1"));
    }

    void clientTokens()
    {
        TemporaryProfile profile;
        const QString path = profile.filePath(QStringLiteral("clients.json"));
        ClientRegistry reg = ClientRegistry::load(path, true);
        const QByteArray a = reg.addClient(QStringLiteral("alpha"));
        const QByteArray b = reg.addClient(QStringLiteral("beta"));
        QVERIFY(a != b);
        QCOMPARE(a.size(), 40);
        QVERIFY_THROWS_EXCEPTION(MatchDeskError, reg.addClient(QStringLiteral("alpha")));
        reg.save(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(!content.contains(a) && !content.contains(b));
        const ClientRegistry loaded = ClientRegistry::load(path);
        QCOMPARE(loaded.authenticate(a).value_or(QString()), QStringLiteral("alpha"));
        QCOMPARE(loaded.authenticate(b).value_or(QString()), QStringLiteral("beta"));
        QVERIFY(!loaded.authenticate("nope").has_value());
        QVERIFY(!loaded.authenticate({}).has_value());
        QVERIFY(!loaded.authenticate(a.left(39)).has_value());
    }

    void parserNamesFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QByteArray contact = R"("contact":{"name":"A","href":"mailto:a@b.org"})";
        QTest::newRow("invalid json") << QByteArray("{") << 400 << QString();
        QTest::newRow("no patient") << QByteArray("{}") << 422 << QStringLiteral("patient");
        QTest::newRow("no id") << QByteArray("{\"patient\":{" + contact +
                                             R"(,"features":[{"id":"HP:0000252"}]}})")
                               << 422 << QStringLiteral("patient.id");
        QTest::newRow("no contact") << QByteArray(
                                           R"({"patient":{"id":"x","features":[{"id":"HP:0000252"}]}})")
                                    << 422 << QStringLiteral("patient.contact");
        QTest::newRow("no href")
            << QByteArray(R"({"patient":{"id":"x","contact":{"name":"A"},"features":[{"id":"HP:0000252"}]}})")
            << 422 << QStringLiteral("patient.contact.href");
        QTest::newRow("nothing to match") << QByteArray("{\"patient\":{\"id\":\"x\"," + contact + "}}") << 422
                                          << QStringLiteral("patient.features");
        QTest::newRow("bad hpo") << QByteArray("{\"patient\":{\"id\":\"x\"," + contact +
                                               R"(,"features":[{"id":"HP:1"}]}})")
                                 << 422 << QStringLiteral("patient.features[0].id");
        QTest::newRow("bad observed")
            << QByteArray("{\"patient\":{\"id\":\"x\"," + contact +
                          R"(,"features":[{"id":"HP:0000252","observed":"maybe"}]}})")
            << 422 << QStringLiteral("patient.features[0].observed");
        QTest::newRow("bad gene") << QByteArray("{\"patient\":{\"id\":\"x\"," + contact +
                                                R"(,"genomicFeatures":[{"gene":{"id":"no such gene"}}]}})")
                                  << 422 << QStringLiteral("patient.genomicFeatures[0].gene.id");
        QTest::newRow("negative start")
            << QByteArray(
                   "{\"patient\":{\"id\":\"x\"," + contact +
                   R"(,"genomicFeatures":[{"gene":{"id":"SRCAP"},"variant":{"assembly":"GRCh37","referenceName":"16","start":-1}}]}})")
            << 422 << QStringLiteral("patient.genomicFeatures[0].variant.start");
        QTest::newRow("bad zygosity")
            << QByteArray("{\"patient\":{\"id\":\"x\"," + contact +
                          R"(,"genomicFeatures":[{"gene":{"id":"SRCAP"},"zygosity":3}]}})")
            << 422 << QStringLiteral("patient.genomicFeatures[0].zygosity");
        QTest::newRow("ok")
            << QByteArray(
                   "{\"patient\":{\"id\":\"x\"," + contact +
                   R"(,"test":true,"features":[{"id":"HP:0000252"}],"genomicFeatures":[{"gene":{"id":"ENSG00000080603"},"variant":{"assembly":"GRCh37.p13","referenceName":"16","start":30748691,"referenceBases":"C","alternateBases":"T"},"zygosity":1}]}})")
            << 200 << QString();
    }

    void parserNamesFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const NodeRequestParser parser;
        const NodeRequestParser::Result r = parser.parse(body);
        QCOMPARE(r.status, status);
        if (!field.isEmpty()) {
            QCOMPARE(r.field, field);
            QVERIFY(r.message.startsWith(field));
        }
        if (status == 200) {
            QVERIFY(r.test);
            QCOMPARE(r.patient.variants.size(), 1);
            QCOMPARE(r.patient.variants[0].position, qint64(30748692)); // 0-based start -> 1-based
            QCOMPARE(r.patient.variants[0].assembly, QStringLiteral("GRCh37"));
        }
    }

    void engineRanksByGeneAndPhenotype()
    {
        QList<Patient> cases;
        const auto make = [](const QString& id, const QStringList& terms, const QString& gene) {
            Patient p;
            p.localId = id;
            for (const QString& t : terms) {
                PhenotypeFeature f;
                f.termId = t;
                p.features << f;
            }
            if (!gene.isEmpty()) {
                Variant v;
                v.gene.symbol = gene;
                p.variants << v;
            }
            return p;
        };
        cases << make(QStringLiteral("a"), {QStringLiteral("HP:0000001"), QStringLiteral("HP:0000252")},
                      QStringLiteral("SRCAP"))
              << make(QStringLiteral("b"), {QStringLiteral("HP:0000252")}, QString())
              << make(QStringLiteral("c"), {QStringLiteral("HP:0001250")}, QStringLiteral("BRCA1"))
              << make(QStringLiteral("d"), {QStringLiteral("HP:0000252"), QStringLiteral("HP:0001250")},
                      QStringLiteral("SRCAP"));
        NodeMatchEngine engine;
        engine.build(cases);
        const Patient q = make(QStringLiteral("q"), {QStringLiteral("HP:0000252")}, QStringLiteral("SRCAP"));
        const auto hits = engine.topMatches(q, 10, 0.0);
        QVERIFY(hits.size() >= 3);
        for (qsizetype i = 1; i < hits.size(); ++i) {
            QVERIFY(hits[i - 1].score >= hits[i].score);
        }
        // The two cases with the query's gene come first, the phenotype-only case after them.
        QVERIFY(hits[0].caseIndex == 0 || hits[0].caseIndex == 3);
        QVERIFY(hits[1].caseIndex == 0 || hits[1].caseIndex == 3);
        QCOMPARE(hits[2].caseIndex, 1);
        QCOMPARE(hits[0].genotypeScore, 1.0);
        for (const auto& h : hits) {
            QVERIFY(h.caseIndex != 2 || h.score == 0); // case c shares nothing
        }
        // Limits: at most n, strictly above the threshold, exclusion.
        QCOMPARE(engine.topMatches(q, 1, 0.0).size(), 1);
        QVERIFY(engine.topMatches(q, 10, 0.99).isEmpty());
        const auto excluded = engine.topMatches(q, 10, 0.0, [](int c) { return c == 3; });
        for (const auto& h : excluded) {
            QVERIFY(h.caseIndex != 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeProtocol)
#include "TestNodeProtocol.moc"
