#include "TestConfig.h"
#include "formats/FormatError.h"
#include "formats/PhenopacketReader.h"
#include "formats/PhenopacketWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/formats/") + QLatin1String(name);
}
QString devSet()
{
    return QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/phenopackets/dev.jsonl.gz");
}
QString describeDifference(const Patient& a, const Patient& b)
{
    auto json = [](const Patient& p) {
        return QString::fromUtf8(QJsonDocument(PhenopacketWriter::toJson(p, {QStringLiteral("x"), QDateTime::fromSecsSinceEpoch(0), {}, nullptr}))
                                     .toJson(QJsonDocument::Compact));
    };
    return a.localId + QStringLiteral(" differs:\n") + json(a) + QStringLiteral("\n") + json(b);
}
} // namespace

class TestPhenopacket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsWholeDevSet();
    void devSetRoundTripIsLossless();
    void devSetFileRoundTrip();
    void mapsFirstDevCase();
    void acceptsRealWorldQuirks();
    void readsSingleDocumentArrayAndExamples();
    void exportIsValidPhenopacket();
    void errorsNameFileLineAndField_data();
    void errorsNameFileLineAndField();
    void manyDocumentsAllOrNothing();
    void skipInvalidListsEachReason();
    void brokenSingleDocumentNamesLine();
    void rejectsOtherSchemaVersions();
    void gzipAndTruncatedGzip();
    void progressAndCancel();
    void missingFile();

private:
    PhenopacketReadResult m_dev;
};

void TestPhenopacket::initTestCase()
{
    QElapsedTimer t;
    t.start();
    m_dev = PhenopacketReader::readFile(devSet());
    qInfo("read %lld dev phenopackets in %lld ms", qlonglong(m_dev.patients.size()), qlonglong(t.elapsed()));
}

void TestPhenopacket::readsWholeDevSet()
{
    QCOMPARE(m_dev.patients.size(), 7920);
    QVERIFY(m_dev.skipped.isEmpty());
    qsizetype features = 0, variants = 0, withVcf = 0, labelOnly = 0, hemi = 0;
    for (const Patient& p : m_dev.patients) {
        features += p.features.size();
        variants += p.variants.size();
        for (const Variant& v : p.variants) {
            withVcf += v.hasCoordinates() ? 1 : 0;
            labelOnly += !v.label.isEmpty() ? 1 : 0;
            hemi += v.zygosity == Zygosity::Hemizygous ? 1 : 0;
            if (v.hasCoordinates()) {
                QCOMPARE(v.assembly, QStringLiteral("GRCh38"));
                QVERIFY2(!v.chromosome.startsWith(QLatin1String("chr")), qPrintable(v.chromosome));
            }
        }
        QCOMPARE(p.source, QStringLiteral("dev.jsonl.gz"));
        QCOMPARE(p.references.size(), 1);
    }
    // Figures from phenopackets/SOURCE.txt.
    QCOMPARE(features, 170933);
    QCOMPARE(variants, 8750);
    QCOMPARE(withVcf, 8281);
    QCOMPARE(labelOnly, 471); // structural variants described by a label (2 of them also have a vcfRecord)
    QCOMPARE(hemi, 292);
}

void TestPhenopacket::devSetRoundTripIsLossless()
{
    for (const Patient& p : m_dev.patients) {
        const QJsonObject json = PhenopacketWriter::toJson(p);
        Patient back = PhenopacketReader::fromJson(json);
        back.source = p.source;
        if (!back.sameContent(p)) {
            QFAIL(qPrintable(describeDifference(p, back)));
        }
    }
}

void TestPhenopacket::devSetFileRoundTrip()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("dev-export.jsonl.gz"));
    PhenopacketWriter::writeFile(out, m_dev.patients, PhenopacketWriter::Layout::JsonLines);
    const PhenopacketReadResult again = PhenopacketReader::readFile(out);
    QCOMPARE(again.patients.size(), m_dev.patients.size());
    for (qsizetype i = 0; i < again.patients.size(); ++i) {
        Patient b = again.patients.at(i);
        b.source = m_dev.patients.at(i).source;
        QVERIFY2(b.sameContent(m_dev.patients.at(i)), qPrintable(describeDifference(m_dev.patients.at(i), b)));
    }
}

