#include "TermSimilarity.h"

#include "HpoOntology.h"
#include "InformationContent.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define MATCHDESK_SIM_SSE2 1
#endif
// AVX2 kernel compiled for a target attribute and chosen at run time (GCC and Clang on x86-64).
#if defined(MATCHDESK_SIM_SSE2) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define MATCHDESK_SIM_AVX2 1
namespace {
bool cpuHasAvx2()
{
    __builtin_cpu_init(); // needed when called before constructors of other objects have run
    return __builtin_cpu_supports("avx2");
}
} // namespace
#endif

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
    m_rankIc.resize(size_t(n));
    for (int r = 0; r < n; ++r) {
        m_rankIc[size_t(r)] = m_icf[order[size_t(r)]];
    }
    m_wide = n >= 0xffff; // 0xffff is the pad value of the 16-bit layouts
    m_lists.resize(size_t(n));
    // Records: general ranks as a bitmap, up to 16 specific ranks as lanes.
    m_generalBase = std::max(0, n - kGeneralRanks);
    m_records.resize(m_wide ? 0 : size_t(n));
    std::vector<uint32_t> ranks;
    if (m_wide) {
        m_ranks32.reserve(size_t(n) * 16);
    } else {
        m_blocks.reserve(size_t(n) * 3);
    }
    for (int t = 0; t < n; ++t) {
        ranks.clear();
        for (int a : ontology.ancestors(t)) {
            ranks.push_back(rank[size_t(a)]);
        }
        std::sort(ranks.begin(), ranks.end());
        AncestorList& l = m_lists[size_t(t)];
        l.count = uint32_t(ranks.size());
        if (m_wide) {
            l.offset = uint32_t(m_ranks32.size());
            m_ranks32.insert(m_ranks32.end(), ranks.begin(), ranks.end());
            continue;
        }
        TermRecord& rec = m_records[size_t(t)];
        std::fill(std::begin(rec.specific), std::end(rec.specific), uint16_t(0xffff));
        std::fill(std::begin(rec.general), std::end(rec.general), uint64_t(0));
        uint64_t specific = 0;
        for (const uint32_t rank : ranks) {
            if (int(rank) >= m_generalBase) {
                const uint32_t bit = rank - uint32_t(m_generalBase);
                rec.general[bit / 64] |= uint64_t(1) << (bit % 64);
            } else if (specific < 16) {
                rec.specific[specific++] = uint16_t(rank);
            } else {
                rec.general[3] |= kListsOnly;
            }
        }
        rec.general[3] |= specific << 48;
        l.offset = uint32_t(m_blocks.size());
        for (size_t i = 0; i < ranks.size(); i += 8) {
            RankBlock b;
            for (size_t k = 0; k < 8; ++k) {
                b.r[k] = i + k < ranks.size() ? uint16_t(ranks[i + k]) : uint16_t(0xffff);
            }
            m_blocks.push_back(b);
        }
    }
    if (!m_wide) {
        // Spare pad blocks: the SSE2 path always reads three blocks from a list's start.
        RankBlock pad;
        std::fill(std::begin(pad.r), std::end(pad.r), uint16_t(0xffff));
        m_blocks.push_back(pad);
        m_blocks.push_back(pad);
    }
#if defined(MATCHDESK_SIM_AVX2)
    m_kernel = cpuHasAvx2() ? Kernel::Avx2 : Kernel::Sse2;
#elif defined(MATCHDESK_SIM_SSE2)
    m_kernel = Kernel::Sse2;
#endif
    m_topo.assign(ontology.topologicalOrder().begin(), ontology.topologicalOrder().end());
    m_parentOffsets.assign(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        for (int p : ontology.parents(int(m_topo[size_t(i)]))) {
            m_parents.push_back(uint32_t(p));
        }
        m_parentOffsets[size_t(i) + 1] = uint32_t(m_parents.size());
    }
}

