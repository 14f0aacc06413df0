#include "TemporaryProfile.h"
#include "alerts/AlertReason.h"
#include "alerts/AlertRunner.h"
#include "alerts/WatchStore.h"
#include "core/Translator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// A node answer scripted by the test: per node, either matches or a failure.
class ScriptedSource : public MatchSource
{
public:
    QHash<QString, NodeOutcome> answers;
    QList<QStringList> calls; // onlyNodes of each call
    int throwOnCall = -1;

    QList<NodeOutcome> query(const Patient&, const QStringList& onlyNodes) override
    {
        calls.append(onlyNodes);
        if (throwOnCall == calls.size()) {
            throw MatchDeskError(QStringLiteral("power cut"));
        }
        QList<NodeOutcome> out;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (onlyNodes.isEmpty() || onlyNodes.contains(it.key())) {
                out.append(it.value());
            }
        }
        return out;
    }
};

QByteArray record(const QString& id, const QStringList& genes, const QStringList& variantStarts = {})
{
    QJsonArray features;
    for (int i = 0; i < genes.size(); ++i) {
        QJsonObject f{{QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), genes.at(i)}}}};
        if (i < variantStarts.size()) {
            f.insert(QStringLiteral("variant"),
                     QJsonObject{{QStringLiteral("assembly"), QStringLiteral("GRCh38")},
                                 {QStringLiteral("referenceName"), QStringLiteral("8")},
                                 {QStringLiteral("start"), variantStarts.at(i).toInt()},
                                 {QStringLiteral("referenceBases"), QStringLiteral("C")},
                                 {QStringLiteral("alternateBases"), QStringLiteral("T")}});
        }
        features.append(f);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("genomicFeatures"), features}})
        .toJson(QJsonDocument::Compact);
}

RemoteMatch remote(const QString& id, double score, const QStringList& genes = {},
                   const QStringList& starts = {})
{
    RemoteMatch m;
    m.remoteId = id;
    m.nodeScore = score;
    m.localScore = score;
    m.record = record(id, genes, starts);
    return m;
}

NodeOutcome ok(const QString& node, const QList<RemoteMatch>& matches)
{
    NodeOutcome o;
    o.nodeName = node;
    o.ok = true;
    o.matches = matches;
    return o;
}

NodeOutcome failed(const QString& node, const QString& why)
{
    NodeOutcome o;
    o.nodeName = node;
    o.error = why;
    return o;
}

} // namespace

class TestAlertRunner : public QObject
{
    Q_OBJECT

private:
    TemporaryProfile m_profile;
    Store m_store;
    qint64 m_patient = 0;
    QDateTime m_t0 = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

    qint64 addWatchedPatient(const QString& id, double minScore = 0.2)
    {
        Patient p;
        p.localId = id;
        p.consent = {Consent::State::Granted, QDate(2026, 1, 1)};
        p.contact.name = QStringLiteral("Dr Byrne");
        p.features = {{QStringLiteral("HP:0000252"), {}, false, {}, {}}};
        Variant v;
        v.gene = {
            QStringLiteral("HGNC:7110"), QStringLiteral("MCPH1"), QStringLiteral("ENSG00000147316"), {}};
        Variant w;
        w.gene = {
            QStringLiteral("HGNC:19048"), QStringLiteral("ASPM"), QStringLiteral("ENSG00000066279"), {}};
        p.variants = {v, w};
        m_store.savePatient(p);
        WatchStore(m_store).setWatch(p.rowId, Watch::Schedule::Daily, minScore, m_t0);
        return p.rowId;
    }

private slots:
    void initTestCase() { QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en")); }

    void init()
    {
        m_store.close();
        QFile::remove(m_profile.databasePath());
        m_store.open(m_profile.databasePath());
        m_patient = addWatchedPatient(QStringLiteral("DUB-1"));
    }

    void newMatchesAlertOnceAndSameAnswersAreSilent()
    {
        ScriptedSource source;
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"),
               {remote(QStringLiteral("ES-1"), 0.8), remote(QStringLiteral("ES-2"), 0.5)});
        source.answers[QStringLiteral("rome")] =
            ok(QStringLiteral("rome"), {remote(QStringLiteral("IT-1"), 0.1)});
        AlertRunner runner(m_store, source);
        auto r = runner.runDue(m_t0);
        QCOMPARE(r.patientsChecked, 1);
        QCOMPARE(r.summary.newMatches, 2); // IT-1 is below the watch's minimum score
        QCOMPARE(r.summary.patientsWithAlerts, 1);
        QCOMPARE(m_store.matches(m_patient).size(), 3); // but it is stored
        QCOMPARE(m_store.alerts(true).size(), 2);

        // Not due again until tomorrow.
        r = runner.runDue(m_t0.addSecs(3600));
        QCOMPARE(r.patientsChecked, 0);
        QCOMPARE(source.calls.size(), 1);

        // Tomorrow, same answers: no alert.
        r = runner.runDue(m_t0.addDays(1));
        QCOMPARE(r.patientsChecked, 1);
        QVERIFY(r.summary.isEmpty());
        QCOMPARE(m_store.alerts().size(), 2);
        const auto watch = WatchStore(m_store).watch(m_patient);
        QCOMPARE(watch->nextDue, m_t0.addDays(2));
        QCOMPARE(watch->lastRun, m_t0.addDays(1));
    }

