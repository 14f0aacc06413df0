#include "TestConfig.h"
#include "core/GeneCatalog.h"
#include "core/MatchDeskError.h"

#include <QTemporaryDir>
#include <QTest>

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
    void badFilesThrowWithFileAndLine();

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
    QTest::newRow("ensembl versioned") << QStringLiteral("ENSG00000012048.23") << int(GeneCatalog::MatchKind::EnsemblId);
    QTest::newRow("ensembl curie") << QStringLiteral("ensembl:ENSG00000012048") << int(GeneCatalog::MatchKind::EnsemblId);
    QTest::newRow("entrez") << QStringLiteral("672") << int(GeneCatalog::MatchKind::EntrezId);
    QTest::newRow("ncbigene curie") << QStringLiteral("ncbigene:672") << int(GeneCatalog::MatchKind::EntrezId);
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
    QCOMPARE(m_catalog.lookup(QStringLiteral("HGNC:999999999")).status, GeneCatalog::Lookup::Status::NotFound);
    QCOMPARE(m_catalog.lookup(QString()).status, GeneCatalog::Lookup::Status::NotFound);
}

void TestGeneCatalog::loadsCompleteSet()
{
    GeneCatalog c;
    c.load(QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/genes/hgnc_complete_set.2024-10.txt.gz"));
    QVERIFY(c.size() > 40000);
    QCOMPARE(c.find(QStringLiteral("ENSG00000167548")).symbol, QStringLiteral("KMT2D"));
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

QTEST_GUILESS_MAIN(TestGeneCatalog)
#include "TestGeneCatalog.moc"
