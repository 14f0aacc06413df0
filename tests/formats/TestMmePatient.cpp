#include "TestConfig.h"
#include "core/GeneCatalog.h"
#include "core/Zygosity.h"
#include "formats/FormatError.h"
#include "formats/MmePatientReader.h"
#include "formats/MmePatientWriter.h"
#include "formats/PhenopacketMmeConverter.h"
#include "formats/PhenopacketReader.h"
#include "formats/VariantNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {
QJsonObject validPatient()
{
    return QJsonDocument::fromJson(R"({
      "id": "P1", "label": "case 1",
      "contact": {"name": "Dr A", "href": "mailto:a@example.org", "institution": "Clinic", "roles": ["clinician"]},
      "sex": "MALE", "_private": {"x": 1},
      "features": [{"id": "HP:0000252", "label": "Microcephaly", "observed": "yes"},
                   {"id": "HP:0001250", "observed": "no", "ageOfOnset": "HP:0003593"}],
      "genomicFeatures": [
        {"gene": {"id": "ENSG00000167548", "_geneName": "KMT2D"},
         "variant": {"assembly": "GRCh38.p13", "referenceName": "12", "start": 49040000, "end": 49040001,
                     "referenceBases": "C", "alternateBases": "T"},
         "zygosity": 1, "type": {"id": "SO:0001587", "label": "STOPGAIN"}},
        {"gene": {"id": "DMD"}, "variant": {"assembly": "GRCh38", "referenceName": "X", "start": 31000000}, "zygosity": 1}
      ],
      "disorders": [{"id": "MIM:147920", "label": "Kabuki"}, {"id": "Orphanet:2322"}]
    })")
        .object();
}
} // namespace

class TestMmePatient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPatient();
    void strictValidation_data();
    void strictValidation();
    void unresolvedGenesAreKeptAndFlagged();
    void writerFollowsSpec();
    void fhsExamplesRoundTrip();
    void phenopacketToMmeAndBack();

private:
    GeneCatalog m_genes;
};

void TestMmePatient::initTestCase()
{
    m_genes.load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_compact.tsv.gz"));
}

void TestMmePatient::readsPatient()
{
    MmeReadOptions o;
    o.geneCatalog = &m_genes;
    const MmeReadResult r = MmePatientReader::fromJson(validPatient(), o);
    QCOMPARE(r.id, QStringLiteral("P1"));
    const Patient& p = r.patient;
    QCOMPARE(p.sex, Sex::Male);
    QCOMPARE(p.contact.href, QStringLiteral("mailto:a@example.org"));
    QCOMPARE(p.features.size(), 2);
    QVERIFY(p.features.at(1).excluded);
    QCOMPARE(p.features.at(1).onsetTermId, QStringLiteral("HP:0003593"));
    QCOMPARE(p.variants.at(0).gene.hgncId, QStringLiteral("HGNC:7133"));
    QCOMPARE(p.variants.at(0).gene.symbol, QStringLiteral("KMT2D"));
    QCOMPARE(p.variants.at(0).assembly, QStringLiteral("GRCh38"));
    QCOMPARE(p.variants.at(0).position, 49040001); // 0-based start + 1
    QCOMPARE(p.variants.at(0).zygosity, Zygosity::Heterozygous);
    QCOMPARE(p.variants.at(0).consequenceId, QStringLiteral("SO:0001587"));
    QCOMPARE(p.variants.at(1).gene.ensemblId, QStringLiteral("ENSG00000198947")); // symbol resolved
    QCOMPARE(p.variants.at(1).zygosity, Zygosity::Hemizygous);                    // male, X, zygosity 1
    QCOMPARE(p.disorders.at(0).id, QStringLiteral("OMIM:147920"));
    QCOMPARE(p.disorders.at(1).id, QStringLiteral("ORPHA:2322"));
    QCOMPARE(r.extras.value(QStringLiteral("patient._private")).toObject().value(QStringLiteral("x")).toInt(),
             1);
    QCOMPARE(r.extras.value(QStringLiteral("patient.genomicFeatures[0].gene._geneName")).toString(),
             QStringLiteral("KMT2D"));
}

