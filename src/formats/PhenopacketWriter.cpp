#include "PhenopacketWriter.h"

#include "FormatError.h"
#include "FormatFiles.h"
#include "VariantNormalizer.h"
#include "core/AcmgClass.h"
#include "core/DataFileError.h"
#include "core/Gzip.h"
#include "core/Sex.h"
#include "core/Zygosity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QJsonObject ontologyClass(const QString& id, const QString& label)
{
    // phenopacket-tools requires a non-empty label.
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), label.isEmpty() ? id : label}};
}

struct ResourceInfo
{
    const char* prefix;
    const char* id;
    const char* name;
    const char* url;
    const char* iri;
};

constexpr ResourceInfo kResources[] = {
    {"HP", "hp", "human phenotype ontology", "http://purl.obolibrary.org/obo/hp.owl",
     "http://purl.obolibrary.org/obo/HP_"},
    {"GENO", "geno", "Genotype Ontology", "http://purl.obolibrary.org/obo/geno.owl",
     "http://purl.obolibrary.org/obo/GENO_"},
    {"SO", "so", "Sequence types and features ontology", "http://purl.obolibrary.org/obo/so.owl",
     "http://purl.obolibrary.org/obo/SO_"},
    {"OMIM", "omim", "An Online Catalog of Human Genes and Genetic Disorders", "https://www.omim.org",
     "https://www.omim.org/entry/"},
    {"ORPHA", "ordo", "Orphanet Rare Disease Ontology", "http://www.orpha.net/ontology/orphanet.owl",
     "http://www.orpha.net/ORDO/Orphanet_"},
    {"MONDO", "mondo", "Mondo Disease Ontology", "http://purl.obolibrary.org/obo/mondo.owl",
     "http://purl.obolibrary.org/obo/MONDO_"},
    {"HGNC", "hgnc", "HUGO Gene Nomenclature Committee", "https://www.genenames.org",
     "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/"},
    {"ensembl", "ensembl", "Ensembl", "https://www.ensembl.org", "https://identifiers.org/ensembl:"},
    {"ncbigene", "ncbigene", "NCBI Gene", "https://www.ncbi.nlm.nih.gov/gene",
     "https://identifiers.org/ncbigene:"},
};

QString vcfChrom(const QString& chromosome)
{
    return chromosome == QLatin1String("MT") ? QStringLiteral("MT") : QStringLiteral("chr") + chromosome;
}

bool geneOnly(const Variant& v)
{
    return !v.hasCoordinates() && v.position == 0 && v.ref.isEmpty() && v.alt.isEmpty() &&
           v.hgvsC.isEmpty() && v.hgvsP.isEmpty() && v.hgvsG.isEmpty() && v.label.isEmpty() &&
           v.consequenceId.isEmpty() && v.zygosity == Zygosity::Unknown &&
           v.acmgClass == AcmgClass::NotProvided && v.assembly.isEmpty() && v.chromosome.isEmpty();
}

QJsonObject geneDescriptor(const Gene& g)
{
    QJsonObject o;
    QStringList ids;
    if (!g.hgncId.isEmpty()) {
        ids << g.hgncId;
    }
    if (!g.ensemblId.isEmpty()) {
        ids << QStringLiteral("ensembl:") + g.ensemblId;
    }
    if (!g.entrezId.isEmpty()) {
        ids << QStringLiteral("ncbigene:") + g.entrezId;
    }
    o.insert(QStringLiteral("valueId"), ids.isEmpty() ? g.symbol : ids.takeFirst());
    o.insert(QStringLiteral("symbol"),
             g.symbol.isEmpty() ? o.value(QStringLiteral("valueId")).toString() : g.symbol);
    if (!ids.isEmpty()) {
        o.insert(QStringLiteral("alternateIds"), QJsonArray::fromStringList(ids));
    }
    return o;
}

} // namespace

