#include "NodeMatchEngine.h"

#include "matching/GenotypeMatcher.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"
#include "matching/PatientScorer.h"
#include "matching/SetSimilarity.h"

#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>

NodeMatchEngine::NodeMatchEngine(std::shared_ptr<const HpoOntology> ontology,
                                 std::shared_ptr<const InformationContent> ic,
                                 std::shared_ptr<const GenePhenotypeProfiles> geneProfiles, Options options)
    : m_ontology(std::move(ontology))
    , m_ic(std::move(ic))
    , m_scorer(std::make_unique<PatientScorer>(m_ontology, m_ic, std::move(geneProfiles)))
    , m_options(options)
{}

NodeMatchEngine::~NodeMatchEngine() = default;

void NodeMatchEngine::build(QList<Patient> cases)
{
    m_cases = std::move(cases);
    const size_t n = size_t(m_cases.size());
    m_profiles.clear();
    m_profiles.reserve(n);
    m_caseInformativeIc.assign(n, 0.f);
    m_termPostings.assign(size_t(m_ontology->size()), {});
    m_genePostings.clear();
    for (int c = 0; c < int(n); ++c) {
        const Patient& p = m_cases[c];
        PhenotypeProfile profile = PhenotypeProfile::fromPatient(*m_ontology, p);
        profile.unresolved.clear();
        double informative = 0;
        for (int t : SetSimilarity::closure(*m_ontology, profile.observed)) {
            const double ic = m_ic->ic(t);
            if (ic >= m_options.informativeIc) {
                m_termPostings[size_t(t)].push_back(c);
                informative += ic;
            }
        }
        m_caseInformativeIc[size_t(c)] = float(informative);
        m_profiles.push_back(std::move(profile));
        QSet<QString> keys;
        for (const Variant& v : p.variants) {
            for (const QString& k : GenotypeMatcher::geneKeys(v.gene)) {
                keys.insert(k);
            }
        }
        for (const QString& k : keys) {
            m_genePostings[k].push_back(c);
        }
    }
    for (auto& postings : m_termPostings) {
        postings.shrink_to_fit();
    }
}

