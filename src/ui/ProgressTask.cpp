#include "ProgressTask.h"

#include "UiLogging.h"
#include "core/MatchDeskError.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace {
std::atomic<int> g_running{0};

struct Outcome
{
    ProgressTask::Apply apply;
    QString error;
    bool canceled = false;
};
} // namespace

ProgressTask::ProgressTask(QWidget* parent, const QString& label, ErrorHandler onError)
    : QObject(parent)
    , m_control(std::make_shared<Control>())
    , m_onError(std::move(onError))
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setAccessibleName(label);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_control->cancel(); });
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &ProgressTask::poll);
    m_timer->start();
}

ProgressTask* ProgressTask::start(QWidget* parent, const QString& label, Work work, ErrorHandler onError)
{
    auto* task = new ProgressTask(parent, label, std::move(onError));
    ++g_running;
    auto control = task->m_control;
    auto* watcher = new QFutureWatcher<Outcome>(task);
    connect(watcher, &QFutureWatcher<Outcome>::finished, task, [task, watcher] {
        const Outcome outcome = watcher->result();
        task->m_timer->stop();
        if (task->m_dialog) {
            task->m_dialog->reset();
            task->m_dialog->deleteLater();
        }
        bool ok = false;
        if (!outcome.error.isEmpty()) {
            qCWarning(lcUi) << "background task failed:" << outcome.error;
            if (task->m_onError) {
                task->m_onError(outcome.error);
            }
        } else if (!outcome.canceled && outcome.apply) {
            outcome.apply();
            ok = true;
        }
        --g_running;
        emit task->finished(ok);
        task->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), control]() -> Outcome {
        Outcome outcome;
        try {
            outcome.apply = work(*control);
            outcome.canceled = control->isCanceled();
        } catch (const MatchDeskError& e) {
            outcome.canceled = control->isCanceled();
            if (!outcome.canceled) {
                outcome.error = e.message();
            }
        } catch (const std::exception& e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
    return task;
}

int ProgressTask::runningCount()
{
    return g_running.load();
}

void ProgressTask::poll()
{
    if (!m_dialog) {
        return;
    }
    const qint64 total = m_control->total();
    const qint64 done = m_control->done();
    if (total > 0) {
        // QProgressDialog takes int: scale large totals (bytes) down to per-mille.
        m_dialog->setMaximum(1000);
        m_dialog->setValue(int(qBound<qint64>(qint64(0), done * 1000 / total, qint64(1000))));
    }
}
