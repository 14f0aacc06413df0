#include "TestConfig.h"
#include "core/GeneCatalog.h"
#include "core/MatchDeskError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestGeneCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolvesEveryIdKind_data();
    void resolvesEveryIdKind();
    void ambiguousAliasIsReported();
    void approvedSymbolWinsOverAlias();
    void unknownIsNotFound();
    void loadsCompleteSet();
    void nonAsciiNamesIgnoreLetterCase();
    void readsQuotedCrLfTablesInAnyColumnOrder();
    void copiesShareTheLoadedCatalog();
    void badFilesThrowWithFileAndLine();
    void corruptCompressedCatalogNamesTheFile();

private:
    GeneCatalog m_catalog;
};

void TestGeneCatalog::initTestCase()
{
    m_catalog.load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_compact.tsv.gz"));
    QVERIFY(m_catalog.size() > 40000);
}

void TestGeneCatalog::resolvesEveryIdKind_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::newRow("symbol") << QStringLiteral("BRCA1") << int(GeneCatalog::MatchKind::Symbol);
    QTest::newRow("symbol lower case") << QStringLiteral("brca1") << int(GeneCatalog::MatchKind::Symbol);
    QTest::newRow("hgnc id") << QStringLiteral("HGNC:1100") << int(GeneCatalog::MatchKind::HgncId);
    QTest::newRow("ensembl") << QStringLiteral("ENSG00000012048") << int(GeneCatalog::MatchKind::EnsemblId);
    QTest::newRow("ensembl versioned")
        << QStringLiteral("ENSG00000012048.23") << int(GeneCatalog::MatchKind::EnsemblId);
    QTest::newRow("ensembl curie") << QStringLiteral("ensembl:ENSG00000012048")
                                   << int(GeneCatalog::MatchKind::EnsemblId);
    QTest::newRow("entrez") << QStringLiteral("672") << int(GeneCatalog::MatchKind::EntrezId);
    QTest::newRow("ncbigene curie") << QStringLiteral("ncbigene:672")
                                    << int(GeneCatalog::MatchKind::EntrezId);
    QTest::newRow("alias") << QStringLiteral("RNF53") << int(GeneCatalog::MatchKind::Alias);
}

void TestGeneCatalog::resolvesEveryIdKind()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    const auto l = m_catalog.lookup(query);
    QVERIFY2(l.found(), qPrintable(query));
    QCOMPARE(int(l.kind), kind);
    QCOMPARE(l.gene.hgncId, QStringLiteral("HGNC:1100"));
    QCOMPARE(l.gene.symbol, QStringLiteral("BRCA1"));
    QCOMPARE(l.gene.ensemblId, QStringLiteral("ENSG00000012048"));
    QCOMPARE(l.gene.entrezId, QStringLiteral("672"));
}

void TestGeneCatalog::ambiguousAliasIsReported()
{
    const auto l = m_catalog.lookup(QStringLiteral("CAR"));
    QVERIFY(l.ambiguous());
    QVERIFY(l.candidates.size() >= 2);
    QVERIFY(m_catalog.find(QStringLiteral("CAR")).isEmpty());
    // A previous symbol of exactly one gene resolves.
    const auto prev = m_catalog.lookup(QStringLiteral("TNRC21"));
    QVERIFY(prev.found());
    QCOMPARE(prev.kind, GeneCatalog::MatchKind::PreviousSymbol);
    QCOMPARE(prev.gene.symbol, QStringLiteral("KMT2D"));
}

void TestGeneCatalog::approvedSymbolWinsOverAlias()
{
    // An approved symbol is never shadowed by another gene's alias or previous symbol.
    const auto l = m_catalog.lookup(QStringLiteral("TBX5"));
    QVERIFY(l.found());
    QCOMPARE(l.kind, GeneCatalog::MatchKind::Symbol);
    QCOMPARE(l.gene.hgncId, QStringLiteral("HGNC:11604"));
}

void TestGeneCatalog::unknownIsNotFound()
{
    QCOMPARE(m_catalog.lookup(QStringLiteral("NOTAGENE123")).status, GeneCatalog::Lookup::Status::NotFound);
    QCOMPARE(m_catalog.lookup(QStringLiteral("HGNC:999999999")).status,
             GeneCatalog::Lookup::Status::NotFound);
    QCOMPARE(m_catalog.lookup(QString()).status, GeneCatalog::Lookup::Status::NotFound);
}

void TestGeneCatalog::loadsCompleteSet()
{
    GeneCatalog c;
    c.load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_complete_set.2024-10.txt.gz"));
    QVERIFY(c.size() > 40000);
    QCOMPARE(c.find(QStringLiteral("ENSG00000167548")).symbol, QStringLiteral("KMT2D"));
}

