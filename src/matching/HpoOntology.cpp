#include "HpoOntology.h"

#include "DataFileReader.h"
#include "MatchingLogging.h"
#include "OntologyError.h"
#include "core/DataPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <deque>

namespace {

[[noreturn]] void fail(const QString& source, int line, const QString& what)
{
    throw OntologyError(HpoOntology::tr("%1, line %2: %3").arg(source).arg(line).arg(what));
}

struct RawTerm
{
    QByteArrayView id;
    QString name;
    QString definition;
    QList<TermSynonym> synonyms;
    std::vector<QByteArrayView> isA;
    std::vector<QByteArrayView> altIds;
    bool obsolete = false;
    QByteArrayView replacedBy;
    QStringList consider;
    int line = 0;
};

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t')) {
        v = v.sliced(1);
    }
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) {
        v.chop(1);
    }
    return v;
}

// Strips a trailing "! comment" and {qualifiers}, returns the first whitespace-delimited token.
QByteArrayView firstToken(QByteArrayView v)
{
    v = trimmed(v);
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == ' ' || v[i] == '\t' || v[i] == '!' || v[i] == '{') {
            return v.first(i);
        }
    }
    return v;
}

// Parses an OBO quoted string starting at v[0] == '"'; returns the unescaped text and sets *rest
// to what follows the closing quote. Returns false when the quote is not closed.
bool quoted(QByteArrayView v, QString* text, QByteArrayView* rest)
{
    if (v.isEmpty() || v.front() != '"') {
        return false;
    }
    // Fast path: no escapes before the closing quote (almost every line of hp.obo).
    const char* b = v.data() + 1;
    const char* e = v.data() + v.size();
    for (const char* c = b; c != e; ++c) {
        if (*c == '"') {
            *text = QString::fromUtf8(b, c - b);
            *rest = QByteArrayView(c + 1, e - c - 1);
            return true;
        }
        if (*c == '\\') {
            break;
        }
    }
    QByteArray buf;
    bool escaped = false;
    for (qsizetype i = 1; i < v.size(); ++i) {
        const char c = v[i];
        if (escaped) {
            buf.append(c == 'n' ? '\n' : c);
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            *text = QString::fromUtf8(buf);
            *rest = v.sliced(i + 1);
            return true;
        } else {
            buf.append(c);
        }
    }
    return false;
}

QString toQString(QByteArrayView v)
{
    return QString::fromLatin1(v.data(), v.size());
}

} // namespace

HpoOntology::HpoOntology() = default;

HpoOntology HpoOntology::load(const QString& oboPath)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray text = DataFileReader::readAll(oboPath);
    HpoOntology o = parse(text, oboPath);
    qCDebug(lcMatching) << "Loaded" << o.size() << "terms from" << oboPath << "in" << timer.elapsed() << "ms";
    return o;
}

