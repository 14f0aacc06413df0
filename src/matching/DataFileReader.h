#pragma once

#include <QByteArray>
#include <QString>

// Reads a whole reference data file into memory, transparently gunzipping files that start with the
// gzip magic bytes (whatever their extension) through core/Gzip. Throws OntologyError naming the
// file on failure (missing, unreadable, corrupt or truncated).
class DataFileReader
{
public:
    static QByteArray readAll(const QString& path);
    static QByteArray gunzip(const QByteArray& compressed, const QString& sourceName);
};
