#include "NodeProcess.h"

#include "ProcessRunner.h"

#include <QElapsedTimer>

NodeProcess::~NodeProcess()
{
    stop();
}

bool NodeProcess::start(const QStringList& args, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(ProcessRunner::executable(QStringLiteral("matchdesk-node")),
                     QStringList{QStringLiteral("serve")} + args);
    if (!m_process->waitForStarted(10000)) {
        return false;
    }
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < timeoutMs) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        m_err += m_process->readAllStandardError();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const QByteArray line = out.mid(at + 13, out.indexOf('\n', at) - at - 13).trimmed();
            m_url = QUrl(QString::fromUtf8(line));
            return m_url.isValid();
        }
        if (m_process->state() == QProcess::NotRunning) {
            return false;
        }
    }
    return false;
}

int NodeProcess::stop()
{
    if (!m_process) {
        return -1;
    }
    int rc = -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_err += m_process->readAllStandardError();
    rc = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process.reset();
    return rc;
}