HpoOntology HpoOntology::parse(const QByteArray& oboText, const QString& sourceName)
{
    HpoOntology o;
    o.m_sourcePath = sourceName;
    std::vector<RawTerm> raw;
    raw.reserve(25000);
    enum class Section
    {
        Header,
        Term,
        Other
    } section = Section::Header;

    const char* p = oboText.constData();
    const char* end = p + oboText.size();
    int lineNo = 0;
    while (p < end) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        QByteArrayView line(p, lineEnd - p);
        p = nl ? nl + 1 : end;
        ++lineNo;
        if (!line.isEmpty() && line.back() == '\r') {
            line.chop(1);
        }
        if (line.isEmpty() || line.front() == '!') {
            continue;
        }
        if (line.front() == '[') {
            line = trimmed(line);
            if (line == "[Term]") {
                section = Section::Term;
                raw.emplace_back();
                raw.back().line = lineNo;
            } else if (line.back() == ']') {
                section = Section::Other;
            } else {
                fail(sourceName, lineNo, HpoOntology::tr("malformed stanza header"));
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            if (trimmed(line).isEmpty()) {
                continue;
            }
            fail(sourceName, lineNo, HpoOntology::tr("expected 'tag: value'"));
        }
        const QByteArrayView tag = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (section == Section::Header) {
            if (tag == "data-version") {
                QString v = toQString(value);
                const qsizetype slash = v.lastIndexOf(QLatin1Char('/'));
                o.m_dataVersion = slash >= 0 ? v.mid(slash + 1) : v;
            }
            continue;
        }
        if (section != Section::Term) {
            continue;
        }
        RawTerm& t = raw.back();
        switch (tag.size()) {
        case 2:
            if (tag == "id") {
                if (value.isEmpty()) {
                    fail(sourceName, lineNo, HpoOntology::tr("empty id"));
                }
                t.id = firstToken(value);
            }
            break;
        case 4:
            if (tag == "name") {
                t.name = QString::fromUtf8(value.data(), value.size());
            } else if (tag == "is_a") {
                const QByteArrayView target = firstToken(value);
                if (target.isEmpty()) {
                    fail(sourceName, lineNo, HpoOntology::tr("empty is_a"));
                }
                t.isA.push_back(target);
            }
            break;
        case 3:
            if (tag == "def") {
                QByteArrayView rest;
                if (!quoted(value, &t.definition, &rest)) {
                    fail(sourceName, lineNo, HpoOntology::tr("definition is not a quoted string"));
                }
            }
            break;
        case 6:
            if (tag == "alt_id") {
                t.altIds.push_back(firstToken(value));
            }
            break;
        case 7:
            if (tag == "synonym") {
                TermSynonym s;
                QByteArrayView rest;
                if (!quoted(value, &s.text, &rest)) {
                    fail(sourceName, lineNo, HpoOntology::tr("synonym is not a quoted string"));
                }
                rest = trimmed(rest);
                const QByteArrayView scope = firstToken(rest);
                if (scope == "EXACT") {
                    s.scope = TermSynonym::Scope::Exact;
                } else if (scope == "RELATED") {
                    s.scope = TermSynonym::Scope::Related;
                } else if (scope == "BROAD") {
                    s.scope = TermSynonym::Scope::Broad;
                } else if (scope == "NARROW") {
                    s.scope = TermSynonym::Scope::Narrow;
                } else {
                    fail(sourceName, lineNo,
                         HpoOntology::tr("unknown synonym scope '%1'").arg(toQString(scope)));
                }
                rest = trimmed(rest.sliced(scope.size()));
                if (!rest.isEmpty() && rest.front() != '[') {
                    s.type = toQString(firstToken(rest));
                }
                t.synonyms.append(std::move(s));
            }
            break;
        case 8:
            if (tag == "consider") {
                t.consider.append(toQString(firstToken(value)));
            }
            break;
        case 11:
            if (tag == "is_obsolete") {
                t.obsolete = (value == "true");
            } else if (tag == "replaced_by") {
                t.replacedBy = firstToken(value);
            }
            break;
        default:
            break;
        }
    }

    // Dense indices for current terms.
    o.m_ids.reserve(raw.size());
    o.m_index.reserve(qsizetype(raw.size()));
    QHash<QByteArrayView, int> rawIndex; // every stanza id -> raw position
    rawIndex.reserve(qsizetype(raw.size()));
    std::vector<int> denseOf(raw.size(), -1);
    for (size_t i = 0; i < raw.size(); ++i) {
        const RawTerm& t = raw[i];
        if (t.id.isEmpty()) {
            fail(sourceName, t.line, HpoOntology::tr("[Term] without id"));
        }
        if (rawIndex.contains(t.id)) {
            fail(sourceName, t.line, HpoOntology::tr("duplicate term id %1").arg(toQString(t.id)));
        }
        rawIndex.insert(t.id, int(i));
        if (!t.obsolete) {
            denseOf[i] = int(o.m_ids.size());
            o.m_ids.push_back(toQString(t.id));
        }
    }
    const int n = int(o.m_ids.size());
    o.m_names.resize(size_t(n));
    o.m_definitions.resize(size_t(n));
    o.m_synonyms.resize(size_t(n));
    o.m_parentOffsets.assign(size_t(n) + 1, 0);
    o.m_parents.reserve(raw.size() * 2);
    for (size_t i = 0; i < raw.size(); ++i) {
        RawTerm& t = raw[i];
        const int d = denseOf[i];
        if (d < 0) {
            continue;
        }
        o.m_index.insert(o.m_ids[size_t(d)], d);
        o.m_names[size_t(d)] = std::move(t.name);
        o.m_definitions[size_t(d)] = std::move(t.definition);
        o.m_synonyms[size_t(d)] = std::move(t.synonyms);
        const size_t first = o.m_parents.size();
        for (const QByteArrayView parent : t.isA) {
            const auto it = rawIndex.constFind(parent);
            if (it == rawIndex.constEnd()) {
                fail(
                    sourceName, t.line,
                    HpoOntology::tr("term %1 has unknown parent %2").arg(toQString(t.id), toQString(parent)));
            }
            const int pd = denseOf[size_t(*it)];
            if (pd < 0) {
                fail(sourceName, t.line,
                     HpoOntology::tr("term %1 has obsolete parent %2")
                         .arg(toQString(t.id), toQString(parent)));
            }
            if (std::find(o.m_parents.begin() + qsizetype(first), o.m_parents.end(), pd) ==
                o.m_parents.end()) {
                o.m_parents.push_back(pd);
            }
        }
        std::sort(o.m_parents.begin() + qsizetype(first), o.m_parents.end());
        o.m_parentOffsets[size_t(d) + 1] = int(o.m_parents.size());
    }
    // Redirects: alt ids of current terms, then obsolete terms.
    for (size_t i = 0; i < raw.size(); ++i) {
        const RawTerm& t = raw[i];
        if (denseOf[i] >= 0) {
            for (const QByteArrayView alt : t.altIds) {
                o.m_redirects.insert(
                    toQString(alt),
                    Redirect{TermResolution::Status::Alternative, o.m_ids[size_t(denseOf[i])], {}});
            }
        }
    }
    for (size_t i = 0; i < raw.size(); ++i) {
        const RawTerm& t = raw[i];
        if (!t.obsolete) {
            continue;
        }
        Redirect r{TermResolution::Status::ObsoleteNoReplacement, {}, t.consider};
        // Follow replaced_by chains (through alt ids and other obsolete terms) to a current term.
        QByteArrayView target = t.replacedBy;
        for (int hops = 0; !target.isEmpty() && hops < 16; ++hops) {
            const QString tid = toQString(target);
            if (o.m_index.contains(tid)) {
                r.status = TermResolution::Status::ReplacedObsolete;
                r.target = tid;
                break;
            }
            const auto alt = o.m_redirects.constFind(tid);
            if (alt != o.m_redirects.constEnd() && alt->status == TermResolution::Status::Alternative) {
                r.status = TermResolution::Status::ReplacedObsolete;
                r.target = alt->target;
                break;
            }
            const auto next = rawIndex.constFind(target);
            if (next == rawIndex.constEnd()) {
                break;
            }
            target = raw[size_t(*next)].replacedBy;
        }
        for (const QByteArrayView alt : t.altIds) {
            o.m_redirects.insert(toQString(alt), r);
        }
        o.m_redirects.insert(toQString(t.id), std::move(r));
    }
    o.buildDerived();
    return o;
}

