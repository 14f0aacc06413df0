#include "PhenotypeProfile.h"

#include "HpoOntology.h"
#include "core/Patient.h"

#include <algorithm>

namespace {
void normalise(std::vector<int>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
} // namespace

PhenotypeProfile PhenotypeProfile::fromPatient(const HpoOntology& ontology, const Patient& patient)
{
    PhenotypeProfile p;
    for (const auto& f : patient.features) {
        const int t = ontology.indexOf(f.termId);
        if (t < 0) {
            p.unresolved.append(f.termId);
            continue;
        }
        (f.excluded ? p.excluded : p.observed).push_back(t);
    }
    normalise(p.observed);
    normalise(p.excluded);
    return p;
}

PhenotypeProfile PhenotypeProfile::fromTerms(std::vector<int> observed, std::vector<int> excluded)
{
    PhenotypeProfile p;
    p.observed = std::move(observed);
    p.excluded = std::move(excluded);
    normalise(p.observed);
    normalise(p.excluded);
    return p;
}
