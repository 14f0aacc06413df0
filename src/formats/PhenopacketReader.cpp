#include "PhenopacketReader.h"

#include "FormatError.h"
#include "FormatFiles.h"
#include "FormatsLogging.h"
#include "JsonFields.h"
#include "VariantNormalizer.h"
#include "core/AcmgClass.h"
#include "core/Sex.h"
#include "core/Zygosity.h"

#ifdef MATCHDESK_FORMATS_HAVE_ONTOLOGY
#include "matching/HpoOntology.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <optional>

namespace {

using J = JsonFields;

bool isHpoId(const QString& id)
{
    if (id.size() != 10 || !id.startsWith(QLatin1String("HP:"))) {
        return false;
    }
    for (qsizetype i = 3; i < 10; ++i) {
        if (!id.at(i).isDigit()) {
            return false;
        }
    }
    return true;
}

struct OntologyClass
{
    QString id;
    QString label;
};

OntologyClass ontologyClass(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonObject c = J::object(o, key, path, required);
    if (c.isEmpty()) {
        return {};
    }
    const QString p = J::child(path, key);
    OntologyClass oc{J::string(c, "id", p, true), J::string(c, "label", p)};
    if (oc.label == oc.id) {
        oc.label.clear(); // written for a term without label (the schema wants a non-empty label)
    }
    return oc;
}

// Maps an HPO id through the ontology. Returns the id to store.
QString mapHpo(const QString& id, const QString& path, const PhenopacketReadOptions& options,
               QStringList* warnings)
{
#ifdef MATCHDESK_FORMATS_HAVE_ONTOLOGY
    if (options.ontology) {
        const TermResolution r = options.ontology->resolve(id);
        switch (r.status) {
        case TermResolution::Status::Current:
            return id;
        case TermResolution::Status::Alternative:
            if (warnings) {
                warnings->append(PhenopacketReader::tr("%1: %2 is an alternative id, mapped to %3")
                                     .arg(path, id, r.currentId));
            }
            return r.currentId;
        case TermResolution::Status::ReplacedObsolete:
            if (warnings) {
                warnings->append(
                    PhenopacketReader::tr("%1: %2 is obsolete, replaced by %3").arg(path, id, r.currentId));
            }
            return r.currentId;
        case TermResolution::Status::ObsoleteNoReplacement:
            if (warnings) {
                warnings->append(
                    PhenopacketReader::tr("%1: %2 is obsolete without replacement, kept as given")
                        .arg(path, id));
            }
            return id;
        case TermResolution::Status::Unknown:
            if (warnings) {
                warnings->append(
                    PhenopacketReader::tr("%1: %2 is not in the ontology, kept as given").arg(path, id));
            }
            return id;
        }
    }
#else
    Q_UNUSED(path)
    Q_UNUSED(options)
    Q_UNUSED(warnings)
#endif
    return id;
}

Sex readSex(const QJsonObject& subject, const QString& path)
{
    const QJsonValue v = J::value(subject, "sex");
    if (v.isUndefined() || v.isNull()) {
        return Sex::Unknown;
    }
    if (v.isDouble()) {
        switch (v.toInt(-1)) {
        case 0:
            return Sex::Unknown;
        case 1:
            return Sex::Female;
        case 2:
            return Sex::Male;
        case 3:
            return Sex::Other;
        default:
            break;
        }
        J::fail(J::child(path, "sex"),
                PhenopacketReader::tr("%1 is not a sex enum value (0-3)").arg(v.toDouble()));
    }
    if (!v.isString()) {
        J::fail(J::child(path, "sex"), PhenopacketReader::tr("must be a string, not %1").arg(J::typeName(v)));
    }
    bool ok = false;
    const Sex s = SexCodes::fromPhenopacket(v.toString(), &ok);
    if (!ok) {
        J::fail(J::child(path, "sex"),
                PhenopacketReader::tr("'%1' is not one of UNKNOWN_SEX, FEMALE, MALE, OTHER_SEX")
                    .arg(v.toString()));
    }
    return s;
}

void readExpressions(const QJsonObject& vd, const QString& path, Variant& v)
{
    const QJsonArray exprs = J::array(vd, "expressions", path);
    for (qsizetype i = 0; i < exprs.size(); ++i) {
        const QString p = J::item(J::child(path, "expressions"), i);
        const QJsonObject e = J::objectItem(exprs.at(i), p);
        const QString syntax = J::string(e, "syntax", p, true);
        const QString value = J::string(e, "value", p, true);
        if (!syntax.startsWith(QLatin1String("hgvs"), Qt::CaseInsensitive)) {
            continue;
        }
        // The level comes from the expression itself, else from the syntax suffix.
        QChar level;
        const qsizetype colon = value.indexOf(u':');
        if (colon >= 0 && colon + 1 < value.size()) {
            level = value.at(colon + 1);
        } else if (syntax.size() > 5) {
            level = syntax.back();
        }
        QString* target = nullptr;
        switch (level.toLatin1()) {
        case 'c':
        case 'n':
        case 'r':
            target = &v.hgvsC;
            break;
        case 'p':
            target = &v.hgvsP;
            break;
        case 'g':
        case 'm':
        case 'o':
            target = &v.hgvsG;
            break;
        default:
            break;
        }
        if (target && target->isEmpty()) {
            *target = value;
        }
    }
}

Gene readGeneDescriptor(const QJsonObject& g, const QString& path, const PhenopacketReadOptions& options)
{
    const QString valueId = J::string(g, "valueId", path);
    QString symbol = J::string(g, "symbol", path);
    if (symbol == valueId && valueId.contains(u':')) {
        symbol.clear(); // written for a gene without symbol
    }
    Gene gene = VariantNormalizer::gene(valueId, symbol, nullptr);
    const QJsonArray alternates = J::array(g, "alternateIds", path);
    for (qsizetype i = 0; i < alternates.size(); ++i) {
        if (!alternates.at(i).isString()) {
            J::fail(J::item(J::child(path, "alternateIds"), i), PhenopacketReader::tr("must be a string"));
        }
        const Gene alt = VariantNormalizer::gene(alternates.at(i).toString(), QString(), nullptr);
        if (gene.hgncId.isEmpty()) {
            gene.hgncId = alt.hgncId;
        }
        if (gene.ensemblId.isEmpty()) {
            gene.ensemblId = alt.ensemblId;
        }
        if (gene.entrezId.isEmpty()) {
            gene.entrezId = alt.entrezId;
        }
    }
    return VariantNormalizer::complete(gene, options.geneCatalog);
}

Variant readVariationDescriptor(const QJsonObject& vi, const QString& viPath,
                                const PhenopacketReadOptions& options)
{
    Variant v;
    const QJsonValue acmg = J::value(vi, "acmgPathogenicityClassification");
    if (acmg.isString()) {
        v.acmgClass = AcmgCodes::fromKey(acmg.toString());
        if (v.acmgClass == AcmgClass::NotProvided && acmg.toString() != QLatin1String("NOT_PROVIDED")) {
            J::fail(J::child(viPath, "acmgPathogenicityClassification"),
                    PhenopacketReader::tr("'%1' is not an ACMG classification").arg(acmg.toString()));
        }
    } else if (acmg.isDouble()) {
        const int n = acmg.toInt(-1);
        if (n < 0 || n > 5) {
            J::fail(J::child(viPath, "acmgPathogenicityClassification"),
                    PhenopacketReader::tr("%1 is not an ACMG classification").arg(n));
        }
        v.acmgClass = AcmgClass(n);
    } else if (!acmg.isUndefined() && !acmg.isNull()) {
        J::fail(J::child(viPath, "acmgPathogenicityClassification"),
                PhenopacketReader::tr("must be a string"));
    }
    const QString path = J::child(viPath, "variationDescriptor");
    const QJsonObject vd = J::object(vi, "variationDescriptor", viPath, true);
    const QJsonObject gc = J::object(vd, "geneContext", path);
    if (!gc.isEmpty()) {
        v.gene = readGeneDescriptor(gc, J::child(path, "geneContext"), options);
    }
    readExpressions(vd, path, v);
    const QJsonObject vcf = J::object(vd, "vcfRecord", path);
    if (!vcf.isEmpty()) {
        const QString p = J::child(path, "vcfRecord");
        bool known = false;
        v.assembly = VariantNormalizer::assembly(J::string(vcf, "genomeAssembly", p, true), &known);
        v.chromosome = VariantNormalizer::chromosome(J::string(vcf, "chrom", p, true));
        v.position = J::integer(vcf, "pos", p, true);
        if (v.position < 1) {
            J::fail(J::child(p, "pos"),
                    PhenopacketReader::tr("must be a 1-based position (at least 1), not %1").arg(v.position));
        }
        v.ref = J::string(vcf, "ref", p, true);
        v.alt = J::string(vcf, "alt", p, true);
    }
    const OntologyClass state = ontologyClass(vd, "allelicState", path, false);
    if (!state.id.isEmpty()) {
        v.zygosity = ZygosityCodes::fromGeno(state.id);
        if (v.zygosity == Zygosity::Unknown && state.id != QLatin1String("GENO:0000137") &&
            !state.id.startsWith(QLatin1String("GENO:"))) {
            J::fail(J::child(J::child(path, "allelicState"), "id"),
                    PhenopacketReader::tr("'%1' is not a GENO id").arg(state.id));
        }
    }
    const OntologyClass structural = ontologyClass(vd, "structuralType", path, false);
    v.consequenceId = structural.id;
    v.consequenceLabel = structural.label;
    v.label = J::string(vd, "label", path);
    return v;
}

QString schemaVersion(const QJsonObject& meta, const QString& path)
{
    const QJsonValue v = J::value(meta, "phenopacketSchemaVersion");
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    if (!v.isString()) {
        J::fail(J::child(path, "phenopacketSchemaVersion"), PhenopacketReader::tr("must be a string"));
    }
    return v.toString();
}

} // namespace

