#pragma once

#include "core/Patient.h"
#include "matching/PhenotypeProfile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class GenePhenotypeProfiles;
class HpoOntology;
class InformationContent;
class PatientScorer;

// How NodeMatchEngine selects the candidates it scores (see there).
struct NodeMatchOptions
{
    double informativeIc = 1.0; // terms below this IC select no phenotype candidates
    // At most this many phenotype candidates are scored: for a phenotype-only query, and for a
    // query listing genes (every case sharing a gene is scored in addition; a case with other
    // genes than the query's scores at most half its phenotype score, so fewer are needed).
    int phenotypeCandidates = 400;
    int phenotypeCandidatesWithGene = 100;
};

// Candidate search and scoring for a node. Built once from the node's cases (not thread-safe),
// then topMatches() is const and may run on any number of threads at once.
//
// Candidates come from inverted indexes, never from a scan of every case:
//  - gene -> cases (every identifier of GenotypeMatcher::geneKeys): every case sharing a gene
//    with the query is scored;
//  - HPO term -> cases over the ancestor closure of the observed terms, for informative terms
//    only (IC >= Options::informativeIc; the root and the top-level branches select nothing).
//    Cases sharing such terms are ranked by the information content they share with the query
//    (IC-weighted overlap of the closures, from the postings alone), and the best
//    Options::phenotypeCandidates (phenotypeCandidatesWithGene when the query lists genes) of them
//    are scored. The limit bounds the cost of the library's pairwise scorer (about 0.1 ms per case
//    with the gene phenotype profiles); bench `matchdesk-bench-node engine` reports the recall of
//    the top 10 against scoring every case.
// Scores are the matching library's, exactly as PatientScorer::score computes them: the phenotype
// score of PatientScorer::phenotypeScore (default combined measure, per-case profiles prepared
// once at build), GenotypeMatcher::compare for the genotype, PatientScorer::combine for the
// patient score.
class NodeMatchEngine
{
public:
    using Options = NodeMatchOptions;

    struct Scored
    {
        int caseIndex = -1;
        double score = 0;
        double phenotypeScore = 0;
        double genotypeScore = 0;
        QStringList sharedGenes; // GenotypeMatcher::geneKey of the case's genes shared with the query
    };

    struct Stats
    {
        int geneCandidates = 0;      // cases sharing a gene
        int phenotypeCandidates = 0; // cases sharing informative terms (before the limit)
        int scored = 0;              // cases scored with the library
    };

    // ontology and ic are required; geneProfiles (genes_to_phenotype) feed the combined
    // phenotype measure when given.
    NodeMatchEngine(std::shared_ptr<const HpoOntology> ontology, std::shared_ptr<const InformationContent> ic,
                    std::shared_ptr<const GenePhenotypeProfiles> geneProfiles = {}, Options options = {});
    ~NodeMatchEngine();

    void build(QList<Patient> cases);
    qsizetype size() const { return m_cases.size(); }
    const Patient& patient(int caseIndex) const { return m_cases[caseIndex]; }
    const Options& options() const { return m_options; }

    // The best `n` cases scoring strictly above `minScore` (scores rounded to four decimals, as
    // sent), best first (ties by case index); `exclude(caseIndex)` removes cases.
    QList<Scored> topMatches(const Patient& query, int n, double minScore,
                             const std::function<bool(int)>& exclude = {}, Stats* stats = nullptr) const;

private:
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const InformationContent> m_ic;
    std::unique_ptr<PatientScorer> m_scorer;
    Options m_options;

    QList<Patient> m_cases;
    std::vector<PhenotypeProfile> m_profiles;        // per case, prepared once
    std::vector<float> m_caseInformativeIc;          // per case: IC sum of its informative closure terms
    std::vector<std::vector<int>> m_termPostings;    // informative term -> cases (closure)
    QHash<QString, std::vector<int>> m_genePostings; // gene key -> cases
};
