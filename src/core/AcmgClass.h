#pragma once

#include <QString>

// ACMG/AMP 2015 five-tier classification.
enum class AcmgClass
{
    NotProvided,
    Benign,
    LikelyBenign,
    UncertainSignificance,
    LikelyPathogenic,
    Pathogenic,
};

namespace AcmgCodes {
QString toKey(AcmgClass c);            // phenopacket enum names: "PATHOGENIC", "LIKELY_PATHOGENIC", ...
AcmgClass fromKey(const QString& key); // accepts the phenopacket names; unknown -> NotProvided
} // namespace AcmgCodes
