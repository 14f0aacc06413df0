// The alerts part of the desktop application, offscreen: the background scheduler raises one tray
// notification per run with the summary text (none when the user turned notifications off), the
// inbox counts (toolbar action, tray tooltip) update and clear on review, activating an alert
// opens the patient's matches with that match selected. Fresh answers come from a scripted
// MatchSource (the real federated source is covered by tests/alerts/TestAlertsIntegration).
#include "TemporaryProfile.h"
#include "alerts/MatchSource.h"
#include "alerts/WatchStore.h"
#include "core/Settings.h"
#include "core/Translator.h"
#include "ui/AlertInbox.h"
#include "ui/AlertInboxModel.h"
#include "ui/AlertNotifier.h"
#include "ui/AlertScheduler.h"
#include "ui/AppContext.h"
#include "ui/CurrentPatient.h"
#include "ui/MainWindow.h"
#include "ui/MatchDetailWidget.h"
#include "ui/MatchModel.h"
#include "ui/MatchesPage.h"
#include "ui/WatchControl.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

namespace {

// What the nodes answer, per local patient id; read by the scheduler's worker thread.
struct Script
{
    QMutex mutex;
    QHash<QString, QList<NodeOutcome>> answers;
    int calls = 0;
};

class ScriptedSource : public MatchSource
{
public:
    explicit ScriptedSource(std::shared_ptr<Script> script)
        : m_script(std::move(script))
    {}
    QList<NodeOutcome> query(const Patient& patient, const QStringList&) override
    {
        QMutexLocker lock(&m_script->mutex);
        ++m_script->calls;
        return m_script->answers.value(patient.localId);
    }

private:
    std::shared_ptr<Script> m_script;
};

RemoteMatch remote(const QString& id, double score)
{
    RemoteMatch m;
    m.remoteId = id;
    m.nodeScore = score;
    m.localScore = score;
    m.record =
        QByteArray("{\"id\":\"") + id.toUtf8() + QByteArray("\",\"contact\":{\"name\":\"Dr Remote\"}}");
    return m;
}

NodeOutcome answer(const QList<RemoteMatch>& matches)
{
    NodeOutcome o;
    o.nodeName = QStringLiteral("alpha");
    o.ok = true;
    o.matches = matches;
    return o;
}

} // namespace

class TestAlertsUi : public QObject
{
    Q_OBJECT

    TemporaryProfile m_profile;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::shared_ptr<Script> m_script = std::make_shared<Script>();
    qint64 m_p1 = 0;
    qint64 m_p2 = 0;

    qint64 addPatient(const QString& id, bool watched)
    {
        Patient p;
        p.localId = id;
        p.label = QStringLiteral("Patient ") + id;
        p.consent = {Consent::State::Granted, QDate(2026, 1, 2)};
        p.contact.name = QStringLiteral("Dr Query");
        p.features = {{QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, {}, {}}};
        m_context->store().savePatient(p);
        if (watched) {
            WatchStore(m_context->store())
                .setWatch(p.rowId, Watch::Schedule::Daily, 0.3, QDateTime::currentDateTimeUtc().addSecs(-1));
        }
        return p.rowId;
    }

    void script(const QString& patient, const QList<RemoteMatch>& matches)
    {
        QMutexLocker lock(&m_script->mutex);
        m_script->answers[patient] = {answer(matches)};
    }

    // Runs the scheduler once and waits for the end of the run.
    bool runOnce()
    {
        QSignalSpy finished(m_window->alertScheduler(), &AlertScheduler::runFinished);
        m_window->alertScheduler()->checkNow();
        return finished.wait(30000);
    }

    AlertInbox* inbox() const { return m_window->alertInbox(); }

