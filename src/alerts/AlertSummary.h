#pragma once

#include <QString>

// The one notification an alert run produces ("3 new matches for 2 patients"), never one per match.
class AlertSummary
{
public:
    int newMatches = 0;
    int changedMatches = 0;
    int withdrawnMatches = 0;
    int patientsWithAlerts = 0;

    bool isEmpty() const { return newMatches + changedMatches + withdrawnMatches == 0; }
    QString title() const;
    QString text() const;
};
