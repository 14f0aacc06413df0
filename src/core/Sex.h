#pragma once

#include <QString>

// Sex as used by both Phenopacket v2 and MME (MME adds MIXED_SAMPLE / NOT_APPLICABLE).
enum class Sex
{
    Unknown,
    Female,
    Male,
    Other,
};

namespace SexCodes {
// Phenopacket enum names: UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX.
QString toPhenopacket(Sex sex);
Sex fromPhenopacket(const QString& value, bool* ok = nullptr);
// Stable storage key used in the database: "unknown", "female", "male", "other".
QString toKey(Sex sex);
Sex fromKey(const QString& key);
} // namespace SexCodes
