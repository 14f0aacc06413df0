#include "TermSearch.h"

#include "HpoOntology.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <string>
#include <string_view>
#include <unordered_map>

struct TermSearch::Index
{
    struct Entry
    {
        int term;
        QString text;
        std::string folded; // UTF-8 of TermSearch::fold(text)
        int language;
        bool synonym;
        bool isId;
    };
    std::vector<Entry> entries;
    QStringList languages;
    std::vector<int> sorted;                // entries by folded text
    std::vector<std::string_view> words;    // vocabulary, sorted (views into entries' folded text)
    std::vector<std::vector<int>> postings; // word -> entries
    bool dirty = true;
};

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char(':');
}

// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) between `token` and
// the best prefix of `word`, capped at maxDist + 1.
int prefixDistance(std::string_view token, std::string_view word, int maxDist)
{
    const int n = int(token.size());
    const int m = std::min(int(word.size()), n + maxDist);
    if (n >= 63) {
        return maxDist + 1;
    }
    int prev2[64], prev[64], cur[64];
    for (int i = 0; i <= n; ++i) {
        prev[i] = i;
        prev2[i] = i;
    }
    int best = prev[n];
    for (int j = 1; j <= m; ++j) {
        cur[0] = j;
        int rowMin = cur[0];
        for (int i = 1; i <= n; ++i) {
            int v =
                std::min({prev[i - 1] + (token[i - 1] == word[j - 1] ? 0 : 1), prev[i] + 1, cur[i - 1] + 1});
            if (i > 1 && j > 1 && token[i - 1] == word[j - 2] && token[i - 2] == word[j - 1]) {
                v = std::min(v, prev2[i - 2] + 1);
            }
            cur[i] = v;
            rowMin = std::min(rowMin, v);
        }
        best = std::min(best, cur[n]);
        if (rowMin > maxDist) {
            break;
        }
        std::copy(prev, prev + n + 1, prev2);
        std::copy(cur, cur + n + 1, prev);
    }
    return best;
}

// fold() as UTF-8, with a fast path for ASCII text.
std::string foldUtf8(const QString& text)
{
    std::string out;
    out.reserve(size_t(text.size()));
    bool space = true;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 0x80) {
            return TermSearch::fold(text).toStdString();
        }
        const bool word = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u':';
        if (word) {
            out.push_back(char(c));
            space = false;
        } else if (c >= u'A' && c <= u'Z') {
            out.push_back(char(c - u'A' + u'a'));
            space = false;
        } else if (!space) {
            out.push_back(' ');
            space = true;
        }
    }
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

} // namespace

