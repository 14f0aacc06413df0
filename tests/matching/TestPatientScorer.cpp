#include "MatchingFixture.h"
#include "matching/CaseIndex.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/PatientScorer.h"
#include "matching/PhenotypeProfile.h"

#include <QJsonArray>
#include <QTest>
#include <cmath>

using namespace MatchingFixture;

class TestPatientScorer : public QObject
{
    Q_OBJECT

private slots:
    void explanationAndSubScores()
    {
        PhenotypeScoringOptions opt;
        opt.measure = PhenotypeMeasure::ResnikBma;
        PatientScorer scorer(ontology(), ic(), {}, opt);
        Patient q = patient(QStringLiteral("q"), {QStringLiteral("HP:0000021"), QStringLiteral("HP:0000041")},
                            QStringLiteral("TBX5"));
        Patient c = patient(QStringLiteral("c"), {QStringLiteral("HP:0000022"), QStringLiteral("HP:0000042")},
                            QStringLiteral("TBX5"));
        const PatientScore s = scorer.score(q, c);
        const double ln43 = std::log(4.0 / 3.0), ln2 = std::log(2.0);
        QVERIFY(std::abs(s.phenotypeScore - (ln43 + ln2) / 2) < 1e-6);
        QVERIFY(qFuzzyCompare(s.genotypeScore, 0.6)); // same gene, no zygosity/coordinates
        QVERIFY(std::abs(s.score - (0.5 * 0.6 + 0.5 * s.phenotypeScore)) < 1e-9);
        QCOMPARE(s.explanation.terms.size(), 2);
        const auto& t0 = s.explanation.terms[0];
        QCOMPARE(t0.queryTermId, QStringLiteral("HP:0000021"));
        QCOMPARE(t0.caseTermId, QStringLiteral("HP:0000022"));
        QCOMPARE(t0.commonAncestorId, QStringLiteral("HP:0000020"));
        QVERIFY(std::abs(t0.commonAncestorIc - ln43) < 1e-6);
        QCOMPARE(s.explanation.terms[1].caseTermId, QStringLiteral("HP:0000042"));
        QCOMPARE(s.explanation.terms[1].commonAncestorId, QStringLiteral("HP:0000041"));
        const QJsonObject j = s.explanation.toJson();
        QCOMPARE(j.value(QStringLiteral("terms")).toArray().size(), 2);
        QCOMPARE(j.value(QStringLiteral("genotype"))
                     .toObject()
                     .value(QStringLiteral("sharedGenes"))
                     .toArray()
                     .size(),
                 1);
        // Phenotype only when the case has no gene.
        c.variants.clear();
        QVERIFY(std::abs(scorer.score(q, c).score - s.phenotypeScore) < 1e-9);
    }

    void contradictionsAreReported()
    {
        PatientScorer scorer(ontology(), ic());
        const Patient q = patient(QStringLiteral("q"), {QStringLiteral("HP:0000021")});
        const Patient c = patient(QStringLiteral("c"), {QStringLiteral("HP:0000030")}, {}, {},
                                  {QStringLiteral("HP:0000020")});
        const PatientScore s = scorer.score(q, c);
        QCOMPARE(s.explanation.contradictions.size(), 1);
        PhenotypeScoringOptions opt;
        opt.excludedPenalty = 1.0;
        opt.exactWeight = 0;
        opt.geneProfileWeight = 0;
        opt.ontologyWeight = 1;
        PatientScorer penalised(ontology(), ic(), {}, opt);
        QVERIFY(penalised.score(q, c).phenotypeScore < s.phenotypeScore + 1e-12);
    }

