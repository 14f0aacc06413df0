#include "GenePhenotypeProfiles.h"

#include "DataFileReader.h"
#include "HpoOntology.h"
#include "OntologyError.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

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
    QHash<QByteArray, int> termCache;
    QHash<QByteArray, std::pair<QByteArray, std::vector<int>>> genes; // entrez -> (symbol, terms)
    QList<QByteArray> order;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split('\t');
        if (f.size() < 3) {
            continue;
        }
        auto it = termCache.constFind(f[2]);
        if (it == termCache.constEnd()) {
            it = termCache.insert(f[2], ontology.indexOf(QString::fromLatin1(f[2])));
        }
        if (*it < 0) {
            continue;
        }
        auto g = genes.find(f[0]);
        if (g == genes.end()) {
            g = genes.insert(f[0], {f[1], {}});
            order.append(f[0]);
        }
        g->second.push_back(*it);
    }
    GenePhenotypeProfiles p;
    for (const QByteArray& entrez : order) {
        auto& g = genes[entrez];
        p.addProfile(QString::fromUtf8(g.first), QString::fromLatin1(entrez), std::move(g.second));
    }
    return p;
}
