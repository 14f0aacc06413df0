#include "DataFileReader.h"

#include "OntologyError.h"
#include "core/DataFileError.h"
#include "core/Gzip.h"

QByteArray DataFileReader::readAll(const QString& path)
{
    try {
        return Gzip::readFile(path);
    } catch (const DataFileError& e) {
        throw OntologyError(e.message());
    }
}

QByteArray DataFileReader::gunzip(const QByteArray& compressed, const QString& sourceName)
{
    try {
        return Gzip::decompress(compressed, sourceName);
    } catch (const DataFileError& e) {
        throw OntologyError(e.message());
    }
}