void TestPhenopacket::mapsFirstDevCase()
{
    const Patient& p = m_dev.patients.first();
    QCOMPARE(p.localId, QStringLiteral("PMID_10077612_Family_A_III_10"));
    QCOMPARE(p.label, QStringLiteral("Family A III-10"));
    QCOMPARE(p.sex, Sex::Female);
    QCOMPARE(p.features.size(), 13);
    QCOMPARE(p.features.at(0).termId, QStringLiteral("HP:0001631"));
    QVERIFY(!p.features.at(0).excluded);
    QVERIFY(p.features.at(1).excluded);
    QCOMPARE(p.disorders.size(), 1);
    QCOMPARE(p.disorders.at(0).id, QStringLiteral("OMIM:142900"));
    QCOMPARE(p.ageOfOnsetId, QStringLiteral("HP:0003577"));
    QCOMPARE(p.references.at(0).id, QStringLiteral("PMID:10077612"));
    QCOMPARE(p.variants.size(), 1);
    const Variant& v = p.variants.at(0);
    QCOMPARE(v.gene.hgncId, QStringLiteral("HGNC:11604"));
    QCOMPARE(v.gene.symbol, QStringLiteral("TBX5"));
    QCOMPARE(v.assembly, QStringLiteral("GRCh38"));
    QCOMPARE(v.chromosome, QStringLiteral("12"));
    QCOMPARE(v.position, 114401830);
    QCOMPARE(v.ref, QStringLiteral("C"));
    QCOMPARE(v.alt, QStringLiteral("T"));
    QCOMPARE(v.zygosity, Zygosity::Heterozygous);
    QCOMPARE(v.hgvsC, QStringLiteral("NM_181486.4:c.238G>A"));
    QCOMPARE(v.hgvsP, QStringLiteral("NP_852259.1:p.(Gly80Arg)"));
    QCOMPARE(v.hgvsG, QStringLiteral("NC_000012.12:g.114401830C>T"));
    QCOMPARE(v.acmgClass, AcmgClass::Pathogenic);
}

void TestPhenopacket::acceptsRealWorldQuirks()
{
    const auto r = PhenopacketReader::readFile(fixture("quirks.jsonl"));
    QCOMPARE(r.patients.size(), 3);
    const Patient& q1 = r.patients.at(0);
    QCOMPARE(q1.variants.at(0).position, 18564447); // pos as a string
    QCOMPARE(q1.variants.at(0).chromosome, QStringLiteral("X"));
    QCOMPARE(q1.variants.at(0).assembly, QStringLiteral("GRCh38")); // hg38
    QCOMPARE(q1.variants.at(0).zygosity, Zygosity::Hemizygous);
    QCOMPARE(q1.features.at(0).onsetTermId, QStringLiteral("HP:0003593"));
    QCOMPARE(q1.features.at(1).excluded, true);
    const Patient& q2 = r.patients.at(1);
    QCOMPARE(q2.label, QString()); // subject.id == id
    QCOMPARE(q2.features.size(), 1); // snake_case key accepted
    QCOMPARE(q2.variants.at(0).chromosome, QStringLiteral("MT"));
    QCOMPARE(q2.variants.at(0).hgvsG, QStringLiteral("NC_012920.1:m.13513G>A")); // level from the expression
    QCOMPARE(q2.variants.at(0).acmgClass, AcmgClass::LikelyPathogenic);
    QCOMPARE(q2.variants.at(1).assembly, QStringLiteral("GRCh37"));
    QCOMPARE(q2.variants.at(1).chromosome, QStringLiteral("17"));
    const Patient& q3 = r.patients.at(2);
    QCOMPARE(q3.sex, Sex::Unknown);
    QVERIFY(!q3.variants.at(0).hasCoordinates());
    QCOMPARE(q3.variants.at(0).label, QStringLiteral("Whole gene deletion"));
    QCOMPARE(q3.variants.at(0).consequenceId, QStringLiteral("SO:1000029"));
    // Without an ontology, HPO ids are kept and the import says so.
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.warnings.last().contains(QLatin1String("HPO ids kept as given")));
}

void TestPhenopacket::readsSingleDocumentArrayAndExamples()
{
    const auto single = PhenopacketReader::readFile(fixture("single.json"));
    QCOMPARE(single.patients.size(), 1);
    QCOMPARE(single.patients.at(0).sex, Sex::Other);
    QCOMPARE(single.patients.at(0).label, QStringLiteral("proband A"));
    const auto array = PhenopacketReader::readFile(fixture("array.json"));
    QCOMPARE(array.patients.size(), 2);
    QCOMPARE(array.patients.at(1).sex, Sex::Male);
    const auto example = PhenopacketReader::readFile(QStringLiteral(MATCHDESK_TEST_SPEC_DIR "/phenopacket/examples/mcahs1.json"));
    QCOMPARE(example.patients.size(), 1);
    QVERIFY(!example.patients.at(0).features.isEmpty());
}

