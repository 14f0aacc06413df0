#pragma once

#include <QString>

// What the clinician has done with a match.
enum class TriageStatus
{
    New,
    Reviewed,
    Contacted,
    Collaborating,
    NotRelevant,
};

namespace TriageCodes {
QString toKey(TriageStatus s); // "new" | "reviewed" | "contacted" | "collaborating" | "not_relevant"
TriageStatus fromKey(const QString& key);
} // namespace TriageCodes