void HpoOntology::buildDerived()
{
    const int n = size();
    // Children (CSR).
    std::vector<int> childCount(size_t(n) + 1, 0);
    for (int p : m_parents) {
        ++childCount[size_t(p) + 1];
    }
    m_childOffsets.assign(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        m_childOffsets[size_t(i) + 1] = m_childOffsets[size_t(i)] + childCount[size_t(i) + 1];
    }
    m_children.assign(m_parents.size(), 0);
    std::vector<int> fill(m_childOffsets.begin(), m_childOffsets.end() - 1);
    for (int t = 0; t < n; ++t) {
        for (int p : parents(t)) {
            m_children[size_t(fill[size_t(p)]++)] = t;
        }
    }
    // Topological order (Kahn) and roots.
    m_roots.clear();
    m_topoOrder.clear();
    m_topoOrder.reserve(size_t(n));
    std::vector<int> pending(static_cast<size_t>(n));
    for (int t = 0; t < n; ++t) {
        pending[size_t(t)] = int(parents(t).size());
        if (pending[size_t(t)] == 0) {
            m_roots.push_back(t);
            m_topoOrder.push_back(t);
        }
    }
    for (size_t head = 0; head < m_topoOrder.size(); ++head) {
        for (int c : children(m_topoOrder[head])) {
            if (--pending[size_t(c)] == 0) {
                m_topoOrder.push_back(c);
            }
        }
    }
    if (int(m_topoOrder.size()) != n) {
        for (int t = 0; t < n; ++t) {
            if (pending[size_t(t)] > 0) {
                throw OntologyError(
                    HpoOntology::tr("%1: is_a cycle involving %2").arg(m_sourcePath, m_ids[size_t(t)]));
            }
        }
    }
    // Depth (shortest path to a root) and ancestor closure, in topological order.
    m_depth.assign(size_t(n), 0);
    std::vector<std::vector<int>> anc(static_cast<size_t>(n));
    size_t total = 0;
    std::vector<int> merged;
    for (int t : m_topoOrder) {
        auto ps = parents(t);
        int d = ps.empty() ? 0 : INT_MAX;
        merged.clear();
        merged.push_back(t);
        for (int p : ps) {
            d = std::min(d, m_depth[size_t(p)] + 1);
            merged.insert(merged.end(), anc[size_t(p)].begin(), anc[size_t(p)].end());
        }
        std::sort(merged.begin(), merged.end());
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        m_depth[size_t(t)] = d;
        anc[size_t(t)] = merged;
        total += merged.size();
    }
    m_ancestorOffsets.assign(size_t(n) + 1, 0);
    m_ancestors.clear();
    m_ancestors.reserve(total);
    for (int t = 0; t < n; ++t) {
        m_ancestors.insert(m_ancestors.end(), anc[size_t(t)].begin(), anc[size_t(t)].end());
        m_ancestorOffsets[size_t(t) + 1] = int(m_ancestors.size());
    }
}

