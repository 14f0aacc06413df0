#include "TermSearch.h"

#include "ByteViewTable.h"
#include "FuzzyPrefixMatcher.h"
#include "HpoOntology.h"

#include <algorithm>
#include <climits>
#include <future>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

struct TermSearch::Index
{
    // Where an entry's text comes from (the original spelling is looked up when a hit is built).
    enum Origin : uint8_t
    {
        Id,       // ontology id "HP:0001250"
        IdSuffix, // the id without its prefix "0001250"
        Name,     // ontology label
        Synonym,  // ontology synonym number `text`
        Label,    // addLabels() text number `text` in labelTexts
    };
    struct Entry
    {
        int term;
        uint32_t foldedOffset; // UTF-8 of TermSearch::fold(text) in `pool`
        uint32_t foldedLength;
        int text;
        uint16_t language;
        Origin origin;
        bool synonym;
        bool isId() const { return origin == Id || origin == IdSuffix; }
    };
    std::vector<Entry> entries;
    std::vector<QString> labelTexts;
    std::string pool; // folded texts, concatenated
    QStringList languages;
    std::vector<int> sorted;                 // entries by folded text (then entry number)
    std::vector<std::string_view> words;     // vocabulary, sorted (views into `pool`)
    std::vector<uint32_t> postingOffsets{0}; // word -> its entries: postings[off[w] .. off[w + 1])
    std::vector<int> postings;               // entry numbers, ascending per word

    std::string_view folded(int e) const
    {
        const Entry& en = entries[size_t(e)];
        return {pool.data() + en.foldedOffset, en.foldedLength};
    }
    QString text(const Entry& en, const HpoOntology& o) const
    {
        switch (en.origin) {
        case Id:
            return o.id(en.term);
        case IdSuffix:
            return o.id(en.term).mid(o.id(en.term).indexOf(QLatin1Char(':')) + 1);
        case Name:
            return o.name(en.term);
        case Synonym:
            return o.synonyms(en.term)[en.text].text;
        case Label:
            break;
        }
        return labelTexts[size_t(en.text)];
    }
};

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char(':');
}

// The general folding algorithm: compatibility decomposition (NFKD), non-spacing marks dropped,
// letters, digits and ':' case-folded, every run of other characters one space, trimmed.
QString generalFold(const QString& text)
{
    const QString src = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(src.size());
    bool space = true;
    for (QChar c : src) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (isWordChar(c)) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    // Case folding maps code point by code point (no context), so folding the kept letters at once
    // equals folding each of them on its own.
    return out.toCaseFolded();
}

// First code point after the Latin blocks that appendFolded() folds through a table.
constexpr char16_t kLatinEnd = 0x250;

// fold() of each character of Latin-1 Supplement, Latin Extended-A and -B (U+0080..U+024F), as
// UTF-8 with ' ' where the character is or decomposes into a separator. Computed once with the
// general algorithm (compatibility decomposition, drop non-spacing marks, case folding); since
// decomposition and case folding work character by character, concatenating these pieces (with
// separators collapsed) gives fold() of the whole text.
const std::vector<std::string>& latinFolds()
{
    static const std::vector<std::string> table = [] {
        std::vector<std::string> t(kLatinEnd);
        for (char16_t c = 0x80; c < kLatinEnd; ++c) {
            const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_KD);
            std::string& piece = t[c];
            for (QChar x : decomposed) {
                if (x.category() == QChar::Mark_NonSpacing) {
                    continue;
                }
                piece += isWordChar(x) ? QString(x).toCaseFolded().toStdString() : std::string(" ");
            }
        }
        return t;
    }();
    return table;
}

// TermSearch::fold() as UTF-8 appended to `out`: ASCII and Latin letters directly (same result as
// generalFold()), any other text through generalFold().
void appendFolded(QStringView text, std::string& out)
{
    const size_t start = out.size();
    bool space = true;
    const std::vector<std::string>* latin = nullptr;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 0x80) {
            if (c >= kLatinEnd) {
                out.resize(start);
                out += generalFold(text.toString()).toStdString();
                return;
            }
            if (!latin) {
                latin = &latinFolds();
            }
            for (const char b : (*latin)[c]) {
                if (b != ' ') {
                    out.push_back(b);
                    space = false;
                } else if (!space) {
                    out.push_back(' ');
                    space = true;
                }
            }
            continue;
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
    if (out.size() > start && out.back() == ' ') {
        out.pop_back();
    }
}

