#include "Crypto.h"

#include "MatchDeskError.h"

#include <QCoreApplication>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace Crypto {

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
                   EVP_sha256(), nullptr) != 1 ||
        len != 32) {
        throw MatchDeskError(QCoreApplication::translate("Crypto", "SHA-256 computation failed (OpenSSL)"));
    }
    return out;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    if (HMAC(EVP_sha256(), key.constData(), int(key.size()),
             reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
             reinterpret_cast<unsigned char*>(out.data()), &len) == nullptr ||
        len != 32) {
        throw MatchDeskError(
            QCoreApplication::translate("Crypto", "HMAC-SHA256 computation failed (OpenSSL)"));
    }
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1) {
        throw MatchDeskError(
            QCoreApplication::translate("Crypto", "The system random generator failed (OpenSSL RAND_bytes)"));
    }
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Crypto
