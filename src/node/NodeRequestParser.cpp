#include "NodeRequestParser.h"

#include "core/GeneCatalog.h"
#include "formats/MmePatientReader.h"
#include "matching/HpoOntology.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

NodeRequestParser::Result invalid(const QString& field, const QString& reason)
{
    NodeRequestParser::Result r;
    r.status = 422;
    r.field = field;
    r.message = field + QStringLiteral(": ") + reason;
    return r;
}

// Gene identifiers MME allows: Ensembl gene id, Entrez id, HGNC id or an HGNC-style symbol.
bool looksLikeGeneId(const QString& id)
{
    static const QRegularExpression re(
        QStringLiteral("^(ENSG\\d{11}(\\.\\d+)?|\\d{1,9}|HGNC:\\d+|[A-Za-z0-9][A-Za-z0-9@#._/-]{0,39})$"));
    return re.match(id).hasMatch();
}

} // namespace

NodeRequestParser::NodeRequestParser(const GeneCatalog* catalog, const HpoOntology* ontology)
    : m_catalog(catalog)
    , m_ontology(ontology)
{}

NodeRequestParser::Result NodeRequestParser::parse(const QByteArray& body) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (doc.isNull()) {
        Result r;
        r.status = 400;
        r.message =
            NodeRequestParser::tr("invalid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset);
        return r;
    }
    if (!doc.isObject()) {
        return invalid(QStringLiteral("(body)"),
                       NodeRequestParser::tr("the request body must be a JSON object with a \"patient\""));
    }
    return parse(doc.object());
}

NodeRequestParser::Result NodeRequestParser::parse(const QJsonObject& request) const
{
    const QJsonValue p = request.value(QStringLiteral("patient"));
    if (p.isUndefined() || p.isNull()) {
        return invalid(QStringLiteral("patient"), NodeRequestParser::tr("is mandatory"));
    }
    if (!p.isObject()) {
        return invalid(QStringLiteral("patient"), NodeRequestParser::tr("must be an object"));
    }
    for (const char* key : {"disclaimer", "terms"}) {
        const QJsonValue v = request.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            return invalid(QLatin1String(key), NodeRequestParser::tr("must be a string"));
        }
    }

    MmeReadOptions options;
    options.geneCatalog = m_catalog;
    options.path = QStringLiteral("patient");
    MmeReadResult read;
    QString field, message;
    if (!MmePatientReader::fromJson(p.toObject(), &read, &field, &message, options)) {
        Result r;
        r.status = 422;
        r.field = field;
        r.message = message; // "patient.features[0].id: 'HP:1' is not an HPO id (HP:nnnnnnn)"
        return r;
    }

    // Node policy: only terms of the node's ontology, only genes it can index.
    const Patient& q = read.patient;
    if (m_ontology) {
        for (qsizetype i = 0; i < q.features.size(); ++i) {
            if (m_ontology->indexOf(q.features[i].termId) < 0) {
                return invalid(
                    QStringLiteral("patient.features[%1].id").arg(i),
                    NodeRequestParser::tr("'%1' is not a current HPO term").arg(q.features[i].termId));
            }
        }
        if (!q.inheritanceModeId.isEmpty() && m_ontology->indexOf(q.inheritanceModeId) < 0) {
            return invalid(QStringLiteral("patient.inheritanceMode"),
                           NodeRequestParser::tr("'%1' is not a current HPO term").arg(q.inheritanceModeId));
        }
    }
    const bool haveCatalog = m_catalog && !m_catalog->isEmpty();
    const QJsonArray genomic = p.toObject().value(QStringLiteral("genomicFeatures")).toArray();
    for (qsizetype i = 0; i < genomic.size(); ++i) {
        const QJsonObject gene = genomic.at(i).toObject().value(QStringLiteral("gene")).toObject();
        const QString id = gene.value(QStringLiteral("id")).toString().trimmed();
        const QString path = QStringLiteral("patient.genomicFeatures[%1].gene.id").arg(i);
        if (!looksLikeGeneId(id)) {
            return invalid(path, NodeRequestParser::tr(
                                     "'%1' is not an Ensembl gene id, Entrez id, HGNC id or HGNC symbol")
                                     .arg(id));
        }
        // Ambiguous symbols are kept as given (the reader leaves them unresolved).
        if (haveCatalog && m_catalog->lookup(id).status == GeneCatalog::Lookup::Status::NotFound) {
            const QString name = gene.value(QStringLiteral("_geneName")).toString().trimmed();
            if (name.isEmpty() || !m_catalog->lookup(name).found()) {
                return invalid(path, NodeRequestParser::tr("'%1' is not a known gene (HGNC)").arg(id));
            }
        }
    }

    Result r;
    r.patient = read.patient;
    r.patientId = read.id;
    r.test = read.test;
    return r;
}
