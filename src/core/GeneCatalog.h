#pragma once

#include "Gene.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The HGNC gene catalog: resolves an approved symbol, alias, previous symbol, HGNC id, Ensembl
// gene id or Entrez id to one gene record. Lookups are O(1) hash look-ups. Ambiguous aliases and
// previous symbols (shared by several genes) are reported as ambiguous, never silently picked.
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

    qsizetype size() const { return m_genes.size(); }
    bool isEmpty() const { return m_genes.isEmpty(); }
    QString sourcePath() const { return m_path; }

private:
    static constexpr int kAmbiguous = -1;
    static void addKey(QHash<QString, int>& index, const QString& key, int gene);

    QList<Gene> m_genes;
    QHash<QString, int> m_byHgnc;           // "HGNC:1100" -> index
    QHash<QString, int> m_bySymbol;         // upper-case approved symbol
    QHash<QString, int> m_byEnsembl;        // "ENSG…"
    QHash<QString, int> m_byEntrez;         // "672"
    QHash<QString, int> m_byPrevious;       // upper-case previous symbol, kAmbiguous when shared
    QHash<QString, int> m_byAlias;          // upper-case alias, kAmbiguous when shared
    QHash<QString, QList<int>> m_ambiguous; // upper-case name -> candidates (prev + alias)
    QString m_path;
};
