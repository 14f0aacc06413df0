#pragma once

#include "NodeResult.h"
#include "core/AuditEntry.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

class Store;

// Writes the outcome of one node (its matches and its audit entry, in one transaction) on a
// worker thread with its own connection to the database, so that fsyncs never stall the thread
// that runs the query (the GUI). One recorder per database file, shared by all queries of the
// process; writes are never dropped, even when the query that asked for them is destroyed.
class ResultRecorder : public QObject
{
    Q_OBJECT

public:
    // path empty: no database (processing only, nothing written).
    static std::shared_ptr<ResultRecorder> forDatabase(const QString& path);
    ~ResultRecorder() override; // finishes pending writes, then stops the worker

    struct Job
    {
        quint64 ticket = 0;
        qint64 patientRowId = 0;
        bool saveMatches = false;
        NodeResult result;
        AuditEntry audit;
        // Runs first on the worker thread: fills result, audit and saveMatches (parsing,
        // validation and re-scoring of the node's answer happen here, off the caller's thread).
        std::function<void(Job&)> process;
    };
    // Queues the job; `recorded` is emitted (from the worker thread) when it is done, with the
    // result's matches carrying matchRowId / isNew and, on a write failure, the reason in message.
    void record(Job job);
    static quint64 nextTicket();

signals:
    void recorded(quint64 ticket, const NodeResult& result);

private:
    explicit ResultRecorder(const QString& path);
    void drain();
    bool openStore();

    QString m_path;
    QThread m_thread;
    QObject* m_worker = nullptr;    // lives in m_thread
    std::unique_ptr<Store> m_store; // used in m_thread only
    QMutex m_queueMutex;
    QList<Job> m_queue;
};
