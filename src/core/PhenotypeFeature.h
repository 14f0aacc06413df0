#pragma once

#include <QString>

// One HPO phenotype of a patient: observed or explicitly excluded, with an optional onset.
struct PhenotypeFeature
{
    QString termId;      // "HP:0000252"
    QString label;       // English HPO label at entry time (display only; the id is authoritative)
    bool excluded = false;
    QString onsetTermId; // HPO onset class, e.g. "HP:0003593" (infantile onset); empty if unknown
    QString onsetLabel;

    bool operator==(const PhenotypeFeature&) const = default;
};
