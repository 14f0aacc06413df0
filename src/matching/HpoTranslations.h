#pragma once

#include "TermSearch.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

class HpoOntology;

// HPO term labels, synonyms and definitions in one language, read from the HPO translation
// project's babelon TSV (hp-<lang>.babelon.tsv: rdfs:label and IAO:0000115 rows, columns found by
// header name) and the ROBOT-template synonym file (hp-<lang>.synonyms.tsv), when present.
// Rows are OFFICIAL (approved by the translators) or CANDIDATE (not approved, mostly machine
// translation); NOT_TRANSLATED rows and ids the ontology does not know are skipped; alt ids
// resolve to their current term. Display only: exports always use ids and English labels.
class HpoTranslations
{
public:
    enum class Status
    {
        None,      // no translation: the English label is shown
        Official,  // approved translation
        Candidate, // unapproved (machine) translation, shown marked as such
    };

    struct Term
    {
        QString label;
        Status labelStatus = Status::None;
        QString definition;
        Status definitionStatus = Status::None;
        QStringList synonyms;
    };

    HpoTranslations() = default;
    HpoTranslations(std::shared_ptr<const HpoOntology> ontology, const QString& language);

    // Loads one language from a directory holding hp-<lang>.babelon.tsv and/or
    // hp-<lang>.synonyms.tsv. Throws OntologyError (naming file and line) when a present file
    // is malformed; missing files just leave the language empty.
    static HpoTranslations load(std::shared_ptr<const HpoOntology> ontology, const QString& language,
                                const QString& directory);
    // The shipped reference data: DataPaths::hpoDir() + "/translations".
    static QString defaultDirectory();
    // Languages with a label or synonym file in the directory ("de", "fr", ...), sorted.
    static QStringList availableLanguages(const QString& directory);

    // Readers of the two file kinds (may be called in any order; later rows do not replace
    // an official label with a candidate one).
    void readBabelon(const QByteArray& tsv, const QString& sourceName);
    void readSynonyms(const QByteArray& tsv, const QString& sourceName);

    QString language() const { return m_language; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // Translation of a term, or nullptr.
    const Term* term(int term) const;
    // The label to show: the translated one (official, else candidate), else the English label.
    // status tells which (None = English fallback).
    QString displayLabel(int term, Status* status = nullptr) const;
    bool isCandidate(int term) const;
    // Translated definition, or the English one.
    QString displayDefinition(int term) const;

    int labelCount(Status status) const;
    int synonymCount() const;
    int definitionCount() const;

    // Translated labels and synonyms for TermSearch::addLabels().
    QList<TermSearch::Label> searchLabels() const;
    // Adds them to a search index under this language.
    void addTo(TermSearch& search) const;

private:
    int resolve(const QString& id) const;
    std::shared_ptr<const HpoOntology> m_ontology;
    QString m_language;
    QHash<int, Term> m_terms;
};
