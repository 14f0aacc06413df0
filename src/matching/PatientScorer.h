#pragma once

#include "MatchExplanation.h"
#include "PhenotypeScoringOptions.h"
#include "TermSimilarity.h"
#include "core/Patient.h"

#include <memory>

class GenePhenotypeProfiles;
class HpoOntology;
class InformationContent;
struct PhenotypeProfile;

struct PatientScore
{
    double score = 0;          // in [0, 1]
    double phenotypeScore = 0; // in [0, 1] (see PhenotypeScoringOptions for the measure)
    double genotypeScore = 0;  // in [0, 1] (see GenotypeMatcher)
    MatchExplanation explanation;
};

// Scores a query patient against one case.
//
// Combined score (weights):
//   both sides have observed phenotypes and both list genes:
//       score = kGenotypeWeight (0.5) * genotype + (1 - kGenotypeWeight) (0.5) * phenotype
//   only phenotypes comparable (either side lists no gene):  score = phenotype
//   only genes comparable (either side has no observed term): score = genotype
//   neither: 0.
// A case carrying none of the query's genes therefore gets at most half of its phenotype score, while
// a case that lists no gene at all is judged on phenotype alone (unknown genotype is no evidence
// against it). The phenotype score and its default weights are documented in PhenotypeScoringOptions;
// the genotype score in GenotypeMatcher.
class PatientScorer
{
public:
    static constexpr double kGenotypeWeight = 0.5;

    PatientScorer(std::shared_ptr<const HpoOntology> ontology, std::shared_ptr<const InformationContent> ic,
                  std::shared_ptr<const GenePhenotypeProfiles> geneProfiles = {},
                  const PhenotypeScoringOptions& options = {});
    ~PatientScorer();

    PatientScore score(const Patient& query, const Patient& match) const;
    // Reference phenotype score (pairwise MICA; the CaseIndex bulk path must agree with it).
    double phenotypeScore(const PhenotypeProfile& query, const PhenotypeProfile& match,
                          const QList<Variant>& caseVariants, MatchExplanation* explanation = nullptr) const;

    static double combine(double phenotype, double genotype, bool phenotypeComparable,
                          bool genotypeComparable);

    const PhenotypeScoringOptions& options() const { return m_options; }
    void setOptions(const PhenotypeScoringOptions& options) { m_options = options; }

private:
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const InformationContent> m_ic;
    std::shared_ptr<const GenePhenotypeProfiles> m_geneProfiles;
    std::unique_ptr<TermSimilarity> m_sim;
    PhenotypeScoringOptions m_options;
};
