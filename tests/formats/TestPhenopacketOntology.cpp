#include "TestConfig.h"
#include "formats/PhenopacketReader.h"
#include "matching/HpoOntology.h"

#include <QTest>

// Obsolete and alternative HPO ids are mapped through the real ontology.
class TestPhenopacketOntology : public QObject
{
    Q_OBJECT

private slots:
    void mapsAltAndObsoleteIds();
};

void TestPhenopacketOntology::mapsAltAndObsoleteIds()
{
    const HpoOntology hpo = HpoOntology::load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/hpo/hp.obo.gz"));
    const QByteArray doc = R"({"id":"o1","subject":{"id":"o1"},"phenotypicFeatures":[
        {"type":{"id":"HP:0004715","label":"alt id"}},
        {"type":{"id":"HP:0000057","label":"obsolete, replaced"}},
        {"type":{"id":"HP:0000489","label":"obsolete, no replacement"}},
        {"type":{"id":"HP:0001250","label":"Seizure"}}],"metaData":{"phenopacketSchemaVersion":"2.0"}})";
    PhenopacketReadOptions o;
    o.ontology = &hpo;
    const PhenopacketReadResult r = PhenopacketReader::readData(doc, QStringLiteral("o.json"), o);
    QCOMPARE(r.patients.size(), 1);
    const auto& f = r.patients.first().features;
    QCOMPARE(f.at(0).termId, QStringLiteral("HP:0000003"));
    QCOMPARE(f.at(1).termId, QStringLiteral("HP:0008665"));
    QCOMPARE(f.at(2).termId, QStringLiteral("HP:0000489")); // kept as given
    QCOMPARE(f.at(3).termId, QStringLiteral("HP:0001250"));
    QCOMPARE(r.warnings.size(), 3);
    QVERIFY(r.warnings.at(0).contains(QLatin1String("alternative id")));
    QVERIFY(r.warnings.at(1).contains(QLatin1String("replaced by HP:0008665")));
    QVERIFY(r.warnings.at(2).contains(QLatin1String("without replacement")));
}

QTEST_GUILESS_MAIN(TestPhenopacketOntology)
#include "TestPhenopacketOntology.moc"
