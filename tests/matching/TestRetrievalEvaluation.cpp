#include "MatchingFixture.h"
#include "matching/RetrievalEvaluation.h"

#include <QTest>

using namespace MatchingFixture;

// A dozen-ish cases with hand-checked ranks under exact Jaccard (see comments).
class TestRetrievalEvaluation : public QObject
{
    Q_OBJECT

private:
    static QList<Patient> cases()
    {
        const QString s21 = QStringLiteral("HP:0000021"), s22 = QStringLiteral("HP:0000022"),
                      a30 = QStringLiteral("HP:0000030"), c41 = QStringLiteral("HP:0000041"),
                      c42 = QStringLiteral("HP:0000042"), s20 = QStringLiteral("HP:0000020");
        return {
            patient(QStringLiteral("A1"), {s21, c41}, QStringLiteral("GENEA"), QStringLiteral("PMID:1")),
            patient(QStringLiteral("A2"), {s21, c42}, QStringLiteral("GENEA"), QStringLiteral("PMID:2")),
            patient(QStringLiteral("A3"), {s22}, QStringLiteral("GENEA"), QStringLiteral("PMID:2")),
            patient(QStringLiteral("B1"), {a30}, QStringLiteral("GENEB"), QStringLiteral("PMID:3")),
            patient(QStringLiteral("B2"), {a30, c41}, QStringLiteral("GENEB"), QStringLiteral("PMID:4")),
            patient(QStringLiteral("A0"), {s20}, QStringLiteral("GENEC"), QStringLiteral("PMID:5")),
            patient(QStringLiteral("N1"), {s21, c41}, {}, QStringLiteral("PMID:6")),
            patient(QStringLiteral("E1"), {}, QStringLiteral("GENEA"), QStringLiteral("PMID:7"), {s20}),
            // Same publication as A1 only: never a candidate for A1.
            patient(QStringLiteral("A4"), {s21, c41}, QStringLiteral("GENEA"), QStringLiteral("PMID:1")),
        };
    }

private slots:
    void handCheckedRanks()
    {
        RetrievalEvaluation eval(ontology(), ic());
        eval.setIndex(cases());
        RetrievalOptions o;
        o.scoring.measure = PhenotypeMeasure::ExactJaccard;
        o.threads = 2;
        const RetrievalResult r = eval.leaveOneOut(o);
        // Eligible: A1, A2, A3, B1, B2, A4 (A0 has no other GENEC case, N1 no gene, E1 no observed term).
        QCOMPARE(r.queryIds, (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                                          QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("A4")}));
        // A1 {21,41}: candidates exclude A4 (PMID:1). N1 = 1.0 ahead; hit A2 = 1/3 ties B2, A2 < B2 ->
        // rank 2. A2 {21,42}: A3 same PMID; hits A1 1/3 (ties N1, A1 < N1), A4 1/3 -> rank 1. A3 {22}: every
        // candidate scores 0; ids: A0 < A1 (hit) -> rank 2. B1 {30}: B2 = 1/2 -> rank 1.   B2 {30,41}: B1 =
        // 1/2 -> rank 1. A4 = same as A1 (A1 excluded by PMID) -> rank 2.
        QCOMPARE(r.ranks, (std::vector<int>{2, 1, 2, 1, 1, 2}));
        QCOMPARE(r.queries, 6);
        QVERIFY(qFuzzyCompare(r.recallAt1, 0.5));
        QVERIFY(qFuzzyCompare(r.recallAt5, 1.0));
        QVERIFY(qFuzzyCompare(r.mrr, (0.5 + 1 + 0.5 + 1 + 1 + 0.5) / 6));
    }

    void separateQuerySet()
    {
        RetrievalEvaluation eval(ontology(), ic());
        eval.setIndex(cases());
        RetrievalOptions o;
        o.scoring.measure = PhenotypeMeasure::ExactJaccard;
        // Query from PMID:2 with GENEB: candidates all but A2, A3; B2 {30,41} = 1.0 -> rank 1.
        const Patient q =
            patient(QStringLiteral("Q"), {QStringLiteral("HP:0000030"), QStringLiteral("HP:0000041")},
                    QStringLiteral("GENEB"), QStringLiteral("PMID:2"));
        // GENEZ has no case: not counted.
        const Patient none =
            patient(QStringLiteral("Z"), {QStringLiteral("HP:0000030")}, QStringLiteral("GENEZ"));
        const RetrievalResult r = eval.evaluate({q, none}, o);
        QCOMPARE(r.queries, 1);
        QCOMPARE(r.ranks, std::vector<int>{1});
    }

    void perturbationIsReproducible()
    {
        QueryPerturbation p;
        QString error;
        QVERIFY(p.parse(QStringLiteral("imprecision=1,noise=2,drop=0"), &error));
        QVERIFY(!p.parse(QStringLiteral("imprecision=2"), &error));
        QVERIFY(!error.isEmpty());
        p.seed = 7;
        const Patient q =
            patient(QStringLiteral("q"), {QStringLiteral("HP:0000021"), QStringLiteral("HP:0000041")}, {}, {},
                    {QStringLiteral("HP:0000030")});
        const Patient a = p.apply(*ontology(), q, 3);
        const Patient b = p.apply(*ontology(), q, 3);
        QCOMPARE(a.features, b.features);
        QCOMPARE(a.features.size(), 5);                               // 2 replaced + 2 noise + 1 excluded
        QCOMPARE(a.features[0].termId, QStringLiteral("HP:0000020")); // imprecision 1: the only parent
        QCOMPARE(a.features[1].termId, QStringLiteral("HP:0000040"));
        QVERIFY(a.features.last().excluded);
        QueryPerturbation d;
        QVERIFY(d.parse(QStringLiteral("drop=0.5"), &error));
        QCOMPARE(d.apply(*ontology(), q, 1).observedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetrievalEvaluation)
#include "TestRetrievalEvaluation.moc"