QString TermSearch::fold(const QString& text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString src = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(src.size());
    bool space = true;
    for (QChar c : src) {
        if (!ascii && c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (isWordChar(c)) {
            if (ascii) {
                out.append(c.toLower());
            } else {
                out.append(QString(c).toCaseFolded());
            }
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    return out;
}

TermSearch::TermSearch(std::shared_ptr<const HpoOntology> ontology)
    : m_ontology(std::move(ontology))
    , m_d(std::make_unique<Index>())
{
    m_d->languages << QStringLiteral("en");
    const HpoOntology& o = *m_ontology;
    m_d->entries.reserve(size_t(o.size()) * 4);
    for (int t = 0; t < o.size(); ++t) {
        const QString& id = o.id(t);
        add(t, id, 0, false, true);
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            add(t, id.mid(colon + 1), 0, false, true);
        }
        add(t, o.name(t), 0, false, false);
        for (const TermSynonym& s : o.synonyms(t)) {
            add(t, s.text, 0, true, false);
        }
    }
    finalize();
}

TermSearch::~TermSearch() = default;

int TermSearch::entryCount() const
{
    return int(m_d->entries.size());
}

void TermSearch::add(int term, const QString& text, int language, bool synonym, bool isId)
{
    m_d->entries.push_back({term, text, foldUtf8(text), language, synonym, isId});
    m_d->dirty = true;
}

void TermSearch::addLabels(const QString& language, const QList<Label>& labels)
{
    int lang = int(m_d->languages.indexOf(language));
    if (lang < 0) {
        lang = int(m_d->languages.size());
        m_d->languages.append(language);
    }
    for (const Label& l : labels) {
        if (l.term >= 0 && l.term < m_ontology->size() && !l.text.trimmed().isEmpty()) {
            add(l.term, l.text, lang, l.synonym, false);
        }
    }
    finalize();
}

void TermSearch::finalize() const
{
    Index& d = *m_d;
    d.sorted.resize(d.entries.size());
    for (size_t i = 0; i < d.entries.size(); ++i) {
        d.sorted[i] = int(i);
    }
    std::sort(d.sorted.begin(), d.sorted.end(),
              [&](int a, int b) { return d.entries[size_t(a)].folded < d.entries[size_t(b)].folded; });
    // Intern words (hash), collect postings in entry order, then sort the vocabulary only.
    std::unordered_map<std::string_view, int> ids;
    ids.reserve(d.entries.size());
    std::vector<std::string_view> vocab;
    std::vector<std::vector<int>> postings;
    for (size_t i = 0; i < d.entries.size(); ++i) {
        if (d.entries[i].isId) {
            continue;
        }
        const std::string_view f = d.entries[i].folded;
        size_t start = 0;
        while (start < f.size()) {
            size_t end = f.find(' ', start);
            if (end == std::string_view::npos) {
                end = f.size();
            }
            if (end > start) {
                const auto [it, inserted] = ids.try_emplace(f.substr(start, end - start), int(vocab.size()));
                if (inserted) {
                    vocab.push_back(it->first);
                    postings.emplace_back();
                }
                auto& p = postings[size_t(it->second)];
                if (p.empty() || p.back() != int(i)) {
                    p.push_back(int(i));
                }
            }
            start = end + 1;
        }
    }
    std::vector<int> order(vocab.size());
    for (size_t k = 0; k < order.size(); ++k) {
        order[k] = int(k);
    }
    std::sort(order.begin(), order.end(), [&](int x, int y) { return vocab[size_t(x)] < vocab[size_t(y)]; });
    // Views point into entries' folded strings, which stay put until the next finalize().
    d.words.clear();
    d.words.reserve(order.size());
    d.postings.clear();
    d.postings.reserve(order.size());
    for (int k : order) {
        d.words.push_back(vocab[size_t(k)]);
        d.postings.push_back(std::move(postings[size_t(k)]));
    }
    d.dirty = false;
}

QList<TermSearchHit> TermSearch::search(const QString& query, int limit, const QStringList& languages) const
{
    const Index& d = *m_d;
    const std::string f = foldUtf8(query);
    if (f.empty() || limit <= 0) {
        return {};
    }
    std::vector<char> langOk(size_t(d.languages.size()), languages.isEmpty() ? 1 : 0);
    for (const QString& l : languages) {
        const qsizetype i = d.languages.indexOf(l);
        if (i >= 0) {
            langOk[size_t(i)] = 1;
        }
    }
    // Best entry per term, without building hits until the end.
    const int nTerms = m_ontology->size();
    std::vector<int> bestEntry(static_cast<size_t>(nTerms), -1);
    std::vector<int> bestScore(static_cast<size_t>(nTerms), INT_MIN);
    std::vector<uint8_t> bestKind(static_cast<size_t>(nTerms), 0);
    std::vector<int> touched;
    auto offer = [&](int e, TermSearchHit::Kind kind) {
        const auto& en = d.entries[size_t(e)];
        if (!en.isId && !langOk[size_t(en.language)]) {
            return;
        }
        const int score = (3 - int(kind)) * 1000 + (en.synonym ? 0 : 200) + (en.language == 0 ? 50 : 0) -
                          int(std::min<size_t>(en.folded.size(), 150));
        const size_t t = size_t(en.term);
        if (bestEntry[t] < 0) {
            touched.push_back(en.term);
        }
        if (score > bestScore[t]) {
            bestScore[t] = score;
            bestEntry[t] = e;
            bestKind[t] = uint8_t(kind);
        }
    };
    // Exact and prefix matches of the whole text.
    auto lo = std::lower_bound(d.sorted.begin(), d.sorted.end(), f,
                               [&](int e, const std::string& v) { return d.entries[size_t(e)].folded < v; });
    for (auto it = lo; it != d.sorted.end(); ++it) {
        const std::string& t = d.entries[size_t(*it)].folded;
        if (t.compare(0, f.size(), f) != 0) {
            break;
        }
        offer(*it, t.size() == f.size() ? TermSearchHit::Kind::Exact : TermSearchHit::Kind::Prefix);
    }
    // Word prefixes: every query token is a prefix of some word of the entry.
    std::vector<std::string_view> tokens;
    for (size_t start = 0; start < f.size();) {
        size_t end = f.find(' ', start);
        if (end == std::string::npos) {
            end = f.size();
        }
        if (end > start) {
            tokens.emplace_back(std::string_view(f).substr(start, end - start));
        }
        start = end + 1;
    }
    std::vector<uint8_t> count(d.entries.size(), 0);
    std::vector<std::vector<int>> tokenWords(tokens.size());
    for (size_t k = 0; k < tokens.size(); ++k) {
        const std::string_view tok = tokens[k];
        auto w = std::lower_bound(d.words.begin(), d.words.end(), tok);
        for (; w != d.words.end() && w->substr(0, tok.size()) == tok; ++w) {
            tokenWords[size_t(k)].push_back(int(w - d.words.begin()));
        }
    }
    auto countMatches = [&](const std::vector<std::vector<int>>& perToken) {
        std::fill(count.begin(), count.end(), 0);
        std::vector<int> result;
        for (size_t k = 0; k < perToken.size(); ++k) {
            for (int w : perToken[k]) {
                for (int e : d.postings[size_t(w)]) {
                    if (count[size_t(e)] == k) {
                        count[size_t(e)] = uint8_t(k + 1);
                        if (k + 1 == perToken.size()) {
                            result.push_back(e);
                        }
                    }
                }
            }
        }
        return result;
    };
    if (tokens.size() < 250) {
        for (int e : countMatches(tokenWords)) {
            offer(e, TermSearchHit::Kind::WordPrefix);
        }
    }
    // Typo-tolerant: only when the better tiers left room.
    if (qsizetype(touched.size()) < limit && tokens.size() < 250) {
        bool any = false;
        for (size_t k = 0; k < tokens.size(); ++k) {
            const std::string_view tok = tokens[k];
            if (tok.size() < 4 || tokenWords[size_t(k)].size() >= 3) {
                continue;
            }
            const int maxDist = tok.size() >= 8 ? 2 : 1;
            for (size_t w = 0; w < d.words.size(); ++w) {
                const std::string_view word = d.words[w];
                if (word.size() + size_t(maxDist) < tok.size()) {
                    continue;
                }
                if (prefixDistance(tok, word, maxDist) <= maxDist) {
                    tokenWords[size_t(k)].push_back(int(w));
                    any = true;
                }
            }
        }
        if (any) {
            for (int e : countMatches(tokenWords)) {
                offer(e, TermSearchHit::Kind::Fuzzy);
            }
        }
    }
    const auto better = [&](int a, int b) {
        return bestScore[size_t(a)] != bestScore[size_t(b)] ? bestScore[size_t(a)] > bestScore[size_t(b)]
                                                            : a < b;
    };
    const size_t k = std::min(touched.size(), size_t(limit));
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(k), touched.end(), better);
    QList<TermSearchHit> out;
    out.reserve(qsizetype(k));
    for (size_t i = 0; i < k; ++i) {
        const int t = touched[i];
        const auto& en = d.entries[size_t(bestEntry[size_t(t)])];
        TermSearchHit h;
        h.term = t;
        h.matchedText = en.text;
        h.language = d.languages[en.language];
        h.synonym = en.synonym;
        h.kind = TermSearchHit::Kind(bestKind[size_t(t)]);
        h.score = bestScore[size_t(t)];
        out.append(h);
    }
    return out;
}
