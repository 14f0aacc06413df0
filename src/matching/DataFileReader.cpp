#include "DataFileReader.h"

#include "OntologyError.h"

#include <QCoreApplication>
#include <QFile>
#include <libdeflate.h>
#include <zlib.h>

QByteArray DataFileReader::readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw OntologyError(QCoreApplication::translate("DataFileReader", "Cannot open %1: %2")
                                .arg(path, file.errorString()));
    }
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        throw OntologyError(QCoreApplication::translate("DataFileReader", "Cannot read %1: %2")
                                .arg(path, file.errorString()));
    }
    if (data.size() >= 2 && uchar(data[0]) == 0x1f && uchar(data[1]) == 0x8b) {
        return gunzip(data, path);
    }
    return data;
}

QByteArray DataFileReader::gunzip(const QByteArray& compressed, const QString& sourceName)
{
    // libdeflate (whole-buffer, about twice as fast as zlib's inflate). zlib's streaming inflate
    // takes over for input libdeflate rejects (it tells corrupt from truncated data in its error).
    if (compressed.size() < 18) { // shorter than an empty gzip member
        return gunzipZlib(compressed, sourceName);
    }
    struct Decompressor
    {
        libdeflate_decompressor* d = libdeflate_alloc_decompressor();
        ~Decompressor() { libdeflate_free_decompressor(d); }
    } dec;
    if (!dec.d) {
        throw OntologyError(
            QCoreApplication::translate("DataFileReader", "Cannot initialise zlib for %1").arg(sourceName));
    }
    QByteArray out;
    // gzip stores the uncompressed size modulo 2^32 in the last four bytes: a good first guess.
    qsizetype guess = compressed.size() * 4;
    if (compressed.size() >= 4) {
        const auto* tail = reinterpret_cast<const uchar*>(compressed.constData() + compressed.size() - 4);
        const quint32 isize =
            quint32(tail[0]) | (quint32(tail[1]) << 8) | (quint32(tail[2]) << 16) | (quint32(tail[3]) << 24);
        if (isize > quint32(compressed.size())) {
            guess = qsizetype(isize) + 1;
        }
    }
    out.resize(guess);
    qsizetype consumed = 0;
    qsizetype produced = 0;
    // One gzip member per pass (concatenated members continue where the previous one ended).
    while (consumed < compressed.size()) {
        size_t inBytes = 0;
        size_t outBytes = 0;
        const libdeflate_result rc = libdeflate_gzip_decompress_ex(
            dec.d, compressed.constData() + consumed, size_t(compressed.size() - consumed),
            out.data() + produced, size_t(out.size() - produced), &inBytes, &outBytes);
        if (rc == LIBDEFLATE_INSUFFICIENT_SPACE) {
            out.resize(out.size() * 2);
            continue;
        }
        if (rc != LIBDEFLATE_SUCCESS) {
            return gunzipZlib(compressed, sourceName);
        }
        consumed += qsizetype(inBytes);
        produced += qsizetype(outBytes);
    }
    out.resize(produced);
    return out;
}

QByteArray DataFileReader::gunzipZlib(const QByteArray& compressed, const QString& sourceName)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) {
        throw OntologyError(
            QCoreApplication::translate("DataFileReader", "Cannot initialise zlib for %1").arg(sourceName));
    }
    QByteArray out;
    // gzip stores the uncompressed size modulo 2^32 in the last four bytes: a good first guess.
    qsizetype guess = compressed.size() * 4;
    if (compressed.size() >= 4) {
        const auto* tail = reinterpret_cast<const uchar*>(compressed.constData() + compressed.size() - 4);
        const quint32 isize =
            quint32(tail[0]) | (quint32(tail[1]) << 8) | (quint32(tail[2]) << 16) | (quint32(tail[3]) << 24);
        if (isize > quint32(compressed.size())) {
            guess = qsizetype(isize) + 1;
        }
    }
    out.resize(guess);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    zs.avail_in = uInt(compressed.size());
    qsizetype produced = 0;
    int rc = Z_OK;
    while (true) {
        if (produced == out.size()) {
            out.resize(out.size() * 2);
        }
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        zs.avail_out = uInt(out.size() - produced);
        rc = inflate(&zs, Z_NO_FLUSH);
        produced = out.size() - qsizetype(zs.avail_out);
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members: continue with the next one.
            if (zs.avail_in > 0) {
                inflateReset(&zs);
                continue;
            }
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            inflateEnd(&zs);
            throw OntologyError(
                QCoreApplication::translate("DataFileReader", "Corrupt gzip data in %1").arg(sourceName));
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            inflateEnd(&zs);
            throw OntologyError(
                QCoreApplication::translate("DataFileReader", "Truncated gzip data in %1").arg(sourceName));
        }
    }
    inflateEnd(&zs);
    out.resize(produced);
    return out;
}
