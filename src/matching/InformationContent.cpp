#include "InformationContent.h"

#include "ByteViewTable.h"
#include "DataFileReader.h"
#include "HpoOntology.h"
#include "MatchingLogging.h"
#include "OntologyError.h"
#include "core/Crypto.h"
#include "core/Patient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <libdeflate.h>

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

// The annotation files fromAnnotationFiles() reads: genes_to_phenotype.txt(.gz) and the last
// phenotype.hpoa* by name; empty paths for absent ones.
struct AnnotationFiles
{
    QString genesToPhenotype;
    QString hpoa;
};

AnnotationFiles annotationFiles(const QString& hpoDir)
{
    AnnotationFiles files;
    const QDir dir(hpoDir);
    for (const QString& name :
         {QStringLiteral("genes_to_phenotype.txt.gz"), QStringLiteral("genes_to_phenotype.txt")}) {
        if (dir.exists(name)) {
            files.genesToPhenotype = dir.filePath(name);
            break;
        }
    }
    const QStringList hpoa = dir.entryList({QStringLiteral("phenotype.hpoa*")}, QDir::Files, QDir::Name);
    if (!hpoa.isEmpty()) {
        files.hpoa = dir.filePath(hpoa.last());
    }
    if (files.genesToPhenotype.isEmpty() && files.hpoa.isEmpty()) {
        throw OntologyError(QCoreApplication::translate("InformationContent",
                                                        "No genes_to_phenotype.txt or phenotype.hpoa in %1")
                                .arg(hpoDir));
    }
    return files;
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

    const AnnotationFiles files = annotationFiles(hpoDir);
    if (!files.genesToPhenotype.isEmpty()) {
        genesToPhenotype = DataFileReader::readAll(files.genesToPhenotype);
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
    }
    if (!files.hpoa.isEmpty()) {
        hpoaData = DataFileReader::readAll(files.hpoa);
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
    qCDebug(lcMatching) << "IC corpus:" << entities.size() << "diseases";
    // A disease lists a term once per gene and file: counting is per disease, so duplicates go.
    for (auto& terms : entities) {
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    }
    return fromEntities(ontology, entities);
}

namespace {
constexpr quint32 kIcCacheMagic = 0x4d444943; // "MDIC"
constexpr quint32 kIcCacheVersion = 1;

struct IcCacheHeader
{
    quint32 magic = kIcCacheMagic;
    quint32 version = kIcCacheVersion;
    quint32 crc = 0; // CRC-32 of the rest of the blob
    qint32 entities = 0;
    quint64 terms = 0;
    double maxIc = 0;
};
} // namespace

InformationContent InformationContent::loadCached(const HpoOntology& ontology, const QString& hpoDir,
                                                  const QString& cacheDir, bool* fromCache)
{
    if (fromCache) {
        *fromCache = false;
    }
    // The key: the hierarchy (term indices, ancestors, id resolution) and every file read.
    const AnnotationFiles files = annotationFiles(hpoDir);
    QByteArray key = ontology.contentDigest();
    for (const QString& path : {files.genesToPhenotype, files.hpoa}) {
        if (path.isEmpty()) {
            key += "|-";
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            throw OntologyError(QCoreApplication::translate("InformationContent", "Cannot open %1: %2")
                                    .arg(path, f.errorString()));
        }
        const QFileInfo info(path);
        key += '|' + QFileInfo(path).fileName().toUtf8() + '|' + QByteArray::number(info.size()) + '|' +
               QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '|' +
               Crypto::sha256Hex(f.readAll());
    }
    const QByteArray stamp = Crypto::sha256Hex(key);
    QString dir = cacheDir;
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    }
    const QString cachePath = dir.isEmpty() ? QString()
                                            : dir + QStringLiteral("/ic-v%1-%2.bin")
                                                        .arg(kIcCacheVersion)
                                                        .arg(QString::fromLatin1(stamp.left(16)));
    const size_t n = size_t(ontology.size());
    if (!cachePath.isEmpty()) {
        QFile cache(cachePath);
        if (cache.open(QIODevice::ReadOnly)) {
            const QByteArray blob = cache.readAll();
            const qsizetype sep = blob.indexOf('\n');
            const char* p = blob.constData() + sep + 1;
            const size_t size = sep > 0 ? size_t(blob.size() - sep - 1) : 0;
            IcCacheHeader h;
            if (sep > 0 && blob.left(sep) == stamp && size == sizeof h + n * (sizeof(int) + sizeof(double))) {
                std::memcpy(&h, p, sizeof h);
                const char* body = p + sizeof h;
                const size_t bodySize = size - sizeof h;
                if (h.magic == kIcCacheMagic && h.version == kIcCacheVersion && h.terms == n &&
                    h.crc == quint32(libdeflate_crc32(0, body, bodySize))) {
                    InformationContent ic;
                    ic.m_entities = h.entities;
                    ic.m_maxIc = h.maxIc;
                    ic.m_count.resize(n);
                    ic.m_ic.resize(n);
                    std::memcpy(ic.m_count.data(), body, n * sizeof(int));
                    std::memcpy(ic.m_ic.data(), body + n * sizeof(int), n * sizeof(double));
                    if (fromCache) {
                        *fromCache = true;
                    }
                    return ic;
                }
            }
            qCWarning(lcMatching) << "Ignoring stale or corrupt information content cache" << cachePath;
        }
    }
    InformationContent ic = fromAnnotationFiles(ontology, hpoDir);
    if (!cachePath.isEmpty() && ic.m_count.size() == n && QDir().mkpath(dir)) {
        QByteArray body;
        body.append(reinterpret_cast<const char*>(ic.m_count.data()), qsizetype(n * sizeof(int)));
        body.append(reinterpret_cast<const char*>(ic.m_ic.data()), qsizetype(n * sizeof(double)));
        IcCacheHeader h;
        h.crc = quint32(libdeflate_crc32(0, body.constData(), size_t(body.size())));
        h.entities = ic.m_entities;
        h.terms = n;
        h.maxIc = ic.m_maxIc;
        QSaveFile out(cachePath);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(stamp + '\n');
            out.write(reinterpret_cast<const char*>(&h), sizeof h);
            out.write(body);
            if (!out.commit()) {
                qCWarning(lcMatching)
                    << "Cannot write information content cache" << cachePath << out.errorString();
            }
        }
    }
    return ic;
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
