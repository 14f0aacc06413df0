// Alert runs end to end: real matchdesk-node processes over TLS (test CA) whose case sets change
// between runs, and the real `matchdesk-cli alerts run` against a private profile. Exact alerts
// for: cases added, changed and removed, a node that is down (retried, never read as
// "withdrawn"), the same answers twice, two concurrent runs, a run killed with SIGKILL half-way
// followed by a clean run; and the notification text's plural forms.

#include "NodeProcess.h"
#include "ProcessRunner.h"
#include "TemporaryProfile.h"
#include "TestCertificates.h"
#include "TestConfig.h"
#include "alerts/AlertReason.h"
#include "alerts/AlertSummary.h"
#include "alerts/WatchStore.h"
#include "core/FileSecretStore.h"
#include "core/Store.h"
#include "core/Translator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTest>
#include <memory>

namespace {

const QString kNode = QStringLiteral("alpha");

// One remote case in MME JSON: microcephaly with MCPH1, optionally ASPM too.
QJsonObject remoteCase(const QString& id, bool withAspm = false)
{
    QJsonArray genes{QJsonObject{
        {QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), QStringLiteral("ENSG00000147316")}}}}};
    if (withAspm) {
        genes.append(QJsonObject{{QStringLiteral("gene"),
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("ENSG00000066279")}}}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("Dr ") + id)},
                     {QStringLiteral("href"), QStringLiteral("mailto:%1@example.org").arg(id.toLower())}}},
        {QStringLiteral("features"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("HP:0000252")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("HP:0001263")}}}},
        {QStringLiteral("genomicFeatures"), genes}};
}