    int rowOfRemote(const QString& remoteId) const
    {
        for (int i = 0; i < inbox()->model()->rowCount(); ++i) {
            if (inbox()->model()->row(i).remoteId == remoteId) {
                return i;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(Translator::install(QStringLiteral("en")), QStringLiteral("en"));
        Settings::setInstance(
            new Settings(m_profile.settingsPath(), m_profile.filePath(QStringLiteral("no-policy.ini"))));
        Settings::instance()->setValue(Settings::Notifications, true);
        m_context = std::make_unique<AppContext>();
        m_context->openStore(m_profile.databasePath());
        m_p1 = addPatient(QStringLiteral("UI-1"), true);
        m_p2 = addPatient(QStringLiteral("UI-2"), true);
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        inbox()->show();
        auto script = m_script;
        m_window->alertScheduler()->setSourceFactory([script](Store&) -> std::unique_ptr<MatchSource> {
            return std::make_unique<ScriptedSource>(script);
        });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            inbox()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_window->alertsAction()->text(), QStringLiteral("Alerts"));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
        m_context.reset();
    }

    void oneNotificationPerRunWithTheSummary()
    {
        script(QStringLiteral("UI-1"),
               {remote(QStringLiteral("ES-1"), 0.8), remote(QStringLiteral("ES-2"), 0.6),
                remote(QStringLiteral("ES-LOW"), 0.1)});
        script(QStringLiteral("UI-2"), {remote(QStringLiteral("IT-1"), 0.7)});
        QSignalSpy notified(m_window->alertNotifier(), &AlertNotifier::notified);
        QVERIFY(runOnce());
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("MatchDesk: 2 patients with news"));
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("3 new matches for 2 patients"));
        QCOMPARE(inbox()->unreadCount(), 3);
        QCOMPARE(inbox()->model()->rowCount(), 3);
        QCOMPARE(m_window->alertsAction()->text(), QStringLiteral("Alerts (3)"));
        // (the English plural form comes with scripts/update-translations)
        QVERIFY(m_window->alertNotifier()->toolTip().startsWith(QStringLiteral("MatchDesk: 3 unread alert")));
        const int row = rowOfRemote(QStringLiteral("IT-1"));
        QVERIFY(row >= 0);
        const QAbstractItemModel* model = inbox()->model();
        QCOMPARE(model->index(row, AlertInboxModel::PatientColumn).data().toString(),
                 QStringLiteral("Patient UI-2 (UI-2)"));
        QCOMPARE(model->index(row, AlertInboxModel::NodeColumn).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model->index(row, AlertInboxModel::KindColumn).data().toString(),
                 QStringLiteral("New match"));
        QCOMPARE(model->index(row, AlertInboxModel::ReasonColumn).data().toString(),
                 QStringLiteral("new match on alpha"));
    }

    void sameAnswersRaiseNoNotification()
    {
        WatchStore(m_context->store()).markDueNow(m_p1);
        WatchStore(m_context->store()).markDueNow(m_p2);
        const int callsBefore = m_script->calls;
        QSignalSpy notified(m_window->alertNotifier(), &AlertNotifier::notified);
        QVERIFY(runOnce());
        QCOMPARE(m_script->calls, callsBefore + 2);
        QCOMPARE(notified.count(), 0);
        QCOMPARE(inbox()->unreadCount(), 3);
    }

    void nothingWhenNotificationsAreOff()
    {
        Settings::instance()->setValue(Settings::Notifications, false);
        script(QStringLiteral("UI-1"),
               {remote(QStringLiteral("ES-1"), 0.8), remote(QStringLiteral("ES-2"), 0.6),
                remote(QStringLiteral("ES-LOW"), 0.1), remote(QStringLiteral("ES-3"), 0.9)});
        WatchStore(m_context->store()).markDueNow(m_p1);
        QSignalSpy notified(m_window->alertNotifier(), &AlertNotifier::notified);
        QVERIFY(runOnce());
        QCOMPARE(notified.count(), 0);
        QCOMPARE(inbox()->unreadCount(), 4); // the inbox still shows it
        QCOMPARE(m_window->alertsAction()->text(), QStringLiteral("Alerts (4)"));
        Settings::instance()->setValue(Settings::Notifications, true);
    }

    void activatingAnAlertSelectsTheMatch()
    {
        const int row = rowOfRemote(QStringLiteral("ES-3"));
        QVERIFY(row >= 0);
        const qint64 match = inbox()->model()->row(row).alert.matchRowId;
        // A filter on the Matches tab that hides the match is cleared.
        m_window->matchesPage()
            ->findChild<QLineEdit*>(QStringLiteral("matchFilter"))
            ->setText(QStringLiteral("zzz"));
        inbox()->activate(row);
        QVERIFY(
            m_window->matchesPage()->findChild<QLineEdit*>(QStringLiteral("matchFilter"))->text().isEmpty());
        QCOMPARE(m_window->currentPatient()->rowId(), m_p1);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::MatchesTab));
        QTableView* view = m_window->matchesPage()->view();
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(view->currentIndex().data(MatchModel::MatchRowIdRole).toLongLong(), match);

        // By double-click, for the other patient.
        const int other = rowOfRemote(QStringLiteral("IT-1"));
        const qint64 otherMatch = inbox()->model()->row(other).alert.matchRowId;
        const QPoint at = inbox()->view()->visualRect(inbox()->model()->index(other, 1)).center();
        QTest::mouseClick(inbox()->view()->viewport(), Qt::LeftButton, {},
                          at); // double-click = press, release, double
        QTest::mouseDClick(inbox()->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->currentPatient()->rowId(), m_p2);
        QCOMPARE(
            m_window->matchesPage()->view()->currentIndex().data(MatchModel::MatchRowIdRole).toLongLong(),
            otherMatch);
    }

    void reviewingClearsTheAlerts()
    {
        const int row = rowOfRemote(QStringLiteral("IT-1"));
        const qint64 match = inbox()->model()->row(row).alert.matchRowId;
        inbox()->markReviewed(row);
        QCOMPARE(inbox()->unreadCount(), 3);
        QCOMPARE(m_window->alertsAction()->text(), QStringLiteral("Alerts (3)"));
        // (the English plural form comes with scripts/update-translations)
        QVERIFY(m_window->alertNotifier()->toolTip().startsWith(QStringLiteral("MatchDesk: 3 unread alert")));
        QCOMPARE(m_context->store().match(match)->status, TriageStatus::Reviewed);
        QCOMPARE(rowOfRemote(QStringLiteral("IT-1")), -1); // reviewed alerts are hidden by default
        // The Matches tab of the open patient shows the new status.
        const QModelIndex current = m_window->matchesPage()->view()->currentIndex();
        QCOMPARE(current.siblingAtColumn(MatchModel::StatusColumn).data(MatchModel::StatusRole).toInt(),
                 int(TriageStatus::Reviewed));

        // Triage on the Matches tab clears the match's alerts too.
        QVERIFY(m_window->openMatch(
            m_p1, inbox()->model()->row(rowOfRemote(QStringLiteral("ES-1"))).alert.matchRowId));
        const qint64 es1 =
            m_window->matchesPage()->view()->currentIndex().data(MatchModel::MatchRowIdRole).toLongLong();
        emit m_window->matchesPage()->detailWidget()->triageChanged(es1, TriageStatus::Contacted,
                                                                    QStringLiteral("called"));
        QCOMPARE(inbox()->unreadCount(), 2);
        QCOMPARE(m_window->alertsAction()->text(), QStringLiteral("Alerts (2)"));

        inbox()->findChild<QCheckBox*>(QStringLiteral("alertShowReviewed"))->setChecked(true);
        QCOMPARE(inbox()->model()->rowCount(), 4);
        QVERIFY(rowOfRemote(QStringLiteral("IT-1")) >= 0);
        QVERIFY(!inbox()
                     ->model()
                     ->index(rowOfRemote(QStringLiteral("IT-1")), 0)
                     .data(AlertInboxModel::UnreadRole)
                     .toBool());
    }

    void watchControlChecksNowAndWatchesByDefault()
    {
        const qint64 p3 = addPatient(QStringLiteral("UI-3"), false);
        emit m_context->patientsChanged();
        QVERIFY(m_window->openMatch(p3, 0) || m_window->currentPatient()->rowId() == p3);
        WatchControl* control = m_window->matchesPage()->watchControl();
        QVERIFY(!control->watchBox()->isChecked());
        Settings::instance()->setValue(Settings::WatchAfterQuery, true);
        Settings::instance()->setValue(Settings::AlertSchedule, QStringLiteral("weekly"));
        QVERIFY(control->watchByDefault());
        QVERIFY(!control->watchByDefault()); // already watched
        const auto watch = WatchStore(m_context->store()).watch(p3);
        QVERIFY(watch);
        QCOMPARE(watch->schedule, Watch::Schedule::Weekly);
        QVERIFY(control->watchBox()->isChecked());

        script(QStringLiteral("UI-3"), {remote(QStringLiteral("FR-1"), 0.9)});
        QSignalSpy finished(m_window->alertScheduler(), &AlertScheduler::runFinished);
        QSignalSpy notified(m_window->alertNotifier(), &AlertNotifier::notified);
        QTest::mouseClick(control->checkNowButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("1 new match for 1 patient"));
        QCOMPARE(m_window->matchesPage()->model()->rowCount(), 1); // the open patient's table refreshed

        control->watchBox()->setChecked(false);
        QVERIFY(!WatchStore(m_context->store()).watch(p3));

        // Nothing due: no run at all (every run is audited, so the timer must not make empty ones).
        QSignalSpy started(m_window->alertScheduler(), &AlertScheduler::runStarted);
        m_window->alertScheduler()->checkNow();
        QCOMPARE(started.count(), 0);
        QVERIFY(!m_window->alertScheduler()->isRunning());
    }

    void cancelledOnQuit()
    {
        WatchStore(m_context->store()).markDueNow(m_p1);
        WatchStore(m_context->store()).markDueNow(m_p2);
        QSignalSpy notified(m_window->alertNotifier(), &AlertNotifier::notified);
        m_window->alertScheduler()->checkNow();
        QVERIFY(m_window->alertScheduler()->isRunning());
        m_window->close(); // cancels the run and waits for its worker
        auto st =
            m_context->store().database().prepare("SELECT status FROM alert_runs ORDER BY id DESC LIMIT 1");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("cancelled"));
        // Cancelled patients stay due for the next run; nothing was announced.
        QVERIFY(WatchStore(m_context->store()).anyDue(QDateTime::currentDateTimeUtc()));
        QTest::qWait(50);
        QCOMPARE(notified.count(), 0);
    }
};

QTEST_MAIN(TestAlertsUi)
#include "TestAlertsUi.moc"