QList<NodeMatchEngine::Scored> NodeMatchEngine::topMatches(const Patient& query, int n, double minScore,
                                                           const std::function<bool(int)>& exclude,
                                                           Stats* stats) const
{
    QList<Scored> out;
    if (n <= 0 || m_cases.isEmpty()) {
        return out;
    }
    // Per-thread scratch space, reused across requests; only touched entries are reset.
    thread_local std::vector<float> shared;
    thread_local std::vector<char> mark; // touched / scheduled / gene candidate bits
    thread_local std::vector<int> touched;
    if (shared.size() < size_t(m_cases.size())) {
        shared.assign(size_t(m_cases.size()), 0.f);
        mark.assign(size_t(m_cases.size()), 0);
    }
    touched.clear();

    // Phenotype candidates: IC shared over the informative closure terms, from the postings.
    const PhenotypeProfile queryProfile = PhenotypeProfile::fromPatient(*m_ontology, query);
    double queryInformativeIc = 0;
    for (int t : SetSimilarity::closure(*m_ontology, queryProfile.observed)) {
        const double ic = m_ic->ic(t);
        if (ic < m_options.informativeIc) {
            continue;
        }
        queryInformativeIc += ic;
        for (int c : m_termPostings[size_t(t)]) {
            if (!mark[size_t(c)]) {
                mark[size_t(c)] = 1; // touched
                touched.push_back(c);
            }
            shared[size_t(c)] += float(ic);
        }
    }
    const int phenotypeCandidates = int(touched.size());
    std::vector<std::pair<float, int>> ranked;
    ranked.reserve(touched.size());
    for (int c : touched) {
        const double inter = shared[size_t(c)];
        // Both directions, as the library's best-match average: the share of the query's
        // information the case carries and the share of the case's the query carries.
        const double caseIc = double(m_caseInformativeIc[size_t(c)]);
        ranked.emplace_back(float(0.5 * (inter / queryInformativeIc + (caseIc > 0 ? inter / caseIc : 0.0))),
                            c);
    }
    bool queryHasGenes = false;
    for (const Variant& v : query.variants) {
        queryHasGenes = queryHasGenes || !v.gene.isEmpty();
    }
    const size_t limit = size_t(
        std::max(0, queryHasGenes ? m_options.phenotypeCandidatesWithGene : m_options.phenotypeCandidates));
    if (ranked.size() > limit) {
        std::nth_element(ranked.begin(), ranked.begin() + qsizetype(limit), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        ranked.resize(limit);
    }
    constexpr char kTouched = 1, kScheduled = 2, kGene = 4;
    std::vector<int> candidates;
    candidates.reserve(ranked.size());
    for (const auto& r : ranked) {
        candidates.push_back(r.second);
        mark[size_t(r.second)] |= kScheduled;
    }
    // Gene candidates: every case sharing a gene identifier with the query.
    int geneCandidates = 0;
    for (const Variant& v : query.variants) {
        for (const QString& k : GenotypeMatcher::geneKeys(v.gene)) {
            const auto it = m_genePostings.constFind(k);
            if (it == m_genePostings.constEnd()) {
                continue;
            }
            for (int c : *it) {
                char& m = mark[size_t(c)];
                if (!(m & kTouched)) {
                    touched.push_back(c);
                }
                if (!(m & kScheduled)) {
                    candidates.push_back(c);
                }
                geneCandidates += (m & kGene) ? 0 : 1;
                m |= kTouched | kScheduled | kGene;
            }
        }
    }
    if (stats) {
        stats->geneCandidates = geneCandidates;
        stats->phenotypeCandidates = phenotypeCandidates;
        stats->scored = int(candidates.size());
    }
    for (int c : touched) {
        shared[size_t(c)] = 0.f;
        mark[size_t(c)] = 0;
    }

    // Library scoring of the candidates (PatientScorer::score with the prepared profiles), in
    // chunks on the global thread pool when there are many.
    const auto round4 = [](double x) { return std::round(x * 10000.0) / 10000.0; };
    const bool queryHasPhenotype = !queryProfile.observed.empty();
    std::vector<Scored> results(candidates.size());
    const auto scoreRange = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            const int c = candidates[i];
            if (exclude && exclude(c)) {
                continue;
            }
            const Patient& p = m_cases[c];
            const PhenotypeProfile& profile = m_profiles[size_t(c)];
            Scored& s = results[i];
            s.phenotypeScore = m_scorer->phenotypeScore(queryProfile, profile, p.variants);
            const GenotypeMatch genotype = GenotypeMatcher::compare(query.variants, p.variants);
            s.genotypeScore = genotype.score;
            s.score =
                PatientScorer::combine(s.phenotypeScore, s.genotypeScore,
                                       queryHasPhenotype && !profile.observed.empty(), genotype.comparable);
            // Four decimals, as sent on the wire; the threshold applies to the sent value.
            s.score = round4(s.score);
            s.phenotypeScore = round4(s.phenotypeScore);
            s.genotypeScore = round4(s.genotypeScore);
            if (s.score > minScore && s.score > 0) {
                s.caseIndex = c;
                for (const SharedGene& g : genotype.genes) {
                    s.sharedGenes.append(GenotypeMatcher::geneKey(g.match));
                }
            }
        }
    };
    constexpr size_t kChunk = 64;
    const size_t chunks = (candidates.size() + kChunk - 1) / kChunk;
    if (chunks <= 1 || QThreadPool::globalInstance()->maxThreadCount() <= 1) {
        scoreRange(0, candidates.size());
    } else {
        std::vector<size_t> starts(chunks);
        for (size_t k = 0; k < chunks; ++k) {
            starts[k] = k * kChunk;
        }
        QtConcurrent::blockingMap(
            starts, [&](size_t from) { scoreRange(from, std::min(candidates.size(), from + kChunk)); });
    }
    std::vector<Scored> scored;
    scored.reserve(results.size());
    for (Scored& s : results) {
        if (s.caseIndex >= 0) {
            scored.push_back(std::move(s));
        }
    }
    const auto better = [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.caseIndex < b.caseIndex;
    };
    const size_t keep = std::min(scored.size(), size_t(n));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(keep), scored.end(), better);
    for (size_t i = 0; i < keep; ++i) {
        out.append(std::move(scored[i]));
    }
    return out;
}
