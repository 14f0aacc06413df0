// matchdesk-screenshots: renders the main views of the desktop application at fixed sizes into
// PNG files for review. Uses a throw-away demo profile (database, settings, in-memory keychain).
#include "DemoProfile.h"
#include "alerts/AlertReason.h"
#include "alerts/WatchStore.h"
#include "core/Settings.h"
#include "core/Translator.h"
#include "net/FederatedQuery.h"
#include "ui/AboutDialog.h"
#include "ui/AlertInbox.h"
#include "ui/AlertInboxModel.h"
#include "ui/AppContext.h"
#include "ui/AuditDialog.h"
#include "ui/CurrentPatient.h"
#include "ui/MainWindow.h"
#include "ui/MatchesPage.h"
#include "ui/NodesDialog.h"
#include "ui/PatientListWidget.h"
#include "ui/PhenotypesPage.h"
#include "ui/PreferencesDialog.h"
#include "ui/SendPreviewDialog.h"
#include "ui/VariantEditDialog.h"
#include "ui/VariantsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* w, const QString& dir, const QString& name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("MATCHDESK_KEYCHAIN", "memory");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MatchDesk"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output directory."), QStringLiteral("DIR"),
                      QDir::currentPath() + QStringLiteral("/screenshots")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Interface language (en, de, fr, ...)."),
                      QStringLiteral("CODE"), QStringLiteral("en")});
    parser.process(app);
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);

    QTemporaryDir profile;
    Settings::setInstance(new Settings(profile.filePath(QStringLiteral("matchdesk.ini")),
                                       profile.filePath(QStringLiteral("no-policy.ini"))));
    AppContext context;
    context.setHpoLanguage(Translator::install(parser.value(QStringLiteral("language"))));
    context.openStore(profile.filePath(QStringLiteral("matchdesk.sqlite")));
    const qint64 patient = DemoProfile::fill(context.store());
    // Alerts of a background run for the inbox screenshot: watched patients with new matches.
    {
        Store& store = context.store();
        const QDateTime run = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        int n = 0;
        for (const Patient& p : store.patients()) {
            WatchStore(store).setWatch(p.rowId, Watch::Schedule::Daily, 0.3,
                                       Watch::nextAfter(Watch::Schedule::Daily, run));
            const QList<Match> matches = store.matches(p.rowId);
            for (int i = 0; i < matches.size() && i < (p.rowId == patient ? 3 : 1); ++i) {
                Alert a;
                a.matchRowId = matches.at(i).rowId;
                a.patientRowId = p.rowId;
                a.runId = 1;
                a.kind = (i == 1) ? Alert::Kind::ChangedMatch : Alert::Kind::NewMatch;
                a.reason =
                    (i == 1) ? AlertReason::encode({{AlertReason::Change::ScoreRose, QStringLiteral("0.64")}})
                             : AlertReason::encode({{AlertReason::Change::NewMatch, matches.at(i).nodeName}});
                a.created = run.addSecs(++n * 7);
                store.addAlert(a);
            }
        }
    }
    QEventLoop wait;
    QObject::connect(&context, &AppContext::ontologyReady, &wait, &QEventLoop::quit);
    QObject::connect(&context, &AppContext::referenceDataFailed, &wait, &QEventLoop::quit);
    context.startLoadingReferenceData();
    wait.exec();
    settle(1500); // gene catalog

    int failures = 0;
    const QList<QSize> sizes = {QSize(1280, 720), QSize(1920, 1080)};
    for (const QSize& size : sizes) {
        const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        MainWindow window(&context);
        window.resize(size);
        window.show();
        window.patientList()->selectPatient(0);
        failures += !save(&window, out, QStringLiteral("01-no-patient") + suffix);
        window.patientList()->selectPatient(patient);
        window.showTab(MainWindow::PhenotypesTab);
        window.phenotypesPage()->featureView()->setCurrentIndex(
            window.phenotypesPage()->featureView()->model()->index(1, 0));
        window.phenotypesPage()->searchField()->setText(QStringLiteral("seizur"));
        failures += !save(&window, out, QStringLiteral("02-phenotypes") + suffix);
        window.phenotypesPage()->searchField()->clear();
        window.showTab(MainWindow::VariantsTab);
        failures += !save(&window, out, QStringLiteral("03-variants") + suffix);
        window.showTab(MainWindow::MatchesTab);
        window.matchesPage()->view()->setCurrentIndex(window.matchesPage()->view()->model()->index(0, 0));
        failures += !save(&window, out, QStringLiteral("04-matches") + suffix);
        window.showTab(MainWindow::DetailsTab);
        failures += !save(&window, out, QStringLiteral("05-details") + suffix);
        window.alertInbox()->show();
        window.showTab(MainWindow::MatchesTab);
        window.alertInbox()->view()->setCurrentIndex(window.alertInbox()->model()->index(0, 0));
        window.alertInbox()->activate(0); // opens the match it is about
        failures += !save(&window, out, QStringLiteral("06-alerts") + suffix);
        window.alertInbox()->hide();
        if (size == sizes.first()) {
            NodesDialog nodes(&context, &window);
            nodes.show();
            failures += !save(&nodes, out, QStringLiteral("10-nodes"));
            AuditDialog audit(&context, 0, &window);
            audit.show();
            failures += !save(&audit, out, QStringLiteral("11-audit"));
            AboutDialog about(&context, &window);
            about.show();
            failures += !save(&about, out, QStringLiteral("12-about"));
            VariantEditDialog variant(context.genes(), Variant{}, &window);
            variant.geneField()->setText(QStringLiteral("MLL2"));
            variant.show();
            failures += !save(&variant, out, QStringLiteral("13-variant-alias"));
            try {
                const auto requests =
                    FederatedQuery::preview(window.currentPatient()->patient(), context.nodes(),
                                            QStringLiteral("md-3f2a9c01d4e5b6a7980f1e2d3c4b5a69"), {});
                SendPreviewDialog preview(requests, &window);
                preview.show();
                failures += !save(&preview, out, QStringLiteral("14-send-preview"));
            } catch (const std::exception& e) {
                std::printf("preview not rendered: %s\n", e.what());
            }
            // Preferences as IT deployed them: notifications locked on by policy.
            {
                QFile policy(profile.filePath(QStringLiteral("locked-policy.ini")));
                policy.open(QIODevice::WriteOnly);
                policy.write("[Locked]\nalerts/notifications=true\n");
                policy.close();
                Settings::setInstance(new Settings(profile.filePath(QStringLiteral("matchdesk.ini")),
                                                   profile.filePath(QStringLiteral("locked-policy.ini"))));
                PreferencesDialog preferences(&context, &window);
                preferences.show();
                failures += !save(&preferences, out, QStringLiteral("15-preferences-policy"));
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