Patient PhenopacketReader::fromJson(const QJsonObject& doc, const PhenopacketReadOptions& options,
                                    QStringList* warnings)
{
    Patient p;
    const QString root;
    p.localId = J::string(doc, "id", root, true);

    const QJsonObject meta = J::object(doc, "metaData", root, false);
    if (!meta.isEmpty()) {
        const QString version = schemaVersion(meta, QStringLiteral("metaData"));
        if (!version.isEmpty() && !version.startsWith(u'2')) {
            J::fail(QStringLiteral("metaData.phenopacketSchemaVersion"),
                    PhenopacketReader::tr("'%1' is not a Phenopacket v2 schema version").arg(version));
        }
        const QJsonArray refs = J::array(meta, "externalReferences", QStringLiteral("metaData"));
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const QString path = J::item(QStringLiteral("metaData.externalReferences"), i);
            const QJsonObject r = J::objectItem(refs.at(i), path);
            ExternalReference ref;
            ref.id = J::string(r, "id", path);
            ref.reference = J::string(r, "reference", path);
            ref.description = J::string(r, "description", path);
            p.references.append(ref);
        }
    } else if (warnings) {
        warnings->append(PhenopacketReader::tr("%1: metaData missing").arg(p.localId));
    }

    const QJsonObject subject = J::object(doc, "subject", root, true);
    const QString subjectId = J::string(subject, "id", QStringLiteral("subject"), true);
    if (subjectId != p.localId) {
        p.label = subjectId;
    }
    p.sex = readSex(subject, QStringLiteral("subject"));

    const QJsonArray features = J::array(doc, "phenotypicFeatures", root);
    p.features.reserve(features.size());
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString path = J::item(QStringLiteral("phenotypicFeatures"), i);
        const QJsonObject f = J::objectItem(features.at(i), path);
        PhenotypeFeature feature;
        const OntologyClass type = ontologyClass(f, "type", path, true);
        if (!isHpoId(type.id)) {
            J::fail(path + QStringLiteral(".type.id"),
                    PhenopacketReader::tr("'%1' is not an HPO id (HP:nnnnnnn)").arg(type.id));
        }
        feature.termId = mapHpo(type.id, path + QStringLiteral(".type.id"), options, warnings);
        feature.label = type.label;
        feature.excluded = J::boolean(f, "excluded", path);
        const QJsonObject onset = J::object(f, "onset", path);
        if (!onset.isEmpty()) {
            const OntologyClass oc = ontologyClass(onset, "ontologyClass", J::child(path, "onset"), false);
            feature.onsetTermId = oc.id;
            feature.onsetLabel = oc.label;
        }
        p.features.append(feature);
    }

    const QJsonArray diseases = J::array(doc, "diseases", root);
    for (qsizetype i = 0; i < diseases.size(); ++i) {
        const QString path = J::item(QStringLiteral("diseases"), i);
        const QJsonObject d = J::objectItem(diseases.at(i), path);
        const OntologyClass term = ontologyClass(d, "term", path, true);
        Disorder disorder;
        disorder.id = term.id;
        disorder.label = term.label;
        disorder.excluded = J::boolean(d, "excluded", path);
        p.disorders.append(disorder);
        const QJsonObject onset = J::object(d, "onset", path);
        if (!onset.isEmpty() && p.ageOfOnsetId.isEmpty()) {
            const OntologyClass oc = ontologyClass(onset, "ontologyClass", J::child(path, "onset"), false);
            if (isHpoId(oc.id)) {
                p.ageOfOnsetId = oc.id;
            }
        }
    }

    const QJsonArray interpretations = J::array(doc, "interpretations", root);
    for (qsizetype i = 0; i < interpretations.size(); ++i) {
        const QString ipath = J::item(QStringLiteral("interpretations"), i);
        const QJsonObject interp = J::objectItem(interpretations.at(i), ipath);
        const QJsonObject diagnosis = J::object(interp, "diagnosis", ipath);
        if (diagnosis.isEmpty()) {
            continue;
        }
        const QString dpath = J::child(ipath, "diagnosis");
        const QJsonArray gis = J::array(diagnosis, "genomicInterpretations", dpath);
        for (qsizetype k = 0; k < gis.size(); ++k) {
            const QString gpath = J::item(J::child(dpath, "genomicInterpretations"), k);
            const QJsonObject gi = J::objectItem(gis.at(k), gpath);
            const QJsonObject vi = J::object(gi, "variantInterpretation", gpath);
            const QJsonObject gene = J::object(gi, "gene", gpath);
            if (!vi.isEmpty()) {
                p.variants.append(
                    readVariationDescriptor(vi, J::child(gpath, "variantInterpretation"), options));
            } else if (!gene.isEmpty()) {
                Variant v;
                v.gene = readGeneDescriptor(gene, J::child(gpath, "gene"), options);
                p.variants.append(v);
            } else {
                J::fail(gpath, PhenopacketReader::tr("needs either gene or variantInterpretation"));
            }
        }
    }
    return p;
}

