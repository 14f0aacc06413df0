#include "TestConfig.h"
#include "core/GeneCatalog.h"
#include "formats/FormatError.h"
#include "formats/VcfReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <htslib/hts.h>
#include <htslib/vcf.h>

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/formats/") + QLatin1String(name);
}

// Re-encodes a text VCF with htslib: mode "wz" = bgzip VCF, "wb" = BCF.
QString convert(const QString& in, const QString& out, const char* mode)
{
    htsFile* src = hts_open(QFile::encodeName(in).constData(), "r");
    bcf_hdr_t* hdr = bcf_hdr_read(src);
    htsFile* dst = hts_open(QFile::encodeName(out).constData(), mode);
    if (bcf_hdr_write(dst, hdr) != 0) {
        qFatal("cannot write header");
    }
    bcf1_t* rec = bcf_init();
    while (bcf_read(src, hdr, rec) == 0) {
        if (bcf_write(dst, hdr, rec) != 0) {
            qFatal("cannot write record");
        }
    }
    bcf_destroy(rec);
    bcf_hdr_destroy(hdr);
    hts_close(dst);
    hts_close(src);
    return out;
}

const Variant* find(const QList<Variant>& vs, qint64 pos, const char* alt)
{
    for (const Variant& v : vs) {
        if (v.position == pos && v.alt == QLatin1String(alt)) {
            return &v;
        }
    }
    return nullptr;
}
} // namespace

class TestVcfReader : public QObject
{
    Q_OBJECT

private slots:
    void readsVepAnnotatedVcf_data();
    void readsVepAnnotatedVcf();
    void maleHemizygousOutsidePar();
    void filters();
    void snpEffAndClinVar();
    void multiSample();
    void geneCatalogCompletesGenes();
    void errors();
    void truncatedBgzip();
    void progressAndCancel();

private:
    QTemporaryDir m_dir;
};

void TestVcfReader::readsVepAnnotatedVcf_data()
{
    QTest::addColumn<QString>("path");
    const QString vcf = fixture("annotated-vep.vcf");
    QTest::newRow("vcf") << vcf;
    QTest::newRow("vcf.gz") << convert(vcf, m_dir.filePath(QStringLiteral("a.vcf.gz")), "wz");
    QTest::newRow("bcf") << convert(vcf, m_dir.filePath(QStringLiteral("a.bcf")), "wb");
}

void TestVcfReader::readsVepAnnotatedVcf()
{
    QFETCH(QString, path);
    const VcfReadResult r = VcfReader::readFile(path);
    QCOMPARE(r.sample, QStringLiteral("PROBAND"));
    QCOMPARE(r.assembly, QStringLiteral("GRCh38"));
    QCOMPARE(r.records, 9);
    QCOMPARE(r.noCalls, 1);
    QCOMPARE(r.notCarried, 1);
    QCOMPARE(r.variants.size(), 8); // multi-allelic record split in two
    const Variant* brca = find(r.variants, 43045712, "A");
    QVERIFY(brca);
    QCOMPARE(brca->chromosome, QStringLiteral("17"));
    QCOMPARE(brca->ref, QStringLiteral("G"));
    QCOMPARE(brca->zygosity, Zygosity::Heterozygous);
    QCOMPARE(brca->gene.symbol, QStringLiteral("BRCA1"));
    QCOMPARE(brca->gene.ensemblId, QStringLiteral("ENSG00000012048"));
    QCOMPARE(brca->consequenceId, QStringLiteral("SO:0001587")); // most severe entry wins
    QCOMPARE(brca->consequenceLabel, QStringLiteral("stop_gained"));
    QCOMPARE(brca->hgvsC, QStringLiteral("ENST00000357654.9:c.5251C>T"));
    QCOMPARE(brca->hgvsP, QStringLiteral("ENSP00000350283.3:p.Arg1751Ter"));
    const Variant* c = find(r.variants, 1000000, "C");
    const Variant* t = find(r.variants, 1000000, "T");
    QVERIFY(c && t);
    QCOMPARE(c->zygosity, Zygosity::Heterozygous);
    QCOMPARE(t->zygosity, Zygosity::Heterozygous);
    QCOMPARE(c->consequenceLabel, QStringLiteral("missense_variant")); // per-allele annotation
    QCOMPARE(t->consequenceLabel, QStringLiteral("synonymous_variant"));
    QCOMPARE(t->hgvsP, QStringLiteral("ENSP1:p.Lys4=")); // percent-decoded
    const Variant* x = find(r.variants, 31000000, "T");
    QVERIFY(x);
    QCOMPARE(x->zygosity, Zygosity::Homozygous); // sex unknown
    QCOMPARE(x->consequenceLabel, QStringLiteral("missense_variant"));
    const Variant* del = find(r.variants, 4000000, "A");
    QVERIFY(del);
    QCOMPARE(del->consequenceLabel, QStringLiteral("frameshift_variant")); // VEP allele "-"
}

