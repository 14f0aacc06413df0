#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Store;

// One `matchdesk-cli <name>` subcommand. Implementations live one per file in app/cli and are
// listed in CliCommands.cpp.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `matchdesk-cli --help`
    // args[0] is "matchdesk-cli <name>"; returns the process exit code.
    virtual int run(const QStringList& args) = 0;

protected:
    // Standard streams for subclasses (UTF-8).
    static QTextStream& out();
    static QTextStream& err();
    // Parses with --help handled; returns false (after printing) when the caller should exit with
    // *exitCode.
    static bool parse(QCommandLineParser& parser, const QStringList& args, int* exitCode);
    // The common --db FILE option (default: MATCHDESK_DB, else the per-user data directory).
    static QCommandLineOption databaseOption();
    // Opens the database named by --db (or the default); prints the error and returns null on failure.
    static std::unique_ptr<Store> openStore(const QCommandLineParser& parser);
};
