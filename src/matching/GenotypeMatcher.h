#pragma once

#include "GenotypeMatch.h"
#include "core/Variant.h"

#include <QList>
#include <QString>

// Genotype agreement between two patients' candidate variants.
// Per shared gene the score is
//     kGeneWeight (0.6)           the same gene (any shared identifier: HGNC id, Ensembl id, Entrez id,
//                                 or case-insensitive symbol)
//   + kZygosityWeight (0.2)       the same zygosity pattern on both sides (het / hom / hemi, or both
//                                 compound heterozygous = >= 2 distinct heterozygous variants in the gene)
//   + kVariantWeight (0.2)        at least one identical variant (assembly, chromosome, position, ref,
//                                 alt; assemblies are never lifted over, so GRCh37 vs GRCh38 never match)
// and the patient-level genotype score is the maximum over shared genes (0 when none).
class GenotypeMatcher
{
public:
    static constexpr double kGeneWeight = 0.6;
    static constexpr double kZygosityWeight = 0.2;
    static constexpr double kVariantWeight = 0.2;

    static GenotypeMatch compare(const QList<Variant>& query, const QList<Variant>& match);

    static bool sameGene(const Gene& a, const Gene& b);
    static bool sameVariant(const Variant& a, const Variant& b);
    // "GRCh38" for hg38/GRCh38/grch38.p14 etc., "GRCh37" for hg19/GRCh37, else the input trimmed.
    static QString normaliseAssembly(const QString& assembly);
    // "1".."22", "X", "Y", "MT" (strips "chr", maps "M" to "MT").
    static QString normaliseChromosome(const QString& chromosome);
    // Normalised gene key for indexing: "HGNC:123" if known, else "SYM:<UPPER SYMBOL>", else
    // "ENSG..." / "ENTREZ:...", empty when the gene is empty.
    static QString geneKey(const Gene& gene);
    // All identifier keys of a gene (for inverted indexes: any shared key means the same gene).
    static QStringList geneKeys(const Gene& gene);
};
