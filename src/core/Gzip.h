#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// The one gzip decoder of MatchDesk (reference data, gene catalog, phenopackets, MME files).
// Handles single-member gzip, concatenated members (bgzip) and zlib streams, checks the CRC and
// length of every member, and throws DataFileError naming the file on corrupt or truncated data.
class Gzip
{
    Q_DECLARE_TR_FUNCTIONS(Gzip)

public:
    // True when data starts with the gzip magic bytes 1f 8b.
    static bool isGzip(QByteArrayView data);
    // Decompresses gzip data held in memory; sourceName (usually the path) goes into errors.
    static QByteArray decompress(QByteArrayView data, const QString& sourceName);
    // One gzip member holding data (what gzip(1) writes), for files the user asked to be compressed.
    // Throws DataFileError naming sourceName when zlib fails (out of memory).
    static QByteArray compress(QByteArrayView data, const QString& sourceName);
    // Reads a whole file, decompressing it when it starts with the gzip magic bytes (whatever its
    // extension). Throws DataFileError naming the path.
    static QByteArray readFile(const QString& path);
};
