#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// MME versioned media types: application/vnd.ga4gh.matchmaker.vX.Y+json (search-api.md,
// "Versioning"). The node speaks 1.0 and 1.1; minor versions are compatible, so a 1.2 request is
// answered in 1.1 and a 2.x or 0.x request gets 406.
namespace MmeMediaType {

struct Version
{
    int major = -1;
    int minor = -1;
    bool isValid() const { return major >= 0 && minor >= 0; }
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
};

QStringList supportedVersions();   // {"1.0", "1.1"}
Version latest();                  // 1.1
QByteArray mediaType(Version v);   // "application/vnd.ga4gh.matchmaker.v1.1+json"
QStringList supportedMediaTypes(); // for /heartbeat "accept"

enum class ParseStatus
{
    NotMme,     // missing or another media type (e.g. application/json)
    Versioned,  // application/vnd.ga4gh.matchmaker.vX.Y+json
    Unversioned // application/vnd.ga4gh.matchmaker+json
};
// Parses one media type (parameters such as "; charset=UTF-8" ignored).
ParseStatus parse(const QByteArray& mediaType, Version* version);

// The supported version a request of version `v` is answered in: `v` itself when supported,
// else the highest supported minor of the same major; an invalid Version when none.
Version compatible(Version v);

struct Negotiation
{
    enum class Result
    {
        Ok,
        UnsupportedMediaType, // 415: Content-Type missing or not an MME type
        NotAcceptable,        // 406: version not supported / Accept excludes every supported type
    };
    Result result = Result::Ok;
    Version version; // the version to answer in when Ok
    QString message;
};

// For POST /match: Content-Type must be an MME type with a version; Accept (optional) may list
// MME types, application/json, */* or application/*, with q-values.
Negotiation negotiateMatch(const QByteArray& contentType, const QByteArray& accept);
// For GET /heartbeat and /metrics: only Accept matters; default the latest version.
Negotiation negotiateGet(const QByteArray& accept);

} // namespace MmeMediaType
