#include "ProcessRunner.h"

#include "TestConfig.h"

QString ProcessRunner::executable(const QString& name)
{
    return QStringLiteral(MATCHDESK_TEST_BIN_DIR) + QLatin1Char('/') + name;
}

ProcessRunner::Result ProcessRunner::run(const QString& name, const QStringList& args, int timeoutMs,
                                         const QByteArray& stdinData)
{
    Result r;
    QProcess p;
    p.start(name.contains(QLatin1Char('/')) ? name : executable(name), args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.exitStatus = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