// Bytes [from, from + 8) as a big-endian integer (zero padded): orders like the strings
// themselves, since folded text never contains a NUL byte.
uint64_t keyAt(std::string_view s, size_t from)
{
    uint64_t k = 0;
    for (size_t i = from; i < std::min(s.size(), from + 8); ++i) {
        k |= uint64_t(uchar(s[i])) << (56 - 8 * (i - from));
    }
    return k;
}

// Sorts `items` by textOf(item), ties by item (compares the first 16 bytes as two integers).
template <typename TextOf>
void sortByText(std::vector<int>& items, TextOf textOf)
{
    struct Keyed
    {
        uint64_t k0;
        uint64_t k1;
        int item;
    };
    std::vector<Keyed> keyed(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string_view t = textOf(items[i]);
        keyed[i] = {keyAt(t, 0), keyAt(t, 8), items[i]};
    }
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.k0 != b.k0) {
            return a.k0 < b.k0;
        }
        if (a.k1 != b.k1) {
            return a.k1 < b.k1;
        }
        const std::string_view x = textOf(a.item);
        const std::string_view y = textOf(b.item);
        if (x.size() > 16 || y.size() > 16) {
            const int c =
                x.substr(std::min<size_t>(16, x.size())).compare(y.substr(std::min<size_t>(16, y.size())));
            if (c != 0) {
                return c < 0;
            }
        }
        return a.item < b.item;
    });
    for (size_t i = 0; i < items.size(); ++i) {
        items[i] = keyed[i].item;
    }
}

} // namespace

QString TermSearch::fold(const QString& text)
{
    std::string out;
    appendFolded(text, out);
    return QString::fromStdString(out);
}

TermSearch::TermSearch(std::shared_ptr<const HpoOntology> ontology)
    : m_ontology(std::move(ontology))
    , m_d(std::make_unique<Index>())
{
    m_d->languages << QStringLiteral("en");
    const HpoOntology& o = *m_ontology;
    m_d->entries.reserve(size_t(o.size()) * 5);
    m_d->pool.reserve(size_t(o.size()) * 80);
    for (int t = 0; t < o.size(); ++t) {
        const QString& id = o.id(t);
        add(t, id, 0, false, Index::Id, 0);
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            add(t, QStringView(id).mid(colon + 1), 0, false, Index::IdSuffix, 0);
        }
        add(t, o.name(t), 0, false, Index::Name, 0);
        const QList<TermSynonym>& synonyms = o.synonyms(t);
        for (qsizetype k = 0; k < synonyms.size(); ++k) {
            add(t, synonyms[k].text, 0, true, Index::Synonym, int(k));
        }
    }
    finalize();
}

TermSearch::~TermSearch() = default;

int TermSearch::entryCount() const
{
    return int(m_d->entries.size());
}

void TermSearch::add(int term, QStringView text, int language, bool synonym, int origin, int textNumber)
{
    Index& d = *m_d;
    const size_t offset = d.pool.size();
    appendFolded(text, d.pool);
    d.entries.push_back({term, uint32_t(offset), uint32_t(d.pool.size() - offset), textNumber,
                         uint16_t(language), Index::Origin(origin), synonym});
}

void TermSearch::addLabels(const QString& language, const QList<Label>& labels)
{
    int lang = int(m_d->languages.indexOf(language));
    if (lang < 0) {
        lang = int(m_d->languages.size());
        m_d->languages.append(language);
    }
    m_d->entries.reserve(m_d->entries.size() + size_t(labels.size()));
    for (const Label& l : labels) {
        if (l.term >= 0 && l.term < m_ontology->size() && !l.text.trimmed().isEmpty()) {
            add(l.term, l.text, lang, l.synonym, Index::Label, int(m_d->labelTexts.size()));
            m_d->labelTexts.push_back(l.text);
        }
    }
    finalize();
}

