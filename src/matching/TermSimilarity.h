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
// The MICA is the common ancestor of lowest rank in one global order (IC descending, then depth
// descending, then index ascending). Ancestor lists are stored as ranks, ascending, in one flat
// array of 16-bit ranks padded to blocks of 8 (SSE2 compares against a whole block at once); very
// large ontologies (>= 65535 terms) fall back to a 32-bit merge walk. Whole rows sim(a, *) are computed with
// one pass over the topological order. The referenced ontology and IC must outlive this object.
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
    // Rank of the MICA (0 = most informative) or -1 when the terms share no ancestor.
    int micaRank(int a, int b) const;

    struct alignas(16) RankBlock
    {
        uint16_t r[8];
    };
    struct AncestorList
    {
        uint32_t offset; // first block (16-bit layout) or first element (32-bit layout)
        uint32_t count;  // ancestors including the term itself (blocks = (count + 7) / 8)
    };

    std::vector<float> m_icf;
    std::vector<float> m_rankIc; // IC by rank
    std::vector<uint32_t> m_rankToTerm;
    std::vector<AncestorList> m_lists;
    std::vector<RankBlock> m_blocks; // per term, ancestor ranks ascending (= IC descending), 0xffff pads
    std::vector<uint32_t> m_ranks32; // same, unpadded 32-bit, only for ontologies >= 65535 terms
    bool m_wide = false;
    std::vector<uint32_t> m_parentOffsets, m_parents; // in topological order positions
    std::vector<uint32_t> m_topo;
};
