#include "NodeMatchEngine.h"

#include "core/GeneCatalog.h"
#include "core/Zygosity.h"
#ifdef MATCHDESK_NODE_HAVE_ONTOLOGY
#include "matching/HpoOntology.h"
#endif

#include <algorithm>
#include <cmath>

namespace {
QString variantKey(const Variant& v)
{
    if (!v.hasCoordinates()) {
        return {};
    }
    return v.assembly.section(QLatin1Char('.'), 0, 0) + QLatin1Char(':') + v.chromosome + QLatin1Char(':') +
           QString::number(v.position) + QLatin1Char(':') + v.ref + QLatin1Char('>') + v.alt;
}

int zygosityCode(Zygosity z)
{
    return ZygosityCodes::toMme(z);
}
} // namespace

NodeMatchEngine::NodeMatchEngine(std::shared_ptr<const HpoOntology> ontology, const GeneCatalog* catalog)
    : m_ontology(std::move(ontology))
    , m_catalog(catalog)
{}

NodeMatchEngine::~NodeMatchEngine() = default;

QString NodeMatchEngine::geneKey(const Gene& g) const
{
    if (!g.hgncId.isEmpty()) {
        return g.hgncId;
    }
    if (m_catalog && !m_catalog->isEmpty()) {
        for (const QString& q : {g.ensemblId, g.symbol, g.entrezId}) {
            if (!q.isEmpty()) {
                const Gene found = m_catalog->find(q);
                if (!found.hgncId.isEmpty()) {
                    return found.hgncId;
                }
            }
        }
    }
    if (!g.ensemblId.isEmpty()) {
        return g.ensemblId;
    }
    if (!g.symbol.isEmpty()) {
        return g.symbol.toUpper();
    }
    return g.entrezId;
}

int NodeMatchEngine::termIndex(const QString& termId) const
{
#ifdef MATCHDESK_NODE_HAVE_ONTOLOGY
    if (m_ontology) {
        return m_ontology->indexOf(termId);
    }
#endif
    return m_termDict.value(termId, -1);
}

std::vector<int> NodeMatchEngine::closure(const QString& termId) const
{
    const int t = termIndex(termId);
    if (t < 0) {
        return {};
    }
#ifdef MATCHDESK_NODE_HAVE_ONTOLOGY
    if (m_ontology) {
        const auto a = m_ontology->ancestors(t);
        return std::vector<int>(a.begin(), a.end());
    }
#endif
    return {t};
}

void NodeMatchEngine::build(const QList<Patient>& cases)
{
    m_caseCount = cases.size();
    m_termDict.clear();
    m_termPostings.clear();
    m_geneIndex.clear();
    m_genePostings.clear();
    m_caseVariants.assign(size_t(cases.size()), {});
    m_caseIc.assign(size_t(cases.size()), 0.f);

    int termCount = 0;
#ifdef MATCHDESK_NODE_HAVE_ONTOLOGY
    if (m_ontology) {
        termCount = m_ontology->size();
    }
#endif
    if (!m_ontology) {
        for (const Patient& p : cases) {
            for (const PhenotypeFeature& f : p.features) {
                if (!f.excluded && !m_termDict.contains(f.termId)) {
                    m_termDict.insert(f.termId, int(m_termDict.size()));
                }
            }
        }
        termCount = int(m_termDict.size());
    }
    m_termPostings.assign(size_t(termCount), {});

    std::vector<std::vector<int>> caseTerms(size_t(cases.size()));
    std::vector<char> seen(size_t(termCount), 0);
    for (int c = 0; c < int(cases.size()); ++c) {
        const Patient& p = cases[c];
        std::vector<int>& terms = caseTerms[size_t(c)];
        for (const PhenotypeFeature& f : p.features) {
            if (f.excluded) {
                continue;
            }
            for (int t : closure(f.termId)) {
                if (!seen[size_t(t)]) {
                    seen[size_t(t)] = 1;
                    terms.push_back(t);
                }
            }
        }
        for (int t : terms) {
            seen[size_t(t)] = 0;
            m_termPostings[size_t(t)].push_back(c);
        }
        for (const Variant& v : p.variants) {
            const QString key = geneKey(v.gene);
            if (key.isEmpty()) {
                continue;
            }
            auto it = m_geneIndex.find(key);
            if (it == m_geneIndex.end()) {
                it = m_geneIndex.insert(key, int(m_genePostings.size()));
                m_genePostings.emplace_back();
            }
            std::vector<int>& postings = m_genePostings[size_t(*it)];
            if (postings.empty() || postings.back() != c) {
                postings.push_back(c);
            }
            m_caseVariants[size_t(c)].push_back(CaseVariant{*it, variantKey(v), zygosityCode(v.zygosity)});
        }
    }
    // Information content from the node's own annotation frequencies (Laplace-smoothed).
    const double n = double(cases.size()) + 1.0;
    m_termIc.assign(size_t(termCount), 0.f);
    for (int t = 0; t < termCount; ++t) {
        const double freq = (double(m_termPostings[size_t(t)].size()) + 1.0) / n;
        m_termIc[size_t(t)] = float(std::max(0.0, -std::log(std::min(1.0, freq))));
    }
    for (int c = 0; c < int(cases.size()); ++c) {
        float sum = 0;
        for (int t : caseTerms[size_t(c)]) {
            sum += m_termIc[size_t(t)];
        }
        m_caseIc[size_t(c)] = sum;
    }
}

