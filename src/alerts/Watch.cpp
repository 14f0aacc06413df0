#include "Watch.h"

QString Watch::scheduleKey(Schedule s)
{
    switch (s) {
    case Schedule::Weekly: return QStringLiteral("weekly");
    case Schedule::Manual: return QStringLiteral("manual");
    case Schedule::Daily: break;
    }
    return QStringLiteral("daily");
}

Watch::Schedule Watch::scheduleFromKey(const QString& key)
{
    if (key == QLatin1String("weekly")) {
        return Schedule::Weekly;
    }
    if (key == QLatin1String("manual")) {
        return Schedule::Manual;
    }
    return Schedule::Daily;
}

QDateTime Watch::never()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

QDateTime Watch::nextAfter(Schedule s, const QDateTime& from)
{
    switch (s) {
    case Schedule::Daily: return from.addDays(1);
    case Schedule::Weekly: return from.addDays(7);
    case Schedule::Manual: break;
    }
    return never();
}
