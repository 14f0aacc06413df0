#include "AlertSummary.h"

#include <QCoreApplication>
#include <QStringList>

QString AlertSummary::title() const
{
    return QCoreApplication::translate("AlertSummary", "MatchDesk: %n patient(s) with news", nullptr,
                                       patientsWithAlerts);
}

QString AlertSummary::text() const
{
    if (isEmpty()) {
        return QCoreApplication::translate("AlertSummary", "No new matches.");
    }
    QStringList parts;
    if (newMatches > 0) {
        parts << QCoreApplication::translate("AlertSummary", "%n new match(es)", nullptr, newMatches);
    }
    if (changedMatches > 0) {
        parts << QCoreApplication::translate("AlertSummary", "%n changed match(es)", nullptr, changedMatches);
    }
    if (withdrawnMatches > 0) {
        parts << QCoreApplication::translate("AlertSummary", "%n withdrawn match(es)", nullptr, withdrawnMatches);
    }
    //: %1 is a list such as "3 new matches, 1 changed match"; the plural is about patients.
    return QCoreApplication::translate("AlertSummary", "%1 for %n patient(s)", nullptr, patientsWithAlerts)
        .arg(parts.join(QCoreApplication::translate("AlertSummary", ", ")));
}
