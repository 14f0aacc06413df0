#include "InformationContent.h"

#include "ByteViewTable.h"
#include "DataFileReader.h"
#include "HpoOntology.h"
#include "MatchingLogging.h"
#include "OntologyError.h"
#include "core/Patient.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cmath>
#include <cstring>

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
    const char* p = line.data();
    const char* end = p + line.size();
    while (n < maxFields) {
        const char* tab = static_cast<const char*>(memchr(p, '\t', size_t(end - p)));
        const char* fieldEnd = tab ? tab : end;
        fields[n++] = QByteArrayView(p, fieldEnd - p);
        if (!tab) {
            break;
        }
        p = tab + 1;
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
    // Disease and term ids are looked up as views into the file contents, which stay alive here.
    QByteArray genesToPhenotype, hpoaData;
    ByteViewTable diseaseIndex(16384);
    ByteViewTable termIds(16384); // id -> slot in termOfSlot
    std::vector<int> termOfSlot;  // ontology index or -1
    std::vector<std::vector<int>> entities;
    QByteArrayView lastDisease;
    int lastEntity = -1;
    auto add = [&](QByteArrayView disease, QByteArrayView term) {
        bool inserted = false;
        const int slot =
            termIds.insert({term.data(), size_t(term.size())}, int(termOfSlot.size()), &inserted);
        if (inserted) {
            termOfSlot.push_back(ontology.indexOf(QString::fromLatin1(term)));
        }
        const int t = termOfSlot[size_t(slot)];
        if (t < 0 || disease.isEmpty()) {
            return;
        }
        if (lastEntity < 0 || disease != lastDisease) { // lines come grouped by disease or by gene
            lastDisease = disease;
            lastEntity = diseaseIndex.insert({disease.data(), size_t(disease.size())}, int(entities.size()),
                                             &inserted);
            if (inserted) {
                entities.emplace_back();
            }
        }
        entities[size_t(lastEntity)].push_back(t);
    };

    const QDir dir(hpoDir);
    bool found = false;
    for (const QString& name :
         {QStringLiteral("genes_to_phenotype.txt.gz"), QStringLiteral("genes_to_phenotype.txt")}) {
        if (!dir.exists(name)) {
            continue;
        }
        found = true;
        genesToPhenotype = DataFileReader::readAll(dir.filePath(name));
        bool header = true;
        forEachLine(genesToPhenotype, [&](QByteArrayView line) {
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
        hpoaData = DataFileReader::readAll(dir.filePath(hpoa.last()));
        forEachLine(hpoaData, [&](QByteArrayView line) {
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
    // A disease lists a term once per gene and file: counting is per disease, so duplicates go.
    for (auto& terms : entities) {
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    }
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
