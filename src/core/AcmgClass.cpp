#include "AcmgClass.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<AcmgClass, const char*>, 6> kNames{{
    {AcmgClass::NotProvided, "NOT_PROVIDED"},
    {AcmgClass::Benign, "BENIGN"},
    {AcmgClass::LikelyBenign, "LIKELY_BENIGN"},
    {AcmgClass::UncertainSignificance, "UNCERTAIN_SIGNIFICANCE"},
    {AcmgClass::LikelyPathogenic, "LIKELY_PATHOGENIC"},
    {AcmgClass::Pathogenic, "PATHOGENIC"},
}};
} // namespace

namespace AcmgCodes {

QString toKey(AcmgClass c)
{
    for (const auto& [value, name] : kNames) {
        if (value == c) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("NOT_PROVIDED");
}

AcmgClass fromKey(const QString& key)
{
    for (const auto& [value, name] : kNames) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return AcmgClass::NotProvided;
}

} // namespace AcmgCodes
