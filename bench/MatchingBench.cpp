// matchdesk-bench-matching: figures for the matching engine (issue 3).
//   load ms (median), search p95, term pairs per second, one query vs 100k cases.
//   Load figures: "load + indexes" = HpoOntology + TermSearch (cold from hp.obo.gz, and through the
//   binary cache); "ontology (cache) + search + IC" = what the desktop app waits for, sequential and
//   with the search index and IC built on two threads, with the IC from the annotation files or
//   through InformationContent::loadCached.
// Usage: matchdesk-bench-matching [--json] [--quick]
//        matchdesk-bench-matching eval [options of matchdesk-cli eval]
#include "EvalCommand.h"
#include "core/DataPaths.h"
#include "formats/PhenopacketReader.h"
#include "matching/CaseIndex.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "matching/InformationContent.h"
#include "matching/TermSearch.h"
#include "matching/TermSimilarity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <random>
#include <thread>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args.at(1) == QLatin1String("eval")) {
        // Same as `matchdesk-cli eval ...` (handy when only the matching targets are built).
        QStringList sub = args.mid(1);
        sub[0] = QStringLiteral("matchdesk-bench-matching eval");
        return EvalCommand().run(sub);
    }
    const bool json = args.contains(QStringLiteral("--json"));
    const bool quick = args.contains(QStringLiteral("--quick"));
    QTextStream out(stdout);
    QJsonObject result;
    const QString hpoDir = DataPaths::hpoDir();
    const QString obo = hpoDir + QStringLiteral("/hp.obo.gz");
    const int runs = quick ? 3 : 7;

    // 1. Load + indexes (ontology, closure, search index), without and with the binary cache.
    std::vector<double> cold, warm;
    QTemporaryDir cacheDir;
    std::vector<double> parseOnly, searchOnly;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto o = std::make_shared<const HpoOntology>(HpoOntology::load(obo));
        parseOnly.push_back(double(t.nsecsElapsed()) / 1e6);
        QElapsedTimer ts;
        ts.start();
        TermSearch search(o);
        searchOnly.push_back(double(ts.nsecsElapsed()) / 1e6);
        cold.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    result[QStringLiteral("parseMsMedian")] = median(parseOnly);
    result[QStringLiteral("searchIndexMsMedian")] = median(searchOnly);
    {
        bool fromCache = false;
        HpoOntology::loadCached(obo, cacheDir.path(), &fromCache); // fill the cache
    }
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        bool fromCache = false;
        auto o =
            std::make_shared<const HpoOntology>(HpoOntology::loadCached(obo, cacheDir.path(), &fromCache));
        TermSearch search(o);
        warm.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // 1b. What the desktop app needs before it can score: ontology (through the cache), search index
    // and information content; one after the other, and with the search index and the IC built at
    // the same time on the two cores (both need only the ontology); the IC computed from the
    // annotation files (what the app does today) or through the IC cache.
    std::vector<double> guiSequential, guiParallel, guiIcCache, guiIcCacheParallel;
    InformationContent::loadCached(
        *std::make_shared<const HpoOntology>(HpoOntology::loadCached(obo, cacheDir.path())), hpoDir,
        cacheDir.path()); // fill the IC cache
    for (int r = 0; r < runs; ++r) {
        for (const bool icCache : {false, true}) {
            auto computeIc = [&](const HpoOntology& o) {
                return icCache ? InformationContent::loadCached(o, hpoDir, cacheDir.path())
                               : InformationContent::fromAnnotationFiles(o, hpoDir);
            };
            QElapsedTimer t;
            t.start();
            auto o = std::make_shared<const HpoOntology>(HpoOntology::loadCached(obo, cacheDir.path()));
            TermSearch search(o);
            const InformationContent icData = computeIc(*o);
            (icCache ? guiIcCache : guiSequential).push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            auto o2 = std::make_shared<const HpoOntology>(HpoOntology::loadCached(obo, cacheDir.path()));
            InformationContent ic2;
            std::thread icThread([&] { ic2 = computeIc(*o2); });
            TermSearch search2(o2);
            icThread.join();
            (icCache ? guiIcCacheParallel : guiParallel).push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    result[QStringLiteral("guiReadyMsMedian")] = median(guiSequential);
    result[QStringLiteral("guiReadyParallelMsMedian")] = median(guiParallel);
    result[QStringLiteral("guiReadyIcCacheMsMedian")] = median(guiIcCache);
    result[QStringLiteral("guiReadyIcCacheParallelMsMedian")] = median(guiIcCacheParallel);

    auto ontology = std::make_shared<const HpoOntology>(HpoOntology::load(obo));
    QElapsedTimer icTimer;
    icTimer.start();
    auto ic = std::make_shared<const InformationContent>(
        InformationContent::fromAnnotationFiles(*ontology, hpoDir));
    const double icMs = double(icTimer.nsecsElapsed()) / 1e6;
    auto profiles = std::make_shared<const GenePhenotypeProfiles>(
        GenePhenotypeProfiles::fromAnnotationFiles(*ontology, hpoDir));
    result[QStringLiteral("terms")] = ontology->size();
    result[QStringLiteral("loadMsMedian")] = median(cold);
    result[QStringLiteral("loadCachedMsMedian")] = median(warm);
    result[QStringLiteral("icBuildMs")] = icMs;

    // 2. Search p95 over keystroke-length queries (prefixes of random labels, plus typos).
    TermSearch search(ontology);
    std::mt19937_64 rng(42);
    std::vector<double> searchMs;
    QStringList queries;
    for (int i = 0; i < 200; ++i) {
        const QString label = ontology->name(int(rng() % uint64_t(ontology->size())));
        for (int len = 1; len <= std::min<int>(12, int(label.size())); ++len) {
            queries << label.left(len);
        }
        if (label.size() > 6) {
            QString typo = label.left(8);
            typo[3] = QLatin1Char('x');
            queries << typo;
        }
    }
    int hits = 0;
    for (const QString& q : queries) {
        QElapsedTimer t;
        t.start();
        hits += int(search.search(q, 20).size());
        searchMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    result[QStringLiteral("searchQueries")] = int(queries.size());
    result[QStringLiteral("searchP50Ms")] = percentile(searchMs, 0.5);
    result[QStringLiteral("searchP95Ms")] = percentile(searchMs, 0.95);

    // 2b. The same with the French HPO translations loaded (labels + synonyms in the same index):
    // English queries as above plus keystroke prefixes of French labels.
    QElapsedTimer frTimer;
    frTimer.start();
    const HpoTranslations fr =
        HpoTranslations::load(ontology, QStringLiteral("fr"), HpoTranslations::defaultDirectory());
    const double frLoadMs = double(frTimer.nsecsElapsed()) / 1e6;
    frTimer.restart();
    TermSearch frSearch(ontology);
    fr.addTo(frSearch);
    const double frIndexMs = double(frTimer.nsecsElapsed()) / 1e6;
    QStringList frQueries = queries;
    for (int i = 0; i < 200; ++i) {
        const QString label = fr.displayLabel(int(rng() % uint64_t(ontology->size())));
        for (int len = 1; len <= std::min<int>(12, int(label.size())); ++len) {
            frQueries << label.left(len);
        }
    }
    std::vector<double> frSearchMs;
    for (const QString& q : frQueries) {
        QElapsedTimer t;
        t.start();
        hits += int(frSearch.search(q, 20).size());
        frSearchMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    result[QStringLiteral("frTranslationsLoadMs")] = frLoadMs;
    result[QStringLiteral("frSearchIndexMs")] = frIndexMs;
    result[QStringLiteral("frSearchEntries")] = frSearch.entryCount();
    result[QStringLiteral("frSearchQueries")] = int(frQueries.size());
    result[QStringLiteral("frSearchP50Ms")] = percentile(frSearchMs, 0.5);
    result[QStringLiteral("frSearchP95Ms")] = percentile(frSearchMs, 0.95);

    // 3. Term-pair similarity throughput (one core).
    TermSimilarity sim(*ontology, *ic);
    std::vector<int> pheno;
    const int root = ontology->indexOf(QStringLiteral("HP:0000118"));
    for (int t = 0; t < ontology->size(); ++t) {
        if (ontology->isDescendantOf(t, root)) {
            pheno.push_back(t);
        }
    }
    const int pairs = quick ? 2'000'000 : 10'000'000;
    std::vector<std::pair<int, int>> sample(static_cast<size_t>(pairs));
    for (auto& pr : sample) {
        pr = {pheno[rng() % pheno.size()], pheno[rng() % pheno.size()]};
    }
    QElapsedTimer pt;
    pt.start();
    double sink = 0;
    for (const auto& pr : sample) {
        sink += sim.resnik(pr.first, pr.second);
    }
    const double randomPairsPerSec = pairs / (double(pt.nsecsElapsed()) / 1e9);
    // The same with each kernel the CPU offers (the default above is the best of them).
    QJsonObject byKernel;
    const TermSimilarity::Kernel defaultKernel = sim.kernel();
    for (const TermSimilarity::Kernel k : TermSimilarity::availableKernels()) {
        sim.setKernel(k);
        pt.restart();
        for (const auto& pr : sample) {
            sink += sim.resnik(pr.first, pr.second);
        }
        const QString name = k == TermSimilarity::Kernel::Avx2   ? QStringLiteral("avx2")
                             : k == TermSimilarity::Kernel::Sse2 ? QStringLiteral("sse2")
                                                                 : QStringLiteral("portable");
        byKernel[name] = pairs / (double(pt.nsecsElapsed()) / 1e9);
    }
    sim.setKernel(defaultKernel);
    // Cross-check the fast MICA against the definition (IC desc, depth desc, index asc) on a subset.
    int micaMismatches = 0;
    for (size_t i = 0; i < std::min<size_t>(sample.size(), 200'000); ++i) {
        const auto [a, b] = sample[i];
        const auto aa = ontology->ancestors(a);
        const auto ab = ontology->ancestors(b);
        int ref = -1;
        for (int x : aa) {
            if (!std::binary_search(ab.begin(), ab.end(), x)) {
                continue;
            }
            if (ref < 0 || sim.ic(x) > sim.ic(ref) ||
                (sim.ic(x) == sim.ic(ref) && ontology->depth(x) > ontology->depth(ref))) {
                ref = x;
            }
        }
        micaMismatches += sim.mica(a, b) != ref;
    }
    // Row-wise, like the Rust hpo benchmark (17,245 x 1,000 pairs): sim(a, t) for all t per pass.
    const int rowsN = quick ? 200 : 1000;
    std::vector<float> row(static_cast<size_t>(ontology->size()));
    pt.restart();
    for (int i = 0; i < rowsN; ++i) {
        sim.resnikRow(pheno[rng() % pheno.size()], row.data());
        sink += double(row[size_t(i)]);
    }
    const double rowPairsPerSec = double(rowsN) * ontology->size() / (double(pt.nsecsElapsed()) / 1e9);
    result[QStringLiteral("randomPairsPerSecond")] = randomPairsPerSec;
    result[QStringLiteral("randomPairsPerSecondByKernel")] = byKernel;
    result[QStringLiteral("rowPairsPerSecond")] = rowPairsPerSec;
    result[QStringLiteral("micaMismatches")] = micaMismatches;

    // 4. One 10-term query against 100,000 cases resampled from the dev set (combined measure).
    PhenopacketReadOptions ro;
    ro.skipInvalid = true;
    ro.ontology = ontology.get();
    const QList<Patient> dev =
        PhenopacketReader::readFile(DataPaths::phenopacketsDir() + QStringLiteral("/dev.jsonl.gz"), ro)
            .patients;
    CaseIndex index(ontology, ic, profiles);
    const int nCases = quick ? 20000 : 100000;
    QElapsedTimer bt;
    bt.start();
    for (int i = 0; i < nCases; ++i) {
        Patient p = dev[int(rng() % uint64_t(dev.size()))];
        p.localId = QStringLiteral("case-%1").arg(i);
        index.addCase(p);
    }
    const double buildMs = double(bt.nsecsElapsed()) / 1e6;
    std::vector<double> qms, qms1;
    for (int r = 0; r < (quick ? 5 : 15); ++r) {
        Patient q;
        q.localId = QStringLiteral("query");
        while (q.features.size() < 10) {
            PhenotypeFeature f;
            f.termId = ontology->id(pheno[rng() % pheno.size()]);
            q.features.append(f);
        }
        QElapsedTimer t;
        t.start();
        const auto top = index.topMatches(q, 20);
        qms.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const auto scores = index.phenotypeScores(q, index.options(), 1);
        qms1.push_back(double(t.nsecsElapsed()) / 1e6);
        sink += top.isEmpty() ? 0 : top.first().score + double(scores[0]);
    }
    result[QStringLiteral("cases")] = nCases;
    result[QStringLiteral("indexBuildMs")] = buildMs;
    result[QStringLiteral("query100kMsMedian")] = median(qms);
    result[QStringLiteral("query100kMsMedian1Thread")] = median(qms1);
    result[QStringLiteral("threads")] = int(std::thread::hardware_concurrency());
    result[QStringLiteral("checksum")] = sink + hits;

    if (json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        out << "HPO terms                         " << ontology->size() << "\n"
            << "load + indexes (obo.gz, median)   " << median(cold) << " ms\n"
            << "  of which parse / search index   " << median(parseOnly) << " / " << median(searchOnly)
            << " ms\n"
            << "load + indexes (cache, median)    " << median(warm) << " ms\n"
            << "IC from annotations               " << icMs << " ms\n"
            << "ontology (cache) + search + IC    " << median(guiSequential) << " ms, " << median(guiParallel)
            << " ms with search index and IC on two threads\n"
            << "  the same with the IC cache      " << median(guiIcCache) << " ms, "
            << median(guiIcCacheParallel) << " ms on two threads\n"
            << "search p50 / p95                  " << percentile(searchMs, 0.5) << " / "
            << percentile(searchMs, 0.95) << " ms over " << queries.size() << " queries\n"
            << "French HPO load / index (+fr)     " << frLoadMs << " / " << frIndexMs << " ms, "
            << frSearch.entryCount() << " entries\n"
            << "search p50 / p95 with French      " << percentile(frSearchMs, 0.5) << " / "
            << percentile(frSearchMs, 0.95) << " ms over " << frQueries.size() << " queries\n"
            << "term pairs/s (random MICA, 1 core) " << randomPairsPerSec / 1e6 << " M";
        for (auto it = byKernel.begin(); it != byKernel.end(); ++it) {
            out << (it == byKernel.begin() ? " (" : ", ") << it.key() << " " << it.value().toDouble() / 1e6;
        }
        out << (byKernel.isEmpty() ? "\n" : ")\n") << "term pairs/s (row-wise, 1 core)    "
            << rowPairsPerSec / 1e6 << " M\n"
            << "MICA mismatches vs reference       " << micaMismatches << "\n"
            << "index build (" << nCases << " cases)        " << buildMs << " ms\n"
            << "10-term query vs " << nCases << " cases     " << median(qms) << " ms (top 20, "
            << std::thread::hardware_concurrency() << " threads), " << median(qms1)
            << " ms phenotype 1 thread\n";
    }
    return 0;
}
