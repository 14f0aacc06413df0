#include "ResultRecorder.h"

#include "NetLogging.h"
#include "core/MatchDeskError.h"
#include "core/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <atomic>

std::shared_ptr<ResultRecorder> ResultRecorder::forDatabase(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<ResultRecorder>> recorders;
    QMutexLocker lock(&mutex);
    auto& r = recorders[path];
    if (!r) {
        r.reset(new ResultRecorder(path));
    }
    return r;
}

quint64 ResultRecorder::nextTicket()
{
    static std::atomic<quint64> next{1};
    return next++;
}

ResultRecorder::ResultRecorder(const QString& path)
    : m_path(path)
{
    qRegisterMetaType<NodeResult>();
    m_thread.setObjectName(QStringLiteral("matchdesk-results"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ResultRecorder::~ResultRecorder()
{
    m_thread.quit(); // queued jobs run before the loop exits
    m_thread.wait();
    m_store.reset();
}

void ResultRecorder::record(Job job)
{
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_queueMutex);
        wasEmpty = m_queue.isEmpty();
        m_queue.append(std::move(job));
    }
    if (wasEmpty) {
        QMetaObject::invokeMethod(
            m_worker, [this] { drain(); }, Qt::QueuedConnection);
    }
}

bool ResultRecorder::openStore()
{
    if (m_path.isEmpty()) {
        return false;
    }
    if (!m_store) {
        auto store = std::make_unique<Store>();
        store->open(m_path);
        m_store = std::move(store);
    }
    return true;
}

namespace {

void saveMatches(Store& store, ResultRecorder::Job& job)
{
    NodeResult& result = job.result;
    if (!job.saveMatches || job.patientRowId <= 0 || result.matches.isEmpty()) {
        return;
    }
    QSet<QString> known;
    for (const Match& m : store.matches(job.patientRowId)) {
        if (m.nodeName == result.nodeName) {
            known.insert(m.remotePatientId);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (NodeMatch& nm : result.matches) {
        Match m;
        m.patientRowId = job.patientRowId;
        m.nodeName = result.nodeName;
        m.remotePatientId = nm.remoteId;
        m.nodeScore = nm.nodeScore;
        m.localScore = nm.localScore;
        m.phenotypeScore = nm.phenotypeScore;
        m.genotypeScore = nm.genotypeScore;
        m.remoteRecord = QJsonDocument(nm.record).toJson(QJsonDocument::Compact);
        m.explanation = nm.explanation;
        m.disclaimer = result.disclaimer;
        m.firstSeen = now;
        m.lastSeen = now;
        store.upsertMatch(m);
        nm.matchRowId = m.rowId;
        nm.isNew = !known.contains(nm.remoteId);
    }
}

} // namespace

void ResultRecorder::drain()
{
    QList<Job> jobs;
    {
        QMutexLocker lock(&m_queueMutex);
        jobs.swap(m_queue);
    }
    if (jobs.isEmpty()) {
        return;
    }
    for (Job& job : jobs) {
        if (job.process) {
            try {
                job.process(job);
            } catch (const std::exception& e) {
                qCCritical(lcNet) << "processing the answer of" << job.result.nodeName
                                  << "failed:" << e.what();
                job.result.status = NodeStatus::Malformed;
                job.result.message = QString::fromUtf8(e.what());
                job.result.matches.clear();
            }
        }
    }
    // Group commit: every node answer that arrived meanwhile goes into one transaction (one fsync).
    bool grouped = false;
    try {
        if (openStore()) {
            SqliteDatabase::Transaction tx(m_store->database());
            for (Job& job : jobs) {
                saveMatches(*m_store, job);
                m_store->appendAudit(job.audit);
            }
            tx.commit();
        }
        grouped = true;
    } catch (const MatchDeskError& e) {
        qCWarning(lcNet) << "grouped write failed, writing node by node:" << e.message();
        m_store.reset();
    }
    if (!grouped) {
        for (Job& job : jobs) {
            try {
                openStore();
                SqliteDatabase::Transaction tx(m_store->database());
                saveMatches(*m_store, job);
                m_store->appendAudit(job.audit);
                tx.commit();
            } catch (const MatchDeskError& e) {
                qCCritical(lcNet) << "results of" << job.result.nodeName
                                  << "could not be written:" << e.message();
                job.result.message +=
                    (job.result.message.isEmpty() ? QString() : QStringLiteral("; ")) +
                    QCoreApplication::translate("ResultRecorder", "results not saved: %1").arg(e.message());
                m_store.reset();
                // The disclosure is recorded even when the results could not be.
                try {
                    openStore();
                    m_store->appendAudit(job.audit);
                } catch (const MatchDeskError& e2) {
                    qCCritical(lcNet) << "AUDIT ENTRY LOST for" << job.result.nodeName << e2.message();
                    m_store.reset();
                }
            }
        }
    }
    for (Job& job : jobs) {
        emit recorded(job.ticket, job.result);
    }
}
