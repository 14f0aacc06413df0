#include "core/Settings.h"

#include "TemporaryProfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private:
    static void writePolicy(const QString& path, const QByteArray& text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void builtInDefaultsWithoutPolicy()
    {
        TemporaryProfile profile;
        Settings s(profile.settingsPath(), profile.filePath(QStringLiteral("no-policy.ini")));
        QCOMPARE(s.value(Settings::AlertSchedule).toString(), QStringLiteral("daily"));
        QCOMPARE(s.value(Settings::Notifications).toBool(), true);
        QCOMPARE(s.source(Settings::AlertSchedule), Settings::Source::BuiltIn);
        QVERIFY(s.policyNodes().isEmpty());
    }

    void precedencePolicyOverUserOverDefault()
    {
        TemporaryProfile profile;
        const QString policy = profile.filePath(QStringLiteral("policy.ini"));
        writePolicy(policy, "[Defaults]\nui\\language=de\nalerts\\schedule=weekly\n"
                            "[Locked]\nalerts\\notifications=true\nnodes\\readOnly=true\n");
        Settings s(profile.settingsPath(), policy);
        // Policy default seeds the value...
        QCOMPARE(s.value(Settings::Language).toString(), QStringLiteral("de"));
        QCOMPARE(s.source(Settings::Language), Settings::Source::PolicyDefault);
        QVERIFY(!s.isLocked(Settings::Language));
        // ...which the user may override.
        QSignalSpy changed(&s, &Settings::valueChanged);
        QVERIFY(s.setValue(Settings::Language, QStringLiteral("fr")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.value(Settings::Language).toString(), QStringLiteral("fr"));
        QCOMPARE(s.source(Settings::Language), Settings::Source::User);
        // Locked values cannot be changed and win over a user value already on disk.
        QVERIFY(s.isLocked(Settings::Notifications));
        QVERIFY(!s.setValue(Settings::Notifications, false));
        QCOMPARE(s.value(Settings::Notifications).toBool(), true);
        QCOMPARE(changed.count(), 1);
        s.sync();
        {
            QSettings raw(profile.settingsPath(), QSettings::IniFormat);
            raw.setValue(Settings::NodesReadOnly, false); // a user editing the file by hand
        }
        Settings again(profile.settingsPath(), policy);
        QCOMPARE(again.value(Settings::NodesReadOnly).toBool(), true);
        QCOMPARE(again.value(Settings::Language).toString(), QStringLiteral("fr"));
        // Removing the user's value falls back to the policy default.
        again.remove(Settings::Language);
        QCOMPARE(again.value(Settings::Language).toString(), QStringLiteral("de"));
    }

    void policyNodesAreReadOnly()
    {
        TemporaryProfile profile;
        const QString policy = profile.filePath(QStringLiteral("policy.ini"));
        writePolicy(policy, "[Nodes]\nMadrid\\url=https://mme.example.es/api\nMadrid\\mediaType=1.1\n"
                            "Madrid\\ca=/etc/matchdesk/madrid.pem\nMadrid\\totalTimeoutMs=10000\n"
                            "Broken\\mediaType=1.0\n");
        Settings s(profile.settingsPath(), policy);
        const auto nodes = s.policyNodes();
        QCOMPARE(nodes.size(), 1); // the node without url is ignored
        QCOMPARE(nodes.first().name, QStringLiteral("Madrid"));
        QCOMPARE(nodes.first().baseUrl, QUrl(QStringLiteral("https://mme.example.es/api")));
        QCOMPARE(nodes.first().mediaTypeVersion, QStringLiteral("1.1"));
        QCOMPARE(nodes.first().caBundlePath, QStringLiteral("/etc/matchdesk/madrid.pem"));
        QCOMPARE(nodes.first().totalTimeoutMs, 10000);
        QCOMPARE(nodes.first().connectTimeoutMs, 5000);
        QVERIFY(nodes.first().lockedByPolicy);
    }

    void environmentSelectsPolicyFile()
    {
        TemporaryProfile profile;
        const QString policy = profile.filePath(QStringLiteral("env-policy.ini"));
        writePolicy(policy, "[Locked]\nalerts\\schedule=manual\n");
        qputenv("MATCHDESK_POLICY_FILE", policy.toLocal8Bit());
        Settings s(profile.settingsPath());
        qunsetenv("MATCHDESK_POLICY_FILE");
        QCOMPARE(s.value(Settings::AlertSchedule).toString(), QStringLiteral("manual"));
        QVERIFY(s.isLocked(Settings::AlertSchedule));
        QCOMPARE(s.policyLocation(), policy);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