void TestGeneCatalog::nonAsciiNamesIgnoreLetterCase()
{
    // HGNC aliases such as "FRα" (FOLR1) are upper-cased like QString::toUpper() does.
    for (const QString& q : {QStringLiteral("FRα"), QStringLiteral("frα"), QStringLiteral("FRΑ")}) {
        const auto l = m_catalog.lookup(q);
        QVERIFY2(l.found(), qPrintable(q));
        QCOMPARE(l.kind, GeneCatalog::MatchKind::Alias);
        QCOMPARE(l.gene.symbol, QStringLiteral("FOLR1"));
    }
    // Approved symbols with lower-case letters keep their case and match in any case.
    const auto orf = m_catalog.lookup(QStringLiteral("c1ORF21"));
    QVERIFY(orf.found());
    QCOMPARE(orf.kind, GeneCatalog::MatchKind::Symbol);
    QCOMPARE(orf.gene.symbol, QStringLiteral("C1orf21"));
}

void TestGeneCatalog::readsQuotedCrLfTablesInAnyColumnOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("genes.tsv"));
    QVERIFY(writeFile(path, "symbol\tprev_symbol\thgnc_id\talias_symbol\tensembl_gene_id\tentrez_id\r\n"
                            "Aa1\t\"OLD1|SHARED\"\tHGNC:1\t\"al1|SHARED| al1 \"\tENSG00000000001\t11\r\n"
                            "\r\n"
                            "BB2\t\tHGNC:2\tshared|OLD1X\tENSG00000000002\t22\r\n"
                            "CC3\tSOLO\tHGNC:3\t\t\t\r\n"));
    GeneCatalog c;
    c.load(path);
    QCOMPARE(c.size(), 3);
    QCOMPARE(c.find(QStringLiteral("aa1")), (Gene{QStringLiteral("HGNC:1"), QStringLiteral("Aa1"),
                                                  QStringLiteral("ENSG00000000001"), QStringLiteral("11")}));
    QCOMPARE(c.lookup(QStringLiteral("old1")).kind, GeneCatalog::MatchKind::PreviousSymbol);
    QCOMPARE(c.lookup(QStringLiteral("AL1")).kind, GeneCatalog::MatchKind::Alias);
    QCOMPARE(c.find(QStringLiteral("AL1")).hgncId, QStringLiteral("HGNC:1"));
    QCOMPARE(c.find(QStringLiteral("22")).symbol, QStringLiteral("BB2"));
    QCOMPARE(c.find(QStringLiteral("ENSG00000000002.4")).symbol, QStringLiteral("BB2"));
    QCOMPARE(c.find(QStringLiteral("solo")).symbol, QStringLiteral("CC3"));
    QVERIFY(c.find(QStringLiteral("CC3")).ensemblId.isEmpty());
    // A previous symbol of one gene and an alias of another: ambiguous, listed once per gene.
    const auto shared = c.lookup(QStringLiteral("Shared"));
    QVERIFY(shared.ambiguous());
    QCOMPARE(shared.kind, GeneCatalog::MatchKind::PreviousSymbol);
    QCOMPARE(shared.candidates.size(), 2);
    QCOMPARE(shared.candidates.at(0).symbol, QStringLiteral("Aa1"));
    QCOMPARE(shared.candidates.at(1).symbol, QStringLiteral("BB2"));
}

void TestGeneCatalog::copiesShareTheLoadedCatalog()
{
    GeneCatalog copy;
    {
        GeneCatalog original;
        original.load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_compact.tsv.gz"));
        copy = original;
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.tsv"));
        QVERIFY(writeFile(small, "hgnc_id\tsymbol\nHGNC:5\tA1BG\n"));
        original.load(small); // reloading the original leaves the copy alone
        QCOMPARE(original.size(), 1);
    }
    QCOMPARE(copy.size(), m_catalog.size());
    QCOMPARE(copy.find(QStringLiteral("RNF53")).symbol, QStringLiteral("BRCA1"));
    QVERIFY(copy.lookup(QStringLiteral("CAR")).ambiguous());
}

void TestGeneCatalog::badFilesThrowWithFileAndLine()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.tsv"));
    try {
        GeneCatalog c;
        c.load(missing);
        QFAIL("no error for a missing file");
    } catch (const MatchDeskError& e) {
        QVERIFY(e.message().contains(missing));
    }
    const QString bad = dir.filePath(QStringLiteral("bad.tsv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hgnc_id\tsymbol\nHGNC:5\tA1BG\nxx\tBROKEN\n");
    f.close();
    GeneCatalog c = m_catalog;
    try {
        c.load(bad);
        QFAIL("no error for a bad row");
    } catch (const MatchDeskError& e) {
        QVERIFY2(e.message().contains(bad + QStringLiteral(":3")), qPrintable(e.message()));
    }
    QCOMPARE(c.size(), m_catalog.size()); // unchanged
}

void TestGeneCatalog::corruptCompressedCatalogNamesTheFile()
{
    QFile source(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_compact.tsv.gz"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray gz = source.readAll();
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.tsv.gz"));
    QVERIFY(writeFile(cut, gz.left(gz.size() / 2)));
    GeneCatalog c = m_catalog;
    try {
        c.load(cut);
        QFAIL("no error for a truncated catalog");
    } catch (const MatchDeskError& e) {
        QVERIFY2(e.message().contains(cut), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("truncated")), qPrintable(e.message()));
    }
    QCOMPARE(c.size(), m_catalog.size()); // unchanged
    QCOMPARE(c.sourcePath(), m_catalog.sourcePath());
}

QTEST_GUILESS_MAIN(TestGeneCatalog)
#include "TestGeneCatalog.moc"
