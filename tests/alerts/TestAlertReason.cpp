// Alert reasons are stored language-neutrally and put into words when shown: round trip, wording,
// the reader's number format, and text stored by older versions shown unchanged.
#include "alerts/AlertReason.h"

#include <QLocale>
#include <QTest>

class TestAlertReason : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void roundTrip()
    {
        using C = AlertReason::Change;
        const QList<AlertReason::Item> items = {{C::NewMatch, QStringLiteral("GeneMatcher")},
                                                {C::NewSharedGene, QStringLiteral("ASPM")},
                                                {C::NewVariant, QStringLiteral("GRCh38:8:6421919:C:T")},
                                                {C::ScoreRose, QStringLiteral("0.40")},
                                                {C::Returned, QString()},
                                                {C::Withdrawn, QStringLiteral("alpha")}};
        const QString stored = AlertReason::encode(items);
        QVERIFY2(!stored.contains(QLatin1String("shared")), qPrintable(stored)); // no words stored
        QList<AlertReason::Item> back;
        QVERIFY(AlertReason::decode(stored, &back));
        QCOMPARE(back, items);
    }

    void describesInWords()
    {
        using C = AlertReason::Change;
        QCOMPARE(AlertReason::describe(AlertReason::encode({{C::NewMatch, QStringLiteral("alpha")}})),
                 QStringLiteral("new match on alpha"));
        QCOMPARE(AlertReason::describe(AlertReason::encode(
                     {{C::NewSharedGene, QStringLiteral("ASPM")}, {C::ScoreRose, QStringLiteral("0.40")}})),
                 QStringLiteral("new shared gene ASPM; score rose to 0.40"));
        QCOMPARE(AlertReason::describe(AlertReason::encode({{C::Withdrawn, QStringLiteral("beta")}})),
                 QStringLiteral("no longer returned by beta"));
        QCOMPARE(AlertReason::describe(AlertReason::encode({{C::Returned, QString()}})),
                 QStringLiteral("returned again by its node"));
    }

    void scoreInTheReadersNumberFormat()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString stored =
            AlertReason::encode({{AlertReason::Change::ScoreRose, QStringLiteral("0.64")}});
        QCOMPARE(AlertReason::describe(stored), QStringLiteral("score rose to 0,64"));
    }

    void otherTextShownUnchanged()
    {
        for (const QString& s :
             {QStringLiteral("new match on alpha"), QStringLiteral("[[\"gene\""),
              QStringLiteral("[[\"unknown\",\"x\"]]"), QStringLiteral("[[1,2]]"), QString()}) {
            QList<AlertReason::Item> items;
            QVERIFY2(!AlertReason::decode(s, &items), qPrintable(s));
            QCOMPARE(AlertReason::describe(s), s);
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertReason)
#include "TestAlertReason.moc"
