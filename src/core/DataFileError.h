#pragma once

#include "MatchDeskError.h"

#include <QString>

// A file that cannot be opened, read or decompressed. The message names the file, then the reason:
//   "/data/hp.obo.gz: truncated compressed data (the file ends inside the gzip stream)"
// file() and reason() let other areas re-throw it as their own error type.
class DataFileError : public MatchDeskError
{
public:
    DataFileError(const QString& file, const QString& reason)
        : MatchDeskError(file.isEmpty() ? reason : file + QStringLiteral(": ") + reason)
        , m_file(file)
        , m_reason(reason)
    {}

    const QString& file() const { return m_file; }
    const QString& reason() const { return m_reason; }

private:
    QString m_file;
    QString m_reason;
};
