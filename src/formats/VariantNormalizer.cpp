#include "VariantNormalizer.h"

#include "core/GeneCatalog.h"

QString VariantNormalizer::assembly(const QString& name, bool* ok)
{
    if (ok) {
        *ok = true;
    }
    QString n = name.trimmed();
    const QString lower = n.toLower();
    if (lower == QLatin1String("hg38") || lower.startsWith(QLatin1String("grch38")) || lower == QLatin1String("b38")) {
        return QStringLiteral("GRCh38");
    }
    if (lower == QLatin1String("hg19") || lower.startsWith(QLatin1String("grch37")) || lower == QLatin1String("b37")
        || lower == QLatin1String("hs37d5")) {
        return QStringLiteral("GRCh37");
    }
    if (lower == QLatin1String("hg18") || lower.startsWith(QLatin1String("ncbi36"))) {
        return QStringLiteral("NCBI36");
    }
    if (ok) {
        *ok = false;
    }
    return n;
}

QString VariantNormalizer::chromosome(const QString& name)
{
    QString c = name.trimmed();
    if (c.startsWith(QLatin1String("chr"), Qt::CaseInsensitive)) {
        c = c.mid(3);
    }
    if (c.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0 || c.compare(QLatin1String("MT"), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("MT");
    }
    if (c.compare(QLatin1String("x"), Qt::CaseInsensitive) == 0 || c.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0) {
        return c.toUpper();
    }
    return c;
}

bool VariantNormalizer::isStandardChromosome(const QString& c)
{
    if (c == QLatin1String("X") || c == QLatin1String("Y") || c == QLatin1String("MT")) {
        return true;
    }
    bool ok = false;
    const int n = c.toInt(&ok);
    return ok && n >= 1 && n <= 22 && !c.startsWith(u'0') && !c.startsWith(u'+');
}

bool VariantNormalizer::isPseudoAutosomal(const QString& assembly, const QString& chromosome, qint64 pos)
{
    const bool grch37 = assembly == QLatin1String("GRCh37");
    if (chromosome == QLatin1String("X")) {
        return grch37 ? (pos >= 60001 && pos <= 2699520) || (pos >= 154931044 && pos <= 155260560)
                      : (pos >= 10001 && pos <= 2781479) || (pos >= 155701383 && pos <= 156030895);
    }
    if (chromosome == QLatin1String("Y")) {
        return grch37 ? (pos >= 10001 && pos <= 2649520) || (pos >= 59034050 && pos <= 59373566)
                      : (pos >= 10001 && pos <= 2781479) || (pos >= 56887903 && pos <= 57217415);
    }
    return false;
}

Gene VariantNormalizer::gene(const QString& rawId, const QString& symbol, const GeneCatalog* catalog)
{
    const QString id = rawId.trimmed();
    if (catalog && !catalog->isEmpty()) {
        for (const QString& q : {id, symbol}) {
            if (q.isEmpty()) {
                continue;
            }
            const auto l = catalog->lookup(q);
            if (l.found()) {
                return l.gene;
            }
        }
    }
    Gene g;
    g.symbol = symbol.trimmed();
    const QString lower = id.toLower();
    if (lower.startsWith(QLatin1String("hgnc:"))) {
        g.hgncId = QStringLiteral("HGNC:") + id.mid(5);
    } else if (lower.startsWith(QLatin1String("ensembl:"))) {
        g.ensemblId = id.mid(8);
    } else if (lower.startsWith(QLatin1String("ensg"))) {
        g.ensemblId = id.section(u'.', 0, 0);
    } else if (lower.startsWith(QLatin1String("ncbigene:")) || lower.startsWith(QLatin1String("entrez:"))) {
        g.entrezId = id.section(u':', 1);
    } else if (!id.isEmpty()) {
        bool numeric = false;
        id.toLongLong(&numeric);
        if (numeric) {
            g.entrezId = id;
        } else if (g.symbol.isEmpty()) {
            g.symbol = id;
        }
    }
    return g;
}

Gene VariantNormalizer::complete(const Gene& g, const GeneCatalog* catalog)
{
    if (!catalog || catalog->isEmpty()) {
        return g;
    }
    for (const QString& q : {g.hgncId, g.ensemblId, g.entrezId, g.symbol}) {
        if (q.isEmpty()) {
            continue;
        }
        const auto l = catalog->lookup(q);
        if (l.found()) {
            Gene out = l.gene;
            return out;
        }
        if (!g.hgncId.isEmpty() && q == g.hgncId) {
            break; // an explicit HGNC id that the catalog does not know: keep what was given
        }
    }
    return g;
}