QList<NodeMatchEngine::Scored> NodeMatchEngine::topMatches(const Patient& query, int n, double minScore,
                                                           const std::function<bool(int)>& exclude) const
{
    QList<Scored> out;
    if (n <= 0 || m_caseCount == 0) {
        return out;
    }
    const size_t caseCount = size_t(m_caseCount);
    // Per-thread scratch space, reused across requests (no allocation per query).
    thread_local std::vector<float> shared;
    thread_local std::vector<float> geno;
    thread_local std::vector<char> touched;
    thread_local std::vector<int> candidates;
    shared.assign(caseCount, 0.f);
    geno.assign(caseCount, 0.f);
    touched.assign(caseCount, 0);
    candidates.clear();

    // Phenotype: accumulate the IC shared with each case over the query's closure.
    std::vector<int> queryTerms;
    {
        std::vector<char> seen(m_termIc.size(), 0);
        for (const PhenotypeFeature& f : query.features) {
            if (f.excluded) {
                continue;
            }
            for (int t : closure(f.termId)) {
                if (size_t(t) < seen.size() && !seen[size_t(t)]) {
                    seen[size_t(t)] = 1;
                    queryTerms.push_back(t);
                }
            }
        }
    }
    double queryIc = 0;
    for (int t : queryTerms) {
        const float ic = m_termIc[size_t(t)];
        queryIc += ic;
        if (ic <= 0.f) {
            continue;
        }
        for (int c : m_termPostings[size_t(t)]) {
            shared[size_t(c)] += ic;
            if (!touched[size_t(c)]) {
                touched[size_t(c)] = 1;
                candidates.push_back(c);
            }
        }
    }
    bool queryHasPhenotype = false;
    for (const PhenotypeFeature& f : query.features) {
        queryHasPhenotype = queryHasPhenotype || !f.excluded;
    }

    // Genotype: cases sharing a gene.
    int queryGeneFeatures = 0;
    for (const Variant& qv : query.variants) {
        const QString key = geneKey(qv.gene);
        if (key.isEmpty()) {
            continue;
        }
        ++queryGeneFeatures;
        const auto it = m_geneIndex.constFind(key);
        if (it == m_geneIndex.constEnd()) {
            continue;
        }
        const QString qKey = variantKey(qv);
        const int qZyg = zygosityCode(qv.zygosity);
        // Only what the query states can agree: a gene-only query matching the gene is a full match.
        const double achievable = 0.6 + (qKey.isEmpty() ? 0.0 : 0.3) + (qZyg > 0 ? 0.1 : 0.0);
        for (int c : m_genePostings[size_t(*it)]) {
            double best = 0;
            for (const CaseVariant& cv : m_caseVariants[size_t(c)]) {
                if (cv.gene != *it) {
                    continue;
                }
                double s = 0.6;
                if (!qKey.isEmpty() && qKey == cv.variantKey) {
                    s += 0.3;
                }
                if (qZyg > 0 && qZyg == cv.zygosity) {
                    s += 0.1;
                }
                best = std::max(best, s);
            }
            geno[size_t(c)] += float(best / achievable);
            if (!touched[size_t(c)]) {
                touched[size_t(c)] = 1;
                candidates.push_back(c);
            }
        }
    }

    const bool useGeno = queryGeneFeatures > 0;
    const bool usePheno = queryHasPhenotype;
    std::vector<Scored> scored;
    scored.reserve(candidates.size());
    for (int c : candidates) {
        if (exclude && exclude(c)) {
            continue;
        }
        Scored s;
        s.caseIndex = c;
        if (usePheno && queryIc > 0) {
            const double inter = shared[size_t(c)];
            const double uni = queryIc + double(m_caseIc[size_t(c)]) - inter;
            s.phenotypeScore = uni > 0 ? std::clamp(inter / uni, 0.0, 1.0) : 0.0;
        }
        if (useGeno) {
            s.genotypeScore = std::clamp(double(geno[size_t(c)]) / queryGeneFeatures, 0.0, 1.0);
        }
        s.score = useGeno && usePheno ? 0.5 * (s.genotypeScore + s.phenotypeScore)
                                      : (useGeno ? s.genotypeScore : s.phenotypeScore);
        // Four decimals, as sent on the wire; the threshold applies to the sent value.
        s.score = std::round(s.score * 10000.0) / 10000.0;
        s.phenotypeScore = std::round(s.phenotypeScore * 10000.0) / 10000.0;
        s.genotypeScore = std::round(s.genotypeScore * 10000.0) / 10000.0;
        if (s.score > minScore && s.score > 0) {
            scored.push_back(s);
        }
    }
    const auto better = [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.caseIndex < b.caseIndex;
    };
    const size_t keep = std::min(scored.size(), size_t(n));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(keep), scored.end(), better);
    for (size_t i = 0; i < keep; ++i) {
        out.append(scored[i]);
    }
    return out;
}
