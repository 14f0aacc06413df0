#include "core/DataFileError.h"
#include "core/Gzip.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One gzip member holding data (what gzip(1) writes).
QByteArray gzipMember(const QByteArray& data)
{
    return Gzip::compress(data, QStringLiteral("test data"));
}

QByteArray sampleText(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i) {
        text += "HGNC:" + QByteArray::number(i) + "\tGENE" + QByteArray::number(i * 7919 % 10007) + "\n";
    }
    return text;
}

// The DataFileError decompress() throws for data, or a failure message when there is none.
DataFileError errorFor(const QByteArray& data, const QString& name)
{
    try {
        Gzip::decompress(data, name);
    } catch (const DataFileError& e) {
        return e;
    }
    return DataFileError(QString(), QStringLiteral("no error"));
}

} // namespace

class TestGzip : public QObject
{
    Q_OBJECT

private slots:
    void detectsMagic()
    {
        QVERIFY(Gzip::isGzip(gzipMember("x")));
        QVERIFY(!Gzip::isGzip("plain text"));
        QVERIFY(!Gzip::isGzip("\x1f"));
        QVERIFY(!Gzip::isGzip(QByteArray()));
    }

    void decompressesOneMember()
    {
        const QByteArray text = sampleText(50000);
        const QByteArray gz = gzipMember(text);
        QVERIFY(gz.size() < text.size() / 2);
        QCOMPARE(Gzip::decompress(gz, QStringLiteral("a.gz")), text);
        QCOMPARE(Gzip::decompress(gzipMember(QByteArray()), QStringLiteral("empty.gz")), QByteArray());
    }

    void decompressesConcatenatedMembers()
    {
        // bgzip writes many members; the last one's size field says nothing about the whole, and a
        // highly compressible first member makes the output outgrow any first guess.
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        const QByteArray text = sampleText(1000);
        const QByteArray gz = gzipMember(zeros) + gzipMember(text) + gzipMember(QByteArray());
        QCOMPARE(Gzip::decompress(gz, QStringLiteral("b.gz")), zeros + text);
    }

    void truncatedDataNamesTheFile_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("half") << 2;
        QTest::newRow("inside the trailer") << -4;
        QTest::newRow("without the trailer") << -8;
        QTest::newRow("only the header") << -1;
    }

    void truncatedDataNamesTheFile()
    {
        QFETCH(int, cut);
        const QByteArray gz = gzipMember(sampleText(20000));
        const qsizetype keep = cut == 2 ? gz.size() / 2 : cut == -1 ? 10 : gz.size() + cut;
        const DataFileError e = errorFor(gz.left(keep), QStringLiteral("/data/cut.tsv.gz"));
        QCOMPARE(e.file(), QStringLiteral("/data/cut.tsv.gz"));
        QVERIFY2(e.reason().contains(QLatin1String("truncated")), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QLatin1String("/data/cut.tsv.gz: ")), qPrintable(e.message()));
    }

    void corruptDataNamesTheFile_data()
    {
        QTest::addColumn<int>("offset"); // byte to damage, from the end when negative
        QTest::newRow("checksum") << -6;
        QTest::newRow("length") << -2;
        QTest::newRow("compressed data") << 200;
        QTest::newRow("header method") << 2;
    }

    void corruptDataNamesTheFile()
    {
        QFETCH(int, offset);
        QByteArray gz = gzipMember(sampleText(20000));
        const qsizetype at = offset < 0 ? gz.size() + offset : offset;
        gz[at] = char(gz.at(at) ^ 0x5a);
        const DataFileError e = errorFor(gz, QStringLiteral("bad.gz"));
        QCOMPARE(e.file(), QStringLiteral("bad.gz"));
        QVERIFY2(e.reason().contains(QLatin1String("corrupt")) ||
                     e.reason().contains(QLatin1String("truncated")),
                 qPrintable(e.message()));
    }

    void compressedDataIsStandardGzip()
    {
        // gzip(1), an independent decoder, reads what compress() writes (also across zlib's chunks).
        const QByteArray text = sampleText(200000);
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
        QVERIFY(gzip.waitForStarted());
        gzip.write(Gzip::compress(text, QStringLiteral("big")));
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished(30000));
        QCOMPARE(gzip.exitCode(), 0);
        QCOMPARE(gzip.readAllStandardOutput(), text);
    }

    void trailingGarbageIsCorrupt()
    {
        const DataFileError e = errorFor(gzipMember(sampleText(10)) + "not gzip", QStringLiteral("tail.gz"));
        QVERIFY2(e.reason().contains(QLatin1String("corrupt")), qPrintable(e.message()));
    }

    void readsFilesWhateverTheirExtension()
    {
        QTemporaryDir dir;
        const QByteArray text = sampleText(100);
        const QString plain = dir.filePath(QStringLiteral("plain.gz")); // extension lies: not gzip
        const QString packed = dir.filePath(QStringLiteral("packed.tsv"));
        for (const auto& [path, bytes] : {std::pair{plain, text}, std::pair{packed, gzipMember(text)}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QCOMPARE(Gzip::readFile(plain), text);
        QCOMPARE(Gzip::readFile(packed), text);

        const QString missing = dir.filePath(QStringLiteral("missing.tsv.gz"));
        try {
            Gzip::readFile(missing);
            QFAIL("no error for a missing file");
        } catch (const DataFileError& e) {
            QCOMPARE(e.file(), missing);
            QVERIFY2(e.message().startsWith(missing), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestGzip)
#include "TestGzip.moc"
