#pragma once

#include "core/Patient.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class GeneCatalog;
class HpoOntology;

// Candidate search and scoring for a node. Built once from the node's cases (not thread-safe),
// then topMatches() is const and may run on any number of threads at once.
//
// Candidates come from inverted indexes (gene -> cases, HPO term -> cases over the ancestor
// closure), never from a scan of every case. Scores:
//  - phenotype: simGIC over observed terms with their ancestors (information content from the
//    node's own annotation frequencies); exact-term overlap when no ontology is available;
//  - genotype: per query genomic feature, best agreement with the case: same gene 0.6, plus same
//    variant (assembly, chromosome, position, ref, alt) 0.3, plus same zygosity 0.1, divided by
//    what the query states (a gene-only query matching the gene scores 1); averaged;
//  - patient: mean of both when the query has both, else the one it has.
class NodeMatchEngine
{
public:
    struct Scored
    {
        int caseIndex = -1;
        double score = 0;
        double phenotypeScore = 0;
        double genotypeScore = 0;
    };

    NodeMatchEngine(std::shared_ptr<const HpoOntology> ontology = {}, const GeneCatalog* catalog = nullptr);
    ~NodeMatchEngine();

    void build(const QList<Patient>& cases);
    qsizetype size() const { return m_caseCount; }
    bool usesOntology() const { return m_ontology != nullptr; }

    // The best `n` cases scoring strictly above `minScore`, best first (ties by case index);
    // `exclude(caseIndex)` removes cases (e.g. the query's own id).
    QList<Scored> topMatches(const Patient& query, int n, double minScore,
                             const std::function<bool(int)>& exclude = {}) const;

    // Normalised gene key ("HGNC:1100" when the catalog resolves it).
    QString geneKey(const Gene& gene) const;

private:
    struct CaseVariant
    {
        int gene = -1; // index into m_geneKeys
        QString variantKey;
        int zygosity = 0;
    };

    std::vector<int> closure(const QString& termId) const;
    int termIndex(const QString& termId) const;

    std::shared_ptr<const HpoOntology> m_ontology;
    const GeneCatalog* m_catalog;
    qsizetype m_caseCount = 0;
    QHash<QString, int> m_termDict;               // exact-term mode only
    std::vector<std::vector<int>> m_termPostings; // term -> cases (closure)
    std::vector<float> m_termIc;                  // term -> information content
    std::vector<float> m_caseIc;                  // case -> sum IC of its closure
    QHash<QString, int> m_geneIndex;              // gene key -> index
    std::vector<std::vector<int>> m_genePostings; // gene -> cases
    std::vector<std::vector<CaseVariant>> m_caseVariants;
};
