#include "TermSimilarity.h"

#include "HpoOntology.h"
#include "InformationContent.h"

#include <algorithm>
#include <numeric>

TermSimilarity::TermSimilarity(const HpoOntology& ontology, const InformationContent& ic)
    : m_ontology(ontology)
    , m_ic(ic)
{
    const int n = ontology.size();
    m_icf.resize(size_t(n));
    for (int t = 0; t < n; ++t) {
        m_icf[size_t(t)] = ic.isEmpty() ? 0.f : float(ic.ic(t));
    }
    std::vector<uint32_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        // IC descending; among equal IC the deeper (more specific) term first, then index.
        if (m_icf[x] != m_icf[y]) {
            return m_icf[x] > m_icf[y];
        }
        if (ontology.depth(int(x)) != ontology.depth(int(y))) {
            return ontology.depth(int(x)) > ontology.depth(int(y));
        }
        return x < y;
    });
    m_rankToTerm = order;
    std::vector<uint32_t> rank(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        rank[order[size_t(r)]] = uint32_t(r);
    }
    m_offsets.assign(size_t(n) + 1, 0);
    m_ancestorRanks.reserve(size_t(n) * 16);
    for (int t = 0; t < n; ++t) {
        const size_t first = m_ancestorRanks.size();
        for (int a : ontology.ancestors(t)) {
            m_ancestorRanks.push_back(rank[size_t(a)]);
        }
        std::sort(m_ancestorRanks.begin() + qsizetype(first), m_ancestorRanks.end());
        m_offsets[size_t(t) + 1] = uint32_t(m_ancestorRanks.size());
    }
    m_topo.assign(ontology.topologicalOrder().begin(), ontology.topologicalOrder().end());
    m_parentOffsets.assign(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        for (int p : ontology.parents(int(m_topo[size_t(i)]))) {
            m_parents.push_back(uint32_t(p));
        }
        m_parentOffsets[size_t(i) + 1] = uint32_t(m_parents.size());
    }
}

int TermSimilarity::mica(int a, int b) const
{
    const uint32_t* x = m_ancestorRanks.data() + m_offsets[size_t(a)];
    const uint32_t* xe = m_ancestorRanks.data() + m_offsets[size_t(a) + 1];
    const uint32_t* y = m_ancestorRanks.data() + m_offsets[size_t(b)];
    const uint32_t* ye = m_ancestorRanks.data() + m_offsets[size_t(b) + 1];
    while (x != xe && y != ye) {
        if (*x == *y) {
            return int(m_rankToTerm[*x]);
        }
        if (*x < *y) {
            ++x;
        } else {
            ++y;
        }
    }
    return -1;
}

double TermSimilarity::resnik(int a, int b) const
{
    const int m = mica(a, b);
    return m < 0 ? 0.0 : double(m_icf[size_t(m)]);
}

double TermSimilarity::fromResnik(Measure m, int a, int b, double r) const
{
    switch (m) {
    case Measure::Resnik:
        return r;
    case Measure::Lin: {
        const double s = ic(a) + ic(b);
        return s > 0 ? 2.0 * r / s : 0.0;
    }
    case Measure::JiangConrath:
        return 1.0 / (1.0 + std::max(0.0, ic(a) + ic(b) - 2.0 * r));
    }
    return r;
}

double TermSimilarity::lin(int a, int b) const
{
    return fromResnik(Measure::Lin, a, b, resnik(a, b));
}

double TermSimilarity::jiangConrath(int a, int b) const
{
    return fromResnik(Measure::JiangConrath, a, b, resnik(a, b));
}

double TermSimilarity::similarity(Measure m, int a, int b) const
{
    return fromResnik(m, a, b, resnik(a, b));
}

void TermSimilarity::resnikRow(int a, float* out) const
{
    // out[t] = max IC over anc(t) ∩ anc(a) = max(IC(t) if t ∈ anc(a), max over parents out[p]).
    const int n = m_ontology.size();
    std::fill(out, out + n, -1.f); // -1 marks "t is an ancestor of a" during the first step
    for (int x : m_ontology.ancestors(a)) {
        out[x] = -2.f;
    }
    const uint32_t* po = m_parentOffsets.data();
    const uint32_t* pp = m_parents.data();
    const float* icf = m_icf.data();
    for (int i = 0; i < n; ++i) {
        const uint32_t t = m_topo[size_t(i)];
        if (out[t] == -2.f) {
            out[t] = icf[t];
            continue;
        }
        float best = 0.f;
        for (uint32_t k = po[i]; k < po[i + 1]; ++k) {
            best = std::max(best, out[pp[k]]);
        }
        out[t] = best;
    }
}
