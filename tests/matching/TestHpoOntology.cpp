#include "MatchingFixture.h"
#include "matching/OntologyError.h"
#include "matching/SetSimilarity.h"
#include "matching/TermSimilarity.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <zlib.h>

using namespace MatchingFixture;

class TestHpoOntology : public QObject
{
    Q_OBJECT

private:
    // Every observable property of two ontologies is equal.
    static void compareOntologies(const HpoOntology& a, const HpoOntology& b)
    {
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.dataVersion(), a.dataVersion());
        QCOMPARE(b.edgeCount(), a.edgeCount());
        QCOMPARE(b.roots(), a.roots());
        QCOMPARE(b.topologicalOrder(), a.topologicalOrder());
        auto vec = [](std::span<const int> s) { return std::vector<int>(s.begin(), s.end()); };
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b.id(i), a.id(i));
            QCOMPARE(b.name(i), a.name(i));
            QCOMPARE(b.definition(i), a.definition(i));
            QCOMPARE(b.synonyms(i), a.synonyms(i));
            QCOMPARE(b.altIds(i), a.altIds(i));
            QCOMPARE(b.depth(i), a.depth(i));
            QCOMPARE(vec(b.parents(i)), vec(a.parents(i)));
            QCOMPARE(vec(b.children(i)), vec(a.children(i)));
            QCOMPARE(vec(b.ancestors(i)), vec(a.ancestors(i)));
        }
        for (int n = 0; n < 100; ++n) {
            const QString id = QStringLiteral("HP:%1").arg(n, 7, 10, QLatin1Char('0'));
            const TermResolution ra = a.resolve(id);
            const TermResolution rb = b.resolve(id);
            QCOMPARE(rb.status, ra.status);
            QCOMPARE(rb.index, ra.index);
            QCOMPARE(rb.currentId, ra.currentId);
            QCOMPARE(rb.consider, ra.consider);
        }
    }

