#pragma once

#include <string_view>
#include <vector>

// Typo-tolerant matching of one query token against many words (the term search vocabulary): a word
// matches when some prefix of it, at most token length + maxDist letters long, is within maxDist
// optimal-string-alignment edits (Levenshtein plus adjacent transpositions) of the token. Tokens of
// 63 or more letters match nothing.
//
// Column j of the edit-distance table depends only on the first j letters of the word, so when words
// come in sorted order consecutive words share the columns of their common prefix, and a prefix whose
// column minimum already exceeds maxDist rules out every following word that starts with it (column
// minima never decrease). Any order gives the same answers. The token and the word passed to the
// previous matches() call must stay valid while the matcher is used.
class FuzzyPrefixMatcher
{
public:
    FuzzyPrefixMatcher(std::string_view token, int maxDist);

    bool matches(std::string_view word);

private:
    int computeColumn(std::string_view word, int j);

    std::string_view m_token;
    int m_n;
    int m_maxDist;
    int m_maxCols;
    std::vector<int> m_cols; // (m_maxCols + 1) columns of m_n + 1 rows
    std::vector<int> m_best; // m_best[j]: smallest last-row value of columns 0..j
    std::string_view m_word; // the word whose columns 1..m_valid are in m_cols
    int m_valid = 0;
    int m_dead = 0; // first column (<= m_valid) whose minimum exceeds maxDist, 0 if none
};