void TestVcfReader::maleHemizygousOutsidePar()
{
    VcfReadOptions o;
    o.sex = Sex::Male;
    const VcfReadResult r = VcfReader::readFile(fixture("annotated-vep.vcf"), o);
    QCOMPARE(find(r.variants, 31000000, "T")->zygosity, Zygosity::Hemizygous);
    QCOMPARE(find(r.variants, 1000000, "G") == nullptr, true);
    const Variant* par = nullptr;
    for (const Variant& v : r.variants) {
        if (v.chromosome == QLatin1String("X") && v.position == 1000000) {
            par = &v;
        }
    }
    QVERIFY(par);
    QCOMPARE(par->zygosity, Zygosity::Homozygous); // pseudo-autosomal region
}

void TestVcfReader::filters()
{
    const QString path = fixture("annotated-vep.vcf");
    VcfReadOptions o;
    o.passOnly = true;
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 7);
    o = {};
    o.minQual = 20;
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 7);
    o = {};
    o.minGq = 10;
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 7);
    o = {};
    o.minDp = 10;
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 7);
    o = {};
    o.genes = {QStringLiteral("brca1"), QStringLiteral("DMD")};
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 2);
    o = {};
    o.minImpact = SequenceOntology::Impact::High;
    const auto high = VcfReader::readFile(path, o);
    QCOMPARE(high.variants.size(), 2); // stop_gained, frameshift
    QCOMPARE(high.filtered, 6);
    o = {};
    o.minImpact = SequenceOntology::Impact::Moderate;
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 6);
    o = {};
    o.maxPopulationAf = 0.01;
    const auto rare = VcfReader::readFile(path, o);
    QCOMPARE(rare.variants.size(), 7); // the T allele at AF 0.3 goes
    QVERIFY(find(rare.variants, 1000000, "C"));
    QVERIFY(!find(rare.variants, 1000000, "T"));
}

void TestVcfReader::snpEffAndClinVar()
{
    const auto ann = VcfReader::readFile(fixture("annotated-snpeff.vcf"));
    QCOMPARE(ann.assembly, QStringLiteral("GRCh37")); // contig assembly=b37
    QCOMPARE(ann.variants.size(), 1);
    const Variant& v = ann.variants.first();
    QCOMPARE(v.gene.symbol, QStringLiteral("TBX5"));
    QCOMPARE(v.consequenceId, QStringLiteral("SO:0001583"));
    QCOMPARE(v.hgvsC, QStringLiteral("NM_181486.4:c.238G>A")); // transcript prefixed
    QCOMPARE(v.hgvsP, QStringLiteral("NM_181486.4:p.Gly80Arg"));
    QCOMPARE(v.zygosity, Zygosity::Heterozygous); // phased 0|1

    const auto cv = VcfReader::readFile(fixture("clinvar.vcf"));
    QCOMPARE(cv.sample, QString()); // sites only
    QCOMPARE(cv.variants.size(), 2);
    QCOMPARE(cv.variants.at(0).zygosity, Zygosity::Unknown);
    QCOMPARE(cv.variants.at(0).gene.symbol, QStringLiteral("BRCA1"));
    QCOMPARE(cv.variants.at(0).gene.entrezId, QStringLiteral("672"));
    QCOMPARE(cv.variants.at(0).consequenceId, QStringLiteral("SO:0001587")); // "nonsense" = stop_gained
    QCOMPARE(cv.variants.at(1).consequenceLabel, QStringLiteral("frameshift_variant"));
}

void TestVcfReader::multiSample()
{
    const QString path = fixture("multisample.vcf");
    QCOMPARE(VcfReader::samples(path), (QStringList{QStringLiteral("FATHER"), QStringLiteral("MOTHER"), QStringLiteral("PROBAND")}));
    try {
        VcfReader::readFile(path);
        QFAIL("a multi-sample file needs a chosen sample");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().contains(QLatin1String("FATHER, MOTHER, PROBAND")), qPrintable(e.message()));
    }
    VcfReadOptions o;
    o.sample = QStringLiteral("PROBAND");
    o.sex = Sex::Male;
    const auto r = VcfReader::readFile(path, o);
    QCOMPARE(r.assembly, QStringLiteral("GRCh37"));
    QCOMPARE(r.variants.size(), 4);
    QCOMPARE(r.variants.at(0).zygosity, Zygosity::Heterozygous);
    QCOMPARE(r.variants.at(1).zygosity, Zygosity::Homozygous);
    QCOMPARE(r.variants.at(2).zygosity, Zygosity::Hemizygous); // haploid GT
    QCOMPARE(r.variants.at(3).zygosity, Zygosity::Hemizygous); // male, X, 1/1
    o.sample = QStringLiteral("MOTHER");
    o.sex = Sex::Female;
    QCOMPARE(VcfReader::readFile(path, o).variants.size(), 4);
    o.sample = QStringLiteral("SISTER");
    try {
        VcfReader::readFile(path, o);
        QFAIL("unknown sample accepted");
    } catch (const FormatError& e) {
        QVERIFY2(e.message().contains(QLatin1String("no sample 'SISTER'")), qPrintable(e.message()));
        QCOMPARE(e.field(), QStringLiteral("sample"));
    }
}