    void bulkIndexAgreesWithReference()
    {
        auto profiles = std::make_shared<GenePhenotypeProfiles>();
        profiles->addProfile(QStringLiteral("GENEA"), QStringLiteral("1"),
                             {t("HP:0000021"), t("HP:0000041")});
        profiles->addProfile(QStringLiteral("GENEB"), QStringLiteral("2"), {t("HP:0000030")});
        const QList<Patient> cases{
            patient(QStringLiteral("c1"), {QStringLiteral("HP:0000021"), QStringLiteral("HP:0000042")},
                    QStringLiteral("GENEA")),
            patient(QStringLiteral("c2"), {QStringLiteral("HP:0000030")}, QStringLiteral("GENEB"), {},
                    {QStringLiteral("HP:0000020")}),
            patient(QStringLiteral("c3"), {QStringLiteral("HP:0000022"), QStringLiteral("HP:0000005")}),
            patient(QStringLiteral("c4"), {}, QStringLiteral("GENEA")),
            patient(QStringLiteral("c5"), {QStringLiteral("HP:0000023"), QStringLiteral("HP:0000099")},
                    QStringLiteral("GENEB")),
        };
        const QList<Patient> queries{
            patient(QStringLiteral("q1"), {QStringLiteral("HP:0000021"), QStringLiteral("HP:0000041")}),
            patient(QStringLiteral("q2"), {QStringLiteral("HP:0000020")}, {}, {},
                    {QStringLiteral("HP:0000030")}),
            patient(QStringLiteral("q3"), {QStringLiteral("HP:0000050"), QStringLiteral("HP:0000030"),
                                           QStringLiteral("HP:0000022")}),
        };
        CaseIndex index(ontology(), ic(), profiles);
        for (const Patient& p : cases) {
            index.addCase(p);
        }
        for (const QString& name : PhenotypeScoringOptions::measureNames()) {
            PhenotypeScoringOptions opt;
            opt.measure = *PhenotypeScoringOptions::measureFromName(name);
            opt.excludedPenalty = 0.3;
            PatientScorer scorer(ontology(), ic(), profiles, opt);
            for (const Patient& q : queries) {
                const std::vector<float> bulk = index.phenotypeScores(q, opt, 1);
                for (int c = 0; c < cases.size(); ++c) {
                    const double ref = scorer.phenotypeScore(
                        PhenotypeProfile::fromPatient(*ontology(), q),
                        PhenotypeProfile::fromPatient(*ontology(), cases[c]), cases[c].variants);
                    QVERIFY2(std::abs(double(bulk[size_t(c)]) - ref) < 1e-5,
                             qPrintable(QStringLiteral("%1 %2 %3: %4 vs %5")
                                            .arg(name, q.localId, cases[c].localId)
                                            .arg(bulk[size_t(c)])
                                            .arg(ref)));
                }
            }
        }
    }

    void topMatches()
    {
        CaseIndex index(ontology(), ic());
        index.addCase(patient(QStringLiteral("b"), {QStringLiteral("HP:0000021")}, QStringLiteral("GENEA")));
        index.addCase(patient(QStringLiteral("a"), {QStringLiteral("HP:0000021")}, QStringLiteral("GENEB")));
        index.addCase(patient(QStringLiteral("c"), {QStringLiteral("HP:0000041")}, QStringLiteral("GENEA")));
        index.addCase(patient(QStringLiteral("d"), {QStringLiteral("HP:0000022")}));
        QCOMPARE(index.casesWithGene(Gene{{}, QStringLiteral("genea"), {}, {}}), (QList<int>{0, 2}));
        // Phenotype-only query: a and b tie (same phenotype), broken by id.
        const Patient q = patient(QStringLiteral("q"), {QStringLiteral("HP:0000021")});
        QList<CaseMatch> top = index.topMatches(q, 3);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top[0].caseId, QStringLiteral("a"));
        QCOMPARE(top[1].caseId, QStringLiteral("b"));
        QCOMPARE(top[2].caseId, QStringLiteral("d"));
        // With a gene, the same-gene case moves ahead of its phenotype twin.
        const Patient qg =
            patient(QStringLiteral("q"), {QStringLiteral("HP:0000021")}, QStringLiteral("GENEA"));
        top = index.topMatches(qg, 10, 0.0);
        QCOMPARE(top[0].caseId, QStringLiteral("b"));
        QVERIFY(top[0].genotypeScore > 0.5);
        QVERIFY(top[0].score <= 1.0 && top[0].score > top[1].score);
        // minScore filters.
        QVERIFY(index.topMatches(qg, 10, 0.99).size() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestPatientScorer)
#include "TestPatientScorer.moc"
