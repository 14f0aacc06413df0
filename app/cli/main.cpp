#include "CliCommands.h"
#include "core/VersionInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // A command-line tool reports through its output; library progress chatter stays off unless
    // asked for with QT_LOGGING_RULES (warnings still show).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("matchdesk.*.debug=false\nmatchdesk.*.info=false"));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("MatchDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MatchDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const auto commands = allCliCommands();
    const QStringList args = QCoreApplication::arguments();
    auto usage = [&](QTextStream& s) {
        s << "Usage: matchdesk-cli [--version] [--help] <command> [options]\n\nCommands:\n";
        for (const auto& c : commands) {
            s << "  " << c->name().leftJustified(12) << c->summary() << "\n";
        }
        s << "\nRun 'matchdesk-cli <command> --help' for the options of a command.\n"
             "The database is MATCHDESK_DB or the per-user data directory; --db FILE overrides it.\n";
    };
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        out << VersionInfo::text(QStringLiteral("matchdesk-cli"));
        return 0;
    }
    for (const auto& c : commands) {
        if (c->name() == args.at(1)) {
            QStringList sub = args.mid(1);
            sub[0] = QStringLiteral("matchdesk-cli ") + c->name();
            return c->run(sub);
        }
    }
    err << "matchdesk-cli: unknown command '" << args.at(1) << "'\n\n";
    usage(err);
    return 2;
}
