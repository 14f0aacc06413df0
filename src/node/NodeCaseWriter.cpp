#include "NodeCaseWriter.h"

#include "core/Zygosity.h"

#include <QJsonArray>

namespace NodeCaseWriter {

QString mmeGeneId(const Gene& g)
{
    if (!g.ensemblId.isEmpty()) {
        return g.ensemblId;
    }
    if (!g.symbol.isEmpty()) {
        return g.symbol;
    }
    if (!g.entrezId.isEmpty()) {
        return g.entrezId;
    }
    return g.hgncId;
}

QJsonObject toMme(const Patient& p, const QString& publicId, const Contact& defaultContact)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), publicId);
    const Contact& c = (p.contact.name.isEmpty() || p.contact.href.isEmpty()) ? defaultContact : p.contact;
    QJsonObject contact{{QStringLiteral("name"), c.name}, {QStringLiteral("href"), c.href}};
    if (!c.institution.isEmpty()) {
        contact.insert(QStringLiteral("institution"), c.institution);
    }
    if (!c.email.isEmpty()) {
        contact.insert(QStringLiteral("email"), c.email);
    }
    if (!c.roles.isEmpty()) {
        contact.insert(QStringLiteral("roles"), QJsonArray::fromStringList(c.roles));
    }
    out.insert(QStringLiteral("contact"), contact);
    out.insert(QStringLiteral("species"), QStringLiteral("NCBITaxon:9606"));
    switch (p.sex) {
    case Sex::Female:
        out.insert(QStringLiteral("sex"), QStringLiteral("FEMALE"));
        break;
    case Sex::Male:
        out.insert(QStringLiteral("sex"), QStringLiteral("MALE"));
        break;
    case Sex::Other:
        out.insert(QStringLiteral("sex"), QStringLiteral("OTHER"));
        break;
    case Sex::Unknown:
        break;
    }
    static const QStringList onsets{
        QStringLiteral("HP:0003577"), QStringLiteral("HP:0011460"), QStringLiteral("HP:0011461"),
        QStringLiteral("HP:0003623"), QStringLiteral("HP:0003593"), QStringLiteral("HP:0011463"),
        QStringLiteral("HP:0003621"), QStringLiteral("HP:0003581"), QStringLiteral("HP:0011462"),
        QStringLiteral("HP:0003596"), QStringLiteral("HP:0003584")};
    if (onsets.contains(p.ageOfOnsetId)) {
        out.insert(QStringLiteral("ageOfOnset"), p.ageOfOnsetId);
    }
    if (p.inheritanceModeId.startsWith(QLatin1String("HP:"))) {
        out.insert(QStringLiteral("inheritanceMode"), p.inheritanceModeId);
    }
    QJsonArray disorders;
    for (const Disorder& d : p.disorders) {
        if (d.excluded || d.id.isEmpty()) {
            continue;
        }
        QString id = d.id;
        if (id.startsWith(QLatin1String("OMIM:"))) {
            id = QStringLiteral("MIM:") + id.mid(5);
        } else if (id.startsWith(QLatin1String("ORPHA:"))) {
            id = QStringLiteral("Orphanet:") + id.mid(6);
        }
        QJsonObject o{{QStringLiteral("id"), id}};
        if (!d.label.isEmpty()) {
            o.insert(QStringLiteral("label"), d.label);
        }
        disorders.append(o);
    }
    if (!disorders.isEmpty()) {
        out.insert(QStringLiteral("disorders"), disorders);
    }
    QJsonArray features;
    for (const PhenotypeFeature& f : p.features) {
        if (!f.termId.startsWith(QLatin1String("HP:"))) {
            continue;
        }
        QJsonObject o{
            {QStringLiteral("id"), f.termId},
            {QStringLiteral("observed"), f.excluded ? QStringLiteral("no") : QStringLiteral("yes")}};
        if (!f.label.isEmpty()) {
            o.insert(QStringLiteral("label"), f.label);
        }
        if (onsets.contains(f.onsetTermId)) {
            o.insert(QStringLiteral("ageOfOnset"), f.onsetTermId);
        }
        features.append(o);
    }
    if (!features.isEmpty()) {
        out.insert(QStringLiteral("features"), features);
    }
    QJsonArray genomic;
    for (const Variant& v : p.variants) {
        const QString geneId = mmeGeneId(v.gene);
        if (geneId.isEmpty()) {
            continue; // MME requires a gene for every genomic feature
        }
        QJsonObject gene{{QStringLiteral("id"), geneId}};
        if (!v.gene.symbol.isEmpty() && v.gene.symbol != geneId) {
            gene.insert(QStringLiteral("_geneName"), v.gene.symbol);
        }
        QJsonObject gf{{QStringLiteral("gene"), gene}};
        static const QStringList chromosomes = [] {
            QStringList l;
            for (int i = 1; i <= 22; ++i) {
                l << QString::number(i);
            }
            return l << QStringLiteral("X") << QStringLiteral("Y");
        }();
        if (v.hasCoordinates() && chromosomes.contains(v.chromosome)) {
            QJsonObject variant{{QStringLiteral("assembly"), v.assembly},
                                {QStringLiteral("referenceName"), v.chromosome},
                                {QStringLiteral("start"), double(v.position - 1)}};
            if (!v.ref.isEmpty()) {
                variant.insert(QStringLiteral("end"), double(v.position - 1 + v.ref.size()));
                variant.insert(QStringLiteral("referenceBases"), v.ref);
            }
            if (!v.alt.isEmpty()) {
                variant.insert(QStringLiteral("alternateBases"), v.alt);
            }
            gf.insert(QStringLiteral("variant"), variant);
        }
        const int z = ZygosityCodes::toMme(v.zygosity);
        if (z > 0) {
            gf.insert(QStringLiteral("zygosity"), z);
        }
        if (v.consequenceId.startsWith(QLatin1String("SO:"))) {
            QJsonObject type{{QStringLiteral("id"), v.consequenceId}};
            if (!v.consequenceLabel.isEmpty()) {
                type.insert(QStringLiteral("label"), v.consequenceLabel);
            }
            gf.insert(QStringLiteral("type"), type);
        }
        genomic.append(gf);
    }
    if (!genomic.isEmpty()) {
        out.insert(QStringLiteral("genomicFeatures"), genomic);
    }
    return out;
}

} // namespace NodeCaseWriter
