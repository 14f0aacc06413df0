#pragma once

#include "TermResolution.h"
#include "TermSynonym.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

// The Human Phenotype Ontology (or any OBO 1.2/1.4 ontology with is_a hierarchy), loaded from
// hp.obo or hp.obo.gz. Current (non-obsolete) terms get dense indices 0..size()-1 in file order;
// alt_ids and obsolete ids are resolved through resolve()/indexOf(). Immutable after loading and
// therefore safe to share between threads.
class HpoOntology
{
    Q_DECLARE_TR_FUNCTIONS(HpoOntology)

public:
    HpoOntology();

    // Parses an .obo or .obo.gz file. Throws OntologyError naming file and line on malformed input.
    static HpoOntology load(const QString& oboPath);
    // Parses OBO text held in memory; `sourceName` is used in error messages.
    static HpoOntology parse(const QByteArray& oboText, const QString& sourceName);
    // Loads hp.obo.gz (or hp.obo) from DataPaths::hpoDir() through the binary cache in
    // QStandardPaths::CacheLocation (rebuilt whenever size, mtime or content hash of the source
    // changes, or when the cache is unreadable). Throws OntologyError when the source is missing.
    static std::shared_ptr<const HpoOntology> loadDefault();
    // Same with an explicit source file; cacheDir empty = QStandardPaths::CacheLocation.
    static HpoOntology loadCached(const QString& oboPath, const QString& cacheDir = {},
                                  bool* fromCache = nullptr);

    // "2026-02-16" (the date part of data-version "hp/releases/2026-02-16"), or the raw value.
    QString dataVersion() const { return m_dataVersion; }
    QString sourcePath() const { return m_sourcePath; }
    int size() const { return int(m_ids.size()); }

    // Dense index of a current term; alt ids and obsolete ids with replaced_by resolve to the
    // current term; -1 if unknown or obsolete without replacement.
    int indexOf(const QString& id) const;
    TermResolution resolve(const QString& id) const;

    const QString& id(int term) const { return m_ids[size_t(term)]; }
    const QString& name(int term) const { return m_names[size_t(term)]; }
    const QString& definition(int term) const { return m_definitions[size_t(term)]; }
    const QList<TermSynonym>& synonyms(int term) const { return m_synonyms[size_t(term)]; }
    QStringList altIds(int term) const;

    std::span<const int> parents(int term) const { return span(m_parentOffsets, m_parents, term); }
    std::span<const int> children(int term) const { return span(m_childOffsets, m_children, term); }
    // All ancestors including the term itself, sorted by index ascending.
    std::span<const int> ancestors(int term) const { return span(m_ancestorOffsets, m_ancestors, term); }
    // Length of the shortest is_a path to a root (roots have depth 0).
    int depth(int term) const { return m_depth[size_t(term)]; }
    // True when `ancestor` is `term` itself or one of its ancestors.
    bool isDescendantOf(int term, int ancestor) const;
    // Current terms without parents (HP:0000001 for HPO).
    const std::vector<int>& roots() const { return m_roots; }
    // Terms in an order where every parent comes before its children.
    const std::vector<int>& topologicalOrder() const { return m_topoOrder; }
    // Number of is_a edges between current terms.
    int edgeCount() const { return int(m_parents.size()); }

    // SHA-256 (hex) of everything that decides term indices, ancestors and id resolution (ids in
    // order, is_a links, alt/obsolete ids): equal digests, equal results of everything derived
    // from the hierarchy (e.g. information content caches are keyed by it). loadCached() keeps it
    // in the binary cache; otherwise it is computed on each call (a few milliseconds).
    QByteArray contentDigest() const;

    // Serialisation used by the binary cache (format versioned; returns false on any mismatch).
    QByteArray serialize() const;
    static bool deserialize(const QByteArray& data, HpoOntology* out);

private:
    static std::span<const int> span(const std::vector<int>& off, const std::vector<int>& data, int term)
    {
        return {data.data() + off[size_t(term)], size_t(off[size_t(term) + 1] - off[size_t(term)])};
    }
    void buildDerived(); // children, ancestors, depth, topological order from parents
    QByteArray computeContentDigest() const;

    struct Redirect
    {
        TermResolution::Status status;
        QString target; // current id (alt id / replaced_by) or empty
        QStringList consider;
    };

    QString m_dataVersion;
    QString m_sourcePath;
    std::vector<QString> m_ids;
    std::vector<QString> m_names;
    std::vector<QString> m_definitions;
    std::vector<QList<TermSynonym>> m_synonyms;
    QHash<QString, int> m_index;
    QHash<QString, Redirect> m_redirects; // alt ids and obsolete ids
    std::vector<int> m_parentOffsets, m_parents;
    std::vector<int> m_childOffsets, m_children;
    std::vector<int> m_ancestorOffsets, m_ancestors;
    std::vector<int> m_depth;
    std::vector<int> m_roots;
    std::vector<int> m_topoOrder;
    QByteArray m_contentDigest; // set by loadCached(), else empty (computed on demand)
};