int HpoOntology::indexOf(const QString& id) const
{
    const auto it = m_index.constFind(id);
    if (it != m_index.constEnd()) {
        return *it;
    }
    const auto r = m_redirects.constFind(id);
    if (r != m_redirects.constEnd() && !r->target.isEmpty()) {
        return m_index.value(r->target, -1);
    }
    return -1;
}

TermResolution HpoOntology::resolve(const QString& id) const
{
    TermResolution res;
    const auto it = m_index.constFind(id);
    if (it != m_index.constEnd()) {
        res.status = TermResolution::Status::Current;
        res.index = *it;
        res.currentId = id;
        return res;
    }
    const auto r = m_redirects.constFind(id);
    if (r == m_redirects.constEnd()) {
        return res;
    }
    res.status = r->status;
    res.consider = r->consider;
    if (!r->target.isEmpty()) {
        res.index = m_index.value(r->target, -1);
        res.currentId = r->target;
    }
    return res;
}

QStringList HpoOntology::altIds(int term) const
{
    QStringList out;
    const QString& tid = id(term);
    for (auto it = m_redirects.cbegin(); it != m_redirects.cend(); ++it) {
        if (it->status == TermResolution::Status::Alternative && it->target == tid) {
            out.append(it.key());
        }
    }
    out.sort();
    return out;
}

bool HpoOntology::isDescendantOf(int term, int ancestor) const
{
    const auto a = ancestors(term);
    return std::binary_search(a.begin(), a.end(), ancestor);
}

// ---- binary cache --------------------------------------------------------------------------------

namespace {
constexpr quint32 kCacheMagic = 0x4d44484f; // "MDHO"
constexpr quint32 kCacheVersion = 1;

QDataStream& operator<<(QDataStream& s, const TermSynonym& syn)
{
    return s << syn.text << quint8(syn.scope) << syn.type;
}
QDataStream& operator>>(QDataStream& s, TermSynonym& syn)
{
    quint8 scope = 0;
    s >> syn.text >> scope >> syn.type;
    syn.scope = TermSynonym::Scope(std::min<quint8>(scope, 3));
    return s;
}

template <typename T>
void writeVector(QDataStream& s, const std::vector<T>& v)
{
    s << quint64(v.size());
    s.writeRawData(reinterpret_cast<const char*>(v.data()), int(v.size() * sizeof(T)));
}
template <typename T>
bool readVector(QDataStream& s, std::vector<T>& v)
{
    quint64 n = 0;
    s >> n;
    if (n > (1u << 28)) {
        return false;
    }
    v.resize(size_t(n));
    return s.readRawData(reinterpret_cast<char*>(v.data()), int(n * sizeof(T))) == int(n * sizeof(T));
}
} // namespace

QByteArray HpoOntology::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kCacheMagic << kCacheVersion << m_dataVersion << m_sourcePath << quint32(m_ids.size());
    for (size_t i = 0; i < m_ids.size(); ++i) {
        s << m_ids[i] << m_names[i] << m_definitions[i] << quint32(m_synonyms[i].size());
        for (const TermSynonym& syn : m_synonyms[i]) {
            s << syn;
        }
    }
    s << quint32(m_redirects.size());
    for (auto it = m_redirects.cbegin(); it != m_redirects.cend(); ++it) {
        s << it.key() << quint8(it->status) << it->target << it->consider;
    }
    writeVector(s, m_parentOffsets);
    writeVector(s, m_parents);
    return out;
}

