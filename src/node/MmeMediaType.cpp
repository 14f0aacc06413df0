#include "MmeMediaType.h"

#include <QCoreApplication>
#include <QList>

namespace MmeMediaType {

namespace {
const QList<Version>& supported()
{
    static const QList<Version> v{{1, 0}, {1, 1}};
    return v;
}

bool parseNumber(const QByteArray& s, int* out)
{
    if (s.isEmpty() || s.size() > 4) {
        return false;
    }
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    *out = s.toInt();
    return true;
}

} // namespace

QStringList supportedVersions()
{
    QStringList out;
    for (const Version& v : supported()) {
        out << v.toString();
    }
    return out;
}

Version latest()
{
    return supported().constLast();
}

QByteArray mediaType(Version v)
{
    return "application/vnd.ga4gh.matchmaker.v" + QByteArray::number(v.major) + '.' +
           QByteArray::number(v.minor) + "+json";
}

QStringList supportedMediaTypes()
{
    QStringList out;
    for (const Version& v : supported()) {
        out << QString::fromLatin1(mediaType(v));
    }
    return out;
}

ParseStatus parse(const QByteArray& value, Version* version)
{
    const QByteArray type = value.split(';').constFirst().trimmed().toLower();
    static const QByteArray prefix = "application/vnd.ga4gh.matchmaker";
    if (!type.startsWith(prefix) || !type.endsWith("+json")) {
        return ParseStatus::NotMme;
    }
    const QByteArray middle = type.mid(prefix.size(), type.size() - prefix.size() - 5);
    if (middle.isEmpty()) {
        return ParseStatus::Unversioned;
    }
    if (!middle.startsWith(".v")) {
        return ParseStatus::NotMme;
    }
    const QList<QByteArray> parts = middle.mid(2).split('.');
    Version v;
    if (parts.size() != 2 || !parseNumber(parts[0], &v.major) || !parseNumber(parts[1], &v.minor)) {
        return ParseStatus::NotMme;
    }
    if (version) {
        *version = v;
    }
    return ParseStatus::Versioned;
}

Version compatible(Version v)
{
    Version best;
    for (const Version& s : supported()) {
        if (s.major != v.major) {
            continue;
        }
        if (s.minor == v.minor) {
            return s;
        }
        if (s.minor < v.minor && s.minor > best.minor) {
            best = s;
        }
    }
    return best;
}

namespace {
Negotiation negotiateAccept(const QByteArray& accept, Version fallback)
{
    Negotiation n;
    if (accept.trimmed().isEmpty()) {
        n.version = fallback;
        return n;
    }
    double bestQ = -1;
    Version best;
    bool sawMme = false;
    for (const QByteArray& item : accept.split(',')) {
        const QList<QByteArray> params = item.split(';');
        const QByteArray type = params.constFirst().trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QByteArray p = params[i].trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok) {
                    q = 0;
                }
            }
        }
        if (q <= 0) {
            continue;
        }
        Version candidate;
        Version v;
        switch (parse(type, &v)) {
        case ParseStatus::Versioned:
            sawMme = true;
            candidate = compatible(v);
            break;
        case ParseStatus::Unversioned:
            candidate = fallback;
            break;
        case ParseStatus::NotMme:
            if (type == "application/json" || type == "application/*" || type == "*/*") {
                candidate = fallback;
            }
            break;
        }
        if (!candidate.isValid()) {
            continue;
        }
        if (q > bestQ || (q == bestQ && (candidate.major > best.major ||
                                         (candidate.major == best.major && candidate.minor > best.minor)))) {
            bestQ = q;
            best = candidate;
        }
    }
    if (!best.isValid()) {
        n.result = Negotiation::Result::NotAcceptable;
        n.message =
            sawMme ? QCoreApplication::translate("MmeMediaType", "unsupported API version in Accept")
                   : QCoreApplication::translate("MmeMediaType", "Accept does not allow an MME media type");
        return n;
    }
    n.version = best;
    return n;
}
} // namespace

Negotiation negotiateMatch(const QByteArray& contentType, const QByteArray& accept)
{
    Negotiation n;
    Version v;
    const ParseStatus status = parse(contentType, &v);
    if (status != ParseStatus::Versioned) {
        n.result = Negotiation::Result::UnsupportedMediaType;
        n.message =
            contentType.trimmed().isEmpty()
                ? QCoreApplication::translate(
                      "MmeMediaType", "missing Content-Type; send application/vnd.ga4gh.matchmaker.v1.0+json")
                : QCoreApplication::translate(
                      "MmeMediaType",
                      "unsupported Content-Type; send application/vnd.ga4gh.matchmaker.vX.Y+json");
        return n;
    }
    const Version answer = compatible(v);
    if (!answer.isValid()) {
        n.result = Negotiation::Result::NotAcceptable;
        n.message = QCoreApplication::translate("MmeMediaType", "unsupported API version");
        return n;
    }
    return negotiateAccept(accept, answer);
}

Negotiation negotiateGet(const QByteArray& accept)
{
    return negotiateAccept(accept, latest());
}

} // namespace MmeMediaType
