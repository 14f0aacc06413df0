#include "FuzzyPrefixMatcher.h"

#include <algorithm>

FuzzyPrefixMatcher::FuzzyPrefixMatcher(std::string_view token, int maxDist)
    : m_token(token)
    , m_n(int(token.size()))
    , m_maxDist(maxDist)
    , m_maxCols(m_n + maxDist)
{
    if (m_n >= 63) {
        return; // never matches (see matches())
    }
    m_cols.assign(size_t(m_maxCols + 1) * size_t(m_n + 1), 0);
    m_best.assign(size_t(m_maxCols + 1), 0);
    for (int i = 0; i <= m_n; ++i) {
        m_cols[size_t(i)] = i;
    }
    m_best[0] = m_n; // column 0: the empty prefix
}

bool FuzzyPrefixMatcher::matches(std::string_view word)
{
    if (m_n >= 63 || word.size() + size_t(m_maxDist) < size_t(m_n)) {
        return false;
    }
    const int m = std::min(int(word.size()), m_maxCols);
    // Columns 1..shared are those of the previous word (same letters so far).
    int shared = 0;
    const int limit = std::min(m, m_valid);
    while (shared < limit && word[size_t(shared)] == m_word[size_t(shared)]) {
        ++shared;
    }
    if (m_dead > 0 && m_dead <= shared) {
        return m_best[size_t(m_dead)] <= m_maxDist; // the scan stops at the dead column
    }
    int j = shared;
    int dead = 0;
    while (j < m) {
        ++j;
        if (computeColumn(word, j) > m_maxDist) {
            dead = j;
            break;
        }
    }
    m_word = word;
    m_valid = j;
    m_dead = dead;
    return m_best[size_t(j)] <= m_maxDist;
}

// Fills column j (word letter j - 1) and returns its minimum.
int FuzzyPrefixMatcher::computeColumn(std::string_view word, int j)
{
    const size_t stride = size_t(m_n + 1);
    const int* prev = m_cols.data() + size_t(j - 1) * stride;
    const int* prev2 = j >= 2 ? m_cols.data() + size_t(j - 2) * stride : nullptr;
    int* cur = m_cols.data() + size_t(j) * stride;
    const char wj = word[size_t(j - 1)];
    const char wj1 = j >= 2 ? word[size_t(j - 2)] : '\0';
    cur[0] = j;
    int colMin = j;
    for (int i = 1; i <= m_n; ++i) {
        int v = std::min({prev[i - 1] + (m_token[size_t(i - 1)] == wj ? 0 : 1), prev[i] + 1, cur[i - 1] + 1});
        if (i > 1 && j > 1 && m_token[size_t(i - 1)] == wj1 && m_token[size_t(i - 2)] == wj) {
            v = std::min(v, prev2[i - 2] + 1);
        }
        cur[i] = v;
        colMin = std::min(colMin, v);
    }
    m_best[size_t(j)] = std::min(m_best[size_t(j - 1)], cur[m_n]);
    return colMin;
}
