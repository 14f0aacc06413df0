#pragma once

#include "alerts/AlertSummary.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class AppContext;
class MatchSource;
class QTimer;
class Store;

// Re-runs the due alert queries in the background while the application is open: a timer checks
// every few minutes (and once shortly after start-up); each run is an AlertRunner on a worker
// thread with its own connection to the database file, never the GUI thread's. Leases in the
// database keep it from doing the work of a concurrent `matchdesk-cli alerts run`. Cancelled (and
// waited for) on quit.
class AlertScheduler : public QObject
{
    Q_OBJECT

public:
    // Creates the source of fresh answers for one run, on the worker thread, for that thread's
    // Store. The default one is the federated MME query with the application's secrets and ranker.
    using SourceFactory = std::function<std::unique_ptr<MatchSource>(Store& store)>;

    explicit AlertScheduler(AppContext* context, QObject* parent = nullptr);
    ~AlertScheduler() override;

    void setSourceFactory(SourceFactory factory);
    // How often due watches are looked for (default 5 minutes).
    void setInterval(int milliseconds);
    int interval() const;
    // Starts the timer and checks once after startDelayMs.
    void start(int startDelayMs = 5000);
    void stop();
    bool isActive() const;

    // Runs now if any watch is due or has a node to retry (or once more after the running run).
    void checkNow();
    bool isRunning() const;
    // Asks the running run to stop after the patient in progress and waits for it.
    void cancelAndWait();

signals:
    void runStarted();
    void runFinished(const AlertSummary& summary, const QStringList& failedNodes);
    void runFailed(const QString& message);

private:
    void launch();
    void finish(const AlertSummary& summary, const QStringList& failedNodes, const QString& error);

    AppContext* m_context;
    QTimer* m_timer;
    SourceFactory m_factory;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_again = false;
    bool m_waitingForRanker = false;
};
