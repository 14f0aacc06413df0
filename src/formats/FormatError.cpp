#include "FormatError.h"

#include <QCoreApplication>

FormatError::FormatError(const QString& file, const QString& location, const QString& field, const QString& reason)
    : MatchDeskError(compose(file, location, field, reason))
    , m_file(file)
    , m_location(location)
    , m_field(field)
    , m_reason(reason)
{
}

FormatError FormatError::located(const QString& file, const QString& location) const
{
    return FormatError(m_file.isEmpty() ? file : m_file, m_location.isEmpty() ? location : m_location, m_field, m_reason);
}

QString FormatError::withoutFile() const
{
    return compose(QString(), m_location, m_field, m_reason);
}

QString FormatError::lineLocation(qint64 line)
{
    return QCoreApplication::translate("FormatError", "line %1").arg(line);
}

QString FormatError::recordLocation(qint64 record)
{
    return QCoreApplication::translate("FormatError", "record %1").arg(record);
}

QString FormatError::compose(const QString& file, const QString& location, const QString& field, const QString& reason)
{
    QString head = file;
    if (!location.isEmpty()) {
        head += head.isEmpty() ? location : QStringLiteral(", ") + location;
    }
    if (!field.isEmpty()) {
        head += head.isEmpty() ? field : QStringLiteral(": ") + field;
    }
    return head.isEmpty() ? reason : head + QStringLiteral(": ") + reason;
}
