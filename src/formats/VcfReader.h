#pragma once

#include "VcfReadOptions.h"
#include "VcfReadResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

// Reads candidate variants from .vcf, .vcf.gz (bgzip) and .bcf through htslib, streaming
// (memory independent of the file size). Multi-allelic records are split per ALT; zygosity comes
// from the proband's GT (het, hom-alt, haploid or male X/Y outside PAR = hemizygous, no-call
// skipped). Genes, consequences (SO) and HGVS come from VEP CSQ, SnpEff ANN or ClinVar
// GENEINFO/MC, using the header's Format description to find the columns.
// Errors are FormatError naming the file and the record number; nothing is returned then.
class VcfReader
{
    Q_DECLARE_TR_FUNCTIONS(VcfReader)

public:
    // Sample names of the header. Throws FormatError.
    static QStringList samples(const QString& path);
    // Collects the variants in memory (what a patient's candidate list needs).
    static VcfReadResult readFile(const QString& path, const VcfReadOptions& options = {});
    // Streams each kept variant to the sink instead (result.variants stays empty). A caller that
    // needs all-or-nothing semantics must buffer or roll back on FormatError itself.
    static VcfReadResult read(const QString& path, const VcfReadOptions& options,
                              const std::function<void(Variant&&)>& sink);
};
