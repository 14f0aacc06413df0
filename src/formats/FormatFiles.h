#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// File access shared by the format readers and writers.
class FormatFiles
{
    Q_DECLARE_TR_FUNCTIONS(FormatFiles)

public:
    // Reads a whole file, transparently decompressing gzip/bgzip (core/Gzip). Throws FormatError
    // naming the file (missing, unreadable, truncated or corrupt compressed data).
    static QByteArray readAll(const QString& path);
    // Decompresses gzip data held in memory (returns the input unchanged when not gzip).
    // Throws FormatError naming sourceName on corrupt or truncated data.
    static QByteArray gunzip(const QByteArray& data, const QString& sourceName);
    // Writes atomically (QSaveFile): either the complete new content or the previous file.
    static void writeAtomically(const QString& path, const QByteArray& data);
};
