#include "CliCommand.h"

#include "core/DataPaths.h"
#include "core/Store.h"

#include <cstdio>

QTextStream& CliCommand::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& CliCommand::err()
{
    static QTextStream s(stderr);
    return s;
}

bool CliCommand::parse(QCommandLineParser& parser, const QStringList& args, int* exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n" << Qt::flush;
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = 0;
        return false;
    }
    return true;
}

QCommandLineOption CliCommand::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Database file (default: MATCHDESK_DB, else the per-user data folder)."),
                              QStringLiteral("FILE"));
}

std::unique_ptr<Store> CliCommand::openStore(const QCommandLineParser& parser)
{
    auto store = std::make_unique<Store>();
    const QString path = DataPaths::databasePath(parser.value(QStringLiteral("db")));
    try {
        store->open(path);
    } catch (const MatchDeskError& e) {
        err() << e.message() << "\n" << Qt::flush;
        return nullptr;
    }
    return store;
}
