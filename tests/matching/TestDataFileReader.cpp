#include "core/Gzip.h"
#include "matching/DataFileReader.h"
#include "matching/OntologyError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray gzip(const QByteArray& data)
{
    return Gzip::compress(data, QStringLiteral("test data"));
}

QByteArray text(int lines)
{
    QByteArray t;
    for (int i = 0; i < lines; ++i) {
        t += "id: HP:" + QByteArray::number(1000000 + i) + "\tname: term " + QByteArray::number(i * 7) + "\n";
    }
    return t;
}
} // namespace

class TestDataFileReader : public QObject
{
    Q_OBJECT

private slots:
    void gunzipsOneMember()
    {
        const QByteArray plain = text(20000);
        QCOMPARE(DataFileReader::gunzip(gzip(plain), QStringLiteral("one.gz")), plain);
        QCOMPARE(DataFileReader::gunzip(gzip(QByteArray()), QStringLiteral("empty.gz")), QByteArray());
    }

    void gunzipsConcatenatedMembers()
    {
        // The trailer of the last (small) member under-states the total size: the buffer must grow.
        const QByteArray a = text(30000), b = text(5), c = text(3);
        QCOMPARE(DataFileReader::gunzip(gzip(a) + gzip(b) + gzip(c), QStringLiteral("multi.gz")), a + b + c);
    }

    void namesTruncatedAndCorruptData()
    {
        const QByteArray gz = gzip(text(5000));
        try {
            DataFileReader::gunzip(gz.left(gz.size() / 2), QStringLiteral("cut.gz"));
            QFAIL("no error");
        } catch (const OntologyError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("truncated"), Qt::CaseInsensitive),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("cut.gz")));
        }
        QByteArray bad = gz;
        for (qsizetype i = 20; i < 60; ++i) {
            bad[i] = char(0xff);
        }
        try {
            DataFileReader::gunzip(bad, QStringLiteral("bad.gz"));
            QFAIL("no error");
        } catch (const OntologyError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("corrupt"), Qt::CaseInsensitive),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("bad.gz")));
        }
        // Valid data followed by garbage is not silently accepted.
        QVERIFY_THROWS_EXCEPTION(OntologyError,
                                 DataFileReader::gunzip(gz + QByteArray(40, 'x'), QStringLiteral("tail.gz")));
    }

    void readAllDetectsGzipByContent()
    {
        QTemporaryDir dir;
        const QByteArray plain = text(100);
        QFile z(dir.filePath(QStringLiteral("data.txt"))); // gzip content, no .gz extension
        QVERIFY(z.open(QIODevice::WriteOnly));
        z.write(gzip(plain));
        z.close();
        QCOMPARE(DataFileReader::readAll(z.fileName()), plain);
        QFile p(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(plain);
        p.close();
        QCOMPARE(DataFileReader::readAll(p.fileName()), plain);
        QVERIFY_THROWS_EXCEPTION(OntologyError,
                                 DataFileReader::readAll(dir.filePath(QStringLiteral("none"))));
    }
};

QTEST_GUILESS_MAIN(TestDataFileReader)
#include "TestDataFileReader.moc"
