// In-process tests of the node's protocol pieces: media-type negotiation, client tokens, request
// validation and the indexed matcher.
#include "TemporaryProfile.h"
#include "TestConfig.h"
#include "core/MatchDeskError.h"
#include "matching/GenotypeMatcher.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"
#include "matching/PatientScorer.h"
#include "node/ClientRegistry.h"
#include "node/MmeMediaType.h"
#include "node/NodeMatchEngine.h"
#include "node/NodeRequestParser.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <cmath>

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
        // The constraint is on the patient object: "patient: needs at least one of features or
        // genomicFeatures".
        QTest::newRow("nothing to match")
            << QByteArray("{\"patient\":{\"id\":\"x\"," + contact + "}}") << 422 << QStringLiteral("patient");
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

    void parserChecksTermsAgainstTheOntology()
    {
        const HpoOntology ontology =
            HpoOntology::load(QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/matching/mini.obo"));
        const NodeRequestParser parser(nullptr, &ontology);
        const QByteArray head = R"({"patient":{"id":"x","contact":{"name":"A","href":"mailto:a@b.org"},)";
        NodeRequestParser::Result r =
            parser.parse(head + R"("features":[{"id":"HP:0000021"},{"id":"HP:0009999"}]}})");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.field, QStringLiteral("patient.features[1].id"));
        QVERIFY(r.message.startsWith(r.field));
        r = parser.parse(head + R"("features":[{"id":"HP:0000021"}],"disclaimer":1}})");
        QCOMPARE(r.status, 200); // a disclaimer inside the patient is an unknown field, ignored
        r = parser.parse(QByteArray(R"({"disclaimer":1,"patient":{}})"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.field, QStringLiteral("disclaimer"));
        r = parser.parse(QByteArray(R"({"patient":[]})"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.field, QStringLiteral("patient"));
        r = parser.parse(head + R"("features":[{"id":"HP:0000021","observed":"no"}]}})");
        QCOMPARE(r.status, 200);
        QVERIFY(r.patient.features[0].excluded);
    }

    void engineScoresIndexedCandidatesWithTheMatchingLibrary()
    {
        auto ontology = std::make_shared<const HpoOntology>(
            HpoOntology::load(QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/matching/mini.obo")));
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
        QList<Patient> cases;
        cases << make(QStringLiteral("a"), {QStringLiteral("HP:0000021"), QStringLiteral("HP:0000030")},
                      QStringLiteral("SRCAP"))
              << make(QStringLiteral("b"), {QStringLiteral("HP:0000021")}, QString())
              << make(QStringLiteral("c"), {QStringLiteral("HP:0000041")}, QStringLiteral("BRCA1"))
              << make(QStringLiteral("d"), {QStringLiteral("HP:0000022"), QStringLiteral("HP:0000041")},
                      QStringLiteral("SRCAP"))
              << make(QStringLiteral("e"), {QStringLiteral("HP:0000042")}, QStringLiteral("srcap"));
        auto ic =
            std::make_shared<const InformationContent>(InformationContent::fromPatients(*ontology, cases));
        NodeMatchEngine::Options options;
        options.informativeIc = 0.3; // Seizure and below select candidates; the root branches do not
        NodeMatchEngine engine(ontology, ic, {}, options);
        engine.build(cases);
        const Patient q = make(QStringLiteral("q"), {QStringLiteral("HP:0000021")}, QStringLiteral("SRCAP"));

        NodeMatchEngine::Stats stats;
        const auto hits = engine.topMatches(q, 10, 0.0, {}, &stats);
        // a, b, d share seizure terms; a, d, e the gene (symbols compare case-insensitively); c
        // shares only the root branches and no gene: not a candidate.
        QCOMPARE(stats.geneCandidates, 3);
        QCOMPARE(stats.phenotypeCandidates, 3);
        QCOMPARE(stats.scored, 4);
        QCOMPARE(hits.size(), 4);
        // Every score is the matching library's PatientScorer score of the pair.
        const PatientScorer scorer(ontology, ic);
        const auto round4 = [](double x) { return std::round(x * 10000.0) / 10000.0; };
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QVERIFY(hits[i].caseIndex != 2);
            if (i > 0) {
                QVERIFY(hits[i - 1].score >= hits[i].score);
            }
            const PatientScore expected = scorer.score(q, cases[hits[i].caseIndex]);
            QCOMPARE(hits[i].score, round4(expected.score));
            QCOMPARE(hits[i].phenotypeScore, round4(expected.phenotypeScore));
            QCOMPARE(hits[i].genotypeScore, round4(expected.genotypeScore));
            QCOMPARE(hits[i].sharedGenes.isEmpty(), cases[hits[i].caseIndex].variants.isEmpty());
        }
        // e shares only the gene: found through the gene index, scored on genotype.
        const auto e = std::find_if(hits.begin(), hits.end(), [](const auto& h) { return h.caseIndex == 4; });
        QVERIFY(e != hits.end());
        QCOMPARE(e->phenotypeScore, 0.0);
        QCOMPARE(e->genotypeScore, GenotypeMatcher::kGeneWeight);
        // Limits: at most n, strictly above the threshold, exclusion.
        QCOMPARE(engine.topMatches(q, 1, 0.0).size(), 1);
        QVERIFY(engine.topMatches(q, 10, 0.99).isEmpty());
        const auto excluded = engine.topMatches(q, 10, 0.0, [](int c) { return c == 0; });
        QCOMPARE(excluded.size(), 3);
        for (const auto& h : excluded) {
            QVERIFY(h.caseIndex != 0);
        }
        // The phenotype candidate limit keeps the cases sharing the most information.
        options.phenotypeCandidates = 1;
        NodeMatchEngine limited(ontology, ic, {}, options);
        limited.build(cases);
        const Patient phenotypeOnly = make(QStringLiteral("q2"), {QStringLiteral("HP:0000021")}, QString());
        const auto best = limited.topMatches(phenotypeOnly, 10, 0.0, {}, &stats);
        QCOMPARE(stats.scored, 1);
        QCOMPARE(best.size(), 1);
        QCOMPARE(best[0].caseIndex, 1); // b: the same single term
    }
};

QTEST_GUILESS_MAIN(TestNodeProtocol)
#include "TestNodeProtocol.moc"
