#pragma once

#include <QList>
#include <QString>
#include <vector>

class HpoOntology;
struct Patient;

// Information content of every term: IC(t) = -ln(n(t) / N), where N is the number of annotated
// entities in the corpus (diseases, or a node's own cases) and n(t) the number of entities annotated
// with t or any of its descendants (annotations propagated to all ancestors). Terms that no entity
// reaches get the maximum IC, ln(N) (as if annotated once), which keeps IC monotone along is_a.
class InformationContent
{
public:
    InformationContent() = default;

    // Entities given as lists of term indices (direct annotations; propagation happens here).
    static InformationContent fromEntities(const HpoOntology& ontology,
                                           const std::vector<std::vector<int>>& entities);
    // Disease corpus: union of the disease ids of genes_to_phenotype.txt(.gz) and phenotype.hpoa
    // (any phenotype.hpoa*.gz or phenotype.hpoa found in hpoDir; NOT annotations are skipped).
    // Term ids are resolved through alt ids / replaced_by. Throws OntologyError when no file is found.
    static InformationContent fromAnnotationFiles(const HpoOntology& ontology, const QString& hpoDir);
    // The same through a binary cache in cacheDir (empty = QStandardPaths::CacheLocation), rebuilt
    // whenever the ontology's content digest or the size, mtime or content hash of an annotation
    // file used changes, or when the cache is unreadable. Same results, bit for bit.
    static InformationContent loadCached(const HpoOntology& ontology, const QString& hpoDir,
                                         const QString& cacheDir = {}, bool* fromCache = nullptr);
    // A node's own cases: one entity per patient, with its observed (not excluded) terms.
    static InformationContent fromPatients(const HpoOntology& ontology, const QList<Patient>& patients);

    double ic(int term) const { return m_ic[size_t(term)]; }
    const std::vector<double>& values() const { return m_ic; }
    int annotationCount(int term) const { return m_count[size_t(term)]; } // n(t)
    int entityCount() const { return m_entities; }                        // N
    double maxIc() const { return m_maxIc; }
    bool isEmpty() const { return m_ic.empty(); }

private:
    std::vector<double> m_ic;
    std::vector<int> m_count;
    int m_entities = 0;
    double m_maxIc = 0;
};
