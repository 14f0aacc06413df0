#include "OutgoingRequest.h"

#include "DisclosureError.h"
#include "MmeClient.h"
#include "MmeResponseParser.h"
#include "core/Crypto.h"
#include "formats/FormatError.h"
#include "formats/MmePatientWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QString who(const Patient& p)
{
    return p.localId.isEmpty() ? OutgoingRequest::tr("(patient without id)") : p.localId;
}

void collectPaths(const QJsonValue& v, const QString& path, QSet<QString>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            collectPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue& item : a) {
            collectPaths(item, path + QStringLiteral("[]"), out);
        }
        if (a.isEmpty()) {
            out.insert(path + QStringLiteral("[]"));
        }
    } else {
        out.insert(path);
    }
}

// True when any string value equals one of `needles` (case-insensitive).
bool containsValue(const QJsonValue& v, const QStringList& needles, QString* found)
{
    if (v.isString()) {
        for (const QString& n : needles) {
            if (v.toString().trimmed().compare(n, Qt::CaseInsensitive) == 0) {
                *found = n;
                return true;
            }
        }
        return false;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (containsValue(it.value(), needles, found)) {
                return true;
            }
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray()) {
            if (containsValue(item, needles, found)) {
                return true;
            }
        }
    }
    return false;
}

// Fields added in MME 1.1 that a strict 1.0 node may reject.
void stripV11Fields(QJsonObject& patient)
{
    patient.remove(QStringLiteral("label"));
    QJsonObject contact = patient.value(QLatin1String("contact")).toObject();
    contact.remove(QStringLiteral("email"));
    contact.remove(QStringLiteral("roles"));
    patient.insert(QStringLiteral("contact"), contact);
    for (const char* listKey : {"features", "disorders"}) {
        const QString key = QLatin1String(listKey);
        if (!patient.contains(key)) {
            continue;
        }
        QJsonArray list = patient.value(key).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject item = list[i].toObject();
            item.remove(QStringLiteral("label"));
            list[i] = item;
        }
        patient.insert(key, list);
    }
}

} // namespace

void OutgoingRequest::checkSendable(const Patient& patient)
{
    if (!patient.consent.allowsMatching()) {
        const QString state = patient.consent.state == Consent::State::Granted
                                  ? OutgoingRequest::tr("granted without a date")
                                  : Consent::toKey(patient.consent.state);
        throw DisclosureError(
            OutgoingRequest::tr("Patient %1 cannot be sent to matchmaking nodes: no recorded consent for "
                                "matching (consent: %2). Record the consent and its date first.")
                .arg(who(patient), state));
    }
    if (patient.contact.name.trimmed().isEmpty() ||
        (patient.contact.href.trimmed().isEmpty() && patient.contact.email.trimmed().isEmpty())) {
        throw DisclosureError(
            OutgoingRequest::tr("Patient %1 cannot be sent: the responsible clinician (contact name and "
                                "e-mail or contact URL) is missing.")
                .arg(who(patient)));
    }
    if (patient.observedCount() == 0 && patient.variants.isEmpty()) {
        throw DisclosureError(
            OutgoingRequest::tr("Patient %1 cannot be sent: it has neither an observed phenotype nor a "
                                "candidate gene to match on.")
                .arg(who(patient)));
    }
}

OutgoingRequest OutgoingRequest::build(const Patient& patient, const Node& node, const QString& pseudonym,
                                       const Options& options)
{
    checkSendable(patient);
    if (pseudonym.isEmpty() || pseudonym == patient.localId) {
        throw DisclosureError(
            OutgoingRequest::tr("Patient %1 cannot be sent: no pseudonym.").arg(who(patient)));
    }
    Patient outgoing = patient;
    if (outgoing.contact.href.trimmed().isEmpty()) {
        outgoing.contact.href = QStringLiteral("mailto:") + outgoing.contact.email.trimmed();
    }
    MmeWriteOptions writeOptions;
    writeOptions.geneCatalog = options.geneCatalog;
    writeOptions.test = options.test;
    writeOptions.includeVariants = options.includeVariants;
    writeOptions.label.clear(); // never the local label

    OutgoingRequest r;
    r.nodeName = node.name;
    r.url = MmeClient::endpointUrl(node.baseUrl, QStringLiteral("match"));
    r.mediaType = MmeResponseParser::mediaType(node.mediaTypeVersion);
    r.pseudonym = pseudonym;
    QJsonObject mmePatient;
    try {
        mmePatient = MmePatientWriter::toJson(outgoing, pseudonym, writeOptions, &r.warnings);
    } catch (const FormatError& e) {
        throw DisclosureError(
            OutgoingRequest::tr("Patient %1 cannot be sent: %2").arg(who(patient), e.message()));
    }
    mmePatient.remove(QStringLiteral("label"));
    if (options.test) {
        mmePatient.insert(QStringLiteral("test"), true);
    } else {
        mmePatient.remove(QStringLiteral("test"));
    }
    if (node.mediaTypeVersion.startsWith(QLatin1String("1.0"))) {
        stripV11Fields(mmePatient);
    }
    // Defence in depth: the local id and label must not appear anywhere in the payload.
    QStringList identifying;
    for (const QString& s : {patient.localId.trimmed(), patient.label.trimmed()}) {
        if (s.size() >= 3) {
            identifying << s;
        }
    }
    QString found;
    if (containsValue(mmePatient, identifying, &found)) {
        throw DisclosureError(
            OutgoingRequest::tr("Patient %1 was not sent: the payload would contain its local id or label.")
                .arg(who(patient)));
    }
    QJsonObject root;
    root.insert(QStringLiteral("patient"), mmePatient);
    r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    r.sha256Hex = Crypto::sha256Hex(r.body);
    r.fieldsSent = fieldPaths(r.body);
    return r;
}

QStringList OutgoingRequest::fieldPaths(const QByteArray& json)
{
    QSet<QString> paths;
    collectPaths(QJsonDocument::fromJson(json).object(), QString(), paths);
    QStringList list(paths.begin(), paths.end());
    list.sort();
    return list;
}