namespace {

template <typename T>
int mergeFirstCommon(const T* x, const T* xe, const T* y, const T* ye)
{
    while (x != xe && y != ye) {
        if (*x == *y) {
            return int(*x);
        }
        if (*x < *y) {
            ++x;
        } else {
            ++y;
        }
    }
    return -1;
}

} // namespace

int TermSimilarity::micaRankFromLists(int a, int b) const
{
    const AncestorList la = m_lists[size_t(a)];
    const AncestorList lb = m_lists[size_t(b)];
    if (m_wide) {
        const uint32_t* x = m_ranks32.data() + la.offset;
        const uint32_t* y = m_ranks32.data() + lb.offset;
        return mergeFirstCommon(x, x + la.count, y, y + lb.count);
    }
#ifdef MATCHDESK_SIM_SSE2
    if (m_kernel == Kernel::Portable) {
        const uint16_t* x = m_blocks[la.offset].r;
        const uint16_t* y = m_blocks[lb.offset].r;
        return mergeFirstCommon(x, x + la.count, y, y + lb.count);
    }
    // Broadcast every rank of the shorter list against the blocks of the other one and OR the
    // equality masks per block: the lowest set lane of the first non-zero block is the smallest
    // common rank, i.e. the MICA. Pads (0xffff) never equal a real rank.
    const bool swap = la.count > lb.count;
    const AncestorList& ls = swap ? lb : la; // broadcast side (the shorter list: fewer iterations)
    const AncestorList& ll = swap ? la : lb; // block side
    const uint16_t* s = m_blocks[ls.offset].r;
    const auto* blocks = reinterpret_cast<const __m128i*>(m_blocks.data() + ll.offset);
    const uint32_t nb = (ll.count + 7) / 8;
    if (nb <= 3) {
        // Always three blocks (m_blocks ends with two spare pad blocks); lanes past the end of the
        // list belong to the next term and are masked off afterwards. No branch on the block count.
        const __m128i b0 = _mm_load_si128(blocks);
        const __m128i b1 = _mm_load_si128(blocks + 1);
        const __m128i b2 = _mm_load_si128(blocks + 2);
        __m128i m0 = _mm_setzero_si128();
        __m128i m1 = _mm_setzero_si128();
        __m128i m2 = _mm_setzero_si128();
        for (uint32_t i = 0; i < ls.count; ++i) {
            const __m128i v = _mm_set1_epi16(short(s[i]));
            m0 = _mm_or_si128(m0, _mm_cmpeq_epi16(b0, v));
            m1 = _mm_or_si128(m1, _mm_cmpeq_epi16(b1, v));
            m2 = _mm_or_si128(m2, _mm_cmpeq_epi16(b2, v));
        }
        const uint64_t k =
            (uint64_t(uint32_t(_mm_movemask_epi8(m0))) | (uint64_t(uint32_t(_mm_movemask_epi8(m1))) << 16) |
             (uint64_t(uint32_t(_mm_movemask_epi8(m2))) << 32)) &
            ((uint64_t(1) << (2 * ll.count)) - 1);
        if (k == 0) {
            return -1;
        }
        const int bit = std::countr_zero(k) / 2;
        return int(m_blocks[ll.offset + uint32_t(bit / 8)].r[bit % 8]);
    }
    auto lane = [&](uint32_t block, uint32_t mask) {
        return int(m_blocks[ll.offset + block].r[std::countr_zero(mask) / 2]);
    };
    // Longer lists (rare): block by block in rank order, stopping at the first block with a match.
    for (uint32_t blk = 0; blk < nb; ++blk) {
        const __m128i b = _mm_load_si128(blocks + blk);
        __m128i m = _mm_setzero_si128();
        for (uint32_t i = 0; i < ls.count; ++i) {
            m = _mm_or_si128(m, _mm_cmpeq_epi16(b, _mm_set1_epi16(short(s[i]))));
        }
        const auto k = uint32_t(_mm_movemask_epi8(m));
        if (k) {
            return lane(blk, k);
        }
    }
    return -1;
#else
    const uint16_t* x = m_blocks[la.offset].r;
    const uint16_t* y = m_blocks[lb.offset].r;
    return mergeFirstCommon(x, x + la.count, y, y + lb.count);
#endif
}

