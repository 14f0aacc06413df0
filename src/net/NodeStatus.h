#pragma once

#include <QString>

// How one node's part of a federated query (or heartbeat) ended.
enum class NodeStatus
{
    Pending,
    Ok,               // valid answer (possibly with some results dropped as invalid)
    Timeout,          // connect or total timeout
    ConnectionFailed, // refused, unreachable, DNS, connection closed without answer
    TlsError,         // untrusted/expired/wrong-host certificate, pin mismatch, client cert refused
    Unauthorized,     // 401: token missing or not accepted
    NotAcceptable,    // 406: media type version not supported (see supportedVersions)
    HttpError,        // other 4xx/5xx, with the node's message
    Malformed,        // not a valid MME response (what was wrong in message)
    TooLarge,         // response over the size cap
    NotSent,          // refused locally before sending (policy, no token, bad URL ...)
    Cancelled,
};

namespace NodeStatusCodes {
QString toKey(NodeStatus s); // "ok", "timeout", "tls", "401", "406", "http-error", "malformed", ...
QString label(NodeStatus s); // translated short label
} // namespace NodeStatusCodes
