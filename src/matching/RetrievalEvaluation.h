#pragma once

#include "PhenotypeScoringOptions.h"
#include "QueryPerturbation.h"
#include "core/Patient.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

class CaseIndex;
class GenePhenotypeProfiles;
class HpoOntology;
class InformationContent;

struct RetrievalOptions
{
    PhenotypeScoringOptions scoring;
    QueryPerturbation perturbation;
    int threads = 0; // 0 = all cores
};

struct RetrievalResult
{
    QString measure;
    int queries = 0;
    double recallAt1 = 0, recallAt5 = 0, recallAt10 = 0, mrr = 0;
    QStringList queryIds;   // evaluated queries, in input order
    std::vector<int> ranks; // 1-based rank of the first hit, per evaluated query

    QJsonObject toJson() const;
};

// The retrieval protocol on published cases (phenotype only):
//  - every query with >= 1 observed term and >= 1 gene searches the index cases from *other*
//    publications (PMIDs in Patient::references; a case sharing any PMID with the query is skipped,
//    and so is a case with the query's own localId);
//  - a hit is a candidate sharing a gene with the query (any shared gene identifier);
//  - candidates are ranked by phenotype score descending, ties broken by case id (localId)
//    ascending; the rank of the best-ranked hit counts;
//  - only queries with >= 1 possible hit among their candidates count.
// Queries may be perturbed (QueryPerturbation); eligibility is decided on the unperturbed query.
class RetrievalEvaluation
{
public:
    RetrievalEvaluation(std::shared_ptr<const HpoOntology> ontology,
                        std::shared_ptr<const InformationContent> ic,
                        std::shared_ptr<const GenePhenotypeProfiles> geneProfiles = {});
    ~RetrievalEvaluation();

    void setIndex(const QList<Patient>& cases);
    int indexSize() const;

    // Cross-publication leave-one-out: every index case is a query against the others.
    RetrievalResult leaveOneOut(const RetrievalOptions& options) const;
    // A separate query set against the index, same rules.
    RetrievalResult evaluate(const QList<Patient>& queries, const RetrievalOptions& options) const;

    static QStringList publications(const Patient& p); // "PMID:..." ids
    static QStringList geneKeys(const Patient& p);

private:
    RetrievalResult run(const QList<Patient>& queries, bool leaveOneOut,
                        const RetrievalOptions& options) const;

    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const InformationContent> m_ic;
    std::shared_ptr<const GenePhenotypeProfiles> m_geneProfiles;
    std::unique_ptr<CaseIndex> m_index;
    std::vector<std::vector<int>> m_caseGenes; // gene ids (interned keys) per case
    std::vector<std::vector<int>> m_casePubs;  // publication ids per case
    std::vector<int> m_idOrder;                // rank of localId in ascending order
    mutable QHash<QString, int> m_keyIds;
};