void TestPhenopacket::exportIsValidPhenopacket()
{
    Patient p;
    p.localId = QStringLiteral("local-7");
    p.sex = Sex::Male;
    p.features = {{QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, QStringLiteral("HP:0003577"), QStringLiteral("Congenital onset")},
                  {QStringLiteral("HP:0001250"), QString(), true, {}, {}}};
    Variant gene;
    gene.gene = {QStringLiteral("HGNC:7133"), QStringLiteral("KMT2D"), QStringLiteral("ENSG00000167548"), QStringLiteral("8085")};
    Variant v;
    v.gene = {QStringLiteral("HGNC:1100"), QStringLiteral("BRCA1"), {}, {}};
    v.assembly = QStringLiteral("GRCh37");
    v.chromosome = QStringLiteral("17");
    v.position = 41245466;
    v.ref = QStringLiteral("G");
    v.alt = QStringLiteral("A");
    v.zygosity = Zygosity::Heterozygous;
    v.consequenceId = QStringLiteral("SO:0001587");
    v.consequenceLabel = QStringLiteral("stop_gained");
    v.acmgClass = AcmgClass::UncertainSignificance;
    p.variants = {gene, v};
    p.disorders = {{QStringLiteral("ORPHA:2322"), QString(), false}};
    const QJsonObject doc = PhenopacketWriter::toJson(p);
    // Required v2 fields.
    QCOMPARE(doc.value(QStringLiteral("id")).toString(), p.localId);
    QCOMPARE(doc.value(QStringLiteral("subject")).toObject().value(QStringLiteral("id")).toString(), p.localId);
    const QJsonObject meta = doc.value(QStringLiteral("metaData")).toObject();
    QCOMPARE(meta.value(QStringLiteral("phenopacketSchemaVersion")).toString(), QStringLiteral("2.0"));
    QVERIFY(!meta.value(QStringLiteral("created")).toString().isEmpty());
    QStringList prefixes;
    for (const QJsonValue& r : meta.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject o = r.toObject();
        for (const char* k : {"id", "name", "url", "version", "namespacePrefix", "iriPrefix"}) {
            QVERIFY2(!o.value(QLatin1String(k)).toString().isEmpty(), k);
        }
        prefixes << o.value(QStringLiteral("namespacePrefix")).toString();
    }
    for (const char* needed : {"HP", "GENO", "HGNC", "SO", "ORPHA"}) {
        QVERIFY2(prefixes.contains(QLatin1String(needed)), needed);
    }
    const QJsonArray gis = doc.value(QStringLiteral("interpretations"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("diagnosis"))
                               .toObject()
                               .value(QStringLiteral("genomicInterpretations"))
                               .toArray();
    QCOMPARE(gis.size(), 2);
    QVERIFY(gis.at(0).toObject().contains(QStringLiteral("gene")));
    QCOMPARE(gis.at(0).toObject().value(QStringLiteral("interpretationStatus")).toString(), QStringLiteral("CANDIDATE"));
    const QJsonObject vcf = gis.at(1).toObject()[QStringLiteral("variantInterpretation")].toObject()[QStringLiteral("variationDescriptor")]
                                .toObject()[QStringLiteral("vcfRecord")]
                                .toObject();
    QCOMPARE(vcf.value(QStringLiteral("chrom")).toString(), QStringLiteral("chr17"));
    QCOMPARE(vcf.value(QStringLiteral("pos")).toString(), QStringLiteral("41245466"));
    // Every ontology class has a label.
    const QByteArray text = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    QVERIFY(!text.contains("\"label\":\"\""));
    // And it reads back to the same content.
    Patient back = PhenopacketReader::fromJson(doc);
    QVERIFY(back.sameContent(p));
}

void TestPhenopacket::errorsNameFileLineAndField_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an HPO id") << 2 << QStringLiteral("invalid.jsonl, line 2: phenotypicFeatures[1].type.id: 'Seizure' is not an HPO id");
    QTest::newRow("missing subject") << 3 << QStringLiteral("invalid.jsonl, line 3: subject: required field missing");
    QTest::newRow("wrong type") << 4 << QStringLiteral("invalid.jsonl, line 4: phenotypicFeatures[0].excluded: must be true or false, not a string");
    QTest::newRow("not JSON") << 5 << QStringLiteral("invalid.jsonl, line 5: not valid JSON");
}

