#include "GeneCatalog.h"

#include "CoreLogging.h"
#include "DataFileError.h"
#include "DataPaths.h"
#include "Gzip.h"
#include "MatchDeskError.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

// Splits [begin, end) on tabs into views.
void splitTabs(const char* begin, const char* end, QList<QByteArrayView>& out)
{
    out.clear();
    const char* start = begin;
    for (const char* p = begin; p < end; ++p) {
        if (*p == '\t') {
            out.append(QByteArrayView(start, p - start));
            start = p + 1;
        }
    }
    out.append(QByteArrayView(start, end - start));
}

QString normaliseSymbolKey(QStringView s)
{
    return s.trimmed().toString().toUpper();
}

} // namespace

QString GeneCatalog::defaultPath()
{
    return DataPaths::genesDir() + QStringLiteral("/hgnc_compact.tsv.gz");
}

void GeneCatalog::addKey(QHash<QString, int>& index, const QString& key, int gene)
{
    if (key.isEmpty()) {
        return;
    }
    auto it = index.find(key);
    if (it == index.end()) {
        index.insert(key, gene);
    } else if (it.value() != gene) {
        it.value() = kAmbiguous;
    }
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

    GeneCatalog next;
    next.m_path = path;
    const char* p = data.constData();
    const char* const end = p + data.size();
    int lineNo = 0;
    int colHgnc = -1, colSymbol = -1, colAlias = -1, colPrev = -1, colEntrez = -1, colEnsembl = -1;
    QList<QByteArrayView> fields;
    fields.reserve(64);
    QHash<QString, QList<int>> shared; // name -> genes (aliases and previous symbols)

    while (p < end) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        const char* contentEnd = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
        ++lineNo;
        if (contentEnd > p) {
            splitTabs(p, contentEnd, fields);
            if (lineNo == 1) {
                for (int i = 0; i < fields.size(); ++i) {
                    const QByteArrayView f = fields.at(i);
                    if (f == "hgnc_id")
                        colHgnc = i;
                    else if (f == "symbol")
                        colSymbol = i;
                    else if (f == "alias_symbol")
                        colAlias = i;
                    else if (f == "prev_symbol")
                        colPrev = i;
                    else if (f == "entrez_id")
                        colEntrez = i;
                    else if (f == "ensembl_gene_id")
                        colEnsembl = i;
                }
                if (colHgnc < 0 || colSymbol < 0) {
                    throw MatchDeskError(
                        GeneCatalog::tr("%1:1: not an HGNC table (the header lacks hgnc_id or symbol)")
                            .arg(path));
                }
            } else {
                auto field = [&](int col) -> QByteArrayView {
                    if (col < 0 || col >= fields.size()) {
                        return {};
                    }
                    QByteArrayView v = fields.at(col);
                    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
                        v = v.sliced(1, v.size() - 2);
                    }
                    return v;
                };
                const QByteArrayView hgnc = field(colHgnc);
                if (!hgnc.startsWith("HGNC:")) {
                    throw MatchDeskError(GeneCatalog::tr("%1:%2: field hgnc_id: '%3' is not an HGNC id")
                                             .arg(path)
                                             .arg(lineNo)
                                             .arg(QString::fromUtf8(hgnc)));
                }
                Gene g;
                g.hgncId = QString::fromLatin1(hgnc);
                g.symbol = QString::fromUtf8(field(colSymbol));
                g.ensemblId = QString::fromLatin1(field(colEnsembl));
                g.entrezId = QString::fromLatin1(field(colEntrez));
                const int idx = int(next.m_genes.size());
                next.m_genes.append(g);
                next.m_byHgnc.insert(g.hgncId, idx);
                addKey(next.m_bySymbol, g.symbol.toUpper(), idx);
                addKey(next.m_byEnsembl, g.ensemblId, idx);
                addKey(next.m_byEntrez, g.entrezId, idx);
                auto addNames = [&](QByteArrayView list, QHash<QString, int>& index) {
                    if (list.isEmpty()) {
                        return;
                    }
                    const QString all = QString::fromUtf8(list);
                    for (const QStringView name : QStringView(all).split(u'|', Qt::SkipEmptyParts)) {
                        const QString key = normaliseSymbolKey(name);
                        addKey(index, key, idx);
                        QList<int>& genes = shared[key];
                        if (!genes.contains(idx)) {
                            genes.append(idx);
                        }
                    }
                };
                addNames(field(colPrev), next.m_byPrevious);
                addNames(field(colAlias), next.m_byAlias);
            }
        }
        p = lineEnd + 1;
    }
    if (lineNo == 0) {
        throw MatchDeskError(GeneCatalog::tr("%1: the gene catalog is empty").arg(path));
    }
    // Keep candidate lists only for names that mean several genes.
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        if (it.value().size() > 1) {
            next.m_ambiguous.insert(it.key(), it.value());
        }
    }
    *this = std::move(next);
    qCDebug(lcCore) << "gene catalog" << path << m_genes.size() << "genes in" << timer.elapsed() << "ms";
}

