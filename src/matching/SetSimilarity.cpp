#include "SetSimilarity.h"

#include "HpoOntology.h"

#include <algorithm>
#include <iterator>

namespace {
size_t intersectionSize(const std::vector<int>& a, const std::vector<int>& b)
{
    size_t n = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j) {
            ++n;
            ++i;
            ++j;
        } else if (*i < *j) {
            ++i;
        } else {
            ++j;
        }
    }
    return n;
}
} // namespace

double SetSimilarity::queryToCaseAverage(const TermSimilarity& sim, const std::vector<int>& q,
                                         const std::vector<int>& c, TermSimilarity::Measure m)
{
    if (q.empty() || c.empty()) {
        return 0.0;
    }
    double sum = 0;
    for (int a : q) {
        double best = 0;
        for (int b : c) {
            best = std::max(best, sim.similarity(m, a, b));
        }
        sum += best;
    }
    return sum / double(q.size());
}

double SetSimilarity::bestMatchAverage(const TermSimilarity& sim, const std::vector<int>& q,
                                       const std::vector<int>& c, TermSimilarity::Measure m)
{
    if (q.empty() || c.empty()) {
        return 0.0;
    }
    return 0.5 * (queryToCaseAverage(sim, q, c, m) + queryToCaseAverage(sim, c, q, m));
}

std::vector<int> SetSimilarity::closure(const HpoOntology& ontology, const std::vector<int>& terms)
{
    std::vector<int> out;
    for (int t : terms) {
        const auto a = ontology.ancestors(t);
        out.insert(out.end(), a.begin(), a.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double SetSimilarity::simGic(const TermSimilarity& sim, const std::vector<int>& q, const std::vector<int>& c)
{
    if (q.empty() || c.empty()) {
        return 0.0;
    }
    const auto a = closure(sim.ontology(), q);
    const auto b = closure(sim.ontology(), c);
    std::vector<int> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    double sa = 0, sb = 0, sc = 0;
    for (int t : a) {
        sa += sim.ic(t);
    }
    for (int t : b) {
        sb += sim.ic(t);
    }
    for (int t : common) {
        sc += sim.ic(t);
    }
    const double u = sa + sb - sc;
    return u > 0 ? sc / u : 0.0;
}

double SetSimilarity::unionIntersection(const HpoOntology& ontology, const std::vector<int>& q,
                                        const std::vector<int>& c)
{
    if (q.empty() || c.empty()) {
        return 0.0;
    }
    const auto a = closure(ontology, q);
    const auto b = closure(ontology, c);
    const size_t i = intersectionSize(a, b);
    return double(i) / double(a.size() + b.size() - i);
}

double SetSimilarity::jaccard(const std::vector<int>& q, const std::vector<int>& c)
{
    if (q.empty() || c.empty()) {
        return 0.0;
    }
    const size_t i = intersectionSize(q, c);
    return double(i) / double(q.size() + c.size() - i);
}

double SetSimilarity::queryShare(const std::vector<int>& q, const std::vector<int>& c)
{
    if (q.empty() || c.empty()) {
        return 0.0;
    }
    return double(intersectionSize(q, c)) / double(q.size());
}
