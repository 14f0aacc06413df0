#pragma once

#include "HeartbeatResult.h"
#include "NodeResult.h"
#include "core/Patient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

// Checks node answers against the MME API text (search-api.md, heartbeat-api.md) and classifies
// HTTP outcomes. Pure functions: no network, no state.
class MmeResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(MmeResponseParser)

public:
    // Turns a remote MME patient object into a Patient; throws MatchDeskError naming the field
    // (path is the JSON path of the object, e.g. "results[2].patient").
    using PatientParser = std::function<Patient(const QJsonObject& patient, const QString& path)>;
    // The default parser: the strict formats MME reader.
    static PatientParser defaultPatientParser();

    // Fills status, message, matches (valid results), dropped (invalid results with reasons),
    // disclaimer from a 200 body. A body that is not an MME response makes the whole answer
    // Malformed; single invalid results are dropped with their reason.
    static void parseMatchBody(const QByteArray& body, NodeResult& result,
                               const PatientParser& parser = defaultPatientParser());
    static void parseHeartbeatBody(const QByteArray& body, HeartbeatResult& result);

    // The node's human-readable message from an error body ("message", "error"), or a cleaned
    // excerpt of a non-JSON body.
    static QString errorMessage(const QByteArray& body);
    // 406: versions from "supportedVersions" and the response Content-Type.
    static QStringList supportedVersions(const QByteArray& body, const QByteArray& contentType);
    // "1.0" from "application/vnd.ga4gh.matchmaker.v1.0+json"; empty if not an MME type.
    static QString versionOfMediaType(const QByteArray& contentType);
    static QByteArray mediaType(const QString& version); // the reverse
};
