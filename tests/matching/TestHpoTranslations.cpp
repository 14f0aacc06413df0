#include "TestConfig.h"
#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "matching/OntologyError.h"
#include "matching/TermSearch.h"

#include <QTest>

namespace {
QString dir()
{
    return QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/matching/translations");
}

std::shared_ptr<const HpoOntology> ontology()
{
    static auto o =
        std::make_shared<const HpoOntology>(HpoOntology::load(dir() + QStringLiteral("/mini-i18n.obo")));
    return o;
}

int t(const char* id)
{
    return ontology()->indexOf(QString::fromLatin1(id));
}
} // namespace

class TestHpoTranslations : public QObject
{
    Q_OBJECT

private slots:
    void availableLanguages()
    {
        QCOMPARE(HpoTranslations::availableLanguages(dir()),
                 (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));
    }

    void labelsDefinitionsAndStatus()
    {
        const auto fr = HpoTranslations::load(ontology(), QStringLiteral("fr"), dir());
        QCOMPARE(fr.language(), QStringLiteral("fr"));
        HpoTranslations::Status status = HpoTranslations::Status::None;
        QCOMPARE(fr.displayLabel(t("HP:0000252"), &status), QStringLiteral("Microcéphalie"));
        QCOMPARE(status, HpoTranslations::Status::Official);
        QVERIFY(!fr.isCandidate(t("HP:0000252")));
        QCOMPARE(fr.displayDefinition(t("HP:0000252")),
                 QStringLiteral("Périmètre crânien inférieur à -2 DS."));
        // Alt id in the file resolves to the current term.
        QCOMPARE(fr.displayLabel(t("HP:0000256")), QStringLiteral("Macrocéphalie"));
        // Candidate (machine) translation: shown, flagged.
        QCOMPARE(fr.displayLabel(t("HP:0001250"), &status), QStringLiteral("Crise épileptique"));
        QCOMPARE(status, HpoTranslations::Status::Candidate);
        QVERIFY(fr.isCandidate(t("HP:0001250")));
        QCOMPARE(fr.labelCount(HpoTranslations::Status::Official), 2);
        QCOMPARE(fr.labelCount(HpoTranslations::Status::Candidate), 1);
        QCOMPARE(fr.definitionCount(), 1);
    }

    void fallsBackToEnglish()
    {
        const auto fr = HpoTranslations::load(ontology(), QStringLiteral("fr"), dir());
        HpoTranslations::Status status = HpoTranslations::Status::Official;
        // NOT_TRANSLATED row: English label, no translation status.
        QCOMPARE(fr.displayLabel(t("HP:0001251"), &status), QStringLiteral("Ataxia"));
        QCOMPARE(status, HpoTranslations::Status::None);
        QVERIFY(!fr.isCandidate(t("HP:0001251")));
        // Only a synonym, no label: English label.
        QCOMPARE(fr.displayLabel(t("HP:0000518"), &status), QStringLiteral("Cataract"));
        QCOMPARE(status, HpoTranslations::Status::None);
        QCOMPARE(fr.displayDefinition(t("HP:0001250")), QString());
        QCOMPARE(fr.displayDefinition(t("HP:0000256")), QString());
        // A language without files, and English, translate nothing.
        const auto it = HpoTranslations::load(ontology(), QStringLiteral("it"), dir());
        QVERIFY(it.isEmpty());
        QCOMPARE(it.displayLabel(t("HP:0000252")), QStringLiteral("Microcephaly"));
        QVERIFY(HpoTranslations::load(ontology(), QStringLiteral("en"), dir()).isEmpty());
    }

    void officialBeatsCandidateAndSplitSynonyms()
    {
        const auto de = HpoTranslations::load(ontology(), QStringLiteral("de"), dir());
        HpoTranslations::Status status = HpoTranslations::Status::None;
        QCOMPARE(de.displayLabel(t("HP:0001250"), &status), QStringLiteral("Epileptischer Anfall"));
        QCOMPARE(status, HpoTranslations::Status::Official);
        QVERIFY(de.isCandidate(t("HP:0000518")));
        const HpoTranslations::Term* cataract = de.term(t("HP:0000518"));
        QVERIFY(cataract);
        QCOMPARE(cataract->synonyms,
                 (QStringList{QStringLiteral("Grauer Star"), QStringLiteral("Linsentrübung")}));
        // NOT_TRANSLATED synonym rows are skipped.
        const auto fr = HpoTranslations::load(ontology(), QStringLiteral("fr"), dir());
        QVERIFY(!fr.term(t("HP:0001251")));
        QCOMPARE(fr.synonymCount(), 2);
    }

    void searchFindsTranslatedLabelsFolded()
    {
        TermSearch search(ontology());
        HpoTranslations::load(ontology(), QStringLiteral("fr"), dir()).addTo(search);
        QList<TermSearchHit> hits = search.search(QStringLiteral("microcephalie"), 10);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(ontology()->id(hits[0].term), QStringLiteral("HP:0000252"));
        QCOMPARE(hits[0].matchedText, QStringLiteral("Microcéphalie"));
        QCOMPARE(hits[0].language, QStringLiteral("fr"));
        QCOMPARE(hits[0].kind, TermSearchHit::Kind::Exact);
        hits = search.search(QStringLiteral("MICROCÉPH"), 10);
        QCOMPARE(ontology()->id(hits.value(0).term), QStringLiteral("HP:0000252"));
        // Synonyms (accents folded), English and ids in the same ranked list.
        hits = search.search(QStringLiteral("petite tete"), 10);
        QCOMPARE(ontology()->id(hits.value(0).term), QStringLiteral("HP:0000252"));
        QVERIFY(hits[0].synonym);
        hits = search.search(QStringLiteral("microceph"), 10);
        // One hit per term, whichever language matched.
        QCOMPARE(ontology()->id(hits.value(0).term), QStringLiteral("HP:0000252"));
        for (int i = 1; i < hits.size(); ++i) {
            QVERIFY(hits[i].term != hits[0].term);
        }
        hits = search.search(QStringLiteral("Microcephaly"), 10);
        QCOMPARE(hits.value(0).language, QStringLiteral("en"));
        hits = search.search(QStringLiteral("HP:0000252"), 10);
        QCOMPARE(ontology()->id(hits.value(0).term), QStringLiteral("HP:0000252"));
        // Mixed list: French exact label and English prefix rank together, exact first.
        hits = search.search(QStringLiteral("macrocephalie"), 10);
        QCOMPARE(ontology()->id(hits.value(0).term), QStringLiteral("HP:0000256"));
        hits = search.search(QStringLiteral("cataracte"), 10);
        QCOMPARE(ontology()->id(hits.value(0).term), QStringLiteral("HP:0000518"));
        // Restricting to English hides French-only matches.
        QVERIFY(search.search(QStringLiteral("petite tete"), 10, {QStringLiteral("en")}).isEmpty());
    }

    void malformedFileNamesTheFile()
    {
        HpoTranslations tr(ontology(), QStringLiteral("fr"));
        try {
            tr.readBabelon(QByteArray("foo\tbar\nx\ty\n"), QStringLiteral("bad.tsv"));
            QFAIL("no error");
        } catch (const OntologyError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("bad.tsv:1")), qPrintable(e.message()));
        }
        try {
            tr.readBabelon(
                QByteArray("subject_id\tpredicate_id\ttranslation_value\nHP:0000252\trdfs:label\n"),
                QStringLiteral("short.tsv"));
            QFAIL("no error");
        } catch (const OntologyError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("short.tsv:2")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHpoTranslations)
#include "TestHpoTranslations.moc"
