#include "matching/GenotypeMatcher.h"

#include <QJsonArray>
#include <QTest>

namespace {
Variant variant(const char* symbol, const char* hgnc, const char* assembly, const char* chrom, qint64 pos,
                const char* ref, const char* alt, Zygosity z)
{
    Variant v;
    v.gene.symbol = QString::fromLatin1(symbol);
    v.gene.hgncId = QString::fromLatin1(hgnc);
    v.assembly = QString::fromLatin1(assembly);
    v.chromosome = QString::fromLatin1(chrom);
    v.position = pos;
    v.ref = QString::fromLatin1(ref);
    v.alt = QString::fromLatin1(alt);
    v.zygosity = z;
    return v;
}
} // namespace

class TestGenotypeMatcher : public QObject
{
    Q_OBJECT

private slots:
    void sameGeneOnAnyIdentifier()
    {
        Gene a{QStringLiteral("HGNC:11604"), QStringLiteral("TBX5"), {}, {}};
        Gene b{{}, QStringLiteral("tbx5"), {}, {}};
        Gene c{QStringLiteral("11604"), {}, {}, {}};
        Gene d{{}, {}, QStringLiteral("ENSG00000089225.2"), {}};
        Gene e{{}, QStringLiteral("X"), QStringLiteral("ENSG00000089225"), QStringLiteral("6910")};
        Gene f{QStringLiteral("HGNC:1"), QStringLiteral("TBX4"), {}, {}};
        QVERIFY(GenotypeMatcher::sameGene(a, b));
        QVERIFY(GenotypeMatcher::sameGene(a, c));
        QVERIFY(GenotypeMatcher::sameGene(d, e));
        QVERIFY(!GenotypeMatcher::sameGene(a, f));
        QVERIFY(!GenotypeMatcher::sameGene(Gene{}, Gene{}));
    }

    void sameVariantNeedsSameAssembly()
    {
        const Variant a =
            variant("TBX5", "HGNC:11604", "hg38", "chr12", 114385000, "G", "A", Zygosity::Heterozygous);
        Variant b =
            variant("TBX5", "HGNC:11604", "GRCh38", "12", 114385000, "g", "a", Zygosity::Heterozygous);
        QVERIFY(GenotypeMatcher::sameVariant(a, b));
        b.assembly = QStringLiteral("GRCh37");
        QVERIFY(!GenotypeMatcher::sameVariant(a, b)); // no liftover guessing
        b.assembly = QStringLiteral("GRCh38");
        b.alt = QStringLiteral("T");
        QVERIFY(!GenotypeMatcher::sameVariant(a, b));
        QCOMPARE(GenotypeMatcher::normaliseChromosome(QStringLiteral("chrM")), QStringLiteral("MT"));
    }

    void scores()
    {
        const Variant het1 = variant("GENE", "HGNC:5", "GRCh38", "1", 100, "A", "G", Zygosity::Heterozygous);
        const Variant het2 = variant("GENE", "HGNC:5", "GRCh38", "1", 200, "C", "T", Zygosity::Heterozygous);
        const Variant het3 = variant("GENE", "HGNC:5", "GRCh38", "1", 300, "C", "T", Zygosity::Heterozygous);
        const Variant hom1 = variant("GENE", "HGNC:5", "GRCh38", "1", 100, "A", "G", Zygosity::Homozygous);
        const Variant other =
            variant("OTHER", "HGNC:6", "GRCh38", "2", 100, "A", "G", Zygosity::Heterozygous);

        // Same gene, same het variant: 0.6 + 0.2 + 0.2.
        GenotypeMatch m = GenotypeMatcher::compare({het1}, {het1});
        QVERIFY(m.comparable);
        QVERIFY(qFuzzyCompare(m.score, 1.0));
        // Same gene, different zygosity, same position/allele: 0.6 + 0.2 (variant).
        m = GenotypeMatcher::compare({het1}, {hom1});
        QVERIFY(qFuzzyCompare(m.score, 0.8));
        QVERIFY(!m.genes[0].sameZygosity);
        // Compound het on both sides, different variants: 0.6 + 0.2 (pattern).
        m = GenotypeMatcher::compare({het1, het2}, {het3, variant("GENE", "HGNC:5", "GRCh38", "1", 400, "C",
                                                                  "T", Zygosity::Heterozygous)});
        QVERIFY(m.genes[0].queryCompoundHet && m.genes[0].caseCompoundHet);
        QVERIFY(m.genes[0].sameZygosity);
        QVERIFY(qFuzzyCompare(m.score, 0.8));
        // Compound het vs single het with one shared variant: 0.6 + 0.2 (variant), pattern differs.
        m = GenotypeMatcher::compare({het1, het2}, {het1});
        QVERIFY(!m.genes[0].sameZygosity);
        QVERIFY(qFuzzyCompare(m.score, 0.8));
        QCOMPARE(m.genes[0].sameVariants.size(), 1);
        // Same gene only (unknown zygosity, no coordinates): 0.6.
        Variant bare;
        bare.gene.symbol = QStringLiteral("gene");
        m = GenotypeMatcher::compare({bare}, {het3});
        QVERIFY(qFuzzyCompare(m.score, 0.6));
        // Different genes: comparable, score 0.
        m = GenotypeMatcher::compare({het1}, {other});
        QVERIFY(m.comparable);
        QCOMPARE(m.score, 0.0);
        QVERIFY(m.genes.isEmpty());
        // No genes on one side: not comparable.
        QVERIFY(!GenotypeMatcher::compare({het1}, {}).comparable);
        const QJsonObject j = GenotypeMatcher::compare({het1}, {het1}).toJson();
        QCOMPARE(j.value(QStringLiteral("sharedGenes")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGenotypeMatcher)
#include "TestGenotypeMatcher.moc"