void TestPhenopacket::errorsNameFileLineAndField()
{
    QFETCH(int, line);
    QFETCH(QString, expected);
    const QList<QByteArray> lines = [] {
        QFile f(fixture("invalid.jsonl"));
        f.open(QIODevice::ReadOnly);
        return f.readAll().split('\n');
    }();
    // The first line plus the bad line: the bad one must be reported with its own number.
    QByteArray data;
    for (int i = 1; i <= line; ++i) {
        data += (i == 1 || i == line) ? lines.at(i - 1) : QByteArray("   ");
        data += '\n';
    }
    try {
        PhenopacketReader::readData(data, QStringLiteral("invalid.jsonl"));
        QFAIL("no error");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
        QCOMPARE(e.file(), QStringLiteral("invalid.jsonl"));
    }
}

void TestPhenopacket::manyDocumentsAllOrNothing()
{
    try {
        PhenopacketReader::readFile(fixture("invalid.jsonl"));
        QFAIL("an invalid document must abort the import");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().contains(QLatin1String("invalid.jsonl, line 2")), qPrintable(e.message()));
    }
}

void TestPhenopacket::skipInvalidListsEachReason()
{
    PhenopacketReadOptions o;
    o.skipInvalid = true;
    const auto r = PhenopacketReader::readFile(fixture("invalid.jsonl"), o);
    QCOMPARE(r.patients.size(), 2);
    QCOMPARE(r.patients.at(0).localId, QStringLiteral("ok1"));
    QCOMPARE(r.patients.at(1).localId, QStringLiteral("ok2"));
    QCOMPARE(r.skipped.size(), 4);
    QVERIFY(r.skipped.at(0).contains(QLatin1String("invalid.jsonl, line 2: phenotypicFeatures[1].type.id")));
    QVERIFY(r.skipped.at(1).contains(QLatin1String("line 3: subject")));
    QVERIFY(r.skipped.at(2).contains(QLatin1String("line 4: phenotypicFeatures[0].excluded")));
    QVERIFY(r.skipped.at(3).contains(QLatin1String("line 5: not valid JSON")));
}

void TestPhenopacket::brokenSingleDocumentNamesLine()
{
    try {
        PhenopacketReader::readFile(fixture("broken-single.json"));
        QFAIL("no error");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().contains(QLatin1String("broken-single.json, line 7: not valid JSON")), qPrintable(e.message()));
    }
    // An array element of the wrong kind is named by its position.
    try {
        PhenopacketReader::readData("[{\"id\":\"a\",\"subject\":{\"id\":\"a\"}}, 3]", QStringLiteral("arr.json"));
        QFAIL("no error");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().contains(QLatin1String("arr.json, document 2")), qPrintable(e.message()));
    }
}

void TestPhenopacket::rejectsOtherSchemaVersions()
{
    try {
        PhenopacketReader::readFile(fixture("v1.json"));
        QFAIL("no error");
    } catch (const FormatError& e) {
        QCOMPARE(e.field(), QStringLiteral("metaData.phenopacketSchemaVersion"));
    }
}

void TestPhenopacket::gzipAndTruncatedGzip()
{
    QFile f(devSet());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray gz = f.readAll();
    try {
        PhenopacketReader::readData(gz.left(gz.size() / 2), QStringLiteral("cut.jsonl.gz"));
        QFAIL("a truncated file must fail");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().contains(QLatin1String("cut.jsonl.gz")), qPrintable(e.message()));
    }
}

void TestPhenopacket::progressAndCancel()
{
    PhenopacketReadOptions o;
    qint64 last = -1, total = 0;
    o.progress = [&](qint64 done, qint64 t) {
        last = done;
        total = t;
        return true;
    };
    PhenopacketReader::readFile(fixture("quirks.jsonl"), o);
    QCOMPARE(total, 3);
    QCOMPARE(last, 3);
    o.progress = [](qint64, qint64) { return false; };
    QVERIFY_THROWS_EXCEPTION(FormatError, PhenopacketReader::readFile(fixture("quirks.jsonl"), o));
}

void TestPhenopacket::missingFile()
{
    try {
        PhenopacketReader::readFile(fixture("does-not-exist.json"));
        QFAIL("no error");
    } catch (const FormatError& e) {
        QVERIFY(e.message().contains(QLatin1String("does-not-exist.json")));
    }
}

QTEST_GUILESS_MAIN(TestPhenopacket)
#include "TestPhenopacket.moc"
