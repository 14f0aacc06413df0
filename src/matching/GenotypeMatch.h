#pragma once

#include "core/Gene.h"
#include "core/Zygosity.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

// One gene both patients carry candidate variants in.
struct SharedGene
{
    Gene query; // the query side's gene record
    Gene match; // the case side's gene record
    QList<QPair<int, int>>
        sameVariants;              // (query variant index, case variant index) with identical coordinates
    bool sameZygosity = false;     // same zygosity pattern (both known), incl. both compound heterozygous
    bool queryCompoundHet = false; // >= 2 distinct heterozygous variants in the gene
    bool caseCompoundHet = false;
    double score = 0; // per-gene genotype score, see GenotypeMatcher
};

// Result of comparing the genotypes of two patients.
struct GenotypeMatch
{
    bool comparable = false; // both sides list at least one gene
    double score = 0;        // max over shared genes, 0 when none
    QList<SharedGene> genes;

    QJsonObject toJson() const;
};
