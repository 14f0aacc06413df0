#pragma once

#include "Consent.h"
#include "Contact.h"
#include "Disorder.h"
#include "ExternalReference.h"
#include "PhenotypeFeature.h"
#include "Sex.h"
#include "Variant.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A case: a local patient of this clinic, or a case held by a node.
struct Patient
{
    qint64 rowId = 0;   // database key; 0 = not stored yet
    QString localId;    // unique local identifier (never sent; the network sees a pseudonym)
    QString label;      // local label, may be identifying: never leaves the machine
    Sex sex = Sex::Unknown;
    Consent consent;
    Contact contact;    // responsible clinician
    QString ageOfOnsetId;      // HPO onset class for the whole case
    QString inheritanceModeId; // HPO descendant of HP:0000005
    QList<PhenotypeFeature> features;
    QList<Variant> variants;
    QList<Disorder> disorders;
    QList<ExternalReference> references; // publications (PMID) the case comes from
    QString source;     // where the case came from (file name, "manual", node name)
    QDateTime created;
    QDateTime modified;

    int observedCount() const;
    int excludedCount() const;
    // Equality of the clinical content (ignores rowId and timestamps), used for round-trip checks.
    bool sameContent(const Patient& other) const;
};
