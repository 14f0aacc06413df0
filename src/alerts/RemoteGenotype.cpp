#include "RemoteGenotype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QSet<QString> RemoteGenotype::geneKeys(const Gene& gene)
{
    QSet<QString> keys;
    for (const QString& id : {gene.hgncId, gene.symbol, gene.ensemblId, gene.entrezId}) {
        if (!id.isEmpty()) {
            keys.insert(id.toLower());
        }
    }
    return keys;
}

RemoteGenotype RemoteGenotype::fromMmeRecord(const QByteArray& patientJson)
{
    RemoteGenotype g;
    const QJsonObject patient = QJsonDocument::fromJson(patientJson).object();
    const QJsonArray features = patient.value(QLatin1String("genomicFeatures")).toArray();
    for (const QJsonValue& v : features) {
        const QJsonObject f = v.toObject();
        const QJsonObject gene = f.value(QLatin1String("gene")).toObject();
        RemoteGene rg;
        const QString id = gene.value(QLatin1String("id")).toString();
        const QString name = gene.value(QLatin1String("_geneName")).toString();
        if (!id.isEmpty()) {
            rg.keys.insert(id.toLower());
        }
        if (!name.isEmpty()) {
            rg.keys.insert(name.toLower());
        }
        rg.display = name.isEmpty() ? id : name;
        if (!rg.keys.isEmpty()) {
            g.m_genes.append(rg);
        }
        const QJsonObject variant = f.value(QLatin1String("variant")).toObject();
        if (!variant.isEmpty()) {
            QString assembly = variant.value(QLatin1String("assembly")).toString();
            assembly = assembly.section(QLatin1Char('.'), 0, 0); // GRCh38.p13 -> GRCh38
            g.m_variants.insert(QStringLiteral("%1:%2:%3:%4:%5")
                                    .arg(assembly, variant.value(QLatin1String("referenceName")).toString())
                                    .arg(qint64(variant.value(QLatin1String("start")).toDouble()))
                                    .arg(variant.value(QLatin1String("referenceBases")).toString(),
                                         variant.value(QLatin1String("alternateBases")).toString()));
        }
    }
    return g;
}

QStringList RemoteGenotype::sharedGenes(const Patient& local) const
{
    QStringList shared;
    for (const RemoteGene& rg : m_genes) {
        for (const Variant& v : local.variants) {
            if (geneKeys(v.gene).intersects(rg.keys)) {
                if (!shared.contains(rg.display)) {
                    shared.append(rg.display);
                }
                break;
            }
        }
    }
    shared.sort(Qt::CaseInsensitive);
    return shared;
}