void TestVcfReader::geneCatalogCompletesGenes()
{
    GeneCatalog catalog;
    catalog.load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_compact.tsv.gz"));
    VcfReadOptions o;
    o.geneCatalog = &catalog;
    const auto r = VcfReader::readFile(fixture("annotated-vep.vcf"), o);
    const Variant* brca = find(r.variants, 43045712, "A");
    QCOMPARE(brca->gene.hgncId, QStringLiteral("HGNC:1100"));
    QCOMPARE(brca->gene.entrezId, QStringLiteral("672"));
    o.genes = {QStringLiteral("HGNC:1100")};
    QCOMPARE(VcfReader::readFile(fixture("annotated-vep.vcf"), o).variants.size(), 1);
}

void TestVcfReader::errors()
{
    auto expectError = [](const QString& path, const char* needle) {
        try {
            VcfReader::readFile(path);
            QFAIL(qPrintable(QStringLiteral("no error for ") + path));
        } catch (const FormatError& e) {
            QVERIFY2(e.message().contains(QLatin1String(needle)), qPrintable(e.message()));
            QVERIFY2(e.message().startsWith(path), qPrintable(e.message()));
        }
    };
    expectError(fixture("broken-record.vcf"), "record 3");
    expectError(fixture("undeclared-info.vcf"), "record 2");
    expectError(fixture("missing-header.vcf"), "header");
    expectError(fixture("no-such-file.vcf"), "does not exist");
    QTemporaryDir dir;
    const QString header = QStringLiteral("##fileformat=VCFv4.2\n##contig=<ID=chr1>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                                          "chr1\t100\t.\tA\tG\t50\tPASS\t.\n");
    const QList<std::pair<const char*, const char*>> broken = {
        {"cols.vcf", "chr1\t200\t.\n"},
        {"contig.vcf", "chr9\t200\t.\tA\tG\t50\tPASS\t.\n"},
        {"ref.vcf", "chr1\t200\t.\t\tG\t50\tPASS\t.\n"},
    };
    for (const auto& [name, line] : broken) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header.toUtf8() + line);
        f.close();
        expectError(path, "record 2");
    }
    expectError(fixture("quirks.jsonl"), "not a VCF");
}

void TestVcfReader::truncatedBgzip()
{
    // A big enough bgzip file, cut in the middle of a block.
    const QString text = m_dir.filePath(QStringLiteral("big.vcf"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("##fileformat=VCFv4.2\n##reference=GRCh38\n##contig=<ID=chr1>\n"
                "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tP\n");
        for (int i = 1; i <= 20000; ++i) {
            f.write(QByteArray("chr1\t") + QByteArray::number(i * 10) + "\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n");
        }
    }
    for (const char* mode : {"wz", "wb"}) {
        const QString gz = convert(text, m_dir.filePath(QStringLiteral("big.") + QLatin1String(mode)), mode);
        QCOMPARE(VcfReader::readFile(gz).variants.size(), 20000);
        QFile f(gz);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        try {
            VcfReader::readFile(gz);
            QFAIL("truncated file accepted");
        } catch (const FormatError& e) {
            QVERIFY2(e.message().contains(QLatin1String("record ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("truncated or corrupt")), qPrintable(e.message()));
        }
    }
}

void TestVcfReader::progressAndCancel()
{
    const QString text = m_dir.filePath(QStringLiteral("progress.vcf"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("##fileformat=VCFv4.2\n##contig=<ID=chr1>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
        for (int i = 1; i <= 30000; ++i) {
            f.write(QByteArray("chr1\t") + QByteArray::number(i) + "\t.\tA\tG\t50\tPASS\t.\n");
        }
    }
    VcfReadOptions o;
    int calls = 0;
    qint64 last = 0, total = 0;
    o.progress = [&](qint64 done, qint64 t) {
        ++calls;
        last = done;
        total = t;
        return true;
    };
    QCOMPARE(VcfReader::readFile(text, o).variants.size(), 30000);
    QVERIFY(calls >= 3);
    QCOMPARE(last, total);
    o.progress = [](qint64, qint64) { return false; };
    QVERIFY_THROWS_EXCEPTION(FormatError, VcfReader::readFile(text, o));
}

QTEST_GUILESS_MAIN(TestVcfReader)
#include "TestVcfReader.moc"
