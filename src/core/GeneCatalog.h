#pragma once

#include "Gene.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

// The HGNC gene catalog: resolves an approved symbol, alias, previous symbol, HGNC id, Ensembl
// gene id or Entrez id to one gene record. Lookups are O(1) hash look-ups. Ambiguous aliases and
// previous symbols (shared by several genes) are reported as ambiguous, never silently picked.
// The parsed catalog is immutable and shared between copies, so copies are cheap and concurrent
// lookups from several threads are safe.
class GeneCatalog
{
    Q_DECLARE_TR_FUNCTIONS(GeneCatalog)

public:
    // How a query was resolved.
    enum class MatchKind
    {
        None,
        HgncId,
        Symbol,
        EnsemblId,
        EntrezId,
        PreviousSymbol,
        Alias,
    };

    struct Lookup
    {
        enum class Status
        {
            NotFound,
            Found,
            Ambiguous,
        };
        Status status = Status::NotFound;
        MatchKind kind = MatchKind::None;
        Gene gene;              // when Found
        QList<Gene> candidates; // when Ambiguous: every gene the name may mean

        bool found() const { return status == Status::Found; }
        bool ambiguous() const { return status == Status::Ambiguous; }
    };

    GeneCatalog() = default;

    // Loads hgnc_compact.tsv(.gz) or the HGNC complete set (tab-separated with a header naming
    // hgnc_id, symbol, alias_symbol, prev_symbol, entrez_id, ensembl_gene_id). Throws
    // MatchDeskError naming the file and line on failure; the catalog is unchanged then.
    void load(const QString& path);
    // The compact catalog in the reference data directory.
    static QString defaultPath();

    // Accepts "HGNC:1100", "1100" is treated as an Entrez id, "ENSG00000012048" (version suffix
    // allowed), "ensembl:ENSG…", "ncbigene:672", "entrez:672", symbols in any letter case.
    Lookup lookup(const QString& query) const;
    // The gene for an unambiguous query, or an empty Gene.
    Gene find(const QString& query) const;

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    QString sourcePath() const { return m_path; }

private:
    struct Index; // the hash indexes over the parsed table (GeneCatalog.cpp)

    std::shared_ptr<const Index> m_index;
    QString m_path;
};
