#pragma once

#include <QByteArray>
#include <QString>

// Reads a whole reference data file into memory, transparently gunzipping files that start with the
// gzip magic bytes (whatever their extension). Throws OntologyError naming the file on failure.
class DataFileReader
{
public:
    static QByteArray readAll(const QString& path);
    static QByteArray gunzip(const QByteArray& compressed, const QString& sourceName);

private:
    static QByteArray gunzipZlib(const QByteArray& compressed, const QString& sourceName);
};