void TestMmePatient::strictValidation_data()
{
    QTest::addColumn<QString>("pointer"); // "a/b/0/c" path in the object to replace
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined)
                                << QStringLiteral("patient.id");
    QTest::newRow("id too long") << QStringLiteral("id") << QJsonValue(QString(300, u'x'))
                                 << QStringLiteral("patient.id");
    QTest::newRow("id not string") << QStringLiteral("id") << QJsonValue(5) << QStringLiteral("patient.id");
    QTest::newRow("contact missing") << QStringLiteral("contact") << QJsonValue(QJsonValue::Undefined)
                                     << QStringLiteral("patient.contact");
    QTest::newRow("contact href") << QStringLiteral("contact/href") << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("patient.contact.href");
    QTest::newRow("contact name") << QStringLiteral("contact/name") << QJsonValue(QJsonValue::Undefined)
                                  << QStringLiteral("patient.contact.name");
    QTest::newRow("sex") << QStringLiteral("sex") << QJsonValue(QStringLiteral("M"))
                         << QStringLiteral("patient.sex");
    QTest::newRow("feature id") << QStringLiteral("features/0/id") << QJsonValue(QStringLiteral("HP:123"))
                                << QStringLiteral("patient.features[0].id");
    QTest::newRow("observed") << QStringLiteral("features/1/observed") << QJsonValue(QStringLiteral("maybe"))
                              << QStringLiteral("patient.features[1].observed");
    QTest::newRow("gene id") << QStringLiteral("genomicFeatures/0/gene/id")
                             << QJsonValue(QJsonValue::Undefined)
                             << QStringLiteral("patient.genomicFeatures[0].gene.id");
    QTest::newRow("assembly") << QStringLiteral("genomicFeatures/0/variant/assembly")
                              << QJsonValue(QJsonValue::Undefined)
                              << QStringLiteral("patient.genomicFeatures[0].variant.assembly");
    QTest::newRow("chr prefix") << QStringLiteral("genomicFeatures/0/variant/referenceName")
                                << QJsonValue(QStringLiteral("chr12"))
                                << QStringLiteral("patient.genomicFeatures[0].variant.referenceName");
    QTest::newRow("start negative") << QStringLiteral("genomicFeatures/1/variant/start") << QJsonValue(-1)
                                    << QStringLiteral("patient.genomicFeatures[1].variant.start");
    QTest::newRow("start string") << QStringLiteral("genomicFeatures/1/variant/start")
                                  << QJsonValue(QStringLiteral("5"))
                                  << QStringLiteral("patient.genomicFeatures[1].variant.start");
    QTest::newRow("end before start") << QStringLiteral("genomicFeatures/0/variant/end") << QJsonValue(3)
                                      << QStringLiteral("patient.genomicFeatures[0].variant.end");
    QTest::newRow("bases") << QStringLiteral("genomicFeatures/0/variant/alternateBases")
                           << QJsonValue(QStringLiteral("<DEL>"))
                           << QStringLiteral("patient.genomicFeatures[0].variant.alternateBases");
    QTest::newRow("zygosity") << QStringLiteral("genomicFeatures/0/zygosity") << QJsonValue(3)
                              << QStringLiteral("patient.genomicFeatures[0].zygosity");
    QTest::newRow("type id") << QStringLiteral("genomicFeatures/0/type/id")
                             << QJsonValue(QStringLiteral("STOPGAIN"))
                             << QStringLiteral("patient.genomicFeatures[0].type.id");
    QTest::newRow("disorder") << QStringLiteral("disorders/0/id") << QJsonValue(QStringLiteral("OMIM:147920"))
                              << QStringLiteral("patient.disorders[0].id");
    QTest::newRow("nothing to match")
        << QStringLiteral("features") << QJsonValue(QJsonArray()) << QStringLiteral("patient");
}

namespace {
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        a[key.toInt()] = path.isEmpty() ? value : replaced(a.at(key.toInt()), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined()) {
            o.remove(key);
        } else {
            o.insert(key, value);
        }
    } else {
        o.insert(key, replaced(o.value(key), path, value));
    }
    return o;
}
} // namespace

void TestMmePatient::strictValidation()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject p = replaced(validPatient(), pointer.split(u'/'), value).toObject();
    if (QTest::currentDataTag() == QLatin1String("nothing to match")) {
        p.remove(QStringLiteral("genomicFeatures"));
    }
    MmeReadResult r;
    QString errorField, message;
    QVERIFY(!MmePatientReader::fromJson(p, &r, &errorField, &message));
    QCOMPARE(errorField, field);
    QVERIFY2(message.startsWith(field + QStringLiteral(": ")), qPrintable(message));
}

