#include "HpoOntology.h"

#include "ByteViewTable.h"
#include "DataFileReader.h"
#include "MatchingLogging.h"
#include "OntologyError.h"
#include "core/Crypto.h"
#include "core/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <climits>
#include <cstring>
#include <libdeflate.h>

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
    uint32_t isABegin = 0, isAEnd = 0; // range in the parser's flat list of is_a targets
    uint32_t altBegin = 0, altEnd = 0; // range in the flat list of alt_ids
    bool obsolete = false;
    QByteArrayView replacedBy;
    QStringList consider;
    int line = 0;
};

std::string_view sv(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

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
    raw.reserve(size_t(oboText.size() / 400) + 16);
    std::vector<QByteArrayView> isA, altIds; // flat, in stanza order (RawTerm holds ranges)
    isA.reserve(raw.capacity() * 2);
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
                raw.back().isABegin = raw.back().isAEnd = uint32_t(isA.size());
                raw.back().altBegin = raw.back().altEnd = uint32_t(altIds.size());
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
                isA.push_back(target);
                t.isAEnd = uint32_t(isA.size());
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
                altIds.push_back(firstToken(value));
                t.altEnd = uint32_t(altIds.size());
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
    ByteViewTable rawIndex(raw.size()); // every stanza id -> raw position
    std::vector<int> denseOf(raw.size(), -1);
    for (size_t i = 0; i < raw.size(); ++i) {
        const RawTerm& t = raw[i];
        if (t.id.isEmpty()) {
            fail(sourceName, t.line, HpoOntology::tr("[Term] without id"));
        }
        bool inserted = false;
        rawIndex.insert(sv(t.id), int(i), &inserted);
        if (!inserted) {
            fail(sourceName, t.line, HpoOntology::tr("duplicate term id %1").arg(toQString(t.id)));
        }
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
    o.m_parents.reserve(isA.size());
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
        for (uint32_t k = t.isABegin; k < t.isAEnd; ++k) {
            const QByteArrayView parent = isA[k];
            const int r = rawIndex.value(sv(parent));
            if (r < 0) {
                fail(
                    sourceName, t.line,
                    HpoOntology::tr("term %1 has unknown parent %2").arg(toQString(t.id), toQString(parent)));
            }
            const int pd = denseOf[size_t(r)];
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
            for (uint32_t k = t.altBegin; k < t.altEnd; ++k) {
                o.m_redirects.insert(
                    toQString(altIds[k]),
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
            const int tr = rawIndex.value(sv(target));
            if (tr >= 0 && denseOf[size_t(tr)] >= 0) {
                r.status = TermResolution::Status::ReplacedObsolete;
                r.target = o.m_ids[size_t(denseOf[size_t(tr)])];
                break;
            }
            const auto alt = o.m_redirects.constFind(toQString(target));
            if (alt != o.m_redirects.constEnd() && alt->status == TermResolution::Status::Alternative) {
                r.status = TermResolution::Status::ReplacedObsolete;
                r.target = alt->target;
                break;
            }
            if (tr < 0) {
                break;
            }
            target = raw[size_t(tr)].replacedBy;
        }
        for (uint32_t k = t.altBegin; k < t.altEnd; ++k) {
            o.m_redirects.insert(toQString(altIds[k]), r);
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
    // Depth (shortest path to a root) and ancestor closure, in topological order, into one flat
    // buffer (per term: start and length), then copied to term order.
    m_depth.assign(size_t(n), 0);
    std::vector<int> flat;
    flat.reserve(size_t(n) * 16);
    std::vector<int> start(static_cast<size_t>(n)), length(static_cast<size_t>(n));
    std::vector<int> seen(static_cast<size_t>(n), -1);
    std::vector<int> merged;
    for (int t : m_topoOrder) {
        auto ps = parents(t);
        int d = ps.empty() ? 0 : INT_MAX;
        merged.clear();
        merged.push_back(t);
        seen[size_t(t)] = t;
        for (int p : ps) {
            d = std::min(d, m_depth[size_t(p)] + 1);
            const int* a = flat.data() + start[size_t(p)];
            for (const int* e = a + length[size_t(p)]; a != e; ++a) {
                if (seen[size_t(*a)] != t) {
                    seen[size_t(*a)] = t;
                    merged.push_back(*a);
                }
            }
        }
        std::sort(merged.begin(), merged.end());
        m_depth[size_t(t)] = d;
        start[size_t(t)] = int(flat.size());
        length[size_t(t)] = int(merged.size());
        flat.insert(flat.end(), merged.begin(), merged.end());
    }
    m_ancestorOffsets.assign(size_t(n) + 1, 0);
    m_ancestors.resize(flat.size());
    for (int t = 0, pos = 0; t < n; ++t) {
        std::copy_n(flat.data() + start[size_t(t)], length[size_t(t)], m_ancestors.data() + pos);
        pos += length[size_t(t)];
        m_ancestorOffsets[size_t(t) + 1] = pos;
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

QByteArray HpoOntology::contentDigest() const
{
    return m_contentDigest.isEmpty() ? computeContentDigest() : m_contentDigest;
}

QByteArray HpoOntology::computeContentDigest() const
{
    QByteArray buf;
    auto addString = [&buf](const QString& s) {
        const qint64 n = s.size();
        buf.append(reinterpret_cast<const char*>(&n), sizeof n);
        buf.append(reinterpret_cast<const char*>(s.utf16()), qsizetype(n) * 2);
    };
    auto addInts = [&buf](const std::vector<int>& v) {
        const qint64 n = qint64(v.size());
        buf.append(reinterpret_cast<const char*>(&n), sizeof n);
        buf.append(reinterpret_cast<const char*>(v.data()), qsizetype(v.size() * sizeof(int)));
    };
    for (const QString& id : m_ids) {
        addString(id);
    }
    addInts(m_parentOffsets);
    addInts(m_parents);
    QStringList keys = m_redirects.keys(); // QHash order varies between runs: sort
    keys.sort();
    for (const QString& key : keys) {
        const Redirect& r = m_redirects[key];
        addString(key);
        buf.append(char(r.status));
        addString(r.target);
    }
    return Crypto::sha256Hex(buf);
}

bool HpoOntology::isDescendantOf(int term, int ancestor) const
{
    const auto a = ancestors(term);
    return std::binary_search(a.begin(), a.end(), ancestor);
}

// ---- binary cache --------------------------------------------------------------------------------
//
// Layout (native byte order, checked through a byte-order mark): a 16-byte header (magic, format
// version, byte-order mark, CRC-32 of the body), then sections of plain arrays, each a 64-bit element
// count followed by the elements, padded to 8 bytes. Strings live in one UTF-16 pool and are
// referenced by (offset, length). The derived arrays (children, ancestor closure, depth, topological
// order) are stored too, so loading is copying plus bounds checks.

namespace {
constexpr quint32 kCacheMagic = 0x4d44484f; // "MDHO"
constexpr quint32 kCacheVersion = 3;
constexpr quint32 kByteOrderMark = 0x01020304;
constexpr size_t kHeaderSize = 16;

struct StrRef
{
    quint32 offset = 0;
    quint32 length = 0;
};
struct SynonymRecord
{
    StrRef text;
    StrRef type;
    quint32 scope = 0;
};
struct RedirectRecord
{
    StrRef key;
    qint32 target = -1; // term index of the current id, -1 when none
    quint32 status = 0;
    quint32 considerBegin = 0;
    quint32 considerEnd = 0;
};

class CacheWriter
{
public:
    StrRef string(const QString& s)
    {
        const StrRef r{quint32(m_pool.size()), quint32(s.size())};
        m_pool.insert(m_pool.end(), s.utf16(), s.utf16() + s.size());
        return r;
    }
    const std::vector<char16_t>& pool() const { return m_pool; }

    template <typename T>
    void section(const std::vector<T>& v)
    {
        const quint64 count = v.size();
        m_body.append(reinterpret_cast<const char*>(&count), sizeof count);
        m_body.append(reinterpret_cast<const char*>(v.data()), qsizetype(v.size() * sizeof(T)));
        m_body.append(QByteArray((8 - m_body.size() % 8) % 8, '\0'));
    }
    QByteArray finish() const
    {
        QByteArray out;
        out.reserve(qsizetype(kHeaderSize) + m_body.size());
        const quint32 crc = quint32(libdeflate_crc32(0, m_body.constData(), size_t(m_body.size())));
        for (const quint32 v : {kCacheMagic, kCacheVersion, kByteOrderMark, crc}) {
            out.append(reinterpret_cast<const char*>(&v), sizeof v);
        }
        out.append(m_body);
        return out;
    }

private:
    std::vector<char16_t> m_pool;
    QByteArray m_body;
};

class CacheReader
{
public:
    explicit CacheReader(const QByteArray& data)
        : m_p(data.constData())
        , m_end(data.constData() + data.size())
    {
        quint32 h[4] = {};
        if (size_t(data.size()) < kHeaderSize) {
            return;
        }
        std::memcpy(h, m_p, sizeof h);
        m_p += kHeaderSize;
        m_ok = h[0] == kCacheMagic && h[1] == kCacheVersion && h[2] == kByteOrderMark &&
               h[3] == quint32(libdeflate_crc32(0, m_p, size_t(m_end - m_p)));
    }
    bool ok() const { return m_ok; }

    template <typename T>
    bool section(std::vector<T>& out)
    {
        const char* data = nullptr;
        size_t count = 0;
        if (!view(sizeof(T), &data, &count)) {
            return false;
        }
        out.resize(count);
        if (count > 0) {
            std::memcpy(static_cast<void*>(out.data()), data, count * sizeof(T));
        }
        return true;
    }
    // A section left in place (no alignment guaranteed: read it with memcpy).
    bool view(size_t elementSize, const char** data, size_t* count)
    {
        quint64 n = 0;
        if (!m_ok || size_t(m_end - m_p) < sizeof n) {
            return m_ok = false;
        }
        std::memcpy(&n, m_p, sizeof n);
        m_p += sizeof n;
        const size_t bytes = size_t(n) * elementSize;
        if (n > (quint64(1) << 32) || size_t(m_end - m_p) < bytes) {
            return m_ok = false;
        }
        *data = m_p;
        *count = size_t(n);
        m_p += bytes;
        m_p += std::min<size_t>(size_t(m_end - m_p), (8 - bytes % 8) % 8);
        return true;
    }

private:
    const char* m_p;
    const char* m_end;
    bool m_ok = false;
};

bool validRef(const StrRef& r, size_t poolSize)
{
    return size_t(r.offset) + size_t(r.length) <= poolSize;
}

// CSR arrays: offsets 0..data.size() non-decreasing, n + 1 of them, every value in [0, n).
bool validCsr(const std::vector<int>& offsets, const std::vector<int>& data, size_t n)
{
    if (offsets.size() != n + 1 || offsets.front() != 0 || size_t(offsets.back()) != data.size()) {
        return false;
    }
    for (size_t i = 0; i < n; ++i) {
        if (offsets[i] > offsets[i + 1]) {
            return false;
        }
    }
    return std::all_of(data.begin(), data.end(), [n](int v) { return v >= 0 && size_t(v) < n; });
}
} // namespace

QByteArray HpoOntology::serialize() const
{
    const size_t n = m_ids.size();
    CacheWriter w;
    std::vector<StrRef> termRefs;
    termRefs.reserve(3 * n);
    std::vector<quint32> synonymOffsets{0};
    std::vector<SynonymRecord> synonyms;
    QHash<QString, StrRef> types; // synonym types repeat: stored once
    for (size_t i = 0; i < n; ++i) {
        termRefs.push_back(w.string(m_ids[i]));
        termRefs.push_back(w.string(m_names[i]));
        termRefs.push_back(w.string(m_definitions[i]));
        for (const TermSynonym& syn : m_synonyms[i]) {
            auto type = types.constFind(syn.type);
            if (type == types.constEnd()) {
                type = types.insert(syn.type, w.string(syn.type));
            }
            synonyms.push_back({w.string(syn.text), *type, quint32(syn.scope)});
        }
        synonymOffsets.push_back(quint32(synonyms.size()));
    }
    const std::vector<StrRef> metaRefs{w.string(m_dataVersion), w.string(m_sourcePath),
                                       w.string(QString::fromLatin1(contentDigest()))};
    std::vector<RedirectRecord> redirects;
    redirects.reserve(size_t(m_redirects.size()));
    std::vector<StrRef> consider;
    for (auto it = m_redirects.cbegin(); it != m_redirects.cend(); ++it) {
        RedirectRecord r;
        r.key = w.string(it.key());
        r.target = it->target.isEmpty() ? -1 : m_index.value(it->target, -1);
        r.status = quint32(it->status);
        r.considerBegin = quint32(consider.size());
        for (const QString& c : it->consider) {
            consider.push_back(w.string(c));
        }
        r.considerEnd = quint32(consider.size());
        redirects.push_back(r);
    }
    w.section(w.pool());
    w.section(termRefs);
    w.section(metaRefs);
    w.section(synonymOffsets);
    w.section(synonyms);
    w.section(redirects);
    w.section(consider);
    for (const std::vector<int>* v : {&m_parentOffsets, &m_parents, &m_childOffsets, &m_children,
                                      &m_ancestorOffsets, &m_ancestors, &m_depth, &m_roots, &m_topoOrder}) {
        w.section(*v);
    }
    return w.finish();
}

bool HpoOntology::deserialize(const QByteArray& data, HpoOntology* out)
{
    CacheReader r(data);
    const char* pool = nullptr; // UTF-16, left in the blob
    size_t poolSize = 0;
    std::vector<StrRef> termRefs, metaRefs, consider;
    std::vector<quint32> synonymOffsets;
    std::vector<SynonymRecord> synonyms;
    std::vector<RedirectRecord> redirects;
    HpoOntology o;
    if (!r.view(sizeof(char16_t), &pool, &poolSize) || !r.section(termRefs) || !r.section(metaRefs) ||
        !r.section(synonymOffsets) || !r.section(synonyms) || !r.section(redirects) || !r.section(consider)) {
        return false;
    }
    for (std::vector<int>* v :
         {&o.m_parentOffsets, &o.m_parents, &o.m_childOffsets, &o.m_children, &o.m_ancestorOffsets,
          &o.m_ancestors, &o.m_depth, &o.m_roots, &o.m_topoOrder}) {
        if (!r.section(*v)) {
            return false;
        }
    }
    // Bounds of everything that is used as an index (the CRC already vouches for the content).
    const size_t n = termRefs.size() / 3;
    auto refOk = [poolSize](const StrRef& ref) { return validRef(ref, poolSize); };
    if (termRefs.size() != 3 * n || metaRefs.size() != 3 || metaRefs[2].length != 64 ||
        synonymOffsets.size() != n + 1 || synonymOffsets.front() != 0 ||
        synonymOffsets.back() != synonyms.size() || !std::all_of(termRefs.begin(), termRefs.end(), refOk) ||
        !std::all_of(metaRefs.begin(), metaRefs.end(), refOk) ||
        !std::all_of(consider.begin(), consider.end(), refOk) ||
        !validCsr(o.m_parentOffsets, o.m_parents, n) || !validCsr(o.m_childOffsets, o.m_children, n) ||
        !validCsr(o.m_ancestorOffsets, o.m_ancestors, n) || o.m_depth.size() != n ||
        o.m_topoOrder.size() != n || o.m_children.size() != o.m_parents.size() ||
        !std::all_of(o.m_depth.begin(), o.m_depth.end(), [](int d) { return d >= 0; }) ||
        !std::all_of(o.m_roots.begin(), o.m_roots.end(), [n](int t) { return t >= 0 && size_t(t) < n; })) {
        return false;
    }
    std::vector<char> seen(n, 0);
    for (int t : o.m_topoOrder) {
        if (t < 0 || size_t(t) >= n || seen[size_t(t)]) {
            return false;
        }
        seen[size_t(t)] = 1;
    }
    for (size_t i = 0; i < n; ++i) {
        if (synonymOffsets[i] > synonymOffsets[i + 1]) {
            return false;
        }
    }
    for (const SynonymRecord& s : synonyms) {
        if (!refOk(s.text) || !refOk(s.type) || s.scope > quint32(TermSynonym::Scope::Narrow)) {
            return false;
        }
    }
    for (const RedirectRecord& red : redirects) {
        if (!refOk(red.key) || red.target < -1 || red.target >= qint32(n) ||
            red.status > quint32(TermResolution::Status::Unknown) || red.considerBegin > red.considerEnd ||
            red.considerEnd > consider.size()) {
            return false;
        }
    }
    auto str = [pool](const StrRef& ref) {
        if (ref.length == 0) {
            return QString(); // absent values are null strings, as after parsing
        }
        QString s(qsizetype(ref.length), Qt::Uninitialized);
        std::memcpy(s.data(), pool + size_t(ref.offset) * sizeof(char16_t),
                    size_t(ref.length) * sizeof(char16_t));
        return s;
    };
    o.m_dataVersion = str(metaRefs[0]);
    o.m_sourcePath = str(metaRefs[1]);
    o.m_contentDigest = str(metaRefs[2]).toLatin1();
    o.m_ids.resize(n);
    o.m_names.resize(n);
    o.m_definitions.resize(n);
    o.m_synonyms.resize(n);
    o.m_index.reserve(qsizetype(n));
    QHash<quint32, QString> types;
    for (size_t i = 0; i < n; ++i) {
        o.m_ids[i] = str(termRefs[3 * i]);
        o.m_names[i] = str(termRefs[3 * i + 1]);
        o.m_definitions[i] = str(termRefs[3 * i + 2]);
        o.m_index.insert(o.m_ids[i], int(i));
        QList<TermSynonym>& list = o.m_synonyms[i];
        list.reserve(qsizetype(synonymOffsets[i + 1] - synonymOffsets[i]));
        for (quint32 k = synonymOffsets[i]; k < synonymOffsets[i + 1]; ++k) {
            const SynonymRecord& rec = synonyms[k];
            TermSynonym syn;
            syn.text = str(rec.text);
            syn.scope = TermSynonym::Scope(rec.scope);
            if (rec.type.length > 0) {
                auto type = types.constFind(rec.type.offset);
                if (type == types.constEnd()) {
                    type = types.insert(rec.type.offset, str(rec.type));
                }
                syn.type = *type;
            }
            list.append(std::move(syn));
        }
    }
    o.m_redirects.reserve(qsizetype(redirects.size()));
    for (const RedirectRecord& red : redirects) {
        Redirect rd;
        rd.status = TermResolution::Status(red.status);
        if (red.target >= 0) {
            rd.target = o.m_ids[size_t(red.target)];
        }
        for (quint32 k = red.considerBegin; k < red.considerEnd; ++k) {
            rd.consider.append(str(consider[k]));
        }
        o.m_redirects.insert(str(red.key), std::move(rd));
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
    const QByteArray digest = Crypto::sha256Hex(raw);
    const QByteArray stamp = QByteArray::number(info.size()) + '|' +
                             QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '|' + digest;

    QString dir = cacheDir;
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    }
    const QString cachePath = dir.isEmpty() ? QString()
                                            : dir + QStringLiteral("/hpo-v%1-%2.bin")
                                                        .arg(kCacheVersion)
                                                        .arg(QString::fromLatin1(digest.left(16)));
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
    o.m_contentDigest = o.computeContentDigest(); // kept in the cache: later loads get it for free
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
