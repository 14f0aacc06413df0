#include "RetrievalEvaluation.h"

#include "CaseIndex.h"
#include "GenotypeMatcher.h"
#include "HpoOntology.h"

#include <QJsonArray>
#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

namespace {
bool intersects(const std::vector<int>& a, const std::vector<int>& b)
{
    for (int x : a) {
        if (std::find(b.begin(), b.end(), x) != b.end()) {
            return true;
        }
    }
    return false;
}
} // namespace

QJsonObject RetrievalResult::toJson() const
{
    return QJsonObject{{QStringLiteral("measure"), measure},       {QStringLiteral("queries"), queries},
                       {QStringLiteral("recallAt1"), recallAt1},   {QStringLiteral("recallAt5"), recallAt5},
                       {QStringLiteral("recallAt10"), recallAt10}, {QStringLiteral("mrr"), mrr}};
}

RetrievalEvaluation::RetrievalEvaluation(std::shared_ptr<const HpoOntology> ontology,
                                         std::shared_ptr<const InformationContent> ic,
                                         std::shared_ptr<const GenePhenotypeProfiles> geneProfiles)
    : m_ontology(std::move(ontology))
    , m_ic(std::move(ic))
    , m_geneProfiles(std::move(geneProfiles))
{}

RetrievalEvaluation::~RetrievalEvaluation() = default;

QStringList RetrievalEvaluation::publications(const Patient& p)
{
    QStringList out;
    for (const ExternalReference& r : p.references) {
        if (r.id.startsWith(QLatin1String("PMID:"), Qt::CaseInsensitive)) {
            const QString id = QStringLiteral("PMID:") + r.id.mid(5).trimmed();
            if (!out.contains(id)) {
                out.append(id);
            }
        }
    }
    return out;
}

QStringList RetrievalEvaluation::geneKeys(const Patient& p)
{
    QStringList out;
    for (const Variant& v : p.variants) {
        for (const QString& k : GenotypeMatcher::geneKeys(v.gene)) {
            if (!out.contains(k)) {
                out.append(k);
            }
        }
    }
    return out;
}

int RetrievalEvaluation::indexSize() const
{
    return m_index ? m_index->size() : 0;
}

void RetrievalEvaluation::setIndex(const QList<Patient>& cases)
{
    m_index = std::make_unique<CaseIndex>(m_ontology, m_ic, m_geneProfiles);
    m_caseGenes.clear();
    m_casePubs.clear();
    auto intern = [this](const QString& key) {
        auto it = m_keyIds.constFind(key);
        if (it == m_keyIds.constEnd()) {
            it = m_keyIds.insert(key, int(m_keyIds.size()));
        }
        return *it;
    };
    for (const Patient& p : cases) {
        m_index->addCase(p);
        std::vector<int> g, pubs;
        for (const QString& k : geneKeys(p)) {
            g.push_back(intern(k));
        }
        for (const QString& k : publications(p)) {
            pubs.push_back(intern(k));
        }
        m_caseGenes.push_back(std::move(g));
        m_casePubs.push_back(std::move(pubs));
    }
    std::vector<int> order(size_t(cases.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return cases[a].localId < cases[b].localId; });
    m_idOrder.assign(order.size(), 0);
    for (size_t r = 0; r < order.size(); ++r) {
        m_idOrder[size_t(order[r])] = int(r);
    }
}

RetrievalResult RetrievalEvaluation::leaveOneOut(const RetrievalOptions& options) const
{
    QList<Patient> queries;
    for (int c = 0; c < indexSize(); ++c) {
        queries.append(m_index->patient(c));
    }
    return run(queries, true, options);
}

RetrievalResult RetrievalEvaluation::evaluate(const QList<Patient>& queries,
                                              const RetrievalOptions& options) const
{
    return run(queries, false, options);
}