bool HpoOntology::deserialize(const QByteArray& data, HpoOntology* out)
{
    QDataStream s(data);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, n = 0;
    HpoOntology o;
    s >> magic >> version;
    if (magic != kCacheMagic || version != kCacheVersion) {
        return false;
    }
    s >> o.m_dataVersion >> o.m_sourcePath >> n;
    if (s.status() != QDataStream::Ok || n > 10'000'000) {
        return false;
    }
    o.m_ids.resize(n);
    o.m_names.resize(n);
    o.m_definitions.resize(n);
    o.m_synonyms.resize(n);
    o.m_index.reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        quint32 ns = 0;
        s >> o.m_ids[i] >> o.m_names[i] >> o.m_definitions[i] >> ns;
        if (s.status() != QDataStream::Ok || ns > 100000) {
            return false;
        }
        for (quint32 k = 0; k < ns; ++k) {
            TermSynonym syn;
            s >> syn;
            o.m_synonyms[i].append(syn);
        }
        o.m_index.insert(o.m_ids[i], int(i));
    }
    quint32 r = 0;
    s >> r;
    if (s.status() != QDataStream::Ok || r > 10'000'000) {
        return false;
    }
    o.m_redirects.reserve(r);
    for (quint32 i = 0; i < r; ++i) {
        QString key;
        quint8 status = 0;
        Redirect red;
        s >> key >> status >> red.target >> red.consider;
        red.status = TermResolution::Status(std::min<quint8>(status, 4));
        o.m_redirects.insert(key, red);
    }
    if (!readVector(s, o.m_parentOffsets) || !readVector(s, o.m_parents) || s.status() != QDataStream::Ok) {
        return false;
    }
    if (o.m_parentOffsets.size() != size_t(n) + 1 || o.m_parentOffsets.front() != 0 ||
        o.m_parentOffsets.back() != int(o.m_parents.size())) {
        return false;
    }
    for (size_t i = 0; i + 1 < o.m_parentOffsets.size(); ++i) {
        if (o.m_parentOffsets[i] > o.m_parentOffsets[i + 1]) {
            return false;
        }
    }
    for (int p : o.m_parents) {
        if (p < 0 || p >= int(n)) {
            return false;
        }
    }
    try {
        o.buildDerived();
    } catch (const OntologyError&) {
        return false;
    }
    *out = std::move(o);
    return true;
}

HpoOntology HpoOntology::loadCached(const QString& oboPath, const QString& cacheDir, bool* fromCache)
{
    if (fromCache) {
        *fromCache = false;
    }
    QFile src(oboPath);
    if (!src.open(QIODevice::ReadOnly)) {
        throw OntologyError(HpoOntology::tr("Cannot open %1: %2").arg(oboPath, src.errorString()));
    }
    const QByteArray raw = src.readAll();
    const QFileInfo info(oboPath);
    // The key covers size, mtime and content: any change of the source invalidates the cache.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(raw);
    const QByteArray digest = hash.result().toHex();
    const QByteArray stamp = QByteArray::number(info.size()) + '|' +
                             QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '|' + digest;

    QString dir = cacheDir;
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    }
    const QString cachePath =
        dir.isEmpty()
            ? QString()
            : dir + QStringLiteral("/hpo-") + QString::fromLatin1(digest.left(16)) + QStringLiteral(".bin");
    if (!cachePath.isEmpty()) {
        QFile cache(cachePath);
        if (cache.open(QIODevice::ReadOnly)) {
            const QByteArray blob = cache.readAll();
            const qsizetype sep = blob.indexOf('\n');
            HpoOntology o;
            if (sep > 0 && blob.left(sep) == stamp &&
                deserialize(QByteArray::fromRawData(blob.constData() + sep + 1, blob.size() - sep - 1), &o)) {
                o.m_sourcePath = oboPath;
                if (fromCache) {
                    *fromCache = true;
                }
                return o;
            }
            qCWarning(lcMatching) << "Ignoring stale or corrupt ontology cache" << cachePath;
        }
    }
    const QByteArray text = (raw.size() >= 2 && uchar(raw[0]) == 0x1f && uchar(raw[1]) == 0x8b)
                                ? DataFileReader::gunzip(raw, oboPath)
                                : raw;
    HpoOntology o = parse(text, oboPath);
    if (!cachePath.isEmpty() && QDir().mkpath(dir)) {
        QSaveFile out(cachePath);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(stamp + '\n');
            out.write(o.serialize());
            if (!out.commit()) {
                qCWarning(lcMatching) << "Cannot write ontology cache" << cachePath << out.errorString();
            }
        }
    }
    return o;
}

std::shared_ptr<const HpoOntology> HpoOntology::loadDefault()
{
    const QString dir = DataPaths::hpoDir();
    QString path = dir + QStringLiteral("/hp.obo.gz");
    if (!QFileInfo::exists(path)) {
        path = dir + QStringLiteral("/hp.obo");
    }
    if (!QFileInfo::exists(path)) {
        throw OntologyError(HpoOntology::tr("No hp.obo.gz or hp.obo in %1").arg(dir));
    }
    return std::make_shared<const HpoOntology>(loadCached(path));
}
