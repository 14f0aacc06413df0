#pragma once

#include "TermSimilarity.h"

#include <vector>

class HpoOntology;

// Set-to-set phenotype similarity between a query term set Q and a case term set C (dense term
// indices, sorted and unique). Reference implementations, used for single pairs and in tests; the
// bulk path in CaseIndex computes the same values faster. All return 0 when either set is empty.
class SetSimilarity
{
public:
    // Symmetric best-match average: (mean_q max_c s(q,c) + mean_c max_q s(q,c)) / 2.
    static double bestMatchAverage(const TermSimilarity& sim, const std::vector<int>& q,
                                   const std::vector<int>& c,
                                   TermSimilarity::Measure m = TermSimilarity::Measure::Resnik);
    // One-sided query -> case average: mean_q max_c s(q,c) (Phenomizer).
    static double queryToCaseAverage(const TermSimilarity& sim, const std::vector<int>& q,
                                     const std::vector<int>& c,
                                     TermSimilarity::Measure m = TermSimilarity::Measure::Resnik);
    // simGIC: sum IC over anc(Q) ∩ anc(C) / sum IC over anc(Q) ∪ anc(C) (ancestor closures).
    static double simGic(const TermSimilarity& sim, const std::vector<int>& q, const std::vector<int>& c);
    // UI: |anc(Q) ∩ anc(C)| / |anc(Q) ∪ anc(C)|.
    static double unionIntersection(const HpoOntology& ontology, const std::vector<int>& q,
                                    const std::vector<int>& c);
    // Exact-term Jaccard |Q ∩ C| / |Q ∪ C|.
    static double jaccard(const std::vector<int>& q, const std::vector<int>& c);
    // seqr-style share of query terms present in the case: |Q ∩ C| / |Q|.
    static double queryShare(const std::vector<int>& q, const std::vector<int>& c);
    // Ancestor closure of a term set, sorted.
    static std::vector<int> closure(const HpoOntology& ontology, const std::vector<int>& terms);
};
