#include "GeneCatalog.h"

#include "CoreLogging.h"
#include "DataFileError.h"
#include "DataPaths.h"
#include "Gzip.h"
#include "MatchDeskError.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <vector>

namespace {

// A hash key viewing bytes in the catalog's arena. Hashed with FNV-1a plus a final mix rather
// than qHash(QByteArrayView): Qt 6.4 falls back to SipHash for byte keys on CPUs without AES-NI,
// which cost up to ~150 ns per short key (measured) and dominated the load time. The keys come from the
// reference file (lookups never insert), so a keyed cryptographic hash buys nothing here.
struct Key
{
    QByteArrayView bytes;
    friend bool operator==(Key a, Key b) noexcept { return a.bytes == b.bytes; }
};

size_t qHash(Key key, size_t seed) noexcept
{
    quint64 h = 0xcbf29ce484222325ULL ^ quint64(seed);
    for (const char c : key.bytes) {
        h = (h ^ uchar(c)) * 0x100000001b3ULL;
    }
    h ^= h >> 33; // murmur3 finaliser: spreads the low-entropy FNV bits over the whole word
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return size_t(h);
}

constexpr qint32 kUnset = -2;     // a slot just created by QHash::operator[]
constexpr qint32 kAmbiguous = -1; // a symbol, Ensembl or Entrez id shared by several genes

// The gene a symbol or id maps to (or kAmbiguous); filled in with a single hash look-up.
struct Slot
{
    qint32 gene = kUnset;
};

} // namespace

// The table is parsed as bytes: no QString per field, no split lists. Every id and name the
// indexes need is copied once into an arena of large chunks (the decompressed file is dropped
// after loading); the hash keys are views into the arena, so a key costs no allocation of its own.
struct GeneCatalog::Index
{
    static constexpr qsizetype kChunk = 256 * 1024;

    struct Row
    {
        QByteArrayView hgncId, symbol, ensemblId, entrezId;
    };
    // A previous symbol or alias: one gene, or (gene < 0) the candidates at ambiguous[-gene - 1].
    struct Name
    {
        qint32 gene = 0;
        bool previous = false; // a previous symbol (of at least one gene), else only an alias
    };

    std::vector<std::unique_ptr<char[]>> chunks;
    char* free = nullptr;
    qsizetype room = 0;

    std::vector<Row> genes;
    QHash<Key, Slot> byHgnc;    // "HGNC:1100"
    QHash<Key, Slot> bySymbol;  // upper-case approved symbol
    QHash<Key, Slot> byEnsembl; // "ENSG…"
    QHash<Key, Slot> byEntrez;  // "672"
    QHash<Key, Name> byName;    // upper-case previous symbol or alias
    std::vector<QList<qint32>> ambiguous;

    QByteArrayView store(QByteArrayView s)
    {
        if (s.isEmpty()) {
            return {};
        }
        if (s.size() > room) {
            const qsizetype size = std::max(kChunk, s.size());
            chunks.push_back(std::make_unique<char[]>(size_t(size)));
            free = chunks.back().get();
            room = size;
        }
        char* at = free;
        std::memcpy(at, s.data(), size_t(s.size()));
        free += s.size();
        room -= s.size();
        return QByteArrayView(at, s.size());
    }

    Gene gene(qint32 i) const
    {
        const Row& r = genes[size_t(i)];
        return Gene{QString::fromLatin1(r.hgncId), QString::fromUtf8(r.symbol),
                    QString::fromLatin1(r.ensemblId), QString::fromLatin1(r.entrezId)};
    }
};

namespace {

using KeyIndex = QHash<Key, Slot>;

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isAsciiSpace(v.front())) {
        v = v.sliced(1);
    }
    while (!v.isEmpty() && isAsciiSpace(v.back())) {
        v.chop(1);
    }
    return v;
}

QByteArrayView unquoted(QByteArrayView v)
{
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        return v.sliced(1, v.size() - 2);
    }
    return v;
}

// The lookup key of a symbol or name: upper-cased exactly as QString::toUpper() does (non-ASCII
// names such as "FRα" go through QString; the rest is upper-cased byte by byte). Returns false,
// leaving key alone, when v already is its own key.
bool upperKey(QByteArrayView v, QByteArray& key)
{
    bool changed = false;
    for (const char c : v) {
        if (uchar(c) >= 0x80) {
            key = QString::fromUtf8(v).toUpper().toUtf8();
            return key != v;
        }
        changed = changed || (c >= 'a' && c <= 'z');
    }
    if (!changed) {
        return false;
    }
    key.resize(v.size());
    char* out = key.data();
    for (const char c : v) {
        *out++ = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    return true;
}

// A key shared by two different genes becomes ambiguous (and stays so).
void addKey(KeyIndex& index, QByteArrayView key, qint32 gene)
{
    if (key.isEmpty()) {
        return;
    }
    qint32& slot = index[Key{key}].gene;
    if (slot == kUnset) {
        slot = gene;
    } else if (slot != gene) {
        slot = kAmbiguous;
    }
}

} // namespace