GeneCatalog::Lookup GeneCatalog::lookup(const QString& rawQuery) const
{
    Lookup result;
    QString q = rawQuery.trimmed();
    if (q.isEmpty()) {
        return result;
    }
    auto found = [&](int idx, MatchKind kind) {
        result.status = Lookup::Status::Found;
        result.kind = kind;
        result.gene = m_genes.at(idx);
        return result;
    };
    auto lower = q.toLower();
    if (lower.startsWith(QLatin1String("hgnc:"))) {
        const auto it = m_byHgnc.constFind(QStringLiteral("HGNC:") + q.mid(5));
        return it == m_byHgnc.cend() ? result : found(it.value(), MatchKind::HgncId);
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
            const auto it = m_byEntrez.constFind(q.mid(int(qstrlen(prefix))));
            return it == m_byEntrez.cend() || it.value() == kAmbiguous
                       ? result
                       : found(it.value(), MatchKind::EntrezId);
        }
    }
    if (lower.startsWith(QLatin1String("ensg"))) {
        QString id = q.toUpper();
        const qsizetype dot = id.indexOf(u'.');
        if (dot > 0) {
            id.truncate(dot);
        }
        const auto it = m_byEnsembl.constFind(id);
        if (it != m_byEnsembl.cend() && it.value() != kAmbiguous) {
            return found(it.value(), MatchKind::EnsemblId);
        }
    }
    bool numeric = false;
    q.toLongLong(&numeric);
    if (numeric) {
        const auto it = m_byEntrez.constFind(q);
        return it == m_byEntrez.cend() || it.value() == kAmbiguous ? result
                                                                   : found(it.value(), MatchKind::EntrezId);
    }
    const QString key = q.toUpper();
    if (const auto it = m_bySymbol.constFind(key); it != m_bySymbol.cend() && it.value() != kAmbiguous) {
        return found(it.value(), MatchKind::Symbol);
    }
    // Previous symbols, then aliases; a name shared by several genes is ambiguous.
    const auto prev = m_byPrevious.constFind(key);
    const auto alias = m_byAlias.constFind(key);
    if (prev == m_byPrevious.cend() && alias == m_byAlias.cend()) {
        return result;
    }
    if (const auto amb = m_ambiguous.constFind(key); amb != m_ambiguous.cend()) {
        result.status = Lookup::Status::Ambiguous;
        result.kind = prev != m_byPrevious.cend() ? MatchKind::PreviousSymbol : MatchKind::Alias;
        for (int idx : amb.value()) {
            result.candidates.append(m_genes.at(idx));
        }
        return result;
    }
    if (prev != m_byPrevious.cend()) {
        return found(prev.value(), MatchKind::PreviousSymbol);
    }
    return found(alias.value(), MatchKind::Alias);
}

Gene GeneCatalog::find(const QString& query) const
{
    const Lookup l = lookup(query);
    return l.found() ? l.gene : Gene{};
}
