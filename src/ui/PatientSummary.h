#pragma once

#include <QDateTime>
#include <QString>

// One row of the patient list: what the clinician needs to pick a patient, read in one pass.
struct PatientSummary
{
    qint64 rowId = 0;
    QString localId;
    QString label;
    bool consentGranted = false;
    int observedTerms = 0;
    int excludedTerms = 0;
    int variants = 0;
    int matches = 0;
    int newMatches = 0;
    QDateTime lastQueried; // invalid = never queried
    QDateTime modified;
};
