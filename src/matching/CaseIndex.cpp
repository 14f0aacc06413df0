#include "CaseIndex.h"

#include "GenePhenotypeProfiles.h"
#include "GenotypeMatcher.h"
#include "HpoOntology.h"
#include "InformationContent.h"
#include "PatientScorer.h"
#include "PhenotypeProfile.h"
#include "SetSimilarity.h"

#include <QSet>
#include <algorithm>
#include <thread>

struct CaseIndex::Query
{
    std::vector<int> terms;
    std::vector<int> excluded;
    int nq = 0;
    std::vector<float> sims; // transposed: sims[t * nq + q] = Resnik(query term q, t)
    std::vector<float> qIc;
    double icSum = 0;
    std::vector<uint64_t> closureBits;
    double closureIcSum = 0;
    int closureSize = 0;
    std::vector<uint64_t> excludedBits;
    std::vector<float> profileScore;
};

namespace {
inline bool testBit(const std::vector<uint64_t>& bits, uint32_t t)
{
    return (bits[t >> 6] >> (t & 63)) & 1u;
}

bool needsSims(const PhenotypeScoringOptions& o)
{
    switch (o.measure) {
    case PhenotypeMeasure::ResnikBma:
    case PhenotypeMeasure::ResnikQueryToCase:
    case PhenotypeMeasure::LinBma:
    case PhenotypeMeasure::JiangConrathBma:
        return true;
    case PhenotypeMeasure::Combined:
        return o.ontologyWeight > 0 || o.geneProfileWeight > 0;
    default:
        return false;
    }
}
} // namespace

CaseIndex::CaseIndex(std::shared_ptr<const HpoOntology> ontology,
                     std::shared_ptr<const InformationContent> ic,
                     std::shared_ptr<const GenePhenotypeProfiles> geneProfiles)
    : m_ontology(std::move(ontology))
    , m_ic(std::move(ic))
    , m_geneProfiles(std::move(geneProfiles))
    , m_sim(std::make_unique<TermSimilarity>(*m_ontology, *m_ic))
{
    if (m_geneProfiles) {
        m_usedProfile.assign(size_t(m_geneProfiles->size()), 0);
    }
}

CaseIndex::~CaseIndex() = default;

int CaseIndex::addCase(const Patient& patient)
{
    const int c = int(m_patients.size());
    m_patients.append(patient);
    const PhenotypeProfile prof = PhenotypeProfile::fromPatient(*m_ontology, patient);
    float icSum = 0;
    for (int t : prof.observed) {
        m_terms.push_back(uint32_t(t));
        icSum += float(m_sim->ic(t));
    }
    m_termOff.push_back(uint32_t(m_terms.size()));
    m_termIcSum.push_back(icSum);
    for (int t : prof.excluded) {
        m_excl.push_back(uint32_t(t));
    }
    m_exclOff.push_back(uint32_t(m_excl.size()));
    float clSum = 0;
    for (int t : SetSimilarity::closure(*m_ontology, prof.observed)) {
        m_closure.push_back(uint32_t(t));
        clSum += float(m_sim->ic(t));
    }
    m_closureOff.push_back(uint32_t(m_closure.size()));
    m_closureIcSum.push_back(clSum);
    QSet<QString> keys;
    std::vector<uint32_t> profiles;
    for (const Variant& v : patient.variants) {
        for (const QString& k : GenotypeMatcher::geneKeys(v.gene)) {
            keys.insert(k);
        }
        if (m_geneProfiles) {
            const int p = m_geneProfiles->profileOf(v.gene);
            if (p >= 0 && std::find(profiles.begin(), profiles.end(), uint32_t(p)) == profiles.end()) {
                profiles.push_back(uint32_t(p));
                m_usedProfile[size_t(p)] = 1;
            }
        }
    }
    m_profiles.insert(m_profiles.end(), profiles.begin(), profiles.end());
    m_profileOff.push_back(uint32_t(m_profiles.size()));
    for (const QString& k : keys) {
        m_geneIndex[k].append(c);
    }
    return c;
}

