#include "MmeResponseParser.h"

#include "core/MatchDeskError.h"
#include "formats/JsonFields.h"
#include "formats/MmePatientReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {

// The mandatory parts of a result patient that the API text states explicitly; the formats reader
// checks the rest (ids, enums, coordinates).
QString checkPatientEnvelope(const QJsonObject& p, const QString& path)
{
    const QJsonValue id = p.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        return path + QStringLiteral(".id: ") +
               MmeResponseParser::tr("mandatory non-empty string, got %1").arg(JsonFields::typeName(id));
    }
    if (id.toString().toUtf8().size() > 255) {
        return path + QStringLiteral(".id: ") + MmeResponseParser::tr("longer than 255 bytes");
    }
    const QJsonValue contact = p.value(QLatin1String("contact"));
    if (!contact.isObject()) {
        return path + QStringLiteral(".contact: ") +
               MmeResponseParser::tr("mandatory object, got %1").arg(JsonFields::typeName(contact));
    }
    for (const char* key : {"name", "href"}) {
        const QJsonValue v = contact.toObject().value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            return path + QStringLiteral(".contact.") + QLatin1String(key) + QStringLiteral(": ") +
                   MmeResponseParser::tr("mandatory non-empty string, got %1").arg(JsonFields::typeName(v));
        }
    }
    const QJsonValue features = p.value(QLatin1String("features"));
    const QJsonValue genomic = p.value(QLatin1String("genomicFeatures"));
    for (const auto& [key, v] : {std::pair{"features", features}, std::pair{"genomicFeatures", genomic}}) {
        if (!v.isUndefined() && !v.isArray()) {
            return path + QStringLiteral(".") + QLatin1String(key) + QStringLiteral(": ") +
                   MmeResponseParser::tr("must be an array, got %1").arg(JsonFields::typeName(v));
        }
    }
    if (features.toArray().isEmpty() && genomic.toArray().isEmpty()) {
        return path + QStringLiteral(": ") +
               MmeResponseParser::tr("needs at least one of features or genomicFeatures");
    }
    return {};
}

} // namespace

MmeResponseParser::PatientParser MmeResponseParser::defaultPatientParser()
{
    return [](const QJsonObject& record, const QString& path) {
        MmeReadOptions options;
        options.path = path;
        MmeReadResult read = MmePatientReader::fromJson(record, options);
        Patient p = std::move(read.patient);
        p.label.clear(); // a remote label is display data of the remote node, kept in the record
        return p;
    };
}

QByteArray MmeResponseParser::mediaType(const QString& version)
{
    return "application/vnd.ga4gh.matchmaker.v" + version.toLatin1() + "+json";
}

QString MmeResponseParser::versionOfMediaType(const QByteArray& contentType)
{
    static const QRegularExpression re(
        QStringLiteral("application/vnd\\.ga4gh\\.matchmaker\\.v(\\d+\\.\\d+)\\+json"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString MmeResponseParser::errorMessage(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char* key : {"message", "error", "detail"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty()) {
                return v.toString().left(500);
            }
        }
    }
    QString text = QString::fromUtf8(body.left(300)).simplified();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    return text.simplified().left(200);
}

QStringList MmeResponseParser::supportedVersions(const QByteArray& body, const QByteArray& contentType)
{
    QStringList versions;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonArray list = doc.object().value(QLatin1String("supportedVersions")).toArray();
        for (const QJsonValue& v : list) {
            if (v.isString()) {
                versions << v.toString();
            }
        }
    }
    const QString fromHeader = versionOfMediaType(contentType);
    if (!fromHeader.isEmpty() && !versions.contains(fromHeader)) {
        versions << fromHeader;
    }
    return versions;
}