struct RunOutput
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAlertsIntegration : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    TemporaryProfile m_nodeDir;
    TemporaryProfile m_profile;
    QByteArray m_token;
    std::unique_ptr<NodeProcess> m_node;
    QUrl m_nodeUrl;
    Store m_store;
    qint64 m_patient = 0;

    QString nodeDb() const { return m_nodeDir.filePath(QStringLiteral("node.sqlite")); }

    bool importCases(const QList<QJsonObject>& cases)
    {
        QJsonArray array;
        for (const QJsonObject& c : cases) {
            array.append(c);
        }
        const QString file = m_nodeDir.filePath(QStringLiteral("cases.json"));
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly)) {
            return false;
        }
        f.write(QJsonDocument(array).toJson());
        if (!f.commit()) {
            return false;
        }
        const auto r = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                          {QStringLiteral("import"), QStringLiteral("--db"), nodeDb(), file});
        if (r.exitCode != 0) {
            qWarning() << r.err;
        }
        return r.exitCode == 0;
    }

    // The node has no "remove": the case is deleted from its database directly.
    void removeCase(const QString& id)
    {
        Store node;
        node.open(nodeDb());
        const auto c = node.patientByLocalId(id);
        QVERIFY2(c, qPrintable(id));
        node.deletePatient(c->rowId);
    }

    void stopNode()
    {
        m_node.reset(); // SIGTERM, then SIGKILL if it does not stop
    }

    // (Re)starts the node (it loads its cases at start) and points the local node entry at it.
    bool startNode()
    {
        stopNode();
        m_node = std::make_unique<NodeProcess>();
        if (!m_node->start({QStringLiteral("--db"), nodeDb(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--clients"),
                            m_nodeDir.filePath(QStringLiteral("clients.json")), QStringLiteral("--tls-cert"),
                            m_certs.serverCert(), QStringLiteral("--tls-key"), m_certs.serverKey()})) {
            qWarning() << "node did not start:" << m_node->errorOutput();
            return false;
        }
        m_nodeUrl = m_node->url();
        m_nodeUrl.setHost(QStringLiteral("localhost")); // the name the certificate carries
        Node n = m_store.node(kNode).value_or(Node());
        n.name = kNode;
        n.baseUrl = m_nodeUrl;
        n.caBundlePath = m_certs.caCert();
        n.totalTimeoutMs = 20000;
        m_store.saveNode(n);
        return true;
    }

    qint64 addPatient(const QString& id, double minScore = 0.0, bool due = true)
    {
        Patient p;
        p.localId = id;
        p.label = QStringLiteral("alerts patient ") + id;
        p.consent = {Consent::State::Granted, QDate(2026, 1, 2)};
        p.contact = {QStringLiteral("Dr Query"),
                     QStringLiteral("MatchDesk"),
                     QStringLiteral("query@example.org"),
                     QStringLiteral("mailto:query@example.org"),
                     {QStringLiteral("clinician")}};
        p.features = {
            {QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, {}, {}},
            {QStringLiteral("HP:0001263"), QStringLiteral("Global developmental delay"), false, {}, {}}};
        Variant mcph1;
        mcph1.gene = {
            QStringLiteral("HGNC:6954"), QStringLiteral("MCPH1"), QStringLiteral("ENSG00000147316"), {}};
        mcph1.zygosity = Zygosity::Homozygous;
        Variant aspm;
        aspm.gene = {
            QStringLiteral("HGNC:19048"), QStringLiteral("ASPM"), QStringLiteral("ENSG00000066279"), {}};
        p.variants = {mcph1, aspm};
        m_store.savePatient(p);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        WatchStore(m_store).setWatch(p.rowId, Watch::Schedule::Daily, minScore,
                                     due ? now.addSecs(-1) : now.addDays(1));
        return p.rowId;
    }

    static QStringList runArgs(const QStringList& extra)
    {
        return QStringList{QStringLiteral("alerts"), QStringLiteral("run")} + extra;
    }

    RunOutput runAlerts()
    {
        RunOutput o;
        const auto r =
            ProcessRunner::run(QStringLiteral("matchdesk-cli"), runArgs({QStringLiteral("--json")}), 300000);
        o.exitCode = r.exitCode;
        o.out = r.out;
        o.err = r.err;
        o.json = QJsonDocument::fromJson(r.out).object();
        return o;
    }

    QList<Alert> alertsOf(qint64 patient)
    {
        QList<Alert> result;
        for (const Alert& a : m_store.alerts()) {
            if (a.patientRowId == patient) {
                result.append(a);
            }
        }
        return result;
    }

    // The local match of the remote case whose contact is "Dr <id>".
    std::optional<Match> matchOf(qint64 patient, const QString& caseId)
    {
        for (const Match& m : m_store.matches(patient)) {
            const QJsonObject record = QJsonDocument::fromJson(m.remoteRecord).object();
            if (record.value(QLatin1String("contact")).toObject().value(QLatin1String("name")).toString() ==
                QStringLiteral("Dr ") + caseId) {
                return m;
            }
        }
        return std::nullopt;
    }

    void markDue(qint64 patient) { WatchStore(m_store).markDueNow(patient); }

private slots:
    void initTestCase()
    {
        for (const char* exe : {"matchdesk-node", "matchdesk-cli"}) {
            if (!QFileInfo::exists(ProcessRunner::executable(QString::fromLatin1(exe)))) {
                QSKIP("matchdesk-node or matchdesk-cli is not built");
            }
        }
        QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        const auto client = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                               {QStringLiteral("add-client"), QStringLiteral("--clients"),
                                                m_nodeDir.filePath(QStringLiteral("clients.json")),
                                                QStringLiteral("--name"), QStringLiteral("alerts-test")});
        QVERIFY2(client.exitCode == 0, client.err.constData());
        m_token = client.out.trimmed();
        QVERIFY(!m_token.isEmpty());

        // The private profile every `matchdesk-cli` child process uses (inherited environment).
        const QString keys = m_profile.filePath(QStringLiteral("keys.json"));
        qputenv("MATCHDESK_DB", m_profile.databasePath().toUtf8());
        qputenv("MATCHDESK_SETTINGS", m_profile.settingsPath().toUtf8());
        qputenv("MATCHDESK_POLICY_FILE", m_profile.filePath(QStringLiteral("no-policy.ini")).toUtf8());
        qputenv("MATCHDESK_KEYCHAIN", (QStringLiteral("file:") + keys).toUtf8());
        Node node;
        node.name = kNode;
        FileSecretStore secrets(keys);
        QVERIFY(secrets.writeBlocking(node.keychainKey(), m_token).ok);

        m_store.open(m_profile.databasePath());
        m_patient = addPatient(QStringLiteral("ALERT-1"));
        QVERIFY(importCases({remoteCase(QStringLiteral("CASE-A")), remoteCase(QStringLiteral("CASE-B"))}));
        QVERIFY(startNode());
    }

    void cleanupTestCase() { stopNode(); }

    void newCasesRaiseNewMatchAlerts()
    {
        const RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("patientsChecked")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), 2);
        QCOMPARE(r.json.value(QLatin1String("failedNodes")).toArray().size(), 0);
        QCOMPARE(r.json.value(QLatin1String("summary")).toString(),
                 QStringLiteral("2 new matches for 1 patient"));
        const QList<Alert> alerts = alertsOf(m_patient);
        QCOMPARE(alerts.size(), 2);
        for (const Alert& a : alerts) {
            QCOMPARE(a.kind, Alert::Kind::NewMatch);
            QCOMPARE(AlertReason::describe(a.reason), QStringLiteral("new match on alpha"));
            QVERIFY(!a.read);
        }
        const auto a = matchOf(m_patient, QStringLiteral("CASE-A"));
        const auto b = matchOf(m_patient, QStringLiteral("CASE-B"));
        QVERIFY(a && b);
        QVERIFY(alerts.at(0).matchRowId != alerts.at(1).matchRowId);
    }

    void sameAnswersRaiseNothing()
    {
        markDue(m_patient);
        const RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("patientsChecked")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("changedMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("withdrawnMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("summary")).toString(), QStringLiteral("No new matches."));
        QCOMPARE(alertsOf(m_patient).size(), 2);
    }

    void addedCaseRaisesOneNewMatch()
    {
        QVERIFY(importCases({remoteCase(QStringLiteral("CASE-C"))}));
        QVERIFY(startNode());
        markDue(m_patient);
        const RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("changedMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("summary")).toString(),
                 QStringLiteral("1 new match for 1 patient"));
        const QList<Alert> alerts = alertsOf(m_patient);
        QCOMPARE(alerts.size(), 3);
        const auto c = matchOf(m_patient, QStringLiteral("CASE-C"));
        QVERIFY(c);
        int forC = 0;
        for (const Alert& a : alerts) {
            forC += a.matchRowId == c->rowId ? 1 : 0;
        }
        QCOMPARE(forC, 1);
    }

    void changedCaseRaisesChangedAlertWithReason()
    {
        QVERIFY(importCases({remoteCase(QStringLiteral("CASE-A"), true)})); // replaces CASE-A: now with ASPM
        QVERIFY(startNode());
        markDue(m_patient);
        const RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("changedMatches")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("summary")).toString(),
                 QStringLiteral("1 changed match for 1 patient"));
        const QList<Alert> alerts = alertsOf(m_patient);
        QCOMPARE(alerts.size(), 4);
        const auto a = matchOf(m_patient, QStringLiteral("CASE-A"));
        QVERIFY(a);
        QList<Alert> changed;
        for (const Alert& x : alerts) {
            if (x.kind == Alert::Kind::ChangedMatch) {
                changed.append(x);
            }
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).matchRowId, a->rowId);
        QCOMPARE(AlertReason::describe(changed.at(0).reason), QStringLiteral("new shared gene ASPM"));
    }

    void removedCasesAreFlaggedWithdrawn()
    {
        // The clinician contacted CASE-B's clinician; CASE-C was never looked at.
        const auto b = matchOf(m_patient, QStringLiteral("CASE-B"));
        const auto c = matchOf(m_patient, QStringLiteral("CASE-C"));
        QVERIFY(b && c);
        m_store.setTriage(b->rowId, TriageStatus::Contacted, QStringLiteral("e-mailed on Monday"));
        removeCase(QStringLiteral("CASE-B"));
        removeCase(QStringLiteral("CASE-C"));
        QVERIFY(startNode());
        markDue(m_patient);
        const RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("changedMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("withdrawnMatches")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("summary")).toString(),
                 QStringLiteral("1 withdrawn match for 1 patient"));
        // Both kept and flagged, never deleted; only the one acted on raises an alert.
        const auto b2 = matchOf(m_patient, QStringLiteral("CASE-B"));
        const auto c2 = matchOf(m_patient, QStringLiteral("CASE-C"));
        QVERIFY(b2 && c2);
        QVERIFY(b2->withdrawn);
        QCOMPARE(b2->status, TriageStatus::Contacted);
        QCOMPARE(b2->notes, QStringLiteral("e-mailed on Monday"));
        QVERIFY(c2->withdrawn);
        QVERIFY(!matchOf(m_patient, QStringLiteral("CASE-A"))->withdrawn);
        const QList<Alert> alerts = alertsOf(m_patient);
        QCOMPARE(alerts.size(), 5);
        int withdrawn = 0;
        for (const Alert& x : alerts) {
            if (x.kind == Alert::Kind::WithdrawnMatch) {
                ++withdrawn;
                QCOMPARE(x.matchRowId, b->rowId);
                QCOMPARE(AlertReason::describe(x.reason), QStringLiteral("no longer returned by alpha"));
            }
        }
        QCOMPARE(withdrawn, 1);
    }

    void nodeDownIsRetriedAndNeverWithdraws()
    {
        stopNode();
        markDue(m_patient);
        RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("patientsChecked")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("failedNodes")).toArray(), QJsonArray{kNode});
        QCOMPARE(r.json.value(QLatin1String("withdrawnMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("summary")).toString(), QStringLiteral("No new matches."));
        QVERIFY(!matchOf(m_patient, QStringLiteral("CASE-A"))->withdrawn); // a failure is not a disappearance
        QCOMPARE(alertsOf(m_patient).size(), 5);
        const auto retries = WatchStore(m_store).retries(m_patient);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).first, kNode);

        // Back up: the next run retries it although the patient is not due, and nothing changed.
        QVERIFY(startNode());
        QVERIFY(WatchStore(m_store).watch(m_patient)->nextDue > QDateTime::currentDateTimeUtc());
        r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("patientsChecked")).toInt(), 1);
        QCOMPARE(r.json.value(QLatin1String("failedNodes")).toArray().size(), 0);
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("withdrawnMatches")).toInt(), 0);
        QVERIFY(WatchStore(m_store).retries(m_patient).isEmpty());
        QCOMPARE(alertsOf(m_patient).size(), 5);

        // Nothing due, nothing to retry: an empty run (still audited).
        r = runAlerts();
        QCOMPARE(r.json.value(QLatin1String("patientsChecked")).toInt(), 0);
    }

    void concurrentRunsDoEachPatientOnce()
    {
        // The node now holds CASE-A only: each new patient gets exactly one new match.
        QList<qint64> patients;
        for (int i = 1; i <= 6; ++i) {
            patients << addPatient(QStringLiteral("CONC-%1").arg(i));
        }
        QProcess one;
        QProcess two;
        const QString cli = ProcessRunner::executable(QStringLiteral("matchdesk-cli"));
        one.start(cli, runArgs({QStringLiteral("--json")}));
        two.start(cli, runArgs({QStringLiteral("--json")}));
        QVERIFY(one.waitForFinished(300000));
        QVERIFY(two.waitForFinished(300000));
        QCOMPARE(one.exitCode(), 0);
        QCOMPARE(two.exitCode(), 0);
        const QJsonObject j1 = QJsonDocument::fromJson(one.readAllStandardOutput()).object();
        const QJsonObject j2 = QJsonDocument::fromJson(two.readAllStandardOutput()).object();
        QCOMPARE(j1.value(QLatin1String("patientsChecked")).toInt() +
                     j2.value(QLatin1String("patientsChecked")).toInt(),
                 6);
        QCOMPARE(
            j1.value(QLatin1String("newMatches")).toInt() + j2.value(QLatin1String("newMatches")).toInt(), 6);
        for (qint64 p : patients) {
            const QList<Alert> alerts = alertsOf(p);
            QCOMPARE(alerts.size(), 1);
            QCOMPARE(alerts.at(0).kind, Alert::Kind::NewMatch);
            QCOMPARE(m_store.matches(p).size(), 1);
        }
    }

    void killedRunResumesWithoutLossOrDuplicates()
    {
        const int count = 20;
        QList<qint64> patients;
        for (int i = 1; i <= count; ++i) {
            patients << addPatient(QStringLiteral("KILL-%1").arg(i, 2, 10, QLatin1Char('0')));
        }
        QProcess run;
        run.start(ProcessRunner::executable(QStringLiteral("matchdesk-cli")),
                  runArgs({QStringLiteral("--verbose")}));
        QVERIFY(run.waitForStarted(10000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += run.readAllStandardOutput();
                return out.contains("checked 1 of ") || run.state() == QProcess::NotRunning;
            },
            300000));
        QVERIFY2(out.contains("checked 1 of 20"), out.constData());
        run.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);

        // What the killed run committed: whole patients, each with its alert; the run is "running".
        int committed = 0;
        for (qint64 p : patients) {
            const bool ran = WatchStore(m_store).watch(p)->lastRun.isValid();
            committed += ran ? 1 : 0;
            QCOMPARE(alertsOf(p).size(), ran ? 1 : 0);
        }
        QVERIFY(committed >= 1);
        QVERIFY2(committed < count, "the run finished before it was killed: nothing to resume");
        qint64 killedRun = 0;
        {
            auto st = m_store.database().prepare("SELECT id FROM alert_runs WHERE status='running'");
            QVERIFY(st.step());
            killedRun = st.int64(0);
            QVERIFY(!st.step());
        }

        const RunOutput r = runAlerts();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QLatin1String("patientsChecked")).toInt(), count - committed);
        QCOMPARE(r.json.value(QLatin1String("newMatches")).toInt(), count - committed);
        for (qint64 p : patients) {
            QCOMPARE(alertsOf(p).size(), 1);
            QCOMPARE(m_store.matches(p).size(), 1);
        }
        auto st = m_store.database().prepare("SELECT status FROM alert_runs WHERE id=?1");
        st.bind(1, killedRun);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("interrupted"));
        bool audited = false;
        for (const AuditEntry& e : m_store.auditEntries()) {
            audited = audited || (e.action == QLatin1String("alerts.run") &&
                                  e.outcome.startsWith(QStringLiteral("run %1 interrupted").arg(killedRun)));
        }
        QVERIFY(audited);
    }

    void everyRunIsAudited()
    {
        auto st = m_store.database().prepare("SELECT count(*) FROM alert_runs");
        QVERIFY(st.step());
        const qint64 runs = st.int64(0);
        int audited = 0;
        for (const AuditEntry& e : m_store.auditEntries()) {
            if (e.action == QLatin1String("alerts.run") &&
                !e.outcome.contains(QLatin1String("interrupted"))) {
                ++audited;
            }
        }
        // Every finished run has its entry; the killed one has its "interrupted" entry instead.
        QCOMPARE(audited, int(runs) - 1);
    }

    void notificationTextPlurals()
    {
        AlertSummary s;
        QCOMPARE(s.text(), QStringLiteral("No new matches."));
        s.newMatches = 1;
        s.patientsWithAlerts = 1;
        QCOMPARE(s.text(), QStringLiteral("1 new match for 1 patient"));
        QCOMPARE(s.title(), QStringLiteral("MatchDesk: 1 patient with news"));
        s.newMatches = 3;
        s.changedMatches = 1;
        s.patientsWithAlerts = 2;
        QCOMPARE(s.text(), QStringLiteral("3 new matches, 1 changed match for 2 patients"));
        QCOMPARE(s.title(), QStringLiteral("MatchDesk: 2 patients with news"));
        s.changedMatches = 2;
        s.withdrawnMatches = 1;
        QCOMPARE(s.text(),
                 QStringLiteral("3 new matches, 2 changed matches, 1 withdrawn match for 2 patients"));
    }
};

QTEST_GUILESS_MAIN(TestAlertsIntegration)
#include "TestAlertsIntegration.moc"