QList<int> CaseIndex::casesWithGene(const Gene& gene) const
{
    QList<int> out;
    for (const QString& k : GenotypeMatcher::geneKeys(gene)) {
        out += m_geneIndex.value(k);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void CaseIndex::prepare(Query& q, const Patient& query, const PhenotypeScoringOptions& options) const
{
    const PhenotypeProfile prof = PhenotypeProfile::fromPatient(*m_ontology, query);
    q.terms = prof.observed;
    q.excluded = prof.excluded;
    q.nq = int(q.terms.size());
    const int n = m_ontology->size();
    const size_t words = size_t(n + 63) / 64;
    q.closureBits.assign(words, 0);
    q.excludedBits.assign(words, 0);
    q.closureIcSum = 0;
    q.closureSize = 0;
    for (int t : SetSimilarity::closure(*m_ontology, q.terms)) {
        q.closureBits[size_t(t) >> 6] |= uint64_t(1) << (t & 63);
        q.closureIcSum += m_sim->ic(t);
        ++q.closureSize;
    }
    for (int t : q.excluded) {
        q.excludedBits[size_t(t) >> 6] |= uint64_t(1) << (t & 63);
    }
    q.qIc.clear();
    q.icSum = 0;
    for (int t : q.terms) {
        q.qIc.push_back(float(m_sim->ic(t)));
        q.icSum += m_sim->ic(t);
    }
    q.sims.clear();
    if (q.nq > 0 && needsSims(options)) {
        q.sims.assign(size_t(n) * size_t(q.nq), 0.f);
        std::vector<float> row(static_cast<size_t>(n));
        for (int i = 0; i < q.nq; ++i) {
            m_sim->resnikRow(q.terms[size_t(i)], row.data());
            for (int t = 0; t < n; ++t) {
                q.sims[size_t(t) * size_t(q.nq) + size_t(i)] = row[size_t(t)];
            }
        }
    }
    q.profileScore.clear();
    if (m_geneProfiles && options.measure == PhenotypeMeasure::Combined && options.geneProfileWeight > 0 &&
        !q.sims.empty() && q.icSum > 0) {
        q.profileScore.assign(size_t(m_geneProfiles->size()), 0.f);
        std::vector<float> best(size_t(q.nq));
        for (int p = 0; p < m_geneProfiles->size(); ++p) {
            if (!m_usedProfile[size_t(p)]) {
                continue;
            }
            std::fill(best.begin(), best.end(), 0.f);
            for (int g : m_geneProfiles->terms(p)) {
                const float* s = q.sims.data() + size_t(g) * size_t(q.nq);
                for (int i = 0; i < q.nq; ++i) {
                    best[size_t(i)] = std::max(best[size_t(i)], s[i]);
                }
            }
            double sum = 0;
            for (float b : best) {
                sum += b;
            }
            q.profileScore[size_t(p)] = float(sum / q.icSum);
        }
    }
}

double CaseIndex::scoreCase(const Query& q, int c, const PhenotypeScoringOptions& o,
                            std::vector<float>& rowMax) const
{
    const uint32_t* ct = m_terms.data() + m_termOff[size_t(c)];
    const int nc = int(m_termOff[size_t(c) + 1] - m_termOff[size_t(c)]);
    if (q.nq == 0 || nc == 0) {
        return 0.0;
    }
    auto exactOverlap = [&]() {
        int inter = 0, i = 0, j = 0;
        while (i < q.nq && j < nc) {
            const uint32_t a = uint32_t(q.terms[size_t(i)]);
            if (a == ct[j]) {
                ++inter;
                ++i;
                ++j;
            } else if (a < ct[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        return inter;
    };
    auto closure = [&](bool weighted) {
        double inter = 0;
        const uint32_t* cl = m_closure.data() + m_closureOff[size_t(c)];
        const uint32_t* ce = m_closure.data() + m_closureOff[size_t(c) + 1];
        const float* icf = m_sim->icValues().data();
        for (; cl != ce; ++cl) {
            if (testBit(q.closureBits, *cl)) {
                inter += weighted ? double(icf[*cl]) : 1.0;
            }
        }
        const double cs = weighted ? double(m_closureIcSum[size_t(c)])
                                   : double(m_closureOff[size_t(c) + 1] - m_closureOff[size_t(c)]);
        const double qs = weighted ? q.closureIcSum : double(q.closureSize);
        const double u = qs + cs - inter;
        return u > 0 ? inter / u : 0.0;
    };
    // Best matches in both directions over the precomputed Resnik table.
    auto bestMatches = [&](TermSimilarity::Measure m, double* rowSum, double* colSum) {
        rowMax.assign(size_t(q.nq), 0.f);
        double cols = 0;
        const bool raw = m == TermSimilarity::Measure::Resnik;
        for (int j = 0; j < nc; ++j) {
            const float* s = q.sims.data() + size_t(ct[j]) * size_t(q.nq);
            float colMax = 0;
            for (int i = 0; i < q.nq; ++i) {
                float v = s[i];
                if (!raw) {
                    v = float(m_sim->fromResnik(m, q.terms[size_t(i)], int(ct[j]), double(v)));
                }
                colMax = std::max(colMax, v);
                rowMax[size_t(i)] = std::max(rowMax[size_t(i)], v);
            }
            cols += double(colMax);
        }
        double rows = 0;
        for (float v : rowMax) {
            rows += double(v);
        }
        *rowSum = rows;
        *colSum = cols;
    };

    switch (o.measure) {
    case PhenotypeMeasure::ExactJaccard: {
        const int inter = exactOverlap();
        return double(inter) / double(q.nq + nc - inter);
    }
    case PhenotypeMeasure::QueryShare:
        return double(exactOverlap()) / double(q.nq);
    case PhenotypeMeasure::UnionIntersection:
        return closure(false);
    case PhenotypeMeasure::SimGic:
        return closure(true);
    case PhenotypeMeasure::ResnikBma:
    case PhenotypeMeasure::LinBma:
    case PhenotypeMeasure::JiangConrathBma: {
        const auto m = o.measure == PhenotypeMeasure::ResnikBma ? TermSimilarity::Measure::Resnik
                       : o.measure == PhenotypeMeasure::LinBma  ? TermSimilarity::Measure::Lin
                                                                : TermSimilarity::Measure::JiangConrath;
        double rows = 0, cols = 0;
        bestMatches(m, &rows, &cols);
        return 0.5 * (rows / q.nq + cols / nc);
    }
    case PhenotypeMeasure::ResnikQueryToCase: {
        double rows = 0, cols = 0;
        bestMatches(TermSimilarity::Measure::Resnik, &rows, &cols);
        return rows / q.nq;
    }
    case PhenotypeMeasure::Combined:
        break;
    }
    double exact = 0;
    if (o.exactWeight > 0) {
        const int inter = exactOverlap();
        exact = double(inter) / double(q.nq + nc - inter);
    }
    double onto = 0;
    if (o.ontologyWeight > 0 && !q.sims.empty()) {
        double rows = 0, cols = 0;
        bestMatches(TermSimilarity::Measure::Resnik, &rows, &cols);
        const double cIc = double(m_termIcSum[size_t(c)]);
        onto = 0.5 * ((q.icSum > 0 ? rows / q.icSum : 0.0) + (cIc > 0 ? cols / cIc : 0.0));
    }
    double gene = 0;
    if (!q.profileScore.empty()) {
        for (uint32_t k = m_profileOff[size_t(c)]; k < m_profileOff[size_t(c) + 1]; ++k) {
            gene = std::max(gene, double(q.profileScore[m_profiles[k]]));
        }
    }
    double contradiction = 0;
    if (o.excludedPenalty > 0) {
        int conflicts = 0;
        for (uint32_t k = m_exclOff[size_t(c)]; k < m_exclOff[size_t(c) + 1]; ++k) {
            conflicts += testBit(q.closureBits, m_excl[k]) ? 1 : 0;
        }
        if (!q.excluded.empty()) {
            for (uint32_t k = m_closureOff[size_t(c)]; k < m_closureOff[size_t(c) + 1]; ++k) {
                conflicts += testBit(q.excludedBits, m_closure[k]) ? 1 : 0;
            }
        }
        contradiction = double(conflicts) / double(q.nq + nc);
    }
    return o.combine(exact, onto, gene, contradiction);
}

std::vector<float> CaseIndex::phenotypeScores(const Patient& query) const
{
    return phenotypeScores(query, m_options, m_threads);
}

std::vector<float> CaseIndex::phenotypeScores(const Patient& query, const PhenotypeScoringOptions& options,
                                              int threads) const
{
    Query q;
    prepare(q, query, options);
    const int n = size();
    std::vector<float> out(size_t(n), 0.f);
    if (q.nq == 0) {
        return out;
    }
    if (threads <= 0) {
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    }
    threads = std::min(threads, std::max(1, n / 2048));
    auto work = [&](int from, int to) {
        std::vector<float> scratch;
        for (int c = from; c < to; ++c) {
            out[size_t(c)] = float(scoreCase(q, c, options, scratch));
        }
    };
    if (threads <= 1) {
        work(0, n);
        return out;
    }
    std::vector<std::thread> pool;
    const int chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(work, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    }
    work(0, std::min(n, chunk));
    for (auto& th : pool) {
        th.join();
    }
    return out;
}

QList<CaseMatch> CaseIndex::topMatches(const Patient& query, int n, double minScore) const
{
    const std::vector<float> pheno = phenotypeScores(query);
    const bool queryHasPhenotype = query.observedCount() > 0;
    QHash<int, double> geno;
    bool queryHasGenes = false;
    for (const Variant& v : query.variants) {
        if (v.gene.isEmpty()) {
            continue;
        }
        queryHasGenes = true;
        for (int c : casesWithGene(v.gene)) {
            if (!geno.contains(c)) {
                geno.insert(c, GenotypeMatcher::compare(query.variants, m_patients[c].variants).score);
            }
        }
    }
    std::vector<CaseMatch> all;
    all.reserve(size_t(size()));
    for (int c = 0; c < size(); ++c) {
        const Patient& p = m_patients[c];
        bool caseHasGenes = false;
        for (const Variant& v : p.variants) {
            caseHasGenes = caseHasGenes || !v.gene.isEmpty();
        }
        CaseMatch m;
        m.caseNumber = c;
        m.phenotypeScore = pheno[size_t(c)];
        m.genotypeScore = geno.value(c, 0.0);
        m.score =
            PatientScorer::combine(m.phenotypeScore, m.genotypeScore,
                                   queryHasPhenotype && p.observedCount() > 0, queryHasGenes && caseHasGenes);
        if (m.score >= minScore && m.score > 0) {
            all.push_back(m);
        }
    }
    auto better = [&](const CaseMatch& a, const CaseMatch& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return m_patients[a.caseNumber].localId < m_patients[b.caseNumber].localId;
    };
    const size_t k = std::min(all.size(), size_t(std::max(0, n)));
    std::partial_sort(all.begin(), all.begin() + qsizetype(k), all.end(), better);
    QList<CaseMatch> out;
    for (size_t i = 0; i < k; ++i) {
        all[i].caseId = m_patients[all[i].caseNumber].localId;
        out.append(all[i]);
    }
    return out;
}
