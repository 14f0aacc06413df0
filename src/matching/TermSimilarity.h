#pragma once

#include <cstdint>
#include <memory>
#include <vector>

class HpoOntology;
class InformationContent;

// Term-to-term semantic similarity over an ontology with information content:
//  - Resnik(a, b)  = IC(MICA(a, b)), the most informative common ancestor;
//  - Lin(a, b)     = 2 IC(MICA) / (IC(a) + IC(b))                 (0 when IC(a) + IC(b) = 0);
//  - Jiang-Conrath = 1 / (1 + IC(a) + IC(b) - 2 IC(MICA))          (distance turned into [0, 1]).
// The MICA is found by walking both ancestor lists in one global order (IC descending, index
// ascending): the first common element is the MICA. Whole rows sim(a, *) are computed with one pass
// over the topological order. The referenced ontology and IC must outlive this object.
class TermSimilarity
{
public:
    enum class Measure
    {
        Resnik,
        Lin,
        JiangConrath,
    };

    TermSimilarity(const HpoOntology& ontology, const InformationContent& ic);

    const HpoOntology& ontology() const { return m_ontology; }
    const InformationContent& informationContent() const { return m_ic; }

    int mica(int a, int b) const; // -1 when the terms share no ancestor
    double resnik(int a, int b) const;
    double lin(int a, int b) const;
    double jiangConrath(int a, int b) const;
    double similarity(Measure m, int a, int b) const;
    // Converts a Resnik value of the pair into the other measures.
    double fromResnik(Measure m, int a, int b, double resnik) const;

    // out[t] = Resnik(a, t) for every term t (out must hold ontology.size() floats).
    void resnikRow(int a, float* out) const;

    double ic(int t) const { return double(m_icf[size_t(t)]); }
    const std::vector<float>& icValues() const { return m_icf; }

private:
    const HpoOntology& m_ontology;
    const InformationContent& m_ic;
    std::vector<float> m_icf;
    std::vector<uint32_t> m_rankToTerm;
    std::vector<uint32_t> m_offsets;
    std::vector<uint32_t> m_ancestorRanks;            // per term, ancestor ranks ascending (= IC descending)
    std::vector<uint32_t> m_parentOffsets, m_parents; // in topological order positions
    std::vector<uint32_t> m_topo;
};