void TermSearch::finalize() const
{
    Index& d = *m_d;
    const size_t n = d.entries.size();
    // Entries in text order (whole-text matches) and the word index are independent: on two cores,
    // one is built on a helper thread.
    auto sortEntries = [&d, n] {
        d.sorted.resize(n);
        for (size_t i = 0; i < n; ++i) {
            d.sorted[i] = int(i);
        }
        sortByText(d.sorted, [&d](int e) { return d.folded(e); });
    };
    std::future<void> sorting;
    if (std::thread::hardware_concurrency() > 1) {
        try {
            sorting = std::async(std::launch::async, sortEntries);
        } catch (const std::system_error&) {
            // no thread available: sorted below
        }
    }
    if (!sorting.valid()) {
        sortEntries();
    }

    // Intern the words of every non-id entry, remembering each entry's distinct words.
    ByteViewTable ids(n / 3); // grows when the vocabulary is larger
    std::vector<std::string_view> vocab;
    std::vector<int> occurrences; // word numbers, entry after entry
    std::vector<uint32_t> occurrenceEnd(n);
    std::vector<int> lastEntry;
    std::vector<uint32_t> count;
    occurrences.reserve(n * 3);
    for (size_t i = 0; i < n; ++i) {
        if (!d.entries[i].isId()) {
            const std::string_view f = d.folded(int(i));
            size_t start = 0;
            while (start < f.size()) {
                size_t end = f.find(' ', start);
                if (end == std::string_view::npos) {
                    end = f.size();
                }
                if (end > start) {
                    const std::string_view word = f.substr(start, end - start);
                    bool inserted = false;
                    const int w = ids.insert(word, int(vocab.size()), &inserted);
                    if (inserted) {
                        vocab.push_back(word);
                        lastEntry.push_back(-1);
                        count.push_back(0);
                    }
                    if (lastEntry[size_t(w)] != int(i)) {
                        lastEntry[size_t(w)] = int(i);
                        ++count[size_t(w)];
                        occurrences.push_back(w);
                    }
                }
                start = end + 1;
            }
        }
        occurrenceEnd[i] = uint32_t(occurrences.size());
    }
    // Vocabulary in text order; postings grouped by word, entries ascending.
    std::vector<int> order(vocab.size());
    for (size_t k = 0; k < order.size(); ++k) {
        order[k] = int(k);
    }
    sortByText(order, [&vocab](int w) { return vocab[size_t(w)]; });
    std::vector<uint32_t> fill(vocab.size());
    d.words.resize(vocab.size());
    d.postingOffsets.assign(vocab.size() + 1, 0);
    for (size_t k = 0; k < order.size(); ++k) {
        const auto w = size_t(order[k]);
        d.words[k] = vocab[w];
        fill[w] = d.postingOffsets[k];
        d.postingOffsets[k + 1] = d.postingOffsets[k] + count[w];
    }
    d.postings.resize(occurrences.size());
    for (size_t i = 0, o = 0; i < n; ++i) {
        for (; o < occurrenceEnd[i]; ++o) {
            d.postings[fill[size_t(occurrences[o])]++] = int(i);
        }
    }
    if (sorting.valid()) {
        sorting.get(); // rethrows what the helper thread threw (e.g. bad_alloc)
    }
}

QList<TermSearchHit> TermSearch::search(const QString& query, int limit, const QStringList& languages) const
{
    const Index& d = *m_d;
    std::string f;
    appendFolded(query, f);
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
        if (!en.isId() && !langOk[size_t(en.language)]) {
            return;
        }
        const int score = (3 - int(kind)) * 1000 + (en.synonym ? 0 : 200) + (en.language == 0 ? 50 : 0) -
                          int(std::min<uint32_t>(en.foldedLength, 150));
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
    const std::string_view fv(f);
    auto lo = std::lower_bound(d.sorted.begin(), d.sorted.end(), fv,
                               [&](int e, std::string_view v) { return d.folded(e) < v; });
    for (auto it = lo; it != d.sorted.end(); ++it) {
        const std::string_view t = d.folded(*it);
        if (t.substr(0, fv.size()) != fv) {
            break;
        }
        offer(*it, t.size() == fv.size() ? TermSearchHit::Kind::Exact : TermSearchHit::Kind::Prefix);
    }
    // Word prefixes: every query token is a prefix of some word of the entry.
    std::vector<std::string_view> tokens;
    for (size_t start = 0; start < fv.size();) {
        size_t end = fv.find(' ', start);
        if (end == std::string_view::npos) {
            end = fv.size();
        }
        if (end > start) {
            tokens.emplace_back(fv.substr(start, end - start));
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
                for (uint32_t p = d.postingOffsets[size_t(w)]; p < d.postingOffsets[size_t(w) + 1]; ++p) {
                    const int e = d.postings[p];
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
            FuzzyPrefixMatcher matcher(tok, tok.size() >= 8 ? 2 : 1);
            for (size_t w = 0; w < d.words.size(); ++w) {
                if (matcher.matches(d.words[w])) {
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
        const int e = bestEntry[size_t(t)];
        const auto& en = d.entries[size_t(e)];
        TermSearchHit h;
        h.term = t;
        h.matchedText = d.text(en, *m_ontology);
        h.language = d.languages[en.language];
        h.synonym = en.synonym;
        h.kind = TermSearchHit::Kind(bestKind[size_t(t)]);
        h.score = bestScore[size_t(t)];
        out.append(h);
    }
    return out;
}
