#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs one of the project's executables (from the build's bin/ directory) for integration tests.
class ProcessRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        QByteArray out;
        QByteArray err;
    };

    // Full path of a project executable, e.g. "matchdesk-node".
    static QString executable(const QString& name);
    // Runs to completion (or kills after timeoutMs) and returns exit code and output.
    static Result run(const QString& name, const QStringList& args, int timeoutMs = 60000,
                      const QByteArray& stdinData = {});
};