namespace {

// Lowest common general rank, -1 if none (all four words at once, no loop: which word holds it
// varies from pair to pair).
inline int commonGeneral(const uint64_t* x, const uint64_t* y, int base)
{
    constexpr uint64_t kBits = (uint64_t(1) << 48) - 1; // word 3 without the flags
    const uint64_t c0 = x[0] & y[0], c1 = x[1] & y[1], c2 = x[2] & y[2], c3 = x[3] & y[3] & kBits;
    int r = c3 ? base + 192 + std::countr_zero(c3) : -1;
    r = c2 ? base + 128 + std::countr_zero(c2) : r;
    r = c1 ? base + 64 + std::countr_zero(c1) : r;
    return c0 ? base + std::countr_zero(c0) : r;
}

// The MICA rank from two records (a's specific lanes and general bits, b's general bits) and the
// lane matches of a's specific ranks among b's: the first matching lane is the smallest common
// specific rank; without one, the lowest common general rank.
inline int recordRank(const uint16_t* specificA, const uint64_t* generalA, unsigned matches,
                      const uint64_t* generalB, int base)
{
    // Pad lanes of a (0xffff) match pads of b: keep the lanes holding ranks.
    const auto count = unsigned(generalA[3] >> 48) & 31u;
    matches &= unsigned((uint64_t(1) << (2 * count)) - 1);
    if (matches) {
        return specificA[std::countr_zero(matches) / 2];
    }
    return commonGeneral(generalA, generalB, base);
}

} // namespace

// The specific-rank kernels return a bit mask with bits 2i and 2i + 1 set when lane i of x equals
// some lane of y (both 16 lanes, ascending, 0xffff pads; pad lanes of x are masked off by the
// caller). Each compares x, and x with the two words of every 32-bit pair swapped, against the
// eight 32-bit pairs of y broadcast in turn: 16 compares cover all 256 lane pairs and the
// broadcasts are plain loads (no shuffle unit).

#ifdef MATCHDESK_SIM_SSE2
namespace {
inline __m128i swapWords(__m128i v)
{
    return _mm_or_si128(_mm_slli_epi32(v, 16), _mm_srli_epi32(v, 16));
}

inline unsigned specificMatchesSse2(const uint16_t* x, const uint16_t* y)
{
    const __m128i x0 = _mm_load_si128(reinterpret_cast<const __m128i*>(x));
    const __m128i x1 = _mm_load_si128(reinterpret_cast<const __m128i*>(x) + 1);
    const __m128i s0 = swapWords(x0);
    const __m128i s1 = swapWords(x1);
    __m128i m0 = _mm_setzero_si128(), m1 = _mm_setzero_si128();
    __m128i n0 = _mm_setzero_si128(), n1 = _mm_setzero_si128();
    for (int k = 0; k < 8; ++k) {
        int32_t pair;
        std::memcpy(&pair, y + 2 * k, sizeof pair);
        const __m128i p = _mm_set1_epi32(pair);
        m0 = _mm_or_si128(m0, _mm_cmpeq_epi16(x0, p));
        m1 = _mm_or_si128(m1, _mm_cmpeq_epi16(x1, p));
        n0 = _mm_or_si128(n0, _mm_cmpeq_epi16(s0, p));
        n1 = _mm_or_si128(n1, _mm_cmpeq_epi16(s1, p));
    }
    m0 = _mm_or_si128(m0, swapWords(n0)); // matches of swapped lanes back to their own lanes
    m1 = _mm_or_si128(m1, swapWords(n1));
    return unsigned(_mm_movemask_epi8(m0)) | (unsigned(_mm_movemask_epi8(m1)) << 16);
}
} // namespace
#endif

