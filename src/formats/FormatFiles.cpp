#include "FormatFiles.h"

#include "FormatError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <zlib.h>

QByteArray FormatFiles::readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw FormatError(path, QString(), QString(),
                          FormatFiles::tr("cannot open the file (%1)").arg(f.errorString()));
    }
    return gunzip(f.readAll(), path);
}

void FormatFiles::writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        throw FormatError(path, QString(), QString(),
                          FormatFiles::tr("cannot write the file (%1)").arg(f.errorString()));
    }
    if (f.write(data) != data.size() || !f.commit()) {
        throw FormatError(path, QString(), QString(),
                          FormatFiles::tr("cannot write the file (%1)").arg(f.errorString()));
    }
}

bool FormatFiles::isGzip(const QByteArray& data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

QByteArray FormatFiles::gunzip(const QByteArray& data, const QString& sourceName)
{
    if (!isGzip(data)) {
        return data;
    }
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 32) != Z_OK) {
        throw FormatError(sourceName, QString(), QString(), FormatFiles::tr("cannot decompress"));
    }
    QByteArray out;
    out.resize(qMax<qsizetype>(data.size() * 4, 1 << 16));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    qsizetype produced = 0;
    int rc = Z_OK;
    for (;;) {
        if (produced == out.size()) {
            out.resize(out.size() * 2);
        }
        zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
        zs.avail_out = uInt(out.size() - produced);
        rc = inflate(&zs, Z_NO_FLUSH);
        produced = out.size() - qsizetype(zs.avail_out);
        if (rc == Z_STREAM_END) {
            if (zs.avail_in == 0) {
                break;
            }
            inflateReset(&zs); // concatenated gzip members (bgzip)
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            inflateEnd(&zs);
            throw FormatError(sourceName, QString(), QString(), FormatFiles::tr("corrupt compressed data"));
        }
        if (zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            throw FormatError(sourceName, QString(), QString(), FormatFiles::tr("truncated compressed data"));
        }
    }
    inflateEnd(&zs);
    out.resize(produced);
    return out;
}
