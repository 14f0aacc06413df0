#include "MatchingFixture.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/OntologyError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace MatchingFixture;

class TestGenePhenotypeProfiles : public QObject
{
    Q_OBJECT

private slots:
    void readsGenesToPhenotype()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("genes_to_phenotype.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n"
                "672\tBRCA1\tHP:0000041\tCataract\t-\tOMIM:1\n"
                "6323\tSCN1A\tHP:0000021\tFocal seizure\t-\tOMIM:2\n"
                "672\tBRCA1\tHP:0000021\tFocal seizure\t-\tOMIM:1\n"
                "672\tBRCA1-renamed\tHP:0000041\tCataract\t-\tOMIM:3\n" // same gene: first symbol kept
                "6323\tSCN1A\tHP:0000099\tobsolete, replaced\t-\tOMIM:2\n"
                "999\tNOPE\tHP:9999999\tunknown term only\t-\tOMIM:4\n"
                "7\tSHORT\n");
        f.close();
        const GenePhenotypeProfiles p = GenePhenotypeProfiles::fromAnnotationFiles(*ontology(), dir.path());
        QCOMPARE(p.size(), 2); // genes with no known term have no profile
        QCOMPARE(p.symbol(0), QStringLiteral("BRCA1"));
        std::vector<int> brca{t("HP:0000021"), t("HP:0000041")};
        std::sort(brca.begin(), brca.end());
        QCOMPARE(p.terms(0), brca); // sorted, unique
        QCOMPARE(p.terms(1), std::vector<int>{t("HP:0000021")});
        Gene g;
        g.symbol = QStringLiteral(" scn1a ");
        QCOMPARE(p.profileOf(g), 1);
        g.symbol.clear();
        g.entrezId = QStringLiteral("672");
        QCOMPARE(p.profileOf(g), 0);
        g.entrezId = QStringLiteral("999");
        QCOMPARE(p.profileOf(g), -1);
        QVERIFY_THROWS_EXCEPTION(OntologyError, GenePhenotypeProfiles::fromAnnotationFiles(
                                                    *ontology(), dir.filePath(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestGenePhenotypeProfiles)
#include "TestGenePhenotypeProfiles.moc"
