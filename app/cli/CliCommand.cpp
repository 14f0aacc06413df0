#include "CliCommand.h"

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
