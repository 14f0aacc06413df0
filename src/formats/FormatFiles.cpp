#include "FormatFiles.h"

#include "FormatError.h"
#include "core/DataFileError.h"
#include "core/Gzip.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

QByteArray FormatFiles::readAll(const QString& path)
{
    try {
        return Gzip::readFile(path);
    } catch (const DataFileError& e) {
        throw FormatError(e.file(), QString(), QString(), e.reason());
    }
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

QByteArray FormatFiles::gunzip(const QByteArray& data, const QString& sourceName)
{
    if (!Gzip::isGzip(data)) {
        return data;
    }
    try {
        return Gzip::decompress(data, sourceName);
    } catch (const DataFileError& e) {
        throw FormatError(e.file(), QString(), QString(), e.reason());
    }
}
