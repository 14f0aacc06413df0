#include "GenotypeMatcher.h"

#include <QJsonArray>

namespace {

QString normHgnc(const QString& id)
{
    QString s = id.trimmed().toUpper();
    if (!s.isEmpty() && !s.startsWith(QLatin1String("HGNC:"))) {
        s.prepend(QLatin1String("HGNC:"));
    }
    return s;
}

QString normEnsembl(const QString& id)
{
    QString s = id.trimmed().toUpper();
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    return dot > 0 ? s.left(dot) : s;
}

QString normEntrez(const QString& id)
{
    QString s = id.trimmed();
    if (s.startsWith(QLatin1String("NCBIGene:"), Qt::CaseInsensitive)) {
        s = s.mid(9);
    }
    return s;
}

struct GenePattern
{
    Zygosity zygosity = Zygosity::Unknown;
    bool compoundHet = false;
};

QString variantKey(const Variant& v)
{
    if (v.hasCoordinates()) {
        return GenotypeMatcher::normaliseAssembly(v.assembly) + QLatin1Char(':') +
               GenotypeMatcher::normaliseChromosome(v.chromosome) + QLatin1Char(':') +
               QString::number(v.position) + QLatin1Char(':') + v.ref.toUpper() + QLatin1Char('>') +
               v.alt.toUpper();
    }
    if (!v.hgvsC.isEmpty()) {
        return v.hgvsC;
    }
    if (!v.hgvsG.isEmpty()) {
        return v.hgvsG;
    }
    return v.label;
}

GenePattern patternOf(const QList<Variant>& variants, const Gene& gene)
{
    GenePattern p;
    QStringList hetKeys;
    int rank = -1;
    for (const Variant& v : variants) {
        if (!GenotypeMatcher::sameGene(v.gene, gene)) {
            continue;
        }
        if (v.zygosity == Zygosity::Heterozygous) {
            const QString key = variantKey(v);
            if (!hetKeys.contains(key)) {
                hetKeys.append(key);
            }
        }
        // Strongest single-variant zygosity: hom > hemi > het > unknown.
        const int r = v.zygosity == Zygosity::Homozygous     ? 3
                      : v.zygosity == Zygosity::Hemizygous   ? 2
                      : v.zygosity == Zygosity::Heterozygous ? 1
                                                             : 0;
        if (r > rank) {
            rank = r;
            p.zygosity = v.zygosity;
        }
    }
    p.compoundHet = hetKeys.size() >= 2;
    return p;
}

} // namespace

QString GenotypeMatcher::normaliseAssembly(const QString& assembly)
{
    const QString a = assembly.trimmed().toLower();
    if (a.startsWith(QLatin1String("grch38")) || a == QLatin1String("hg38")) {
        return QStringLiteral("GRCh38");
    }
    if (a.startsWith(QLatin1String("grch37")) || a == QLatin1String("hg19")) {
        return QStringLiteral("GRCh37");
    }
    if (a == QLatin1String("ncbi36") || a == QLatin1String("hg18")) {
        return QStringLiteral("NCBI36");
    }
    return assembly.trimmed();
}

QString GenotypeMatcher::normaliseChromosome(const QString& chromosome)
{
    QString c = chromosome.trimmed();
    if (c.startsWith(QLatin1String("chr"), Qt::CaseInsensitive)) {
        c = c.mid(3);
    }
    c = c.toUpper();
    if (c == QLatin1String("M")) {
        c = QStringLiteral("MT");
    }
    return c;
}

bool GenotypeMatcher::sameGene(const Gene& a, const Gene& b)
{
    if (!a.hgncId.isEmpty() && !b.hgncId.isEmpty() && normHgnc(a.hgncId) == normHgnc(b.hgncId)) {
        return true;
    }
    if (!a.ensemblId.isEmpty() && !b.ensemblId.isEmpty() &&
        normEnsembl(a.ensemblId) == normEnsembl(b.ensemblId)) {
        return true;
    }
    if (!a.entrezId.isEmpty() && !b.entrezId.isEmpty() && normEntrez(a.entrezId) == normEntrez(b.entrezId)) {
        return true;
    }
    return !a.symbol.isEmpty() && a.symbol.trimmed().compare(b.symbol.trimmed(), Qt::CaseInsensitive) == 0;
}

bool GenotypeMatcher::sameVariant(const Variant& a, const Variant& b)
{
    if (!a.hasCoordinates() || !b.hasCoordinates()) {
        return false;
    }
    return normaliseAssembly(a.assembly) == normaliseAssembly(b.assembly) &&
           normaliseChromosome(a.chromosome) == normaliseChromosome(b.chromosome) &&
           a.position == b.position && a.ref.compare(b.ref, Qt::CaseInsensitive) == 0 &&
           a.alt.compare(b.alt, Qt::CaseInsensitive) == 0;
}

