#pragma once

#include "SequenceOntology.h"

#include "core/Sex.h"

#include <QString>
#include <QStringList>

#include <functional>

class GeneCatalog;

// What to import from a VCF/BCF and which records to keep.
struct VcfReadOptions
{
    // The proband. Empty: the only sample of a single-sample file (a multi-sample file then
    // needs a choice); sites-only files give variants without zygosity.
    QString sample;
    // Decides hemizygous calls on X/Y outside the pseudo-autosomal regions (male: hom-alt -> hemizygous).
    Sex sex = Sex::Unknown;
    // "GRCh38"/"GRCh37"; empty: taken from the header (##reference, ##contig assembly or lengths).
    QString assembly;

    // Filters (records failing them are counted, not imported). A filter on a value that is
    // missing from the record excludes the record.
    bool passOnly = false;
    double minQual = 0.0;  // 0 = no filter
    int minGq = 0;         // FORMAT/GQ of the proband
    int minDp = 0;         // FORMAT/DP of the proband, else INFO/DP
    QStringList genes;     // keep only variants in these genes (symbols or ids, any case)
    // Keep only consequences at least this severe (annotated files; unannotated records have no
    // impact and are excluded when this is above Modifier).
    SequenceOntology::Impact minImpact = SequenceOntology::Impact::Modifier;
    // Maximum population allele frequency, applied when an AF field is present (INFO gnomAD_AF,
    // gnomADe_AF, gnomADg_AF, AF_popmax, MAX_AF, AF, or the same columns of CSQ). >= 1 = no filter.
    double maxPopulationAf = 1.0;

    const GeneCatalog* geneCatalog = nullptr; // completes gene records
    // Called every few thousand records with (bytes read, file size); return false to cancel
    // (FormatError, nothing imported). Safe to call from a worker thread (QThreadPool task).
    std::function<bool(qint64 done, qint64 total)> progress;
};