void TestMmePatient::unresolvedGenesAreKeptAndFlagged()
{
    QJsonObject p = validPatient();
    QJsonArray genomic = p.value(QStringLiteral("genomicFeatures")).toArray();
    genomic.append(QJsonObject{
        {QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), QStringLiteral("NOTAGENE1")}}}});
    genomic.append(
        QJsonObject{{QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), QStringLiteral("CAR")}}}});
    // An ambiguous id that the symbol in _geneName settles is resolved, not flagged.
    genomic.append(QJsonObject{
        {QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), QStringLiteral("CAR")},
                                             {QStringLiteral("_geneName"), QStringLiteral("CXADR")}}}});
    p.insert(QStringLiteral("genomicFeatures"), genomic);
    MmeReadOptions o;
    o.geneCatalog = &m_genes;
    const MmeReadResult r = MmePatientReader::fromJson(p, o);
    QCOMPARE(r.warnings,
             (QStringList{
                 QStringLiteral("patient.genomicFeatures[2].gene.id: gene 'NOTAGENE1' not found in the HGNC "
                                "catalog, kept as given"),
                 QStringLiteral("patient.genomicFeatures[3].gene.id: gene 'CAR' is ambiguous in the HGNC "
                                "catalog (NR1I3, SPG7, CXADR, CXADRP1), kept as given")}));
    QCOMPARE(r.patient.variants.at(2).gene,
             (Gene{QString(), QStringLiteral("NOTAGENE1"), QString(), QString()}));
    QCOMPARE(r.patient.variants.at(3).gene, (Gene{QString(), QStringLiteral("CAR"), QString(), QString()}));
    QCOMPARE(r.patient.variants.at(4).gene.symbol, QStringLiteral("CXADR"));
    // Without a catalog nothing can be checked, so nothing is flagged.
    QVERIFY(MmePatientReader::fromJson(p).warnings.isEmpty());
}

void TestMmePatient::writerFollowsSpec()
{
    MmeReadOptions ro;
    ro.geneCatalog = &m_genes;
    Patient p = MmePatientReader::fromJson(validPatient(), ro).patient;
    p.label = QStringLiteral("identifying local label");
    MmeWriteOptions wo;
    wo.geneCatalog = &m_genes;
    wo.test = true;
    const QJsonObject o = MmePatientWriter::toJson(p, QStringLiteral("pseudo-123"), wo);
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("pseudo-123"));
    QVERIFY(!o.contains(QStringLiteral("label"))); // the local label never leaves
    QVERIFY(!o.contains(QStringLiteral("gender")));
    QCOMPARE(o.value(QStringLiteral("sex")).toString(), QStringLiteral("MALE"));
    QCOMPARE(o.value(QStringLiteral("test")).toBool(), true);
    const QJsonObject gf = o.value(QStringLiteral("genomicFeatures")).toArray().at(0).toObject();
    QCOMPARE(gf[QStringLiteral("gene")].toObject()[QStringLiteral("id")].toString(),
             QStringLiteral("ENSG00000167548"));
    QCOMPARE(gf[QStringLiteral("gene")].toObject()[QStringLiteral("_geneName")].toString(),
             QStringLiteral("KMT2D"));
    const QJsonObject v = gf[QStringLiteral("variant")].toObject();
    QCOMPARE(v[QStringLiteral("start")].toInteger(), 49040000);
    QCOMPARE(v[QStringLiteral("end")].toInteger(), 49040001);
    QCOMPARE(v[QStringLiteral("referenceName")].toString(), QStringLiteral("12"));
    QCOMPARE(gf[QStringLiteral("zygosity")].toInt(), 1);
    QCOMPARE(
        o.value(QStringLiteral("features")).toArray().at(1).toObject()[QStringLiteral("observed")].toString(),
        QStringLiteral("no"));
    QCOMPARE(o.value(QStringLiteral("disorders")).toArray().at(0).toObject()[QStringLiteral("id")].toString(),
             QStringLiteral("MIM:147920"));
    QCOMPARE(o.value(QStringLiteral("disorders")).toArray().at(1).toObject()[QStringLiteral("id")].toString(),
             QStringLiteral("Orphanet:2322"));
    // What we write, a strict reader accepts, and it means the same.
    Patient back = MmePatientReader::fromJson(o, ro).patient;
    back.localId = p.localId;
    back.label = p.label;
    QVERIFY(back.sameContent(p));
    // No contact: a clear error.
    p.contact = {};
    QVERIFY_THROWS_EXCEPTION(FormatError, MmePatientWriter::toJson(p, QStringLiteral("x")));
}

