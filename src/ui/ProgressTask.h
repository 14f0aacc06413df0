#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;

// Runs long work (imports, exports, parsing) on the thread pool with a progress dialog and a
// Cancel button; the GUI thread only polls the progress. The work returns a closure that is run
// on the GUI thread when it succeeds (to apply its result); a thrown MatchDeskError or
// std::exception is shown to `onError` instead.
class ProgressTask : public QObject
{
    Q_OBJECT

public:
    // Shared between the worker and the GUI thread (all members thread-safe).
    class Control
    {
    public:
        bool isCanceled() const { return m_canceled.load(); }
        void cancel() { m_canceled = true; }
        void setProgress(qint64 done, qint64 total)
        {
            m_done = done;
            m_total = total;
        }
        qint64 done() const { return m_done.load(); }
        qint64 total() const { return m_total.load(); }

    private:
        std::atomic<bool> m_canceled{false};
        std::atomic<qint64> m_done{0};
        std::atomic<qint64> m_total{0};
    };

    using Apply = std::function<void()>;
    using Work = std::function<Apply(Control&)>;
    using ErrorHandler = std::function<void(const QString& message)>;

    // Starts at once; the dialog appears when the work takes longer than a moment. The task
    // deletes itself when finished.
    static ProgressTask* start(QWidget* parent, const QString& label, Work work, ErrorHandler onError);
    // Number of tasks still running (tests wait for 0).
    static int runningCount();

signals:
    void finished(bool ok);

private:
    ProgressTask(QWidget* parent, const QString& label, ErrorHandler onError);
    void poll();

    std::shared_ptr<Control> m_control;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_timer = nullptr;
    ErrorHandler m_onError;
};
