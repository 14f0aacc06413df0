#pragma once

#include <QStringList>
#include <vector>

class HpoOntology;
struct Patient;

// A patient's phenotype as dense term indices: observed and excluded terms, each sorted and unique,
// after resolving alt ids and obsolete ids with replacement. Ids that do not resolve are listed in
// `unresolved` and take no part in scoring.
struct PhenotypeProfile
{
    std::vector<int> observed;
    std::vector<int> excluded;
    QStringList unresolved;

    static PhenotypeProfile fromPatient(const HpoOntology& ontology, const Patient& patient);
    static PhenotypeProfile fromTerms(std::vector<int> observed, std::vector<int> excluded = {});
};