QString GeneCatalog::defaultPath()
{
    return DataPaths::genesDir() + QStringLiteral("/hgnc_compact.tsv.gz");
}

qsizetype GeneCatalog::size() const
{
    return m_index ? qsizetype(m_index->genes.size()) : 0;
}

void GeneCatalog::load(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray data;
    try {
        data = Gzip::readFile(path);
    } catch (const DataFileError& e) {
        throw MatchDeskError(GeneCatalog::tr("Cannot read the gene catalog %1: %2").arg(path, e.reason()));
    }
    const char* p = data.constData();
    const char* const end = p + data.size();

    // Sizes the tables once: one gene per line, about 1.5 previous symbols and aliases per gene.
    qsizetype lines = 0;
    for (const char* q = p; q < end; ++lines) {
        const void* nl = std::memchr(q, '\n', size_t(end - q));
        q = nl ? static_cast<const char*>(nl) + 1 : end;
    }
    auto index = std::make_shared<Index>();
    index->genes.reserve(size_t(lines));
    index->byHgnc.reserve(lines);
    index->bySymbol.reserve(lines);
    index->byEnsembl.reserve(lines);
    index->byEntrez.reserve(lines);
    index->byName.reserve(lines * 2);

    enum Column
    {
        Hgnc,
        Symbol,
        Alias,
        Previous,
        Entrez,
        Ensembl,
        ColumnCount
    };
    std::vector<int> slotOf; // file column -> Column, or -1
    int lastColumn = -1;     // the last file column needed
    QByteArrayView field[ColumnCount];
    QByteArray key;
    int lineNo = 0;

    auto addNames = [&](QByteArrayView list, qint32 gene, bool previous) {
        const char* s = list.data();
        const char* const listEnd = s + list.size();
        while (s < listEnd) {
            const void* bar = std::memchr(s, '|', size_t(listEnd - s));
            const char* nameEnd = bar ? static_cast<const char*>(bar) : listEnd;
            const QByteArrayView name = trimmed(QByteArrayView(s, nameEnd - s));
            s = nameEnd + 1;
            if (name.isEmpty()) {
                continue;
            }
            const QByteArrayView probe = upperKey(name, key) ? QByteArrayView(key) : name;
            const auto it = index->byName.find(Key{probe});
            if (it == index->byName.end()) {
                index->byName.insert(Key{index->store(probe)}, Index::Name{gene, previous});
                continue;
            }
            Index::Name& entry = it.value();
            entry.previous = entry.previous || previous;
            if (entry.gene >= 0) {
                if (entry.gene != gene) {
                    index->ambiguous.push_back({entry.gene, gene});
                    entry.gene = -qint32(index->ambiguous.size());
                }
            } else if (QList<qint32>& candidates = index->ambiguous[size_t(-entry.gene - 1)];
                       candidates.constLast() != gene) {
                candidates.append(gene); // a gene's names come together: no earlier duplicate
            }
        }
    };

    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* contentEnd = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
        ++lineNo;
        if (contentEnd > p && lineNo == 1) {
            int column = 0;
            for (const char* s = p; s <= contentEnd; ++column) {
                const void* tab = std::memchr(s, '\t', size_t(contentEnd - s));
                const char* fieldEnd = tab ? static_cast<const char*>(tab) : contentEnd;
                const QByteArrayView name(s, fieldEnd - s);
                int slot = -1;
                if (name == "hgnc_id")
                    slot = Hgnc;
                else if (name == "symbol")
                    slot = Symbol;
                else if (name == "alias_symbol")
                    slot = Alias;
                else if (name == "prev_symbol")
                    slot = Previous;
                else if (name == "entrez_id")
                    slot = Entrez;
                else if (name == "ensembl_gene_id")
                    slot = Ensembl;
                if (slot >= 0 && std::find(slotOf.begin(), slotOf.end(), slot) == slotOf.end()) {
                    lastColumn = column;
                } else {
                    slot = -1; // a repeated header name: the first one counts
                }
                slotOf.push_back(slot);
                s = fieldEnd + 1;
            }
            if (std::find(slotOf.begin(), slotOf.end(), int(Hgnc)) == slotOf.end() ||
                std::find(slotOf.begin(), slotOf.end(), int(Symbol)) == slotOf.end()) {
                throw MatchDeskError(
                    GeneCatalog::tr("%1:1: not an HGNC table (the header lacks hgnc_id or symbol)")
                        .arg(path));
            }
        } else if (contentEnd > p) {
            std::fill(std::begin(field), std::end(field), QByteArrayView());
            int column = 0;
            for (const char* s = p; s <= contentEnd && column <= lastColumn; ++column) {
                const void* tab = std::memchr(s, '\t', size_t(contentEnd - s));
                const char* fieldEnd = tab ? static_cast<const char*>(tab) : contentEnd;
                if (const int slot = slotOf[size_t(column)]; slot >= 0) {
                    field[slot] = unquoted(QByteArrayView(s, fieldEnd - s));
                }
                s = fieldEnd + 1;
            }
            const QByteArrayView hgnc = field[Hgnc];
            if (!hgnc.startsWith("HGNC:")) {
                throw MatchDeskError(GeneCatalog::tr("%1:%2: field hgnc_id: '%3' is not an HGNC id")
                                         .arg(path)
                                         .arg(lineNo)
                                         .arg(QString::fromUtf8(hgnc)));
            }
            const qint32 gene = qint32(index->genes.size());
            Index::Row row;
            row.hgncId = index->store(hgnc);
            row.symbol = index->store(field[Symbol]);
            row.ensemblId = index->store(field[Ensembl]);
            row.entrezId = index->store(field[Entrez]);
            index->genes.push_back(row);
            index->byHgnc[Key{row.hgncId}].gene = gene;
            addKey(index->bySymbol,
                   upperKey(row.symbol, key) ? index->store(key) : QByteArrayView(row.symbol), gene);
            addKey(index->byEnsembl, row.ensemblId, gene);
            addKey(index->byEntrez, row.entrezId, gene);
            addNames(field[Previous], gene, true);
            addNames(field[Alias], gene, false);
        }
        p = lineEnd + 1;
    }
    if (lineNo == 0) {
        throw MatchDeskError(GeneCatalog::tr("%1: the gene catalog is empty").arg(path));
    }
    m_index = std::move(index);
    m_path = path;
    qCDebug(lcCore) << "gene catalog" << path << size() << "genes in" << timer.elapsed() << "ms";
}

