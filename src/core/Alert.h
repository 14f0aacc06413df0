#pragma once

#include <QDateTime>
#include <QString>

// A reason to tell the clinician about a match.
struct Alert
{
    enum class Kind
    {
        NewMatch,
        ChangedMatch,
        WithdrawnMatch,
    };

    qint64 rowId = 0;
    qint64 matchRowId = 0;
    qint64 patientRowId = 0;
    qint64 runId = 0; // the alert run that raised it (0 = interactive query)
    Kind kind = Kind::NewMatch;
    QString reason; // language-neutral, see alerts/AlertReason (put into words when shown)
    QDateTime created;
    bool read = false;

    static QString kindKey(Kind k);
    static Kind kindFromKey(const QString& key);
    bool operator==(const Alert&) const = default;
};
