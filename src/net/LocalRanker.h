#pragma once

#include "NodeMatch.h"
#include "core/Patient.h"

#include <QList>
#include <memory>

class HpoOntology;
class InformationContent;
class PatientScorer;

// Re-scores patients returned by nodes with MatchDesk's own scorer (phenotype similarity over the
// HPO + genotype agreement), so that matches from different nodes become comparable; the node's
// own score stays beside it. Immutable and thread-safe once built.
class LocalRanker
{
public:
    explicit LocalRanker(std::shared_ptr<const PatientScorer> scorer);

    // The scorer over the default reference data (HPO, disease-annotation IC, gene phenotype
    // profiles), loaded once per process. Throws MatchDeskError when the data is missing.
    static std::shared_ptr<const LocalRanker> loadDefault();
    // The same scorer over an ontology and information content the caller already holds (the
    // desktop app loads them for the phenotype picker; the gene phenotype profiles are added here).
    static std::shared_ptr<const LocalRanker> fromReferenceData(std::shared_ptr<const HpoOntology> ontology,
                                                                std::shared_ptr<const InformationContent> ic);

    // Fills localScore, phenotypeScore, genotypeScore and explanation of each match.
    void rescore(const Patient& query, QList<NodeMatch>& matches) const;
    // Sorts by local score (descending), then node score, node name, remote id.
    static void sort(QList<NodeMatch>& matches);

private:
    std::shared_ptr<const PatientScorer> m_scorer;
};
