#include "MatchingFixture.h"
#include "matching/TermSearch.h"

#include <QTest>

using namespace MatchingFixture;

class TestTermSearch : public QObject
{
    Q_OBJECT

private:
    QString firstId(const QList<TermSearchHit>& hits) const
    {
        return hits.isEmpty() ? QString() : ontology()->id(hits.first().term);
    }

    // fold() by its definition, one character at a time: compatibility decomposition, non-spacing
    // marks dropped, letters/digits/':' case-folded, runs of anything else one space, trimmed.
    static QString referenceFold(const QString& text)
    {
        const QString src = text.normalized(QString::NormalizationForm_KD);
        QString out;
        bool space = true;
        for (QChar c : src) {
            if (c.category() == QChar::Mark_NonSpacing) {
                continue;
            }
            if (c.isLetterOrNumber() || c == QLatin1Char(':')) {
                out.append(QString(c).toCaseFolded());
                space = false;
            } else if (!space) {
                out.append(QLatin1Char(' '));
                space = true;
            }
        }
        if (out.endsWith(QLatin1Char(' '))) {
            out.chop(1);
        }
        return out;
    }

private slots:
    void fold()
    {
        QCOMPARE(TermSearch::fold(QStringLiteral("  Ataxie CÉRÉBELLEUSE, (légère) ")),
                 QStringLiteral("ataxie cerebelleuse legere"));
        QCOMPARE(TermSearch::fold(QStringLiteral("HP:0000021")), QStringLiteral("hp:0000021"));
    }

    void foldMatchesItsDefinitionForEveryCharacter()
    {
        // Every BMP character (the Latin blocks take a table-driven path), alone and between words.
        for (char32_t c = 1; c < 0xd800; ++c) {
            const QString ch{QChar(char16_t(c))};
            const QString texts[] = {ch, QStringLiteral("Ab") + ch + QStringLiteral("cD"),
                                     QStringLiteral("x ") + ch + ch + QStringLiteral("-y")};
            for (const QString& text : texts) {
                QCOMPARE(TermSearch::fold(text), referenceFold(text));
            }
        }
        // Mixed scripts, combining sequences, expansions, surrogate pairs.
        for (const char* utf8 :
             {"Straße ǅemal ĳssel ŉ ½ İstanbul", "Crise épileptique « focale » œdème", "e\u0301te\u0301 ǖ",
              "Ελληνικά ᾳ ΐ", "Катаракта", "白内障 ｶﾀｶﾅ", "\U0001D400bc \U00010400", "a\u0345b"}) {
            const QString text = QString::fromUtf8(utf8);
            QCOMPARE(TermSearch::fold(text), referenceFold(text));
        }
    }

    void exactBeforePrefixBeforeWordPrefix()
    {
        TermSearch s(ontology());
        QList<TermSearchHit> hits = s.search(QStringLiteral("seizure"), 10);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000020"));
        QCOMPARE(hits[0].kind, TermSearchHit::Kind::Exact);
        QCOMPARE(hits[1].kind, TermSearchHit::Kind::WordPrefix);
        // Focal (13 letters) before Generalized (19): shorter text first within a kind.
        QCOMPARE(ontology()->id(hits[1].term), QStringLiteral("HP:0000021"));
        QCOMPARE(ontology()->id(hits[2].term), QStringLiteral("HP:0000022"));

        hits = s.search(QStringLiteral("Seiz"), 10);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000020"));
        QCOMPARE(hits[0].kind, TermSearchHit::Kind::Prefix);

        hits = s.search(QStringLiteral("cat"), 10);
        QCOMPARE(firstId(hits),
                 QStringLiteral("HP:0000041")); // "Cataract" prefix beats "Congenital cataract"
        QCOMPARE(hits[1].kind, TermSearchHit::Kind::WordPrefix);
    }

    void synonymsIdsAndTypos()
    {
        TermSearch s(ontology());
        QList<TermSearchHit> hits = s.search(QStringLiteral("lens opac"), 5);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000041"));
        QVERIFY(hits[0].synonym);
        QCOMPARE(hits[0].matchedText, QStringLiteral("Lens opacity"));

        hits = s.search(QStringLiteral("HP:0000021"), 5);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000021"));
        QCOMPARE(hits[0].kind, TermSearchHit::Kind::Exact);
        hits = s.search(QStringLiteral("0000042"), 5);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000042"));

        hits = s.search(QStringLiteral("siezure"), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000020"));
        QCOMPARE(hits[0].kind, TermSearchHit::Kind::Fuzzy);

        QVERIFY(s.search(QStringLiteral("zzzzqqq"), 5).isEmpty());
        QVERIFY(s.search(QString(), 5).isEmpty());
    }

    void translatedLabelsShareTheIndex()
    {
        TermSearch s(ontology());
        s.addLabels(QStringLiteral("fr"), {{t("HP:0000030"), QStringLiteral("Ataxie cérébelleuse"), false},
                                           {t("HP:0000020"), QStringLiteral("Crise épileptique"), false}});
        QList<TermSearchHit> hits = s.search(QStringLiteral("ATAXIE CEREBELLEUSE"), 5);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000030"));
        QCOMPARE(hits[0].language, QStringLiteral("fr"));
        QCOMPARE(hits[0].kind, TermSearchHit::Kind::Exact);
        hits = s.search(QStringLiteral("epilep"), 5);
        QCOMPARE(firstId(hits), QStringLiteral("HP:0000020"));
        // Restricting languages hides the French label.
        hits = s.search(QStringLiteral("crise"), 5, {QStringLiteral("en")});
        QVERIFY(hits.isEmpty());
        // English "Epileptic seizure" synonym vs French "Crise épileptique": both match "epilep", one hit per
        // term.
        QCOMPARE(s.search(QStringLiteral("epilep"), 5).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTermSearch)
#include "TestTermSearch.moc"
