#include "MmePatientReader.h"

#include "FormatError.h"
#include "FormatFiles.h"
#include "JsonFields.h"
#include "VariantNormalizer.h"
#include "core/GeneCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

using J = JsonFields;

const QRegularExpression& hpoPattern()
{
    static const QRegularExpression re(QStringLiteral("^HP:\\d{7}$"));
    return re;
}

const QRegularExpression& basesPattern()
{
    static const QRegularExpression re(QStringLiteral("^[ACGTN]+$"));
    return re;
}

void checkLength(const QString& value, const QString& path, int max = 255)
{
    if (value.toUtf8().size() > max) {
        J::fail(path, MmePatientReader::tr("longer than %1 bytes").arg(max));
    }
}

QString hpo(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QString id = J::string(o, key, path, required);
    if (!id.isEmpty() && !hpoPattern().match(id).hasMatch()) {
        J::fail(J::child(path, key), MmePatientReader::tr("'%1' is not an HPO id (HP:nnnnnnn)").arg(id));
    }
    return id;
}

// Collects underscore fields and warns about unknown others.
void scan(const QJsonObject& o, const QString& path, std::initializer_list<const char*> known,
          MmeReadResult& r)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key.startsWith(u'_')) {
            r.extras.insert(path + u'.' + key, it.value());
            continue;
        }
        bool isKnown = false;
        for (const char* k : known) {
            if (key == QLatin1String(k)) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown) {
            r.warnings.append(MmePatientReader::tr("%1.%2: unknown field ignored").arg(path, key));
        }
    }
}

qint64 nonNegative(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            J::fail(J::child(path, key), MmePatientReader::tr("required field missing"));
        }
        return -1;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d != double(qint64(d))) {
        J::fail(J::child(path, key), MmePatientReader::tr("must be a non-negative integer"));
    }
    return qint64(d);
}

} // namespace

