#include "AlertScheduler.h"

#include "AppContext.h"
#include "UiLogging.h"
#include "alerts/AlertRunner.h"
#include "alerts/FederatedMatchSource.h"
#include "alerts/WatchStore.h"
#include "core/MatchDeskError.h"
#include "core/Store.h"
#include "net/SecretStoreFactory.h"

#include <QTimer>
#include <QtConcurrent>

AlertScheduler::AlertScheduler(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_timer->setInterval(5 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AlertScheduler::checkNow);
    connect(m_context, &AppContext::rankerReady, this, [this] {
        if (m_waitingForRanker) {
            m_waitingForRanker = false;
            checkNow();
        }
    });
}

AlertScheduler::~AlertScheduler()
{
    cancelAndWait();
}

void AlertScheduler::setSourceFactory(SourceFactory factory)
{
    m_factory = std::move(factory);
}

void AlertScheduler::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int AlertScheduler::interval() const
{
    return m_timer->interval();
}

void AlertScheduler::start(int startDelayMs)
{
    m_timer->start();
    QTimer::singleShot(startDelayMs, this, &AlertScheduler::checkNow);
}

void AlertScheduler::stop()
{
    m_timer->stop();
}

bool AlertScheduler::isActive() const
{
    return m_timer->isActive();
}

bool AlertScheduler::isRunning() const
{
    return m_running;
}

void AlertScheduler::checkNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_context->store().isOpen()) {
        return;
    }
    // Every run is audited: no run (and no entry) when nothing is due.
    try {
        if (!WatchStore(m_context->store()).anyDue(QDateTime::currentDateTimeUtc())) {
            return;
        }
    } catch (const StoreError& e) {
        qCWarning(lcUi) << "cannot read the watches:" << e.message();
        return;
    }
    // Without the local ranker every score would read 0: matches below the minimum score would be
    // recorded as known without an alert and never reported. Wait for it.
    if (!m_factory && !m_context->ranker()) {
        m_waitingForRanker = true;
        return;
    }
    launch();
}

void AlertScheduler::launch()
{
    m_running = true;
    m_again = false;
    m_cancel->store(false);
    const QString path = m_context->store().path();
    SourceFactory factory = m_factory;
    if (!factory) {
        auto ranker = m_context->ranker();
        // The system keychain is stateless: the worker gets its own client. A memory store
        // (tests, demo) holds the only copy of the tokens and is shared.
        SecretStore* shared = SecretStoreFactory::environmentSpec() == QLatin1String("memory")
                                  ? &m_context->secrets()
                                  : nullptr;
        factory = [ranker, shared](Store& store) -> std::unique_ptr<MatchSource> {
            struct Owning : FederatedMatchSource
            {
                Owning(Store& s, std::unique_ptr<SecretStore> own, SecretStore& use,
                       std::shared_ptr<const LocalRanker> r)
                    : FederatedMatchSource(s, use, std::move(r))
                    , secrets(std::move(own))
                {}
                std::unique_ptr<SecretStore> secrets;
            };
            std::unique_ptr<SecretStore> own;
            if (!shared) {
                own = SecretStoreFactory::create();
            }
            SecretStore& use = shared ? *shared : *own;
            return std::make_unique<Owning>(store, std::move(own), use, ranker);
        };
    }
    emit runStarted();
    auto cancel = m_cancel;
    m_future = QtConcurrent::run([this, path, factory, cancel] {
        AlertSummary summary;
        QStringList failedNodes;
        QString error;
        try {
            Store store;
            store.open(path);
            const std::unique_ptr<MatchSource> source = factory(store);
            AlertRunner runner(store, *source);
            const auto result = runner.runDue(QDateTime::currentDateTimeUtc(),
                                              [cancel](int, int) { return !cancel->load(); });
            summary = result.summary;
            failedNodes = result.failedNodes;
        } catch (const MatchDeskError& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        // Delivered on the GUI thread; dropped if the scheduler is gone (its destructor waits for
        // this function to return first).
        QMetaObject::invokeMethod(
            this, [this, summary, failedNodes, error] { finish(summary, failedNodes, error); },
            Qt::QueuedConnection);
    });
}

void AlertScheduler::finish(const AlertSummary& summary, const QStringList& failedNodes, const QString& error)
{
    m_running = false;
    if (!error.isEmpty()) {
        qCWarning(lcUi) << "alert run failed:" << error;
        emit runFailed(error);
    } else {
        emit runFinished(summary, failedNodes);
    }
    if (m_again && !m_cancel->load()) {
        checkNow();
    }
}

void AlertScheduler::cancelAndWait()
{
    m_timer->stop();
    m_cancel->store(true);
    m_again = false;
    if (m_future.isValid()) {
        m_future.waitForFinished();
    }
}