private slots:
    void loadsTerms()
    {
        const auto o = ontology();
        QCOMPARE(o->size(), 12); // 14 stanzas, 2 obsolete
        QCOMPARE(o->dataVersion(), QStringLiteral("2099-01-01"));
        const int seizure = t("HP:0000020");
        QVERIFY(seizure >= 0);
        QCOMPARE(o->name(seizure), QStringLiteral("Seizure"));
        QVERIFY(o->definition(seizure).startsWith(QStringLiteral("A seizure is")));
        QCOMPARE(o->synonyms(seizure).size(), 2);
        QCOMPARE(o->synonyms(seizure)[1].text, QStringLiteral("Fits"));
        QCOMPARE(o->synonyms(seizure)[1].scope, TermSynonym::Scope::Related);
        QCOMPARE(o->synonyms(seizure)[1].type, QStringLiteral("layperson"));
        QCOMPARE(o->synonyms(t("HP:0000030"))[0].scope, TermSynonym::Scope::Narrow);
        QCOMPARE(o->roots(), std::vector<int>{t("HP:0000001")});
        QCOMPARE(o->altIds(t("HP:0000022")), QStringList{QStringLiteral("HP:0000023")});
    }

    void hierarchy()
    {
        const auto o = ontology();
        const int cc = t("HP:0000042");
        std::vector<int> parents(o->parents(cc).begin(), o->parents(cc).end());
        std::vector<int> expected{t("HP:0000041"), t("HP:0000050")};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(parents, expected);
        std::vector<int> anc(o->ancestors(cc).begin(), o->ancestors(cc).end());
        std::vector<int> expAnc{
            cc, t("HP:0000041"), t("HP:0000050"), t("HP:0000040"), t("HP:0000118"), t("HP:0000001")};
        std::sort(expAnc.begin(), expAnc.end());
        QCOMPARE(anc, expAnc);
        QCOMPARE(o->depth(t("HP:0000001")), 0);
        QCOMPARE(o->depth(cc), 3); // via Congenital abnormality (shortest path)
        QCOMPARE(o->depth(t("HP:0000021")), 4);
        QVERIFY(o->isDescendantOf(t("HP:0000021"), t("HP:0000010")));
        QVERIFY(o->isDescendantOf(t("HP:0000021"), t("HP:0000021")));
        QVERIFY(!o->isDescendantOf(t("HP:0000010"), t("HP:0000021")));
        QCOMPARE(int(o->children(t("HP:0000020")).size()), 2);
    }

    void resolvesAltAndObsoleteIds()
    {
        const auto o = ontology();
        QCOMPARE(o->indexOf(QStringLiteral("HP:0000023")), t("HP:0000022"));
        QCOMPARE(o->resolve(QStringLiteral("HP:0000023")).status, TermResolution::Status::Alternative);
        const TermResolution replaced = o->resolve(QStringLiteral("HP:0000099"));
        QCOMPARE(replaced.status, TermResolution::Status::ReplacedObsolete);
        QCOMPARE(replaced.currentId, QStringLiteral("HP:0000021"));
        QCOMPARE(o->indexOf(QStringLiteral("HP:0000099")), t("HP:0000021"));
        const TermResolution gone = o->resolve(QStringLiteral("HP:0000098"));
        QCOMPARE(gone.status, TermResolution::Status::ObsoleteNoReplacement);
        QCOMPARE(gone.index, -1);
        QCOMPARE(gone.consider, QStringList{QStringLiteral("HP:0000030")});
        QCOMPARE(o->indexOf(QStringLiteral("HP:0000098")), -1);
        QCOMPARE(o->resolve(QStringLiteral("HP:9999999")).status, TermResolution::Status::Unknown);
        QCOMPARE(o->resolve(QStringLiteral("HP:0000020")).status, TermResolution::Status::Current);
    }

    void malformedInputNamesFileAndLine()
    {
        const QByteArray bad =
            "format-version: 1.2\n\n[Term]\nid: HP:1\nname: x\nsynonym: \"unterminated EXACT []\n";
        try {
            HpoOntology::parse(bad, QStringLiteral("bad.obo"));
            QFAIL("no error");
        } catch (const OntologyError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("bad.obo, line 6")), qPrintable(e.message()));
        }
        try {
            HpoOntology::parse("[Term]\nid: HP:1\nis_a: HP:2\n", QStringLiteral("orphan.obo"));
            QFAIL("no error");
        } catch (const OntologyError& e) {
            QVERIFY(e.message().contains(QStringLiteral("HP:2")));
        }
        QVERIFY_THROWS_EXCEPTION(OntologyError, HpoOntology::load(QStringLiteral("/nonexistent/hp.obo")));
    }

    void readsGzipAndCache()
    {
        QFile f(oboPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QTemporaryDir dir;
        const QString gz = dir.filePath(QStringLiteral("hp.obo.gz"));
        gzFile out = gzopen(QFile::encodeName(gz).constData(), "wb");
        gzwrite(out, text.constData(), unsigned(text.size()));
        gzclose(out);
        const HpoOntology fromGz = HpoOntology::load(gz);
        QCOMPARE(fromGz.size(), 12);

        const QString cache = dir.filePath(QStringLiteral("cache"));
        bool fromCache = true;
        HpoOntology first = HpoOntology::loadCached(gz, cache, &fromCache);
        QVERIFY(!fromCache);
        HpoOntology second = HpoOntology::loadCached(gz, cache, &fromCache);
        QVERIFY(fromCache);
        QCOMPARE(second.size(), 12);
        QCOMPARE(second.indexOf(QStringLiteral("HP:0000099")), first.indexOf(QStringLiteral("HP:0000021")));
        QCOMPARE(second.synonyms(second.indexOf(QStringLiteral("HP:0000020")))[1].type,
                 QStringLiteral("layperson"));
        QCOMPARE(std::vector<int>(second.ancestors(5).begin(), second.ancestors(5).end()),
                 std::vector<int>(first.ancestors(5).begin(), first.ancestors(5).end()));
        compareOntologies(first, second);
        QCOMPARE(second.contentDigest(), first.contentDigest());
        QCOMPARE(fromGz.contentDigest(), first.contentDigest());
        // The serialised form round-trips; any truncation of it is rejected.
        HpoOntology copy;
        QVERIFY(HpoOntology::deserialize(first.serialize(), &copy));
        compareOntologies(first, copy);
        const QByteArray blob = first.serialize();
        for (qsizetype cut = 0; cut < blob.size(); cut += 7) {
            QVERIFY(!HpoOntology::deserialize(blob.left(cut), &copy));
        }
        QByteArray flipped = blob;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
        QVERIFY(!HpoOntology::deserialize(flipped, &copy));
        // Corrupt cache files are ignored and rebuilt.
        const QStringList files = QDir(cache).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile c(QDir(cache).filePath(files[0]));
        QVERIFY(c.open(QIODevice::ReadWrite));
        const QByteArray cached = c.readAll();
        c.seek(0);
        c.write(cached.left(cached.indexOf('\n') + 1) + QByteArray(64, 'x'));
        c.close();
        HpoOntology third = HpoOntology::loadCached(gz, cache, &fromCache);
        QVERIFY(!fromCache);
        QCOMPARE(third.size(), 12);
        compareOntologies(first, third);
        // A cache file cut short (e.g. a full disk) is ignored too.
        QVERIFY(c.open(QIODevice::WriteOnly | QIODevice::Truncate));
        c.write(cached.left(cached.size() - 100));
        c.close();
        HpoOntology truncated = HpoOntology::loadCached(gz, cache, &fromCache);
        QVERIFY(!fromCache);
        compareOntologies(first, truncated);
        // A changed source invalidates the cache.
        const QByteArray changed = text + "\n[Term]\nid: HP:0000060\nname: New term\nis_a: HP:0000118\n";
        out = gzopen(QFile::encodeName(gz).constData(), "wb");
        gzwrite(out, changed.constData(), unsigned(changed.size()));
        gzclose(out);
        HpoOntology fourth = HpoOntology::loadCached(gz, cache, &fromCache);
        QVERIFY(!fromCache);
        QCOMPARE(fourth.size(), 13);
    }

    void informationContent()
    {
        const auto& c = *ic();
        QCOMPARE(c.entityCount(), 4);
        QCOMPARE(c.annotationCount(t("HP:0000020")), 3);
        QCOMPARE(c.annotationCount(t("HP:0000041")), 2);
        QCOMPARE(c.annotationCount(t("HP:0000050")), 1);
        QCOMPARE(c.ic(t("HP:0000001")), 0.0);
        QVERIFY(qFuzzyCompare(c.ic(t("HP:0000020")), std::log(4.0 / 3.0)));
        QVERIFY(qFuzzyCompare(c.ic(t("HP:0000021")), std::log(4.0)));
        QVERIFY(qFuzzyCompare(c.ic(t("HP:0000030")), std::log(2.0)));
        QVERIFY(qFuzzyCompare(c.ic(t("HP:0000005")), std::log(4.0))); // unannotated -> max
        // Corpus of patients: 2 cases.
        const InformationContent own = InformationContent::fromPatients(
            *ontology(), {patient(QStringLiteral("a"), {QStringLiteral("HP:0000021")}),
                          patient(QStringLiteral("b"), {QStringLiteral("HP:0000030")}, {}, {},
                                  {QStringLiteral("HP:0000021")})});
        QCOMPARE(own.entityCount(), 2);
        QCOMPARE(own.annotationCount(t("HP:0000021")), 1); // excluded terms do not count
        QVERIFY(qFuzzyCompare(own.ic(t("HP:0000020")), std::log(2.0)));
    }

    void informationContentFromAnnotationFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& content) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        // Diseases are the union of both files; a disease repeats terms once per gene and file.
        write(QStringLiteral("genes_to_phenotype.txt"),
              "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n"
              "1\tG1\tHP:0000021\tFocal seizure\t-\tOMIM:1\n"
              "2\tG2\tHP:0000021\tFocal seizure\t-\tOMIM:1\n"
              "2\tG2\tHP:0000041\tCataract\t-\tOMIM:1\n"
              "3\tG3\tHP:0000023\tGeneralized seizure (alt id)\t-\tOMIM:2\n"
              "4\tG4\tHP:9999999\tunknown\t-\tOMIM:9\n" // unknown term: OMIM:9 never counted
              "5\tG5\tHP:0000030\tAtaxia\t-\t\n"        // no disease id
              "6\tG6\tHP:0000030\tAtaxia\n");           // short line
        write(QStringLiteral("phenotype.hpoa"),
              "#description: test\n"
              "database_id\tdisease_name\tqualifier\thpo_id\treference\n"
              "ORPHA:3\tD3\t\tHP:0000030\tPMID:1\n"
              "ORPHA:3\tD3\t\tHP:0000042\tPMID:1\n"
              "ORPHA:3\tD3\tNOT\tHP:0000020\tPMID:1\n" // NOT: skipped
              "OMIM:1\tD1\t\tHP:0000021\tPMID:2\n"
              "ORPHA:4\tD4\t\tHP:0000099\tPMID:3\n" // obsolete, replaced by HP:0000021
              "ORPHA:4\tD4\t\tHP:0000030\tPMID:3\n");
        const InformationContent c = InformationContent::fromAnnotationFiles(*ontology(), dir.path());
        QCOMPARE(c.entityCount(), 4); // OMIM:1, OMIM:2, ORPHA:3, ORPHA:4
        QCOMPARE(c.annotationCount(t("HP:0000021")), 2);
        QCOMPARE(c.annotationCount(t("HP:0000022")), 1);
        QCOMPARE(c.annotationCount(t("HP:0000020")), 3);
        QCOMPARE(c.annotationCount(t("HP:0000030")), 2);
        QCOMPARE(c.annotationCount(t("HP:0000041")), 2); // Cataract and Congenital cataract
        QCOMPARE(c.annotationCount(t("HP:0000001")), 4);
        QVERIFY(qFuzzyCompare(c.ic(t("HP:0000020")), std::log(4.0 / 3.0)));

        // Through the cache: the same values; any change of a file or of the ontology rebuilds it.
        const QString cache = dir.filePath(QStringLiteral("cache"));
        auto sameAs = [&](const InformationContent& a, const InformationContent& b) {
            return a.values() == b.values() && a.entityCount() == b.entityCount() && a.maxIc() == b.maxIc() &&
                   [&] {
                       for (int i = 0; i < ontology()->size(); ++i) {
                           if (a.annotationCount(i) != b.annotationCount(i)) {
                               return false;
                           }
                       }
                       return true;
                   }();
        };
        bool fromCache = true;
        QVERIFY(sameAs(InformationContent::loadCached(*ontology(), dir.path(), cache, &fromCache), c));
        QVERIFY(!fromCache);
        QVERIFY(sameAs(InformationContent::loadCached(*ontology(), dir.path(), cache, &fromCache), c));
        QVERIFY(fromCache);
        const QStringList files = QDir(cache).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile blob(QDir(cache).filePath(files[0]));
        QVERIFY(blob.open(QIODevice::ReadWrite));
        const QByteArray content = blob.readAll();
        blob.seek(content.size() - 3);
        blob.write("xyz");
        blob.close();
        QVERIFY(sameAs(InformationContent::loadCached(*ontology(), dir.path(), cache, &fromCache), c));
        QVERIFY(!fromCache); // corrupt: recomputed
        write(QStringLiteral("phenotype.hpoa"), "database_id\tdisease_name\tqualifier\thpo_id\treference\n"
                                                "ORPHA:5\tD5\t\tHP:0000030\tPMID:1\n");
        const InformationContent changed =
            InformationContent::loadCached(*ontology(), dir.path(), cache, &fromCache);
        QVERIFY(!fromCache);
        QVERIFY(sameAs(changed, InformationContent::fromAnnotationFiles(*ontology(), dir.path())));
        QCOMPARE(changed.entityCount(), 3);
        // Another ontology (one more term) keys another cache entry.
        QFile obo(oboPath());
        QVERIFY(obo.open(QIODevice::ReadOnly));
        const HpoOntology bigger =
            HpoOntology::parse(obo.readAll() + "\n[Term]\nid: HP:0000060\nname: New\nis_a: HP:0000118\n",
                               QStringLiteral("bigger.obo"));
        QVERIFY(bigger.contentDigest() != ontology()->contentDigest());
        const InformationContent other =
            InformationContent::loadCached(bigger, dir.path(), cache, &fromCache);
        QVERIFY(!fromCache);
        QCOMPARE(int(other.values().size()), bigger.size());
        QVERIFY_THROWS_EXCEPTION(OntologyError, InformationContent::fromAnnotationFiles(
                                                    *ontology(), dir.filePath(QStringLiteral("missing"))));
    }

    void termSimilarity()
    {
        TermSimilarity sim(*ontology(), *ic());
        const int focal = t("HP:0000021"), gen = t("HP:0000022"), cat = t("HP:0000041"), cc = t("HP:0000042");
        QCOMPARE(sim.mica(focal, gen), t("HP:0000020"));
        QCOMPARE(sim.mica(cc, t("HP:0000050")), t("HP:0000050"));
        QCOMPARE(sim.mica(cc, cat), cat);
        const double ln43 = std::log(4.0 / 3.0), ln4 = std::log(4.0), ln2 = std::log(2.0);
        QVERIFY(std::abs(sim.resnik(focal, gen) - ln43) < 1e-6);
        QVERIFY(std::abs(sim.lin(focal, gen) - 2 * ln43 / (2 * ln4)) < 1e-6);
        QVERIFY(std::abs(sim.jiangConrath(focal, gen) - 1.0 / (1.0 + 2 * ln4 - 2 * ln43)) < 1e-6);
        QVERIFY(std::abs(sim.resnik(cc, cat) - ln2) < 1e-6);
        QCOMPARE(sim.resnik(focal, cat), 0.0);
        QVERIFY(std::abs(sim.lin(focal, focal) - 1.0) < 1e-6);
        // Whole rows agree with pairwise values.
        std::vector<float> row(static_cast<size_t>(ontology()->size()));
        for (int a = 0; a < ontology()->size(); ++a) {
            sim.resnikRow(a, row.data());
            for (int b = 0; b < ontology()->size(); ++b) {
                QVERIFY(std::abs(double(row[size_t(b)]) - sim.resnik(a, b)) < 1e-6);
            }
        }
    }

    void setSimilarity()
    {
        TermSimilarity sim(*ontology(), *ic());
        const std::vector<int> q{t("HP:0000021"), t("HP:0000041")};
        std::vector<int> c{t("HP:0000022"), t("HP:0000042")};
        std::sort(c.begin(), c.end());
        const double ln43 = std::log(4.0 / 3.0), ln4 = std::log(4.0), ln2 = std::log(2.0);
        QVERIFY(std::abs(SetSimilarity::bestMatchAverage(sim, q, c) - (ln43 + ln2) / 2) < 1e-6);
        QVERIFY(std::abs(SetSimilarity::queryToCaseAverage(sim, q, c) - (ln43 + ln2) / 2) < 1e-6);
        const double inter = ln43 + 2 * ln2;
        QVERIFY(std::abs(SetSimilarity::simGic(sim, q, c) - inter / (inter + 4 * ln4)) < 1e-6);
        QVERIFY(std::abs(SetSimilarity::unionIntersection(*ontology(), q, c) - 0.6) < 1e-9);
        QCOMPARE(SetSimilarity::jaccard(q, c), 0.0);
        std::vector<int> c2{t("HP:0000021"), t("HP:0000042")};
        std::sort(c2.begin(), c2.end());
        QVERIFY(std::abs(SetSimilarity::jaccard(q, c2) - 1.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(SetSimilarity::queryShare(q, c2) - 0.5) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestHpoOntology)
#include "TestHpoOntology.moc"
