#include "MmePatientWriter.h"

#include "FormatError.h"
#include "FormatFiles.h"
#include "VariantNormalizer.h"
#include "core/Zygosity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
bool isBases(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[ACGTN]+$"));
    return re.match(s).hasMatch();
}
} // namespace

QJsonObject MmePatientWriter::toJson(const Patient& p, const QString& mmeId, const MmeWriteOptions& options,
                                     QStringList* warnings)
{
    auto warn = [&](const QString& w) {
        if (warnings) {
            warnings->append(w);
        }
    };
    if (mmeId.isEmpty() || mmeId.toUtf8().size() > 255) {
        throw FormatError(QStringLiteral("patient.id"),
                          MmePatientWriter::tr("the MME id must be 1 to 255 bytes"));
    }
    if (p.contact.name.isEmpty() || p.contact.href.isEmpty()) {
        throw FormatError(
            QStringLiteral("patient.contact"),
            MmePatientWriter::tr("the responsible clinician needs a name and a contact URL (href) for MME"));
    }
    QJsonObject o{{QStringLiteral("id"), mmeId}};
    if (!options.label.isEmpty()) {
        o.insert(QStringLiteral("label"), options.label);
    }
    QJsonObject contact{{QStringLiteral("name"), p.contact.name}, {QStringLiteral("href"), p.contact.href}};
    if (!p.contact.institution.isEmpty()) {
        contact.insert(QStringLiteral("institution"), p.contact.institution);
    }
    if (!p.contact.email.isEmpty()) {
        contact.insert(QStringLiteral("email"), p.contact.email);
    }
    if (!p.contact.roles.isEmpty()) {
        contact.insert(QStringLiteral("roles"), QJsonArray::fromStringList(p.contact.roles));
    }
    o.insert(QStringLiteral("contact"), contact);
    o.insert(QStringLiteral("species"), QStringLiteral("NCBITaxon:9606"));
    switch (p.sex) {
    case Sex::Female:
        o.insert(QStringLiteral("sex"), QStringLiteral("FEMALE"));
        break;
    case Sex::Male:
        o.insert(QStringLiteral("sex"), QStringLiteral("MALE"));
        break;
    case Sex::Other:
        o.insert(QStringLiteral("sex"), QStringLiteral("OTHER"));
        break;
    case Sex::Unknown:
        break;
    }
    if (!p.ageOfOnsetId.isEmpty()) {
        o.insert(QStringLiteral("ageOfOnset"), p.ageOfOnsetId);
    }
    if (!p.inheritanceModeId.isEmpty()) {
        o.insert(QStringLiteral("inheritanceMode"), p.inheritanceModeId);
    }
    if (options.includeDisorders) {
        QJsonArray disorders;
        for (const Disorder& d : p.disorders) {
            if (d.excluded) {
                continue;
            }
            QString id;
            if (d.id.startsWith(QLatin1String("OMIM:"))) {
                id = QStringLiteral("MIM:") + d.id.mid(5);
            } else if (d.id.startsWith(QLatin1String("ORPHA:"))) {
                id = QStringLiteral("Orphanet:") + d.id.mid(6);
            } else if (d.id.startsWith(QLatin1String("Orphanet:")) ||
                       d.id.startsWith(QLatin1String("MIM:"))) {
                id = d.id;
            } else {
                warn(MmePatientWriter::tr("disorder %1 has no MME form (only OMIM and Orphanet), left out")
                         .arg(d.id));
                continue;
            }
            QJsonObject dj{{QStringLiteral("id"), id}};
            if (!d.label.isEmpty()) {
                dj.insert(QStringLiteral("label"), d.label);
            }
            disorders.append(dj);
        }
        if (!disorders.isEmpty()) {
            o.insert(QStringLiteral("disorders"), disorders);
        }
    }
    QJsonArray features;
    for (const PhenotypeFeature& f : p.features) {
        QJsonObject fj{{QStringLiteral("id"), f.termId}};
        if (!f.label.isEmpty()) {
            fj.insert(QStringLiteral("label"), f.label);
        }
        fj.insert(QStringLiteral("observed"), f.excluded ? QStringLiteral("no") : QStringLiteral("yes"));
        if (!f.onsetTermId.isEmpty()) {
            fj.insert(QStringLiteral("ageOfOnset"), f.onsetTermId);
        }
        features.append(fj);
    }
    if (!features.isEmpty()) {
        o.insert(QStringLiteral("features"), features);
    }
    QJsonArray genomic;
    for (const Variant& v : p.variants) {
        const Gene g = VariantNormalizer::complete(v.gene, options.geneCatalog);
        QString geneId = !g.ensemblId.isEmpty() ? g.ensemblId : !g.symbol.isEmpty() ? g.symbol : g.entrezId;
        if (geneId.isEmpty()) {
            warn(MmePatientWriter::tr("variant %1 has no gene: MME requires one, left out")
                     .arg(v.label.isEmpty() ? v.chromosome + u':' + QString::number(v.position) : v.label));
            continue;
        }
        QJsonObject gene{{QStringLiteral("id"), geneId}};
        if (!g.symbol.isEmpty()) {
            gene.insert(QStringLiteral("_geneName"), g.symbol);
        }
        QJsonObject gf{{QStringLiteral("gene"), gene}};
        if (options.includeVariants && v.hasCoordinates() &&
            VariantNormalizer::isStandardChromosome(v.chromosome)) {
            const qint64 start = v.position - 1;
            QJsonObject vj{
                {QStringLiteral("assembly"), v.assembly},
                {QStringLiteral("referenceName"), v.chromosome},
                {QStringLiteral("start"), double(start)},
            };
            if (isBases(v.ref)) {
                vj.insert(QStringLiteral("end"), double(start + v.ref.size()));
                vj.insert(QStringLiteral("referenceBases"), v.ref);
            }
            if (isBases(v.alt)) {
                vj.insert(QStringLiteral("alternateBases"), v.alt);
            }
            gf.insert(QStringLiteral("variant"), vj);
        }
        const int zyg = ZygosityCodes::toMme(v.zygosity);
        if (zyg > 0) {
            gf.insert(QStringLiteral("zygosity"), zyg);
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
        o.insert(QStringLiteral("genomicFeatures"), genomic);
    }
    if (features.isEmpty() && genomic.isEmpty()) {
        throw FormatError(QStringLiteral("patient"),
                          MmePatientWriter::tr("neither phenotypic features nor genes to share"));
    }
    if (options.test) {
        o.insert(QStringLiteral("test"), true);
    }
    return o;
}

void MmePatientWriter::writeFile(const QString& path, const Patient& patient, const QString& mmeId,
                                 const MmeWriteOptions& options)
{
    QJsonObject o;
    try {
        o = toJson(patient, mmeId, options);
    } catch (const FormatError& e) {
        throw e.located(path, QString());
    }
    FormatFiles::writeAtomically(
        path, QJsonDocument(QJsonObject{{QStringLiteral("patient"), o}}).toJson(QJsonDocument::Indented));
}