#ifdef MATCHDESK_SIM_AVX2
namespace {
__attribute__((target("avx2"))) inline __m256i swapWords256(__m256i v)
{
    return _mm256_or_si256(_mm256_slli_epi32(v, 16), _mm256_srli_epi32(v, 16));
}

__attribute__((target("avx2"))) unsigned specificMatchesAvx2(const uint16_t* x, const uint16_t* y)
{
    const __m256i a = _mm256_load_si256(reinterpret_cast<const __m256i*>(x));
    const __m256i s = swapWords256(a);
    __m256i m = _mm256_setzero_si256(), n = _mm256_setzero_si256();
    for (int k = 0; k < 8; ++k) {
        int32_t pair;
        std::memcpy(&pair, y + 2 * k, sizeof pair);
        const __m256i p = _mm256_set1_epi32(pair);
        m = _mm256_or_si256(m, _mm256_cmpeq_epi16(a, p));
        n = _mm256_or_si256(n, _mm256_cmpeq_epi16(s, p));
    }
    m = _mm256_or_si256(m, swapWords256(n));
    return unsigned(_mm256_movemask_epi8(m));
}

// The whole record comparison compiled for AVX2 (one call per pair instead of two).
__attribute__((target("avx2"))) int recordRankAvx2(const uint16_t* specificA, const uint64_t* generalA,
                                                   const uint16_t* specificB, const uint64_t* generalB,
                                                   int base)
{
    return recordRank(specificA, generalA, specificMatchesAvx2(specificA, specificB), generalB, base);
}
} // namespace
#endif

std::vector<TermSimilarity::Kernel> TermSimilarity::availableKernels()
{
    std::vector<Kernel> out{Kernel::Portable};
#ifdef MATCHDESK_SIM_SSE2
    out.push_back(Kernel::Sse2);
#endif
#ifdef MATCHDESK_SIM_AVX2
    if (cpuHasAvx2()) {
        out.push_back(Kernel::Avx2);
    }
#endif
    return out;
}

bool TermSimilarity::setKernel(Kernel kernel)
{
    const std::vector<Kernel> k = availableKernels();
    if (std::find(k.begin(), k.end(), kernel) == k.end()) {
        return false;
    }
    m_kernel = kernel;
    return true;
}

int TermSimilarity::micaRank(int a, int b) const
{
    if (m_wide) {
        return micaRankFromLists(a, b);
    }
    const TermRecord& ra = m_records[size_t(a)];
    const TermRecord& rb = m_records[size_t(b)];
    if ((ra.general[3] | rb.general[3]) & kListsOnly) {
        return micaRankFromLists(a, b);
    }
    switch (m_kernel) {
#ifdef MATCHDESK_SIM_AVX2
    case Kernel::Avx2:
        return recordRankAvx2(ra.specific, ra.general, rb.specific, rb.general, m_generalBase);
#endif
#ifdef MATCHDESK_SIM_SSE2
    case Kernel::Sse2:
        return recordRank(ra.specific, ra.general, specificMatchesSse2(ra.specific, rb.specific), rb.general,
                          m_generalBase);
#endif
    default:
        break;
    }
    unsigned matches = 0;
    for (int i = 0; i < 16; ++i) {
        for (int k = 0; k < 16; ++k) {
            if (ra.specific[i] == rb.specific[k]) {
                matches |= 3u << (2 * i);
            }
        }
    }
    return recordRank(ra.specific, ra.general, matches, rb.general, m_generalBase);
}

int TermSimilarity::mica(int a, int b) const
{
    const int r = micaRank(a, b);
    return r < 0 ? -1 : int(m_rankToTerm[size_t(r)]);
}

double TermSimilarity::resnik(int a, int b) const
{
    const int r = micaRank(a, b);
    return r < 0 ? 0.0 : double(m_rankIc[size_t(r)]);
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
