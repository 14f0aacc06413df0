#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

// A real `matchdesk-node serve` process on a free loopback port for the integration tests
// (node server, federated query, alerts, main window).
class NodeProcess
{
public:
    ~NodeProcess();
    // Starts serve with the given extra arguments; waits for "listening on URL".
    bool start(const QStringList& args, int timeoutMs = 60000);
    // SIGTERM and wait; returns the exit code.
    int stop();
    QUrl url() const { return m_url; }
    QByteArray errorOutput() const { return m_err; }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QByteArray m_err;
};
