#pragma once

#include "core/Gene.h"

#include <QString>

class GeneCatalog;

// Normalisation of assembly names, chromosome names and gene ids shared by every format.
class VariantNormalizer
{
public:
    // "hg38", "GRCh38", "GRCh38.p13", "b38" -> "GRCh38"; "hg19"/"GRCh37"/"b37" -> "GRCh37";
    // "hg18"/"NCBI36" -> "NCBI36"; anything else is returned trimmed (empty when ok is false).
    static QString assembly(const QString& name, bool* ok = nullptr);
    // "chr1" -> "1", "chrX" -> "X", "M"/"chrM"/"MT"/"chrMT" -> "MT". Other names returned without "chr".
    static QString chromosome(const QString& name);
    static bool isStandardChromosome(const QString& normalised); // 1..22, X, Y, MT
    // True for positions in the pseudo-autosomal regions of X/Y (1-based) in GRCh37/GRCh38.
    static bool isPseudoAutosomal(const QString& assembly, const QString& chromosome, qint64 position);
    // Fills a Gene from an id of any kind ("HGNC:…", "ENSG…", "ensembl:ENSG…", "ncbigene:…",
    // digits = Entrez, otherwise a symbol), resolving it through the catalog when one is given.
    static Gene gene(const QString& id, const QString& symbol, const GeneCatalog* catalog);
    // Completes the missing ids of a gene through the catalog (HGNC id first, then Ensembl, then symbol).
    static Gene complete(const Gene& gene, const GeneCatalog* catalog);
};
