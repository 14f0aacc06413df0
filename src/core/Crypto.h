#pragma once

#include <QByteArray>

// SHA-256, HMAC-SHA256 and secure random bytes (OpenSSL). Functions throw MatchDeskError when
// OpenSSL fails (never silently return weak output).
namespace Crypto {
QByteArray sha256(const QByteArray& data);                            // 32 raw bytes
QByteArray sha256Hex(const QByteArray& data);                         // 64 lowercase hex chars
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data); // 32 raw bytes
QByteArray randomBytes(int count);                                    // RAND_bytes
// Constant-time comparison of two byte arrays of the same length.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
} // namespace Crypto
