#include "Patient.h"

#include <algorithm>

int Patient::observedCount() const
{
    return int(std::count_if(features.cbegin(), features.cend(), [](const auto& f) { return !f.excluded; }));
}

int Patient::excludedCount() const
{
    return int(features.size()) - observedCount();
}

bool Patient::sameContent(const Patient& other) const
{
    return localId == other.localId && label == other.label && sex == other.sex && consent == other.consent
        && contact == other.contact && ageOfOnsetId == other.ageOfOnsetId
        && inheritanceModeId == other.inheritanceModeId && features == other.features
        && variants == other.variants && disorders == other.disorders && references == other.references && source == other.source;
}
