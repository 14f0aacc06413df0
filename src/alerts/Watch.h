#pragma once

#include <QDateTime>
#include <QString>

// A watched patient: a saved query re-run on a schedule.
struct Watch
{
    enum class Schedule
    {
        Daily,
        Weekly,
        Manual,
    };

    qint64 patientRowId = 0;
    Schedule schedule = Schedule::Daily;
    double minScore = 0.0;   // minimum local score for an alert
    QDateTime nextDue;       // UTC; Manual watches are due only when asked
    QDateTime lastRun;

    static QString scheduleKey(Schedule s);               // "daily" | "weekly" | "manual"
    static Schedule scheduleFromKey(const QString& key);  // unknown -> Daily
    // When a watch run at `from` is due next.
    static QDateTime nextAfter(Schedule s, const QDateTime& from);
    static QDateTime never();
};