namespace {

qint64 lineOfOffset(const QByteArray& data, qsizetype begin, qsizetype offset)
{
    qint64 line = 1;
    const qsizetype end = qMin(offset, data.size());
    for (qsizetype i = begin; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
        }
    }
    return line;
}

struct Document
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qint64 line = 0;      // 1-based line (JSON Lines, or the single document)
    qsizetype index = -1; // position in a JSON array
};

} // namespace

PhenopacketReadResult PhenopacketReader::readFile(const QString& path, const PhenopacketReadOptions& options)
{
    return readData(FormatFiles::readAll(path), path, options);
}

PhenopacketReadResult PhenopacketReader::readData(const QByteArray& raw, const QString& sourceName,
                                                  const PhenopacketReadOptions& options)
{
    const QByteArray data = FormatFiles::gunzip(raw, sourceName);
    const QString source = QFileInfo(sourceName).fileName();
    PhenopacketReadResult result;

    qsizetype start = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        start = 3;
    }
    while (start < data.size() && QChar::isSpace(uchar(data.at(start)))) {
        ++start;
    }
    if (start >= data.size()) {
        throw FormatError(sourceName, QString(), QString(), PhenopacketReader::tr("the file is empty"));
    }

    // Work out the layout: a JSON array, JSON Lines, or one (possibly pretty-printed) document.
    QList<QJsonObject> objects;
    QList<Document> docs;
    bool lazyLines = false; // JSON Lines are parsed one by one, in file order
    auto parseError = [&](const QJsonParseError& e, qsizetype base, qint64 line) {
        const qint64 l = line > 0 ? line : lineOfOffset(data, 0, base + e.offset);
        return FormatError(sourceName, FormatError::lineLocation(l), QString(),
                           PhenopacketReader::tr("not valid JSON (%1)").arg(e.errorString()));
    };
    if (data.at(start) == '[') {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(data.mid(start), &e);
        if (e.error != QJsonParseError::NoError) {
            throw parseError(e, start, 0);
        }
        const QJsonArray array = d.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Document doc;
            doc.index = i;
            docs.append(doc);
            objects.append(array.at(i).isObject() ? array.at(i).toObject() : QJsonObject());
            if (!array.at(i).isObject()) {
                const FormatError err(sourceName, PhenopacketReader::tr("document %1").arg(i + 1), QString(),
                                      PhenopacketReader::tr("must be a JSON object, not %1")
                                          .arg(JsonFields::typeName(array.at(i))));
                if (!options.skipInvalid) {
                    throw err;
                }
                docs.last().begin = -1; // marked invalid
                result.skipped.append(err.message());
            }
        }
    } else {
        // Split into lines; JSON Lines when the first non-empty line is a complete object and
        // more non-empty lines follow.
        QList<Document> lines;
        qint64 lineNo = 0;
        for (qsizetype pos = 0; pos < data.size();) {
            qsizetype nl = data.indexOf('\n', pos);
            if (nl < 0) {
                nl = data.size();
            }
            ++lineNo;
            qsizetype b = pos, e = nl;
            while (b < e && QChar::isSpace(uchar(data.at(b)))) {
                ++b;
            }
            while (e > b && QChar::isSpace(uchar(data.at(e - 1)))) {
                --e;
            }
            if (e > b) {
                lines.append(Document{b, e, lineNo, -1});
            }
            pos = nl + 1;
        }
        bool jsonLines = false;
        if (lines.size() > 1) {
            QJsonParseError e;
            const QJsonDocument first =
                QJsonDocument::fromJson(QByteArray::fromRawData(data.constData() + lines.first().begin,
                                                                lines.first().end - lines.first().begin),
                                        &e);
            jsonLines = e.error == QJsonParseError::NoError && first.isObject();
        }
        if (jsonLines) {
            docs = lines;
        } else {
            docs.append(Document{start, data.size(), lineOfOffset(data, 0, start), -1});
        }
        objects.resize(docs.size());
        if (!jsonLines) {
            QJsonParseError e;
            const QJsonDocument d = QJsonDocument::fromJson(data.mid(start), &e);
            if (e.error != QJsonParseError::NoError) {
                throw parseError(e, start, 0);
            }
            if (!d.isObject()) {
                throw FormatError(sourceName, QString(), QString(),
                                  PhenopacketReader::tr("must be a JSON object (a phenopacket)"));
            }
            objects[0] = d.object();
            docs[0].line = 0; // field errors of a single document need no line
        }
        lazyLines = jsonLines;
    }

    const qint64 total = docs.size();
    result.patients.reserve(total);
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (options.progress && (i % 64 == 0) && !options.progress(i, total)) {
            throw FormatError(sourceName, QString(), QString(), PhenopacketReader::tr("import cancelled"));
        }
        Document& doc = docs[i];
        if (doc.begin < 0) {
            continue;
        }
        if (lazyLines) {
            QJsonParseError e;
            const QJsonDocument d = QJsonDocument::fromJson(
                QByteArray::fromRawData(data.constData() + doc.begin, doc.end - doc.begin), &e);
            std::optional<FormatError> err;
            if (e.error != QJsonParseError::NoError) {
                err = parseError(e, doc.begin, doc.line);
            } else if (!d.isObject()) {
                err = FormatError(sourceName, FormatError::lineLocation(doc.line), QString(),
                                  PhenopacketReader::tr("must be a JSON object (a phenopacket)"));
            }
            if (err) {
                if (!options.skipInvalid) {
                    throw *err;
                }
                result.skipped.append(err->message());
                continue;
            }
            objects[i] = d.object();
        }
        QStringList warnings;
        const QString location = doc.index >= 0 ? PhenopacketReader::tr("document %1").arg(doc.index + 1)
                                 : doc.line > 0 ? FormatError::lineLocation(doc.line)
                                                : QString();
        try {
            Patient p = fromJson(objects.at(i), options, &warnings);
            objects[i] = QJsonObject(); // free as we go
            p.source = source;
            result.patients.append(std::move(p));
            for (const QString& w : std::as_const(warnings)) {
                // Named like errors: file, line (or document) and field.
                result.warnings.append(FormatError(sourceName, location, QString(), w).message());
            }
        } catch (const FormatError& e) {
            const FormatError located = e.located(sourceName, location);
            if (!options.skipInvalid) {
                throw located;
            }
            result.skipped.append(located.message());
        }
    }
    if (options.progress && !options.progress(total, total)) {
        throw FormatError(sourceName, QString(), QString(), PhenopacketReader::tr("import cancelled"));
    }
    if (!options.ontology && !result.patients.isEmpty()) {
        result.warnings.append(
            PhenopacketReader::tr(
                "%1: HPO ids kept as given (no ontology loaded to map alternative and obsolete ids)")
                .arg(sourceName));
    }
    qCDebug(lcFormats) << "phenopackets" << sourceName << result.patients.size() << "read,"
                       << result.skipped.size() << "skipped";
    return result;
}