void MmeResponseParser::parseMatchBody(const QByteArray& body, NodeResult& result,
                                       const PatientParser& parser)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        result.status = NodeStatus::Malformed;
        result.message =
            MmeResponseParser::tr("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return;
    }
    if (!doc.isObject()) {
        result.status = NodeStatus::Malformed;
        result.message = MmeResponseParser::tr("the response is not a JSON object");
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!results.isArray()) {
        result.status = NodeStatus::Malformed;
        result.message =
            MmeResponseParser::tr("results: mandatory array, got %1").arg(JsonFields::typeName(results));
        return;
    }
    for (const char* key : {"disclaimer", "_disclaimer"}) {
        const QJsonValue d = root.value(QLatin1String(key));
        if (d.isString() && result.disclaimer.isEmpty()) {
            result.disclaimer = d.toString();
        }
    }
    QSet<QString> seen;
    const QJsonArray list = results.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("results[%1]").arg(i);
        auto drop = [&](const QString& reason) { result.dropped << reason; };
        if (!list[i].isObject()) {
            drop(path + QStringLiteral(": ") +
                 MmeResponseParser::tr("must be an object, got %1").arg(JsonFields::typeName(list[i])));
            continue;
        }
        const QJsonObject item = list[i].toObject();
        const QJsonValue score = item.value(QLatin1String("score"));
        if (!score.isObject()) {
            drop(path + QStringLiteral(".score: ") +
                 MmeResponseParser::tr("mandatory object, got %1").arg(JsonFields::typeName(score)));
            continue;
        }
        const QJsonValue sp = score.toObject().value(QLatin1String("patient"));
        if (!sp.isDouble()) {
            drop(path + QStringLiteral(".score.patient: ") +
                 MmeResponseParser::tr("mandatory number, got %1").arg(JsonFields::typeName(sp)));
            continue;
        }
        const double nodeScore = sp.toDouble();
        if (!std::isfinite(nodeScore) || nodeScore < 0.0 || nodeScore > 1.0) {
            drop(path + QStringLiteral(".score.patient: ") +
                 MmeResponseParser::tr("%1 is outside [0, 1]").arg(nodeScore));
            continue;
        }
        const QJsonValue pv = item.value(QLatin1String("patient"));
        if (!pv.isObject()) {
            drop(path + QStringLiteral(".patient: ") +
                 MmeResponseParser::tr("mandatory object, got %1").arg(JsonFields::typeName(pv)));
            continue;
        }
        const QJsonObject record = pv.toObject();
        const QString envelopeError = checkPatientEnvelope(record, path + QStringLiteral(".patient"));
        if (!envelopeError.isEmpty()) {
            drop(envelopeError);
            continue;
        }
        NodeMatch m;
        m.nodeName = result.nodeName;
        m.remoteId = record.value(QLatin1String("id")).toString();
        if (seen.contains(m.remoteId)) {
            drop(path + QStringLiteral(".patient.id: ") +
                 MmeResponseParser::tr("'%1' returned twice").arg(m.remoteId));
            continue;
        }
        try {
            m.patient = parser(record, path + QStringLiteral(".patient"));
        } catch (const MatchDeskError& e) {
            drop(e.message());
            continue;
        }
        seen.insert(m.remoteId);
        m.nodeScore = nodeScore;
        m.record = record;
        result.matches << m;
    }
    result.status = NodeStatus::Ok;
}

void MmeResponseParser::parseHeartbeatBody(const QByteArray& body, HeartbeatResult& result)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        result.status = NodeStatus::Malformed;
        result.message =
            pe.error != QJsonParseError::NoError
                ? MmeResponseParser::tr("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset)
                : MmeResponseParser::tr("the response is not a JSON object");
        return;
    }
    const QJsonValue hb = doc.object().value(QLatin1String("heartbeat"));
    if (!hb.isObject()) {
        result.status = NodeStatus::Malformed;
        result.message =
            MmeResponseParser::tr("heartbeat: mandatory object, got %1").arg(JsonFields::typeName(hb));
        return;
    }
    const QJsonObject o = hb.toObject();
    const QJsonValue production = o.value(QLatin1String("production"));
    const QJsonValue version = o.value(QLatin1String("version"));
    const QJsonValue accept = o.value(QLatin1String("accept"));
    QString problem;
    if (!production.isBool()) {
        problem = QStringLiteral("heartbeat.production: ") +
                  MmeResponseParser::tr("mandatory boolean, got %1").arg(JsonFields::typeName(production));
    } else if (!version.isString()) {
        problem = QStringLiteral("heartbeat.version: ") +
                  MmeResponseParser::tr("mandatory string, got %1").arg(JsonFields::typeName(version));
    } else if (!accept.isArray()) {
        problem = QStringLiteral("heartbeat.accept: ") +
                  MmeResponseParser::tr("mandatory array, got %1").arg(JsonFields::typeName(accept));
    }
    if (!problem.isEmpty()) {
        result.status = NodeStatus::Malformed;
        result.message = problem;
        return;
    }
    result.production = production.toBool();
    result.version = version.toString();
    for (const QJsonValue& v : accept.toArray()) {
        if (v.isString()) {
            result.accept << v.toString();
        }
    }
    const QJsonValue d = doc.object().value(QLatin1String("disclaimer"));
    if (d.isString()) {
        result.disclaimer = d.toString();
    }
    result.status = NodeStatus::Ok;
}