MmeReadResult MmePatientReader::fromJson(const QJsonObject& o, const MmeReadOptions& options)
{
    MmeReadResult r;
    const QString root = options.path;
    scan(o, root,
         {"id", "label", "contact", "species", "sex", "ageOfOnset", "inheritanceMode", "disorders",
          "features", "genomicFeatures", "test"},
         r);
    Patient& p = r.patient;
    r.id = J::string(o, "id", root, true);
    checkLength(r.id, J::child(root, "id"));
    p.localId = r.id;
    p.label = J::string(o, "label", root);
    checkLength(p.label, J::child(root, "label"));

    const QString cpath = J::child(root, "contact");
    const QJsonObject contact = J::object(o, "contact", root, true);
    scan(contact, cpath, {"name", "institution", "href", "email", "roles"}, r);
    p.contact.name = J::string(contact, "name", cpath, true);
    checkLength(p.contact.name, J::child(cpath, "name"));
    p.contact.institution = J::string(contact, "institution", cpath);
    checkLength(p.contact.institution, J::child(cpath, "institution"));
    p.contact.href = J::string(contact, "href", cpath, true);
    if (!p.contact.href.contains(u':')) {
        J::fail(J::child(cpath, "href"),
                MmePatientReader::tr("'%1' is not a URL (<scheme>:<address>)").arg(p.contact.href));
    }
    const QJsonValue email = contact.value(QLatin1String("email"));
    if (email.isString()) {
        p.contact.email = email.toString();
    } else if (email.isArray()) { // v1.2 draft: a list of addresses
        QStringList all;
        for (const QJsonValue& e : email.toArray()) {
            if (!e.isString()) {
                J::fail(J::child(cpath, "email"),
                        MmePatientReader::tr("must be a string or a list of strings"));
            }
            all << e.toString();
        }
        p.contact.email = all.join(u',');
    } else if (!email.isUndefined() && !email.isNull()) {
        J::fail(J::child(cpath, "email"), MmePatientReader::tr("must be a string"));
    }
    const QJsonArray roles = J::array(contact, "roles", cpath);
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString role = roles.at(i).toString();
        if (role != QLatin1String("clinician") && role != QLatin1String("researcher") &&
            role != QLatin1String("patient")) {
            J::fail(J::item(J::child(cpath, "roles"), i),
                    MmePatientReader::tr("must be clinician, researcher or patient"));
        }
        p.contact.roles << role;
    }

    r.species = J::string(o, "species", root);
    if (r.species.isEmpty()) {
        r.species = QStringLiteral("NCBITaxon:9606");
    } else if (!r.species.startsWith(QLatin1String("NCBITaxon:"))) {
        J::fail(J::child(root, "species"),
                MmePatientReader::tr("'%1' is not an NCBI taxon id (NCBITaxon:<id>)").arg(r.species));
    }
    r.rawSex = J::string(o, "sex", root);
    if (r.rawSex == QLatin1String("FEMALE")) {
        p.sex = Sex::Female;
    } else if (r.rawSex == QLatin1String("MALE")) {
        p.sex = Sex::Male;
    } else if (r.rawSex == QLatin1String("OTHER")) {
        p.sex = Sex::Other;
    } else if (!r.rawSex.isEmpty() && r.rawSex != QLatin1String("MIXED_SAMPLE") &&
               r.rawSex != QLatin1String("NOT_APPLICABLE")) {
        J::fail(J::child(root, "sex"),
                MmePatientReader::tr("'%1' is not one of FEMALE, MALE, OTHER, MIXED_SAMPLE, NOT_APPLICABLE")
                    .arg(r.rawSex));
    }
    p.ageOfOnsetId = hpo(o, "ageOfOnset", root, false);
    p.inheritanceModeId = hpo(o, "inheritanceMode", root, false);
    const QJsonValue test = o.value(QLatin1String("test"));
    if (!test.isUndefined() && !test.isBool()) {
        J::fail(J::child(root, "test"), MmePatientReader::tr("must be true or false"));
    }
    r.test = test.toBool();

    const QString dpath = J::child(root, "disorders");
    const QJsonArray disorders = J::array(o, "disorders", root);
    for (qsizetype i = 0; i < disorders.size(); ++i) {
        const QString path = J::item(dpath, i);
        const QJsonObject d = J::objectItem(disorders.at(i), path);
        scan(d, path, {"id", "label"}, r);
        const QString id = J::string(d, "id", path, true);
        Disorder disorder;
        if (id.startsWith(QLatin1String("MIM:"))) {
            disorder.id = QStringLiteral("OMIM:") + id.mid(4);
        } else if (id.startsWith(QLatin1String("Orphanet:"))) {
            disorder.id = QStringLiteral("ORPHA:") + id.mid(9);
        } else {
            J::fail(J::child(path, "id"), MmePatientReader::tr("'%1' is not a MIM: or Orphanet: id").arg(id));
        }
        bool numeric = false;
        disorder.id.section(u':', 1).toLongLong(&numeric);
        if (!numeric) {
            J::fail(J::child(path, "id"), MmePatientReader::tr("'%1' is not a MIM: or Orphanet: id").arg(id));
        }
        disorder.label = J::string(d, "label", path);
        p.disorders.append(disorder);
    }

    const QString fpath = J::child(root, "features");
    const QJsonArray features = J::array(o, "features", root);
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString path = J::item(fpath, i);
        const QJsonObject f = J::objectItem(features.at(i), path);
        scan(f, path, {"id", "label", "observed", "ageOfOnset"}, r);
        PhenotypeFeature feature;
        feature.termId = hpo(f, "id", path, true);
        feature.label = J::string(f, "label", path);
        const QString observed = J::string(f, "observed", path);
        if (!observed.isEmpty() && observed != QLatin1String("yes") && observed != QLatin1String("no")) {
            J::fail(J::child(path, "observed"),
                    MmePatientReader::tr("must be \"yes\" or \"no\", not '%1'").arg(observed));
        }
        feature.excluded = observed == QLatin1String("no");
        feature.onsetTermId = hpo(f, "ageOfOnset", path, false);
        p.features.append(feature);
    }

    const QString gpath = J::child(root, "genomicFeatures");
    const QJsonArray genomic = J::array(o, "genomicFeatures", root);
    for (qsizetype i = 0; i < genomic.size(); ++i) {
        const QString path = J::item(gpath, i);
        const QJsonObject g = J::objectItem(genomic.at(i), path);
        scan(g, path, {"gene", "variant", "zygosity", "type"}, r);
        Variant v;
        const QString genePath = J::child(path, "gene");
        const QJsonObject gene = J::object(g, "gene", path, true);
        scan(gene, genePath, {"id"}, r);
        const QString geneId = J::string(gene, "id", genePath, true);
        const QString geneName = gene.value(QLatin1String("_geneName")).toString();
        v.gene = VariantNormalizer::gene(geneId, geneName, options.geneCatalog);
        if (options.geneCatalog && !options.geneCatalog->isEmpty() && v.gene.hgncId.isEmpty()) {
            // Lenient: the gene is kept as given and flagged. (A node rejects such a query itself,
            // see NodeRequestParser.)
            const GeneCatalog::Lookup lookup = options.geneCatalog->lookup(geneId);
            if (lookup.ambiguous()) {
                QStringList symbols;
                for (const Gene& candidate : lookup.candidates) {
                    symbols << candidate.symbol;
                }
                r.warnings.append(MmePatientReader::tr(
                                      "%1.id: gene '%2' is ambiguous in the HGNC catalog (%3), kept as given")
                                      .arg(genePath, geneId, symbols.join(QStringLiteral(", "))));
            } else {
                r.warnings.append(
                    MmePatientReader::tr("%1.id: gene '%2' not found in the HGNC catalog, kept as given")
                        .arg(genePath, geneId));
            }
        }
        const QJsonObject variant = J::object(g, "variant", path);
        if (!variant.isEmpty() || g.contains(QLatin1String("variant"))) {
            const QString vpath = J::child(path, "variant");
            scan(variant, vpath,
                 {"assembly", "referenceName", "start", "end", "referenceBases", "alternateBases"}, r);
            bool known = false;
            const QString assembly = J::string(variant, "assembly", vpath, true);
            v.assembly = VariantNormalizer::assembly(assembly, &known);
            if (!known) {
                J::fail(J::child(vpath, "assembly"),
                        MmePatientReader::tr("'%1' is not NCBI36, GRCh37 or GRCh38[.pN]").arg(assembly));
            }
            const QString chrom = J::string(variant, "referenceName", vpath, true);
            if (!VariantNormalizer::isStandardChromosome(chrom)) {
                J::fail(J::child(vpath, "referenceName"),
                        MmePatientReader::tr("'%1' is not 1-22, X, Y or MT (without \"chr\")").arg(chrom));
            }
            v.chromosome = chrom;
            const qint64 start = nonNegative(variant, "start", vpath, true);
            const qint64 end = nonNegative(variant, "end", vpath, false);
            if (end >= 0 && end < start) {
                J::fail(J::child(vpath, "end"),
                        MmePatientReader::tr("must not be smaller than start (%1)").arg(start));
            }
            v.position = start + 1;
            v.ref = J::string(variant, "referenceBases", vpath);
            v.alt = J::string(variant, "alternateBases", vpath);
            if (!v.ref.isEmpty() && !basesPattern().match(v.ref).hasMatch()) {
                J::fail(J::child(vpath, "referenceBases"),
                        MmePatientReader::tr("'%1' is not a sequence of A, C, G, T, N").arg(v.ref));
            }
            if (!v.alt.isEmpty() && !basesPattern().match(v.alt).hasMatch()) {
                J::fail(J::child(vpath, "alternateBases"),
                        MmePatientReader::tr("'%1' is not a sequence of A, C, G, T, N").arg(v.alt));
            }
        }
        const QJsonValue zyg = g.value(QLatin1String("zygosity"));
        if (!zyg.isUndefined() && !zyg.isNull()) {
            if (!zyg.isDouble() || (zyg.toDouble() != 1.0 && zyg.toDouble() != 2.0)) {
                J::fail(J::child(path, "zygosity"),
                        MmePatientReader::tr("must be 1 (heterozygous or hemizygous) or 2 (homozygous)"));
            }
            if (zyg.toInt() == 2) {
                v.zygosity = Zygosity::Homozygous;
            } else {
                const bool sexChromosome =
                    v.chromosome == QLatin1String("X") || v.chromosome == QLatin1String("Y");
                v.zygosity =
                    sexChromosome && p.sex == Sex::Male &&
                            !VariantNormalizer::isPseudoAutosomal(v.assembly, v.chromosome, v.position)
                        ? Zygosity::Hemizygous
                        : Zygosity::Heterozygous;
            }
        }
        const QJsonObject type = J::object(g, "type", path);
        if (!type.isEmpty() || g.contains(QLatin1String("type"))) {
            const QString tpath = J::child(path, "type");
            scan(type, tpath, {"id", "label"}, r);
            v.consequenceId = J::string(type, "id", tpath, true);
            if (!v.consequenceId.startsWith(QLatin1String("SO:"))) {
                J::fail(J::child(tpath, "id"),
                        MmePatientReader::tr("'%1' is not a Sequence Ontology id (SO:nnnnnnn)")
                            .arg(v.consequenceId));
            }
            v.consequenceLabel = J::string(type, "label", tpath);
        }
        p.variants.append(v);
    }
    if (p.features.isEmpty() && p.variants.isEmpty()) {
        J::fail(root, MmePatientReader::tr("needs at least one of features or genomicFeatures"));
    }
    return r;
}