RetrievalResult RetrievalEvaluation::run(const QList<Patient>& queries, bool leaveOneOut,
                                         const RetrievalOptions& options) const
{
    RetrievalResult result;
    result.measure = PhenotypeScoringOptions::measureName(options.scoring.measure);
    if (!m_index) {
        return result;
    }
    const int n = m_index->size();
    // Eligibility (on the unperturbed query) and the perturbed phenotype-only query, sequentially.
    std::vector<int> eligible;
    std::vector<Patient> prepared;
    std::vector<std::vector<int>> qGenes, qPubs;
    for (int i = 0; i < queries.size(); ++i) {
        const Patient& q = queries[i];
        std::vector<int> g, pubs;
        for (const QString& k : geneKeys(q)) {
            const auto it = m_keyIds.constFind(k);
            g.push_back(it == m_keyIds.constEnd() ? -1 - int(g.size()) : *it);
        }
        for (const QString& k : publications(q)) {
            const auto it = m_keyIds.constFind(k);
            pubs.push_back(it == m_keyIds.constEnd() ? -1000 - int(pubs.size()) : *it);
        }
        bool hasObserved = false;
        for (const auto& f : q.features) {
            hasObserved = hasObserved || (!f.excluded && m_ontology->indexOf(f.termId) >= 0);
        }
        if (!hasObserved || g.empty()) {
            continue;
        }
        bool possible = false;
        for (int c = 0; c < n && !possible; ++c) {
            if ((leaveOneOut && c == i) || m_index->patient(c).localId == q.localId ||
                intersects(pubs, m_casePubs[size_t(c)])) {
                continue;
            }
            possible = intersects(g, m_caseGenes[size_t(c)]);
        }
        if (!possible) {
            continue;
        }
        Patient pq;
        pq.localId = q.localId;
        pq.features = q.features;
        eligible.push_back(i);
        prepared.push_back(options.perturbation.apply(*m_ontology, pq, quint64(i)));
        qGenes.push_back(std::move(g));
        qPubs.push_back(std::move(pubs));
    }
    std::vector<int> ranks(eligible.size(), 0);
    std::atomic<size_t> next{0};
    auto worker = [&]() {
        while (true) {
            const size_t k = next.fetch_add(1);
            if (k >= eligible.size()) {
                return;
            }
            const int i = eligible[k];
            const Patient& q = queries[i];
            const std::vector<float> scores = m_index->phenotypeScores(prepared[k], options.scoring, 1);
            auto isCandidate = [&](int c) {
                return !((leaveOneOut && c == i) || m_index->patient(c).localId == q.localId ||
                         intersects(qPubs[k], m_casePubs[size_t(c)]));
            };
            int best = -1;
            for (int c = 0; c < n; ++c) {
                if (!isCandidate(c) || !intersects(qGenes[k], m_caseGenes[size_t(c)])) {
                    continue;
                }
                if (best < 0 || scores[size_t(c)] > scores[size_t(best)] ||
                    (scores[size_t(c)] == scores[size_t(best)] &&
                     m_idOrder[size_t(c)] < m_idOrder[size_t(best)])) {
                    best = c;
                }
            }
            int rank = 1;
            const float hs = scores[size_t(best)];
            for (int c = 0; c < n; ++c) {
                if (c == best || !isCandidate(c)) {
                    continue;
                }
                if (scores[size_t(c)] > hs ||
                    (scores[size_t(c)] == hs && m_idOrder[size_t(c)] < m_idOrder[size_t(best)])) {
                    ++rank;
                }
            }
            ranks[k] = rank;
        }
    };
    int threads =
        options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(worker);
    }
    worker();
    for (auto& th : pool) {
        th.join();
    }
    result.queries = int(eligible.size());
    result.ranks = ranks;
    double mrr = 0;
    int r1 = 0, r5 = 0, r10 = 0;
    for (size_t k = 0; k < ranks.size(); ++k) {
        result.queryIds.append(queries[eligible[k]].localId);
        const int r = ranks[k];
        r1 += r <= 1;
        r5 += r <= 5;
        r10 += r <= 10;
        mrr += 1.0 / r;
    }
    if (result.queries > 0) {
        result.recallAt1 = double(r1) / result.queries;
        result.recallAt5 = double(r5) / result.queries;
        result.recallAt10 = double(r10) / result.queries;
        result.mrr = mrr / result.queries;
    }
    return result;
}