QJsonObject PhenopacketWriter::toJson(const Patient& p, const PhenopacketWriteOptions& options)
{
    QSet<QString> prefixes;
    auto use = [&](const QString& curie) {
        const qsizetype colon = curie.indexOf(u':');
        if (colon > 0) {
            prefixes.insert(curie.left(colon));
        }
    };
    QJsonObject doc;
    doc.insert(QStringLiteral("id"), p.localId);
    const QString subjectId = p.label.isEmpty() ? p.localId : p.label;
    QJsonObject subject{{QStringLiteral("id"), subjectId}};
    if (p.sex != Sex::Unknown) {
        subject.insert(QStringLiteral("sex"), SexCodes::toPhenopacket(p.sex));
    }
    doc.insert(QStringLiteral("subject"), subject);

    QJsonArray features;
    for (const PhenotypeFeature& f : p.features) {
        QJsonObject o{{QStringLiteral("type"), ontologyClass(f.termId, f.label)}};
        use(f.termId);
        if (f.excluded) {
            o.insert(QStringLiteral("excluded"), true);
        }
        if (!f.onsetTermId.isEmpty()) {
            o.insert(QStringLiteral("onset"), QJsonObject{{QStringLiteral("ontologyClass"),
                                                           ontologyClass(f.onsetTermId, f.onsetLabel)}});
            use(f.onsetTermId);
        }
        features.append(o);
    }
    if (!features.isEmpty()) {
        doc.insert(QStringLiteral("phenotypicFeatures"), features);
    }

    // Genomic interpretations.
    QJsonArray gis;
    int n = 0;
    for (const Variant& v0 : p.variants) {
        const Variant v = [&] {
            Variant c = v0;
            c.gene = VariantNormalizer::complete(v0.gene, options.geneCatalog);
            return c;
        }();
        ++n;
        QJsonObject gi{{QStringLiteral("subjectOrBiosampleId"), subjectId}};
        const bool causal =
            v.acmgClass == AcmgClass::Pathogenic || v.acmgClass == AcmgClass::LikelyPathogenic;
        if (geneOnly(v)) {
            if (v.gene.isEmpty()) {
                continue;
            }
            gi.insert(QStringLiteral("interpretationStatus"), QStringLiteral("CANDIDATE"));
            gi.insert(QStringLiteral("gene"), geneDescriptor(v.gene));
            use(v.gene.hgncId);
            gis.append(gi);
            continue;
        }
        gi.insert(QStringLiteral("interpretationStatus"),
                  causal ? QStringLiteral("CAUSATIVE") : QStringLiteral("CANDIDATE"));
        QJsonObject vd{{QStringLiteral("id"), QStringLiteral("var_%1").arg(n)}};
        if (!v.gene.isEmpty()) {
            vd.insert(QStringLiteral("geneContext"), geneDescriptor(v.gene));
            use(v.gene.hgncId.isEmpty() ? QString() : v.gene.hgncId);
        }
        QJsonArray exprs;
        auto expr = [&](const char* syntax, const QString& value) {
            if (!value.isEmpty()) {
                exprs.append(QJsonObject{{QStringLiteral("syntax"), QLatin1String(syntax)},
                                         {QStringLiteral("value"), value}});
            }
        };
        expr("hgvs.c", v.hgvsC);
        expr("hgvs.g", v.hgvsG);
        expr("hgvs.p", v.hgvsP);
        if (!exprs.isEmpty()) {
            vd.insert(QStringLiteral("expressions"), exprs);
        }
        if (v.position > 0 && !v.chromosome.isEmpty()) {
            vd.insert(QStringLiteral("vcfRecord"), QJsonObject{
                                                       {QStringLiteral("genomeAssembly"), v.assembly},
                                                       {QStringLiteral("chrom"), vcfChrom(v.chromosome)},
                                                       {QStringLiteral("pos"), QString::number(v.position)},
                                                       {QStringLiteral("ref"), v.ref},
                                                       {QStringLiteral("alt"), v.alt},
                                                   });
        }
        vd.insert(QStringLiteral("moleculeContext"), QStringLiteral("genomic"));
        if (v.zygosity != Zygosity::Unknown) {
            vd.insert(QStringLiteral("allelicState"),
                      ontologyClass(ZygosityCodes::toGeno(v.zygosity), ZygosityCodes::genoLabel(v.zygosity)));
            prefixes.insert(QStringLiteral("GENO"));
        }
        if (!v.consequenceId.isEmpty()) {
            vd.insert(QStringLiteral("structuralType"), ontologyClass(v.consequenceId, v.consequenceLabel));
            use(v.consequenceId);
        }
        if (!v.label.isEmpty()) {
            vd.insert(QStringLiteral("label"), v.label);
        }
        QJsonObject vi{
            {QStringLiteral("acmgPathogenicityClassification"), AcmgCodes::toKey(v.acmgClass)},
            {QStringLiteral("therapeuticActionability"), QStringLiteral("UNKNOWN_ACTIONABILITY")},
            {QStringLiteral("variationDescriptor"), vd},
        };
        gi.insert(QStringLiteral("variantInterpretation"), vi);
        gis.append(gi);
    }
    if (!gis.isEmpty()) {
        QJsonObject disease = ontologyClass(QStringLiteral("MONDO:0000001"), QStringLiteral("disease"));
        bool solved = false;
        for (const Disorder& d : p.disorders) {
            if (!d.excluded) {
                disease = ontologyClass(d.id, d.label);
                solved = true;
                break;
            }
        }
        use(disease.value(QStringLiteral("id")).toString());
        QJsonObject diagnosis;
        diagnosis.insert(QStringLiteral("disease"), disease);
        diagnosis.insert(QStringLiteral("genomicInterpretations"), gis);
        QJsonObject interpretation;
        interpretation.insert(QStringLiteral("id"), QString(p.localId + QStringLiteral("-interpretation")));
        interpretation.insert(QStringLiteral("progressStatus"),
                              solved ? QStringLiteral("SOLVED") : QStringLiteral("IN_PROGRESS"));
        interpretation.insert(QStringLiteral("diagnosis"), diagnosis);
        QJsonArray interpretations;
        interpretations.append(interpretation);
        doc.insert(QStringLiteral("interpretations"), interpretations);
    }

    QJsonArray diseases;
    for (qsizetype i = 0; i < p.disorders.size(); ++i) {
        const Disorder& d = p.disorders.at(i);
        QJsonObject o{{QStringLiteral("term"), ontologyClass(d.id, d.label)}};
        use(d.id);
        if (d.excluded) {
            o.insert(QStringLiteral("excluded"), true);
        }
        if (i == 0 && !p.ageOfOnsetId.isEmpty()) {
            o.insert(QStringLiteral("onset"), QJsonObject{{QStringLiteral("ontologyClass"),
                                                           ontologyClass(p.ageOfOnsetId, QString())}});
            use(p.ageOfOnsetId);
        }
        diseases.append(o);
    }
    if (!diseases.isEmpty()) {
        doc.insert(QStringLiteral("diseases"), diseases);
    }

    // metaData: one resource per namespace used.
    prefixes.insert(QStringLiteral("HP"));
    QJsonArray resources;
    for (const ResourceInfo& r : kResources) {
        if (!prefixes.contains(QLatin1String(r.prefix))) {
            continue;
        }
        const bool hp = qstrcmp(r.prefix, "HP") == 0;
        resources.append(QJsonObject{
            {QStringLiteral("id"), QLatin1String(r.id)},
            {QStringLiteral("name"), QLatin1String(r.name)},
            {QStringLiteral("url"), QLatin1String(r.url)},
            {QStringLiteral("version"),
             hp && !options.hpoVersion.isEmpty() ? options.hpoVersion : QStringLiteral("unknown")},
            {QStringLiteral("namespacePrefix"), QLatin1String(r.prefix)},
            {QStringLiteral("iriPrefix"), QLatin1String(r.iri)},
        });
    }
    QJsonObject meta{
        {QStringLiteral("created"),
         (options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc())
             .toUTC()
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("createdBy"), options.createdBy},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("phenopacketSchemaVersion"), QStringLiteral("2.0")},
    };
    QJsonArray refs;
    for (const ExternalReference& r : p.references) {
        QJsonObject o;
        if (!r.id.isEmpty()) {
            o.insert(QStringLiteral("id"), r.id);
        }
        if (!r.reference.isEmpty()) {
            o.insert(QStringLiteral("reference"), r.reference);
        }
        if (!r.description.isEmpty()) {
            o.insert(QStringLiteral("description"), r.description);
        }
        refs.append(o);
    }
    if (!refs.isEmpty()) {
        meta.insert(QStringLiteral("externalReferences"), refs);
    }
    doc.insert(QStringLiteral("metaData"), meta);
    return doc;
}

QByteArray PhenopacketWriter::toBytes(const QList<Patient>& patients, Layout layout,
                                      const PhenopacketWriteOptions& options)
{
    if (layout == Layout::JsonLines) {
        QByteArray out;
        for (const Patient& p : patients) {
            out += QJsonDocument(toJson(p, options)).toJson(QJsonDocument::Compact);
            out += '\n';
        }
        return out;
    }
    if (layout == Layout::Document && patients.size() == 1) {
        return QJsonDocument(toJson(patients.first(), options)).toJson(QJsonDocument::Indented);
    }
    QJsonArray array;
    for (const Patient& p : patients) {
        array.append(toJson(p, options));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void PhenopacketWriter::writeFile(const QString& path, const QList<Patient>& patients, Layout layout,
                                  const PhenopacketWriteOptions& options)
{
    QByteArray bytes = toBytes(patients, layout, options);
    if (path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive)) {
        try {
            bytes = Gzip::compress(bytes, path);
        } catch (const DataFileError& e) {
            throw FormatError(path, QString(), QString(), e.reason());
        }
    }
    FormatFiles::writeAtomically(path, bytes);
}
