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
// descending, then index ascending).
//
// Pairs: every term has one 64-byte record. Its ancestors among the kGeneralRanks most general ranks
// (lowest IC: the root, organ systems, ...) are a bitmap; the other ("specific") ancestor ranks, at
// most 16, are a sorted vector of 16-bit lanes. Every specific rank is below every general one, so
// the MICA is the smallest common specific rank (one all-pairs SIMD compare of the two 16-lane
// vectors) or else the lowest common bit of the two bitmaps. Terms with more specific ancestors
// (about 1.5% of HPO) take the general path: full ancestor rank lists in 16-bit blocks of 8,
// compared with SSE2; very large ontologies (>= 65535 terms) use a 32-bit merge walk for everything.
// The SIMD kernel is chosen at run time (AVX2 when the CPU has it, else SSE2; portable code
// elsewhere).
//
// Whole rows sim(a, *) are computed with one pass over the topological order. The referenced
// ontology and IC must outlive this object.
class TermSimilarity
{
public:
    enum class Measure
    {
        Resnik,
        Lin,
        JiangConrath,
    };
    // Implementations of the pair search (same results; for tests and benchmarks).
    enum class Kernel
    {
        Portable, // plain C++
        Sse2,     // x86-64 baseline
        Avx2,     // chosen at run time when the CPU supports it
    };
    static std::vector<Kernel> availableKernels();

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

    Kernel kernel() const { return m_kernel; }
    // Switches the implementation; false (and no change) when this CPU or build lacks it.
    bool setKernel(Kernel kernel);

    // Number of most general ranks kept as a bitmap per term (the last 16 bits of the 256-bit
    // record field hold the record's flags).
    static constexpr int kGeneralRanks = 240;

private:
    const HpoOntology& m_ontology;
    const InformationContent& m_ic;
    // Rank of the MICA (0 = most informative) or -1 when the terms share no ancestor.
    int micaRank(int a, int b) const;
    // The same through the full ancestor lists (terms with many specific ancestors).
    int micaRankFromLists(int a, int b) const;

    struct alignas(64) TermRecord
    {
        uint16_t specific[16]; // specific ancestor ranks ascending, 0xffff pads
        uint64_t general[4];   // bit k: rank m_generalBase + k is an ancestor (k < kGeneralRanks);
    };                         // general[3] >> 48: number of specific ranks | kListsOnly
    static constexpr uint64_t kListsOnly = uint64_t(1) << 63;
    std::vector<TermRecord> m_records;
    int m_generalBase = 0; // lowest general rank
    Kernel m_kernel = Kernel::Portable;

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
    bool m_wide = false;             // 32-bit lists only (no records)
    std::vector<uint32_t> m_parentOffsets, m_parents; // in topological order positions
    std::vector<uint32_t> m_topo;
};
