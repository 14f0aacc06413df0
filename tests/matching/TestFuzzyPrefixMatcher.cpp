#include "matching/FuzzyPrefixMatcher.h"

#include <QTest>
#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace {
// Reference: optimal-string-alignment distance between `token` and the best prefix of `word` of at
// most token length + maxDist letters, from scratch for every word.
int prefixDistance(const std::string& token, const std::string& word, int maxDist)
{
    const int n = int(token.size());
    const int m = std::min(int(word.size()), n + maxDist);
    std::vector<std::vector<int>> d(size_t(m) + 1, std::vector<int>(size_t(n) + 1));
    for (int i = 0; i <= n; ++i) {
        d[0][size_t(i)] = i;
    }
    int best = n;
    for (int j = 1; j <= m; ++j) {
        d[size_t(j)][0] = j;
        for (int i = 1; i <= n; ++i) {
            int v = std::min(
                {d[size_t(j - 1)][size_t(i - 1)] + (token[size_t(i - 1)] == word[size_t(j - 1)] ? 0 : 1),
                 d[size_t(j - 1)][size_t(i)] + 1, d[size_t(j)][size_t(i - 1)] + 1});
            if (i > 1 && j > 1 && token[size_t(i - 1)] == word[size_t(j - 2)] &&
                token[size_t(i - 2)] == word[size_t(j - 1)]) {
                v = std::min(v, d[size_t(j - 2)][size_t(i - 2)] + 1);
            }
            d[size_t(j)][size_t(i)] = v;
        }
        best = std::min(best, d[size_t(j)][size_t(n)]);
    }
    return best;
}

std::string randomWord(std::mt19937& rng, const std::string& alphabet, int minLen, int maxLen)
{
    const int len = minLen + int(rng() % unsigned(maxLen - minLen + 1));
    std::string w;
    for (int i = 0; i < len; ++i) {
        w.push_back(alphabet[rng() % alphabet.size()]);
    }
    return w;
}
} // namespace

class TestFuzzyPrefixMatcher : public QObject
{
    Q_OBJECT

private slots:
    void knownCases()
    {
        FuzzyPrefixMatcher m("siezure", 1);
        QVERIFY(m.matches("seizure"));  // transposition
        QVERIFY(m.matches("seizures")); // prefix of a longer word
        QVERIFY(!m.matches("seize"));   // too short: two insertions needed
        QVERIFY(m.matches("siezxre"));  // substitution
        QVERIFY(!m.matches("sxexure")); // two substitutions
        FuzzyPrefixMatcher m2("cerebellar", 2);
        QVERIFY(m2.matches("cerebelar"));
        QVERIFY(m2.matches("cerrebelllar"));
        QVERIFY(!m2.matches("cardiac"));
        FuzzyPrefixMatcher longToken(std::string(70, 'a'), 2);
        QVERIFY(!longToken.matches(std::string(70, 'a'))); // 63 letters or more never match
    }

    void sameAnswersAsFromScratchInAnyOrder()
    {
        // Small alphabets give long shared prefixes and many near misses; both sorted and shuffled
        // word orders must agree with the from-scratch distance.
        std::mt19937 rng(12345);
        for (const char* alphabetText : {"ab", "abc", "abcdefghij"}) {
            const std::string alphabet(alphabetText);
            std::vector<std::string> words;
            for (int i = 0; i < 1500; ++i) {
                words.push_back(randomWord(rng, alphabet, 1, 14));
            }
            std::sort(words.begin(), words.end());
            words.erase(std::unique(words.begin(), words.end()), words.end());
            std::vector<std::string> shuffled = words;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            for (int k = 0; k < 40; ++k) {
                const std::string token = randomWord(rng, alphabet, 4, 11);
                for (int maxDist : {1, 2}) {
                    for (const auto* list : {&words, &shuffled}) {
                        FuzzyPrefixMatcher m(token, maxDist);
                        for (const std::string& w : *list) {
                            const bool expected = w.size() + size_t(maxDist) >= token.size() &&
                                                  prefixDistance(token, w, maxDist) <= maxDist;
                            if (m.matches(w) != expected) {
                                QFAIL(qPrintable(
                                    QStringLiteral("token %1, word %2, maxDist %3")
                                        .arg(QString::fromStdString(token), QString::fromStdString(w))
                                        .arg(maxDist)));
                            }
                        }
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzyPrefixMatcher)
#include "TestFuzzyPrefixMatcher.moc"