    void materialChangesAlert()
    {
        ScriptedSource source;
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"),
               {remote(QStringLiteral("ES-1"), 0.6, {QStringLiteral("ENSG00000147316")}),
                remote(QStringLiteral("ES-2"), 0.1)});
        AlertRunner runner(m_store, source);
        QCOMPARE(runner.runDue(m_t0).summary.newMatches, 1);

        // ES-1 now also reports ASPM (shared with our patient) and a variant; ES-2 rises above 0.2.
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"), {remote(QStringLiteral("ES-1"), 0.6,
                                                 {QStringLiteral("ENSG00000147316"), QStringLiteral("ASPM")},
                                                 {QStringLiteral("6421919")}),
                                          remote(QStringLiteral("ES-2"), 0.4)});
        const auto r = runner.runDue(m_t0.addDays(1));
        QCOMPARE(r.summary.newMatches, 0);
        QCOMPARE(r.summary.changedMatches, 2);
        const auto alerts = m_store.alerts();
        QCOMPARE(alerts.size(), 3);
        QStringList reasons;
        for (const Alert& a : alerts) {
            if (a.kind == Alert::Kind::ChangedMatch) {
                reasons << AlertReason::describe(a.reason);
            }
        }
        reasons.sort();
        QVERIFY2(reasons.at(0).contains(QLatin1String("new shared gene ASPM")), qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(0).contains(QLatin1String("new variant GRCh38:8:6421919:C:T")),
                 qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(1).contains(QLatin1String("score rose to 0.40")), qPrintable(reasons.at(1)));
    }

    void withdrawnMatchesAreKeptAndFlagged()
    {
        ScriptedSource source;
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"),
               {remote(QStringLiteral("ES-1"), 0.8), remote(QStringLiteral("ES-2"), 0.7)});
        AlertRunner runner(m_store, source);
        runner.runDue(m_t0);
        const auto matches = m_store.matches(m_patient);
        const Match es1 =
            matches.at(0).remotePatientId == QLatin1String("ES-1") ? matches.at(0) : matches.at(1);
        m_store.setTriage(es1.rowId, TriageStatus::Contacted, QStringLiteral("called Dr Ruiz"));

        source.answers[QStringLiteral("madrid")] = ok(QStringLiteral("madrid"), {});
        const auto r = runner.runDue(m_t0.addDays(1));
        QCOMPARE(r.summary.withdrawnMatches, 1); // only the one the clinician acted on
        const auto after = m_store.matches(m_patient);
        QCOMPARE(after.size(), 2); // never deleted
        for (const Match& m : after) {
            QVERIFY(m.withdrawn);
            QCOMPARE(m.lastSeen, m_t0); // last seen when it was still returned
        }
        QCOMPARE(m_store.match(es1.rowId)->notes, QStringLiteral("called Dr Ruiz"));
        // Withdrawn again: no second alert. Returning: a changed-match alert.
        QVERIFY(runner.runDue(m_t0.addDays(2)).summary.isEmpty());
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"), {remote(QStringLiteral("ES-1"), 0.8)});
        const auto back = runner.runDue(m_t0.addDays(3));
        QCOMPARE(back.summary.changedMatches, 1);
        QVERIFY(!m_store.match(es1.rowId)->withdrawn);
    }

    void failedNodeIsRetriedAndNeverReadAsDisappearance()
    {
        ScriptedSource source;
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"), {remote(QStringLiteral("ES-1"), 0.8)});
        source.answers[QStringLiteral("rome")] =
            ok(QStringLiteral("rome"), {remote(QStringLiteral("IT-1"), 0.8)});
        AlertRunner runner(m_store, source);
        QCOMPARE(runner.runDue(m_t0).summary.newMatches, 2);

        source.answers[QStringLiteral("rome")] = failed(QStringLiteral("rome"), QStringLiteral("timeout"));
        auto r = runner.runDue(m_t0.addDays(1));
        QVERIFY(r.summary.isEmpty());
        QCOMPARE(r.failedNodes, QStringList{QStringLiteral("rome")});
        for (const Match& m : m_store.matches(m_patient)) {
            QVERIFY(!m.withdrawn);
        }
        QCOMPARE(WatchStore(m_store).retries(m_patient).size(), 1);

        // An hour later the patient is not due, but rome is retried, and only rome.
        source.answers[QStringLiteral("rome")] =
            ok(QStringLiteral("rome"),
               {remote(QStringLiteral("IT-1"), 0.8), remote(QStringLiteral("IT-2"), 0.9)});
        r = runner.runDue(m_t0.addDays(1).addSecs(3600));
        QCOMPARE(source.calls.last(), QStringList{QStringLiteral("rome")});
        QCOMPARE(r.summary.newMatches, 1);
        QVERIFY(WatchStore(m_store).retries(m_patient).isEmpty());
        QCOMPARE(WatchStore(m_store).watch(m_patient)->nextDue, m_t0.addDays(2)); // schedule unchanged
    }

    void concurrentRunsNeverShareAPatient()
    {
        addWatchedPatient(QStringLiteral("DUB-2"));
        WatchStore watches(m_store);
        const auto first = watches.claimDue(QStringLiteral("otherhost:1:a"), m_t0);
        QCOMPARE(first.size(), 2);
        // A second live run (another machine's lease is honoured until it expires) gets nothing.
        QVERIFY(watches.claimDue(WatchStore::currentOwner(), m_t0.addSecs(60)).isEmpty());
        // After the lease expires it is taken over.
        QCOMPARE(watches.claimDue(WatchStore::currentOwner(), m_t0.addSecs(3600)).size(), 2);
        watches.releaseAll(WatchStore::currentOwner());
        // A lease held by a dead process on this machine is taken over at once.
        const QString dead = QStringLiteral("%1:%2:x").arg(QSysInfo::machineHostName()).arg(4194303);
        QCOMPARE(watches.claimDue(dead, m_t0).size(), 2);
        QVERIFY(WatchStore::ownerIsDead(dead));
        QCOMPARE(watches.claimDue(WatchStore::currentOwner(), m_t0.addSecs(1)).size(), 2);
    }

    void interruptedRunResumesWithoutLossOrDuplicates()
    {
        const qint64 second = addWatchedPatient(QStringLiteral("DUB-2"));
        ScriptedSource source;
        source.answers[QStringLiteral("madrid")] =
            ok(QStringLiteral("madrid"), {remote(QStringLiteral("ES-1"), 0.8)});
        source.throwOnCall = 2; // dies while querying the second patient
        AlertRunner runner(m_store, source);
        QVERIFY_THROWS_EXCEPTION(MatchDeskError, runner.runDue(m_t0));
        QCOMPARE(m_store.alerts().size(), 1); // the first patient was committed
        // Simulate the process having died: its run row is still "running" under a dead owner.
        const QString dead = QStringLiteral("%1:%2:x").arg(QSysInfo::machineHostName()).arg(4194303);
        m_store.database().prepare("UPDATE alert_runs SET owner=?1").bind(1, dead).exec();

        source.throwOnCall = -1;
        const auto r = runner.runDue(m_t0.addSecs(10));
        QCOMPARE(r.patientsChecked, 1); // only the unfinished patient
        QCOMPARE(r.summary.newMatches, 1);
        QCOMPARE(m_store.alerts().size(), 2);
        QCOMPARE(m_store.matches(second).size(), 1);
        auto st = m_store.database().prepare("SELECT status FROM alert_runs ORDER BY id");
        QStringList statuses;
        while (st.step()) {
            statuses << st.text(0);
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("interrupted"), QStringLiteral("done")}));
        int runAudits = 0;
        for (const AuditEntry& e : m_store.auditEntries()) {
            runAudits += e.action == QLatin1String("alerts.run") ? 1 : 0;
        }
        QCOMPARE(runAudits, 2); // the interruption and the clean run
    }

    void consentWithdrawnSkipsPatient()
    {
        auto p = *m_store.patient(m_patient);
        p.consent.state = Consent::State::Withdrawn;
        m_store.savePatient(p);
        ScriptedSource source;
        AlertRunner runner(m_store, source);
        const auto r = runner.runDue(m_t0);
        QCOMPARE(r.patientsSkipped, 1);
        QVERIFY(source.calls.isEmpty());
    }

    void summaryTextUsesPlurals()
    {
        AlertSummary s;
        QCOMPARE(s.text(), QStringLiteral("No new matches."));
        s.newMatches = 3;
        s.patientsWithAlerts = 2;
        QCOMPARE(s.text(), QStringLiteral("3 new matches for 2 patients"));
        s.newMatches = 1;
        s.changedMatches = 1;
        s.patientsWithAlerts = 1;
        QCOMPARE(s.text(), QStringLiteral("1 new match, 1 changed match for 1 patient"));
        QCOMPARE(s.title(), QStringLiteral("MatchDesk: 1 patient with news"));
    }
};

QTEST_GUILESS_MAIN(TestAlertRunner)
#include "TestAlertRunner.moc"