QString GenotypeMatcher::geneKey(const Gene& gene)
{
    if (!gene.hgncId.isEmpty()) {
        return normHgnc(gene.hgncId);
    }
    if (!gene.symbol.isEmpty()) {
        return QStringLiteral("SYM:") + gene.symbol.trimmed().toUpper();
    }
    if (!gene.ensemblId.isEmpty()) {
        return normEnsembl(gene.ensemblId);
    }
    if (!gene.entrezId.isEmpty()) {
        return QStringLiteral("ENTREZ:") + normEntrez(gene.entrezId);
    }
    return {};
}

QStringList GenotypeMatcher::geneKeys(const Gene& gene)
{
    QStringList keys;
    if (!gene.hgncId.isEmpty()) {
        keys << normHgnc(gene.hgncId);
    }
    if (!gene.symbol.isEmpty()) {
        keys << QStringLiteral("SYM:") + gene.symbol.trimmed().toUpper();
    }
    if (!gene.ensemblId.isEmpty()) {
        keys << normEnsembl(gene.ensemblId);
    }
    if (!gene.entrezId.isEmpty()) {
        keys << QStringLiteral("ENTREZ:") + normEntrez(gene.entrezId);
    }
    return keys;
}

GenotypeMatch GenotypeMatcher::compare(const QList<Variant>& query, const QList<Variant>& match)
{
    GenotypeMatch result;
    QList<Gene> qGenes, mGenes;
    auto collect = [](const QList<Variant>& vs, QList<Gene>& genes) {
        for (const Variant& v : vs) {
            if (v.gene.isEmpty()) {
                continue;
            }
            bool seen = false;
            for (const Gene& g : genes) {
                seen = seen || sameGene(g, v.gene);
            }
            if (!seen) {
                genes.append(v.gene);
            }
        }
    };
    collect(query, qGenes);
    collect(match, mGenes);
    result.comparable = !qGenes.isEmpty() && !mGenes.isEmpty();
    for (const Gene& qg : qGenes) {
        for (const Gene& mg : mGenes) {
            if (!sameGene(qg, mg)) {
                continue;
            }
            SharedGene sg;
            sg.query = qg;
            sg.match = mg;
            for (int i = 0; i < query.size(); ++i) {
                if (!sameGene(query[i].gene, qg)) {
                    continue;
                }
                for (int j = 0; j < match.size(); ++j) {
                    if (sameGene(match[j].gene, mg) && sameVariant(query[i], match[j])) {
                        sg.sameVariants.append({i, j});
                    }
                }
            }
            const GenePattern qp = patternOf(query, qg);
            const GenePattern mp = patternOf(match, mg);
            sg.queryCompoundHet = qp.compoundHet;
            sg.caseCompoundHet = mp.compoundHet;
            if (qp.compoundHet || mp.compoundHet) {
                sg.sameZygosity = qp.compoundHet && mp.compoundHet;
            } else {
                sg.sameZygosity = qp.zygosity != Zygosity::Unknown && qp.zygosity == mp.zygosity;
            }
            sg.score = kGeneWeight + (sg.sameZygosity ? kZygosityWeight : 0.0) +
                       (sg.sameVariants.isEmpty() ? 0.0 : kVariantWeight);
            result.score = std::max(result.score, sg.score);
            result.genes.append(sg);
            break;
        }
    }
    return result;
}

QJsonObject GenotypeMatch::toJson() const
{
    QJsonArray genesJson;
    for (const SharedGene& g : genes) {
        QJsonArray same;
        for (const auto& pr : g.sameVariants) {
            same.append(QJsonArray{pr.first, pr.second});
        }
        genesJson.append(QJsonObject{
            {QStringLiteral("hgncId"), g.match.hgncId.isEmpty() ? g.query.hgncId : g.match.hgncId},
            {QStringLiteral("symbol"), g.match.symbol.isEmpty() ? g.query.symbol : g.match.symbol},
            {QStringLiteral("sameVariants"), same},
            {QStringLiteral("sameZygosity"), g.sameZygosity},
            {QStringLiteral("queryCompoundHeterozygous"), g.queryCompoundHet},
            {QStringLiteral("caseCompoundHeterozygous"), g.caseCompoundHet},
            {QStringLiteral("score"), g.score},
        });
    }
    return QJsonObject{{QStringLiteral("comparable"), comparable},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("sharedGenes"), genesJson}};
}
