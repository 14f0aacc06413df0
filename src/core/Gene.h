#pragma once

#include <QString>

// A gene identified through the HGNC catalog.
struct Gene
{
    QString hgncId;    // "HGNC:1100"
    QString symbol;    // "BRCA1"
    QString ensemblId; // "ENSG00000012048"
    QString entrezId;  // "672"

    bool isEmpty() const { return hgncId.isEmpty() && symbol.isEmpty() && ensemblId.isEmpty() && entrezId.isEmpty(); }
    bool operator==(const Gene&) const = default;
};
