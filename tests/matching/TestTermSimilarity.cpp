#include "TestConfig.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"
#include "matching/TermSimilarity.h"

#include <QTest>
#include <algorithm>
#include <random>

namespace {

// The MICA by its definition: among the common ancestors, highest IC, then greatest depth, then
// lowest index; -1 without a common ancestor.
int referenceMica(const HpoOntology& o, const TermSimilarity& sim, int a, int b)
{
    const auto aa = o.ancestors(a);
    const auto ab = o.ancestors(b);
    int best = -1;
    for (int x : aa) {
        if (!std::binary_search(ab.begin(), ab.end(), x)) {
            continue;
        }
        if (best < 0 || sim.ic(x) > sim.ic(best) ||
            (sim.ic(x) == sim.ic(best) && o.depth(x) > o.depth(best))) {
            best = x;
        }
    }
    return best;
}

QString id(int n)
{
    return QStringLiteral("HP:%1").arg(n, 7, 10, QLatin1Char('0'));
}

// A random ontology with two roots (pairs across them share no ancestor), long is_a chains (terms
// with dozens of ancestors) and many terms that share one IC value (no annotation: maximum IC).
HpoOntology randomOntology(int n, std::mt19937& rng)
{
    QByteArray obo = "format-version: 1.2\ndata-version: test\n\n";
    const int secondRoot = n - n / 8;
    for (int i = 0; i < n; ++i) {
        obo += "[Term]\nid: " + id(i).toLatin1() + "\nname: term " + QByteArray::number(i) + "\n";
        if (i == 0 || i == secondRoot) {
            continue;
        }
        const int first = i < secondRoot ? 0 : secondRoot;
        const int span = i - first;
        const int parents = 1 + int(rng() % 3);
        for (int k = 0; k < parents; ++k) {
            // Mostly a recent term (deep chains), sometimes any earlier one (wide sharing).
            const int back = rng() % 4 == 0 ? 1 + int(rng() % unsigned(span))
                                            : 1 + int(rng() % unsigned(std::min(span, 6)));
            obo += "is_a: " + id(i - back).toLatin1() + "\n";
        }
    }
    return HpoOntology::parse(obo, QStringLiteral("random.obo"));
}

void compareAllKernels(const HpoOntology& o, TermSimilarity& sim,
                       const std::vector<std::pair<int, int>>& pairs)
{
    std::vector<int> expected;
    expected.reserve(pairs.size());
    for (const auto& [a, b] : pairs) {
        expected.push_back(referenceMica(o, sim, a, b));
    }
    const auto kernels = TermSimilarity::availableKernels();
    QVERIFY(!kernels.empty());
    for (const TermSimilarity::Kernel k : kernels) {
        QVERIFY(sim.setKernel(k));
        for (size_t i = 0; i < pairs.size(); ++i) {
            const auto [a, b] = pairs[i];
            const int got = sim.mica(a, b);
            const double resnik = expected[i] < 0 ? 0.0 : sim.ic(expected[i]);
            if (got != expected[i] || sim.resnik(a, b) != resnik) {
                QFAIL(qPrintable(QStringLiteral("kernel %1: mica(%2, %3) = %4, expected %5")
                                     .arg(int(k))
                                     .arg(o.id(a), o.id(b))
                                     .arg(got)
                                     .arg(expected[i])));
            }
        }
    }
}

} // namespace

class TestTermSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void kernelsAreReported()
    {
        const auto kernels = TermSimilarity::availableKernels();
        QCOMPARE(kernels.front(), TermSimilarity::Kernel::Portable);
        HpoOntology o = HpoOntology::parse("[Term]\nid: HP:0000001\nname: all\n", QStringLiteral("one.obo"));
        const InformationContent ic = InformationContent::fromEntities(o, {{0}});
        TermSimilarity sim(o, ic);
        QCOMPARE(sim.kernel(), kernels.back()); // the best one available is the default
        for (const TermSimilarity::Kernel k : kernels) {
            QVERIFY(sim.setKernel(k));
            QCOMPARE(sim.kernel(), k);
            QCOMPARE(sim.mica(0, 0), 0);
        }
    }

    void everyPairOfARandomOntologyMatchesTheDefinition()
    {
        std::mt19937 rng(2024);
        for (const int n : {60, 450}) { // below and above the number of general (bitmap) ranks
            const HpoOntology o = randomOntology(n, rng);
            QCOMPARE(o.size(), n);
            std::vector<std::vector<int>> entities(40);
            for (auto& e : entities) {
                for (int k = 0, m = 1 + int(rng() % 4); k < m; ++k) {
                    e.push_back(int(rng() % unsigned(n / 2))); // the later half stays unannotated
                }
            }
            const InformationContent ic = InformationContent::fromEntities(o, entities);
            TermSimilarity sim(o, ic);
            size_t longest = 0;
            std::vector<std::pair<int, int>> pairs;
            for (int a = 0; a < n; ++a) {
                longest = std::max(longest, o.ancestors(a).size());
                for (int b = 0; b < n; ++b) {
                    pairs.emplace_back(a, b);
                }
            }
            if (n > TermSimilarity::kGeneralRanks) {
                QVERIFY2(longest > 40, "the random ontology should have terms with long ancestor lists");
            }
            compareAllKernels(o, sim, pairs);
        }
    }

    void randomPairsOfTheHpoMatchTheDefinition()
    {
        const QString dir = QStringLiteral(MATCHDESK_TEST_SHARED_DATA_DIR "/hpo");
        const HpoOntology o = HpoOntology::load(dir + QStringLiteral("/hp.obo.gz"));
        const InformationContent ic = InformationContent::fromAnnotationFiles(o, dir);
        TermSimilarity sim(o, ic);
        std::mt19937 rng(7);
        std::vector<std::pair<int, int>> pairs;
        for (int i = 0; i < 100000; ++i) {
            pairs.emplace_back(int(rng() % unsigned(o.size())), int(rng() % unsigned(o.size())));
        }
        // Related pairs too (a term and one of its ancestors' other descendants share specific ancestors).
        for (int i = 0; i < 50000; ++i) {
            const int a = int(rng() % unsigned(o.size()));
            const auto anc = o.ancestors(a);
            const int up = anc[rng() % anc.size()];
            const auto kids = o.children(up);
            pairs.emplace_back(a, kids.empty() ? up : kids[rng() % kids.size()]);
        }
        compareAllKernels(o, sim, pairs);
    }
};

QTEST_GUILESS_MAIN(TestTermSimilarity)
#include "TestTermSimilarity.moc"