void TestMmePatient::fhsExamplesRoundTrip()
{
    const QList<MmeReadResult> all =
        MmePatientReader::readFile(QStringLiteral(MATCHDESK_TEST_SPEC_DIR "/mme/fhs.json"));
    QVERIFY(all.size() >= 2);
    for (const MmeReadResult& r : all) {
        QVERIFY(r.test);
        const Patient& p = r.patient;
        QVERIFY(!p.features.isEmpty());
        MmeWriteOptions wo;
        wo.label = p.label;
        const QJsonObject o = MmePatientWriter::toJson(p, r.id, wo);
        Patient back = MmePatientReader::fromJson(o).patient;
        QVERIFY2(back.sameContent(p), qPrintable(r.id));
        // Phenopacket and back: what MME carries survives.
        const QJsonObject pp = PhenopacketMmeConverter::mmeToPhenopacket(
            QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
        Patient viaPp = PhenopacketReader::fromJson(pp);
        viaPp.contact = p.contact;
        viaPp.label = p.label;
        viaPp.inheritanceModeId = p.inheritanceModeId; // no phenopacket field
        if (p.disorders.isEmpty()) {
            viaPp.ageOfOnsetId = p.ageOfOnsetId; // carried by the first disease only
        }
        QVERIFY2(viaPp.sameContent(p), qPrintable(r.id));
    }
    QCOMPARE(all.first().patient.variants.first().position, 30748692);
    QCOMPARE(all.first().patient.variants.first().gene.symbol, QStringLiteral("SRCAP"));
    QCOMPARE(all.first().patient.disorders.first().id, QStringLiteral("OMIM:136140"));
}

void TestMmePatient::phenopacketToMmeAndBack()
{
    const auto dev = PhenopacketReader::readFile(
        QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/phenopackets/dev.jsonl.gz"));
    Contact contact{QStringLiteral("Dr A"), QString(), QString(), QStringLiteral("mailto:a@example.org"), {}};
    int converted = 0;
    for (const Patient& src : dev.patients) {
        Patient p = src;
        p.contact = contact;
        QStringList warnings;
        QJsonObject mme;
        try {
            mme = MmePatientWriter::toJson(p, QStringLiteral("id-") + p.localId,
                                           {&m_genes, {}, false, true, true}, &warnings);
        } catch (const FormatError&) {
            QVERIFY(p.features.isEmpty()); // only cases with nothing to share
            continue;
        }
        const Patient back = MmePatientReader::fromJson(mme, {&m_genes, QStringLiteral("patient")}).patient;
        ++converted;
        QCOMPARE(back.features.size(), p.features.size());
        for (qsizetype i = 0; i < p.features.size(); ++i) {
            // MME carries the onset as an id only: its label does not travel.
            PhenotypeFeature expected = p.features.at(i);
            expected.onsetLabel.clear();
            QCOMPARE(back.features.at(i), expected);
        }
        QCOMPARE(back.sex, p.sex);
        qsizetype k = 0;
        for (const Variant& v : p.variants) {
            if (v.gene.isEmpty()) {
                continue; // MME needs a gene
            }
            const Variant& b = back.variants.at(k++);
            QCOMPARE(b.gene.hgncId, v.gene.hgncId);
            QCOMPARE(ZygosityCodes::toMme(b.zygosity), ZygosityCodes::toMme(v.zygosity));
            if (v.hasCoordinates() && VariantNormalizer::isStandardChromosome(v.chromosome)) {
                QCOMPARE(b.assembly, v.assembly);
                QCOMPARE(b.chromosome, v.chromosome);
                QCOMPARE(b.position, v.position);
                static const QRegularExpression bases(QStringLiteral("^[ACGTN]+$"));
                // Symbolic alleles ("DEL", "<DUP>") have no MME form: only the position travels.
                QCOMPARE(b.ref, bases.match(v.ref).hasMatch() ? v.ref : QString());
                QCOMPARE(b.alt, bases.match(v.alt).hasMatch() ? v.alt : QString());
            }
        }
        QCOMPARE(k, back.variants.size());
        for (qsizetype i = 0, j = 0; i < p.disorders.size(); ++i) {
            if (!p.disorders.at(i).excluded) {
                QCOMPARE(back.disorders.at(j++).id, p.disorders.at(i).id);
            }
        }
    }
    QVERIFY(converted > 7900);
}

QTEST_GUILESS_MAIN(TestMmePatient)
#include "TestMmePatient.moc"
