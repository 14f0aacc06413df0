#include "matching/ByteViewTable.h"

#include <QTest>
#include <string>
#include <vector>

class TestByteViewTable : public QObject
{
    Q_OBJECT

private slots:
    void insertsFindsAndKeepsFirstValue()
    {
        ByteViewTable table;
        bool inserted = false;
        QCOMPARE(table.insert("HP:0000001", 7, &inserted), 7);
        QVERIFY(inserted);
        QCOMPARE(table.insert("HP:0000001", 9, &inserted), 7); // existing key: value kept
        QVERIFY(!inserted);
        QCOMPARE(table.value("HP:0000001"), 7);
        QCOMPARE(table.value("HP:000000"), -1); // a prefix is another key
        QCOMPARE(table.value("HP:00000011", -5), -5);
        QCOMPARE(table.insert("", 3, &inserted), 3); // the empty key is a key like any other
        QVERIFY(inserted);
        QCOMPARE(table.value(""), 3);
        QCOMPARE(table.size(), size_t(2));
    }

    void growsAndKeepsEveryKey()
    {
        // Many keys that differ in one byte at various positions (ids, words of equal prefix).
        std::vector<std::string> keys;
        for (int i = 0; i < 50000; ++i) {
            keys.push_back("HP:" + std::to_string(1000000 + i));
            keys.push_back("abnormality of the " + std::to_string(i) + " x");
        }
        ByteViewTable table(10); // far too small: must grow
        for (size_t i = 0; i < keys.size(); ++i) {
            bool inserted = false;
            QCOMPARE(table.insert(keys[i], int(i), &inserted), int(i));
            QVERIFY(inserted);
        }
        QCOMPARE(table.size(), keys.size());
        for (size_t i = 0; i < keys.size(); ++i) {
            QCOMPARE(table.value(keys[i]), int(i));
        }
        QCOMPARE(table.value("HP:2000000"), -1);
        QCOMPARE(table.value("abnormality of the 50000 x"), -1);
    }

    void hashDependsOnEveryByte()
    {
        const std::string base = "abcdefghijklmnopqrstu"; // 21 bytes: two full words and a tail
        for (size_t i = 0; i < base.size(); ++i) {
            std::string other = base;
            other[i] = char(other[i] ^ 1);
            QVERIFY(ByteViewTable::hash(other) != ByteViewTable::hash(base));
        }
        QVERIFY(ByteViewTable::hash(std::string_view("ab\0", 3)) != ByteViewTable::hash("ab"));
    }
};

QTEST_GUILESS_MAIN(TestByteViewTable)
#include "TestByteViewTable.moc"
