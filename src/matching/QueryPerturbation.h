#pragma once

#include "core/Patient.h"

#include <QString>
#include <vector>

class HpoOntology;

// Makes a query look like a clinician wrote it (Phenomizer-style simulation), reproducibly:
//  1. each observed term is replaced, with probability `imprecision`, by one of its parents (chosen
//     uniformly; roots are kept);
//  2. round(drop * n) of the observed terms are removed (at least one term is always kept);
//  3. `noise` random terms (uniform over the descendants of HP:0000118 Phenotypic abnormality, or all
//     terms if absent) are added.
// Excluded terms, genes and everything else are left untouched. The random stream depends only on
// (seed, queryNumber), so results do not depend on thread scheduling.
class QueryPerturbation
{
public:
    double imprecision = 0;
    int noise = 0;
    double drop = 0;
    quint64 seed = 1;

    bool isIdentity() const { return imprecision <= 0 && noise <= 0 && drop <= 0; }
    // Parses "imprecision=0.5,noise=2,drop=0.1"; returns false and sets *error on bad input.
    bool parse(const QString& spec, QString* error);
    QString toString() const;

    Patient apply(const HpoOntology& ontology, const Patient& query, quint64 queryNumber) const;

private:
    mutable std::vector<int> m_pool; // noise candidates, built on first use
    mutable const HpoOntology* m_poolOntology = nullptr;
};
