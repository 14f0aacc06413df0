// matchdesk: the desktop application. Thin main: options, database, settings, main window.
#include "core/DataPaths.h"
#include "core/MatchDeskError.h"
#include "core/Settings.h"
#include "core/Translator.h"
#include "core/VersionInfo.h"
#include "net/SecretStoreFactory.h"
#include "ui/AlertScheduler.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/UiLogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
struct Options
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("main", "Print the version and the reference data in use.")};
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Database file (default: MATCHDESK_DB, else the per-user data folder)."),
                          QStringLiteral("FILE")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                QCoreApplication::translate("main", "Settings file (default: MATCHDESK_SETTINGS, else the per-user location)."),
                                QStringLiteral("FILE")};
    QCommandLineOption measureStartup{QStringLiteral("measure-startup"),
                                      QCoreApplication::translate("main", "Print start-up timings (ms) and quit once the ontology is loaded.")};

    void addTo(QCommandLineParser& parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "MatchDesk: federated rare-disease patient matching (Matchmaker Exchange)."));
        parser.addHelpOption();
        parser.addOption(version);
        parser.addOption(db);
        parser.addOption(settings);
        measureStartup.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(measureStartup);
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("MatchDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("MatchDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("matchdesk.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MATCHDESK_VERSION));
}

// --help and --version never need a display.
int printOnly(int argc, char** argv, bool* handled)
{
    *handled = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version" || a == "-?") {
            *handled = true;
        }
    }
    if (!*handled) {
        return 0;
    }
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app); // exits for --help
    if (parser.isSet(options.version)) {
        QTextStream(stdout) << VersionInfo::text(QStringLiteral("matchdesk")) << Qt::endl;
    }
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    bool handled = false;
    const int rc = printOnly(argc, argv, &handled);
    if (handled) {
        return rc;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.matchdesk.MatchDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/matchdesk.svg")));
    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);

    if (parser.isSet(options.settings)) {
        Settings::setInstance(new Settings(parser.value(options.settings)));
    }
    // The chosen interface language (Preferences; "" = the system's), Qt's own catalogue and the
    // locale for dates and numbers; HPO labels follow once the ontology is loaded.
    const QString language = Translator::install(Settings::instance()->value(Settings::Language).toString());
    AppContext context;
    context.setHpoLanguage(language);
    const QString dbPath = DataPaths::databasePath(parser.value(options.db));
    try {
        context.openStore(dbPath);
    } catch (const MatchDeskError& e) {
        MessageBox::warning(nullptr, QCoreApplication::translate("main", "Cannot open the database"), e.message());
        return 1;
    }
    try {
        context.setSecretStore(SecretStoreFactory::create());
    } catch (const MatchDeskError& e) {
        MessageBox::warning(nullptr, QCoreApplication::translate("main", "No keychain"), e.message());
        return 1;
    }
    const bool measure = parser.isSet(options.measureStartup);
    qint64 windowMs = -1;
    QObject::connect(&context, &AppContext::ontologyReady, &app, [&] {
        const qint64 ready = startup.elapsed();
        qCInfo(lcUi) << "start-up: window" << windowMs << "ms, ontology and term search ready" << ready << "ms";
        if (measure) {
            std::printf("window_ms=%lld ontology_ready_ms=%lld\n", static_cast<long long>(windowMs),
                        static_cast<long long>(ready));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        }
    });
    QObject::connect(&context, &AppContext::referenceDataFailed, &app, [&](const QString& message) {
        if (measure) {
            std::fprintf(stderr, "%s\n", message.toUtf8().constData());
            QCoreApplication::exit(2);
        }
    });
    context.startLoadingReferenceData();
    MainWindow window(&context);
    window.show();
    windowMs = startup.elapsed();
    if (!measure) {
        window.alertScheduler()->start(); // background re-matching of watched patients
    }
    return app.exec();
}
