#pragma once

#include "PhenotypeScoringOptions.h"
#include "TermSimilarity.h"
#include "core/Patient.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class GenePhenotypeProfiles;
class HpoOntology;
class InformationContent;
class MatchExplanation;

// One hit of CaseIndex::topMatches.
struct CaseMatch
{
    int caseNumber = -1; // position in the index (order of addCase)
    QString caseId;      // Patient::localId of the case
    double score = 0;    // combined score (see PatientScorer for the weights)
    double phenotypeScore = 0;
    double genotypeScore = 0;
};

// Many cases prepared for fast scoring of one query against all of them: per-case term indices,
// ancestor closures and gene-profile links, a gene -> cases inverted index, and per-query tables of
// Resnik similarities (one topological pass per query term) so each case costs only table lookups.
// Scoring runs on `threads` worker threads (default: all cores). Adding cases is not thread-safe;
// scoring a fully built index is (const).
class CaseIndex
{
public:
    CaseIndex(std::shared_ptr<const HpoOntology> ontology, std::shared_ptr<const InformationContent> ic,
              std::shared_ptr<const GenePhenotypeProfiles> geneProfiles = {});
    ~CaseIndex();

    int addCase(const Patient& patient); // returns the case number
    int size() const { return int(m_patients.size()); }
    const Patient& patient(int caseNumber) const { return m_patients[caseNumber]; }
    // Case numbers carrying a gene with any identifier shared with `gene`.
    QList<int> casesWithGene(const Gene& gene) const;

    void setOptions(const PhenotypeScoringOptions& options) { m_options = options; }
    const PhenotypeScoringOptions& options() const { return m_options; }
    void setThreads(int threads) { m_threads = threads; }

    // Phenotype score of the query against every case (index = case number), using the query's
    // observed and excluded terms only.
    std::vector<float> phenotypeScores(const Patient& query) const;
    std::vector<float> phenotypeScores(const Patient& query, const PhenotypeScoringOptions& options,
                                       int threads) const;
    // The n best cases by combined score (phenotype and genotype, PatientScorer weights) with
    // score >= minScore; ties broken by case id ascending.
    QList<CaseMatch> topMatches(const Patient& query, int n, double minScore = 0.0) const;

    const TermSimilarity& similarity() const { return *m_sim; }
    const HpoOntology& ontology() const { return *m_ontology; }
    std::shared_ptr<const InformationContent> informationContent() const { return m_ic; }
    std::shared_ptr<const GenePhenotypeProfiles> geneProfiles() const { return m_geneProfiles; }

private:
    struct Query;
    void prepare(Query& q, const Patient& query, const PhenotypeScoringOptions& options) const;
    double scoreCase(const Query& q, int c, const PhenotypeScoringOptions& options,
                     std::vector<float>& scratch) const;

    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const InformationContent> m_ic;
    std::shared_ptr<const GenePhenotypeProfiles> m_geneProfiles;
    std::unique_ptr<TermSimilarity> m_sim;
    PhenotypeScoringOptions m_options;
    int m_threads = 0;

    QList<Patient> m_patients;
    std::vector<uint32_t> m_termOff{0}, m_terms;      // observed terms
    std::vector<uint32_t> m_exclOff{0}, m_excl;       // excluded terms
    std::vector<uint32_t> m_closureOff{0}, m_closure; // ancestor closure of observed terms
    std::vector<float> m_termIcSum, m_closureIcSum;
    std::vector<uint32_t> m_profileOff{0}, m_profiles; // gene-profile numbers of the case's genes
    std::vector<char> m_usedProfile;
    QHash<QString, QList<int>> m_geneIndex; // gene key -> case numbers
};
