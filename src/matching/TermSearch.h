#pragma once

#include <QList>
#include <QString>
#include <memory>
#include <vector>

class HpoOntology;

// One result of TermSearch::search.
struct TermSearchHit
{
    enum class Kind
    {
        Exact = 0,      // the whole label / synonym / id equals the query
        Prefix = 1,     // the label / synonym / id starts with the query
        WordPrefix = 2, // every query word is a prefix of a different word of the text
        Fuzzy =
            3, // typo-tolerant: every query word matches a word within edit distance 1 (2 for >= 8 letters)
    };
    int term = -1;
    QString matchedText; // the label, synonym or id that matched (original spelling)
    QString language;    // "en" for the ontology's own labels and synonyms
    bool synonym = false;
    Kind kind = Kind::Fuzzy;
    double score = 0; // higher is better; ordering: kind, then label before synonym, then shorter text
};

// Term search for the phenotype picker over ids, labels and synonyms, ranked
// exact > prefix > word prefix > typo-tolerant, with case and diacritics folded. Translated labels
// and synonyms (e.g. babelon TSV) plug into the same index through addLabels(). One hit per term
// (its best). Building is not thread-safe; search() on a built index is.
class TermSearch
{
public:
    struct Label
    {
        int term = -1;
        QString text;
        bool synonym = false;
    };

    // Indexes ids ("HP:0001250" and "0001250"), English labels and synonyms of every current term.
    explicit TermSearch(std::shared_ptr<const HpoOntology> ontology);
    ~TermSearch();

    void addLabels(const QString& language, const QList<Label>& labels);
    // Restricts results to these languages (plus ids); empty = all.
    QList<TermSearchHit> search(const QString& query, int limit = 20,
                                const QStringList& languages = {}) const;

    // Case- and diacritics-folded form used for matching ("Ataxie cérébelleuse" -> "ataxie cerebelleuse").
    static QString fold(const QString& text);
    int entryCount() const;

private:
    struct Index;
    void add(int term, QStringView text, int language, bool synonym, int origin, int textNumber);
    void finalize() const;
    std::shared_ptr<const HpoOntology> m_ontology;
    std::unique_ptr<Index> m_d;
};