GeneCatalog::Lookup GeneCatalog::lookup(const QString& rawQuery) const
{
    Lookup result;
    QString q = rawQuery.trimmed();
    if (q.isEmpty() || !m_index) {
        return result;
    }
    const Index& x = *m_index;
    auto found = [&](qint32 idx, MatchKind kind) {
        result.status = Lookup::Status::Found;
        result.kind = kind;
        result.gene = x.gene(idx);
        return result;
    };
    // The gene a unique key maps to, or -1 (unknown or ambiguous).
    auto unique = [](const KeyIndex& index, const QString& key) -> qint32 {
        const QByteArray bytes = key.toUtf8();
        const auto it = index.constFind(Key{bytes});
        return it == index.cend() ? -1 : it->gene;
    };
    auto lower = q.toLower();
    if (lower.startsWith(QLatin1String("hgnc:"))) {
        const qint32 idx = unique(x.byHgnc, QStringLiteral("HGNC:") + q.mid(5));
        return idx < 0 ? result : found(idx, MatchKind::HgncId);
    }
    for (const char* prefix : {"ensembl:", "ensembl.gene:"}) {
        if (lower.startsWith(QLatin1String(prefix))) {
            q = q.mid(int(qstrlen(prefix)));
            lower = q.toLower();
            break;
        }
    }
    for (const char* prefix : {"ncbigene:", "entrez:", "ncbi:", "geneid:"}) {
        if (lower.startsWith(QLatin1String(prefix))) {
            const qint32 idx = unique(x.byEntrez, q.mid(int(qstrlen(prefix))));
            return idx < 0 ? result : found(idx, MatchKind::EntrezId);
        }
    }
    if (lower.startsWith(QLatin1String("ensg"))) {
        QString id = q.toUpper();
        const qsizetype dot = id.indexOf(u'.');
        if (dot > 0) {
            id.truncate(dot);
        }
        if (const qint32 idx = unique(x.byEnsembl, id); idx >= 0) {
            return found(idx, MatchKind::EnsemblId);
        }
    }
    bool numeric = false;
    q.toLongLong(&numeric);
    if (numeric) {
        const qint32 idx = unique(x.byEntrez, q);
        return idx < 0 ? result : found(idx, MatchKind::EntrezId);
    }
    const QByteArray upper = q.toUpper().toUtf8();
    const Key key{upper};
    if (const auto it = x.bySymbol.constFind(key); it != x.bySymbol.cend() && it->gene >= 0) {
        return found(it->gene, MatchKind::Symbol);
    }
    // Previous symbols, then aliases; a name shared by several genes is ambiguous.
    const auto name = x.byName.constFind(key);
    if (name == x.byName.cend()) {
        return result;
    }
    const MatchKind kind = name->previous ? MatchKind::PreviousSymbol : MatchKind::Alias;
    if (name->gene < 0) {
        result.status = Lookup::Status::Ambiguous;
        result.kind = kind;
        for (const qint32 idx : x.ambiguous[size_t(-name->gene - 1)]) {
            result.candidates.append(x.gene(idx));
        }
        return result;
    }
    return found(name->gene, kind);
}

Gene GeneCatalog::find(const QString& query) const
{
    const Lookup l = lookup(query);
    return l.found() ? l.gene : Gene{};
}
