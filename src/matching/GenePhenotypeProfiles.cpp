#include "GenePhenotypeProfiles.h"

#include "ByteViewTable.h"
#include "DataFileReader.h"
#include "HpoOntology.h"
#include "OntologyError.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cstring>

void GenePhenotypeProfiles::addProfile(const QString& symbol, const QString& entrezId, std::vector<int> terms)
{
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    const int n = int(m_terms.size());
    m_terms.push_back(std::move(terms));
    m_symbols.push_back(symbol);
    m_bySymbol.insert(symbol.toUpper(), n);
    if (!entrezId.isEmpty()) {
        m_byEntrez.insert(entrezId, n);
    }
}

int GenePhenotypeProfiles::profileOf(const Gene& gene) const
{
    if (!gene.symbol.isEmpty()) {
        const auto it = m_bySymbol.constFind(gene.symbol.trimmed().toUpper());
        if (it != m_bySymbol.constEnd()) {
            return *it;
        }
    }
    if (!gene.entrezId.isEmpty()) {
        return m_byEntrez.value(gene.entrezId, -1);
    }
    return -1;
}

GenePhenotypeProfiles GenePhenotypeProfiles::fromAnnotationFiles(const HpoOntology& ontology,
                                                                 const QString& hpoDir)
{
    const QDir dir(hpoDir);
    QString path;
    for (const QString& name :
         {QStringLiteral("genes_to_phenotype.txt.gz"), QStringLiteral("genes_to_phenotype.txt")}) {
        if (dir.exists(name)) {
            path = dir.filePath(name);
            break;
        }
    }
    if (path.isEmpty()) {
        throw OntologyError(
            QCoreApplication::translate("GenePhenotypeProfiles", "No genes_to_phenotype.txt in %1")
                .arg(hpoDir));
    }
    const QByteArray data = DataFileReader::readAll(path);
    // Ids are looked up as views into `data` (no allocation per line).
    ByteViewTable termIds(16384);  // term id -> slot in termOfSlot
    std::vector<int> termOfSlot;   // ontology index or -1
    ByteViewTable geneIndex(8192); // Entrez id -> gene number (first-seen order)
    struct GeneTerms
    {
        QByteArrayView entrez;
        QByteArrayView symbol;
        std::vector<int> terms;
    };
    std::vector<GeneTerms> genes;
    const char* p = data.constData();
    const char* end = p + data.size();
    bool header = true;
    while (p < end) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const QByteArrayView line(p, lineEnd - p);
        p = nl ? nl + 1 : end;
        if (header) {
            header = false;
            continue;
        }
        // The first three tab-separated fields: Entrez id, symbol, term id.
        QByteArrayView f[3];
        int n = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size() && n < 3; ++i) {
            if (i == line.size() || line[i] == '\t') {
                f[n++] = line.sliced(start, i - start);
                start = i + 1;
            }
        }
        if (n < 3) {
            continue;
        }
        bool inserted = false;
        const int slot =
            termIds.insert({f[2].data(), size_t(f[2].size())}, int(termOfSlot.size()), &inserted);
        if (inserted) {
            termOfSlot.push_back(ontology.indexOf(QString::fromLatin1(f[2])));
        }
        const int t = termOfSlot[size_t(slot)];
        if (t < 0) {
            continue;
        }
        const int g = geneIndex.insert({f[0].data(), size_t(f[0].size())}, int(genes.size()), &inserted);
        if (inserted) {
            genes.push_back({f[0], f[1], {}});
        }
        genes[size_t(g)].terms.push_back(t);
    }
    GenePhenotypeProfiles profiles;
    for (GeneTerms& g : genes) {
        profiles.addProfile(QString::fromUtf8(g.symbol), QString::fromLatin1(g.entrez), std::move(g.terms));
    }
    return profiles;
}
