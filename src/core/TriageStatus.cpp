#include "TriageStatus.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<TriageStatus, const char*>, 5> kKeys{{
    {TriageStatus::New, "new"},
    {TriageStatus::Reviewed, "reviewed"},
    {TriageStatus::Contacted, "contacted"},
    {TriageStatus::Collaborating, "collaborating"},
    {TriageStatus::NotRelevant, "not_relevant"},
}};
} // namespace

namespace TriageCodes {

QString toKey(TriageStatus s)
{
    for (const auto& [value, key] : kKeys) {
        if (value == s) {
            return QString::fromLatin1(key);
        }
    }
    return QStringLiteral("new");
}

TriageStatus fromKey(const QString& key)
{
    for (const auto& [value, name] : kKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return TriageStatus::New;
}

} // namespace TriageCodes
