#pragma once

#include "core/Gene.h"

#include <QHash>
#include <QString>
#include <vector>

class HpoOntology;

// The annotated phenotype profile of each gene (genes_to_phenotype.txt: the union of the HPO terms
// of the gene's diseases), used as additional evidence for a case carrying that gene.
class GenePhenotypeProfiles
{
public:
    GenePhenotypeProfiles() = default;
    // Reads genes_to_phenotype.txt(.gz) from hpoDir. Throws OntologyError if missing.
    static GenePhenotypeProfiles fromAnnotationFiles(const HpoOntology& ontology, const QString& hpoDir);
    // For tests: explicit symbol -> term indices.
    void addProfile(const QString& symbol, const QString& entrezId, std::vector<int> terms);

    // Profile number for a gene (matched on case-insensitive symbol, then Entrez id), or -1.
    int profileOf(const Gene& gene) const;
    const std::vector<int>& terms(int profile) const { return m_terms[size_t(profile)]; }
    const QString& symbol(int profile) const { return m_symbols[size_t(profile)]; }
    int size() const { return int(m_terms.size()); }

private:
    std::vector<std::vector<int>> m_terms; // sorted unique
    std::vector<QString> m_symbols;
    QHash<QString, int> m_bySymbol; // upper-case symbol
    QHash<QString, int> m_byEntrez;
};
