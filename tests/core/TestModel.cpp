#include "core/Alert.h"
#include "core/Consent.h"
#include "core/Patient.h"
#include "core/Sex.h"
#include "core/TriageStatus.h"
#include "core/Zygosity.h"

#include <QTest>

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void sexCodesRoundTrip()
    {
        for (Sex s : {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other}) {
            QCOMPARE(SexCodes::fromKey(SexCodes::toKey(s)), s);
            bool ok = false;
            QCOMPARE(SexCodes::fromPhenopacket(SexCodes::toPhenopacket(s), &ok), s);
            QVERIFY(ok);
        }
        bool ok = true;
        SexCodes::fromPhenopacket(QStringLiteral("GENDER"), &ok);
        QVERIFY(!ok);
    }

    void zygosityCodes()
    {
        QCOMPARE(ZygosityCodes::fromGeno(QStringLiteral("GENO:0000135")), Zygosity::Heterozygous);
        QCOMPARE(ZygosityCodes::fromGeno(QStringLiteral("GENO:0000136")), Zygosity::Homozygous);
        QCOMPARE(ZygosityCodes::fromGeno(QStringLiteral("GENO:0000134")), Zygosity::Hemizygous);
        QCOMPARE(ZygosityCodes::toMme(Zygosity::Hemizygous), 1);
        QCOMPARE(ZygosityCodes::toMme(Zygosity::Homozygous), 2);
        QCOMPARE(ZygosityCodes::toMme(Zygosity::Unknown), 0);
        for (Zygosity z : {Zygosity::Unknown, Zygosity::Heterozygous, Zygosity::Homozygous, Zygosity::Hemizygous}) {
            QCOMPARE(ZygosityCodes::fromKey(ZygosityCodes::toKey(z)), z);
        }
    }

    void consentRequiresGrantAndDate()
    {
        Consent c;
        QVERIFY(!c.allowsMatching());
        c.state = Consent::State::Granted;
        QVERIFY(!c.allowsMatching());
        c.date = QDate(2026, 3, 1);
        QVERIFY(c.allowsMatching());
        c.state = Consent::State::Withdrawn;
        QVERIFY(!c.allowsMatching());
        QCOMPARE(Consent::fromKey(Consent::toKey(Consent::State::Refused)), Consent::State::Refused);
    }

    void triageAndAlertKeys()
    {
        for (auto s : {TriageStatus::New, TriageStatus::Reviewed, TriageStatus::Contacted,
                       TriageStatus::Collaborating, TriageStatus::NotRelevant}) {
            QCOMPARE(TriageCodes::fromKey(TriageCodes::toKey(s)), s);
        }
        for (auto k : {Alert::Kind::NewMatch, Alert::Kind::ChangedMatch, Alert::Kind::WithdrawnMatch}) {
            QCOMPARE(Alert::kindFromKey(Alert::kindKey(k)), k);
        }
    }

    void patientCounts()
    {
        Patient p;
        p.features = {{QStringLiteral("HP:0000252"), {}, false, {}, {}},
                      {QStringLiteral("HP:0001250"), {}, true, {}, {}},
                      {QStringLiteral("HP:0001263"), {}, false, {}, {}}};
        QCOMPARE(p.observedCount(), 2);
        QCOMPARE(p.excludedCount(), 1);
        Patient q = p;
        QVERIFY(p.sameContent(q));
        q.features[1].excluded = false;
        QVERIFY(!p.sameContent(q));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "TestModel.moc"
