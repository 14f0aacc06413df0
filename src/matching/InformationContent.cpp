#include "InformationContent.h"

#include "DataFileReader.h"
#include "HpoOntology.h"
#include "MatchingLogging.h"
#include "OntologyError.h"
#include "core/Patient.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <algorithm>
#include <cmath>

InformationContent InformationContent::fromEntities(const HpoOntology& ontology,
                                                    const std::vector<std::vector<int>>& entities)
{
    InformationContent ic;
    const int n = ontology.size();
    ic.m_count.assign(size_t(n), 0);
    std::vector<int> stamp(size_t(n), -1);
    int entityNo = 0;
    for (const auto& terms : entities) {
        bool any = false;
        for (int t : terms) {
            if (t < 0 || t >= n) {
                continue;
            }
            any = true;
            for (int a : ontology.ancestors(t)) {
                if (stamp[size_t(a)] != entityNo) {
                    stamp[size_t(a)] = entityNo;
                    ++ic.m_count[size_t(a)];
                }
            }
        }
        if (any) {
            ++ic.m_entities;
        }
        ++entityNo;
    }
    ic.m_ic.assign(size_t(n), 0.0);
    const double total = std::max(1, ic.m_entities);
    ic.m_maxIc = std::log(total);
    for (int t = 0; t < n; ++t) {
        const int c = ic.m_count[size_t(t)];
        ic.m_ic[size_t(t)] = c > 0 ? -std::log(double(c) / total) : ic.m_maxIc;
    }
    return ic;
}

namespace {

// Splits a tab-separated line into at most `maxFields` views.
int splitTabs(QByteArrayView line, QByteArrayView* fields, int maxFields)
{
    int n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size() && n < maxFields; ++i) {
        if (i == line.size() || line[i] == '\t') {
            fields[n++] = line.sliced(start, i - start);
            start = i + 1;
        }
    }
    return n;
}

template <typename Fn>
void forEachLine(const QByteArray& data, Fn fn)
{
    const char* p = data.constData();
    const char* end = p + data.size();
    while (p < end) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        QByteArrayView line(p, lineEnd - p);
        if (!line.isEmpty() && line.back() == '\r') {
            line.chop(1);
        }
        fn(line);
        p = nl ? nl + 1 : end;
    }
}

} // namespace

InformationContent InformationContent::fromAnnotationFiles(const HpoOntology& ontology, const QString& hpoDir)
{
    QHash<QByteArray, int> diseaseIndex;
    std::vector<std::vector<int>> entities;
    QHash<QByteArray, int> termCache;
    auto termOf = [&](QByteArrayView id) {
        const QByteArray key = id.toByteArray();
        auto it = termCache.constFind(key);
        if (it == termCache.constEnd()) {
            it = termCache.insert(key, ontology.indexOf(QString::fromLatin1(key)));
        }
        return *it;
    };
    auto add = [&](QByteArrayView disease, QByteArrayView term) {
        const int t = termOf(term);
        if (t < 0 || disease.isEmpty()) {
            return;
        }
        const QByteArray key = disease.toByteArray();
        auto it = diseaseIndex.constFind(key);
        if (it == diseaseIndex.constEnd()) {
            it = diseaseIndex.insert(key, int(entities.size()));
            entities.emplace_back();
        }
        entities[size_t(*it)].push_back(t);
    };

    const QDir dir(hpoDir);
    bool found = false;
    for (const QString& name :
         {QStringLiteral("genes_to_phenotype.txt.gz"), QStringLiteral("genes_to_phenotype.txt")}) {
        if (!dir.exists(name)) {
            continue;
        }
        found = true;
        const QByteArray data = DataFileReader::readAll(dir.filePath(name));
        bool header = true;
        forEachLine(data, [&](QByteArrayView line) {
            if (header) {
                header = false;
                return;
            }
            QByteArrayView f[6];
            if (splitTabs(line, f, 6) == 6) {
                add(f[5], f[2]);
            }
        });
        break;
    }
    QStringList hpoa = dir.entryList({QStringLiteral("phenotype.hpoa*")}, QDir::Files, QDir::Name);
    if (!hpoa.isEmpty()) {
        found = true;
        const QByteArray data = DataFileReader::readAll(dir.filePath(hpoa.last()));
        forEachLine(data, [&](QByteArrayView line) {
            if (line.isEmpty() || line.front() == '#' || line.startsWith("database_id")) {
                return;
            }
            QByteArrayView f[4];
            if (splitTabs(line, f, 4) == 4 && f[2] != "NOT") {
                add(f[0], f[3]);
            }
        });
    }
    if (!found) {
        throw OntologyError(QCoreApplication::translate("InformationContent",
                                                        "No genes_to_phenotype.txt or phenotype.hpoa in %1")
                                .arg(hpoDir));
    }
    qCDebug(lcMatching) << "IC corpus:" << entities.size() << "diseases";
    return fromEntities(ontology, entities);
}

InformationContent InformationContent::fromPatients(const HpoOntology& ontology,
                                                    const QList<Patient>& patients)
{
    std::vector<std::vector<int>> entities;
    entities.reserve(size_t(patients.size()));
    for (const Patient& p : patients) {
        std::vector<int> terms;
        for (const auto& f : p.features) {
            if (!f.excluded) {
                const int t = ontology.indexOf(f.termId);
                if (t >= 0) {
                    terms.push_back(t);
                }
            }
        }
        entities.push_back(std::move(terms));
    }
    return fromEntities(ontology, entities);
}
