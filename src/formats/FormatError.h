#pragma once

#include "core/MatchDeskError.h"

#include <QString>

// Invalid or unreadable input/output of an exchange format. The message names the file, the
// location (line for JSON/JSON Lines, record for VCF, document index for arrays) and the field
// (a JSON path such as "patient.genomicFeatures[1].variant.start"), then the reason:
//   "cases.jsonl, line 12: phenotypicFeatures[3].type.id: 'HX:1' is not an HPO id"
class FormatError : public MatchDeskError
{
public:
    FormatError(const QString& file, const QString& location, const QString& field, const QString& reason);
    // A field-level error before the file is known (readers add file and location).
    FormatError(const QString& field, const QString& reason)
        : FormatError(QString(), QString(), field, reason)
    {
    }

    const QString& file() const { return m_file; }
    const QString& location() const { return m_location; }
    const QString& field() const { return m_field; }
    const QString& reason() const { return m_reason; }

    // The same error placed in a file and location (keeps what was already set).
    FormatError located(const QString& file, const QString& location) const;
    // Message without the file name (e.g. for per-document skip lists).
    QString withoutFile() const;

    static QString lineLocation(qint64 line);
    static QString recordLocation(qint64 record);
    static QString compose(const QString& file, const QString& location, const QString& field, const QString& reason);

private:
    QString m_file;
    QString m_location;
    QString m_field;
    QString m_reason;
};