bool MmePatientReader::fromJson(const QJsonObject& patient, MmeReadResult* result, QString* errorField,
                                QString* errorMessage, const MmeReadOptions& options)
{
    try {
        *result = fromJson(patient, options);
        return true;
    } catch (const FormatError& e) {
        if (errorField) {
            *errorField = e.field();
        }
        if (errorMessage) {
            *errorMessage = e.message();
        }
        return false;
    }
}

QList<MmeReadResult> MmePatientReader::readFile(const QString& path, const MmeReadOptions& options)
{
    const QByteArray data = FormatFiles::readAll(path);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &e);
    if (e.error != QJsonParseError::NoError) {
        qint64 line = 1;
        for (qsizetype i = 0; i < qMin<qsizetype>(e.offset, data.size()); ++i) {
            line += data.at(i) == '\n' ? 1 : 0;
        }
        throw FormatError(path, FormatError::lineLocation(line), QString(),
                          MmePatientReader::tr("not valid JSON (%1)").arg(e.errorString()));
    }
    QList<MmeReadResult> out;
    try {
        if (doc.isArray()) {
            const QJsonArray a = doc.array();
            for (qsizetype i = 0; i < a.size(); ++i) {
                MmeReadOptions o = options;
                o.path = QStringLiteral("[%1]").arg(i);
                out.append(fromJson(J::objectItem(a.at(i), o.path), o));
            }
        } else if (doc.object().contains(QLatin1String("patient"))) {
            out.append(fromJson(J::object(doc.object(), "patient", QString(), true), options));
        } else {
            out.append(fromJson(doc.object(), options));
        }
    } catch (const FormatError& err) {
        throw err.located(path, QString());
    }
    return out;
}
