#pragma once

#include "AcmgClass.h"
#include "Gene.h"
#include "Zygosity.h"

#include <QString>

// A candidate variant of a patient. Coordinates are VCF-style: 1-based position, REF/ALT alleles.
// No liftover is ever guessed between assemblies.
struct Variant
{
    Gene gene;
    QString assembly;   // normalised "GRCh38" / "GRCh37" / "NCBI36"; empty if only the gene is known
    QString chromosome; // without "chr": "1".."22", "X", "Y", "MT"
    qint64 position = 0; // 1-based; 0 = no coordinates
    QString ref;
    QString alt;
    Zygosity zygosity = Zygosity::Unknown;
    QString hgvsC;      // e.g. "NM_000059.4:c.1310_1313del"
    QString hgvsP;      // e.g. "NP_000050.3:p.(Lys437IlefsTer22)"
    QString hgvsG;      // genomic HGVS when known
    AcmgClass acmgClass = AcmgClass::NotProvided;
    QString consequenceId;    // SO term, e.g. "SO:0001587"
    QString consequenceLabel; // e.g. "stop_gained"
    QString label;            // free-text description (e.g. structural variant "del 11q")

    bool hasCoordinates() const { return position > 0 && !chromosome.isEmpty() && !assembly.isEmpty(); }
    bool operator==(const Variant&) const = default;
};
