#pragma once

#include "Watch.h"

#include "core/Store.h"

#include <QList>
#include <QStringList>

#include <optional>

// Watched patients, their schedules and the per-node retries after a failed node, in the user's
// database. Claims use leases so that the GUI scheduler and `matchdesk-cli alerts run` never
// work on the same patient at once; a lease whose owner process died is taken over.
class WatchStore
{
public:
    struct Claim
    {
        qint64 patientRowId = 0;
        bool due = false;           // the whole query is due (otherwise only retries)
        QStringList retryNodes;     // nodes that failed last time for this patient
    };

    explicit WatchStore(Store& store);

    void setWatch(qint64 patientRowId, Watch::Schedule schedule, double minScore, const QDateTime& nextDue);
    void removeWatch(qint64 patientRowId);
    std::optional<Watch> watch(qint64 patientRowId);
    QList<Watch> watches();
    void markDueNow(qint64 patientRowId);

    // Whether any watch is due at `now` or has node retries (cheap: lets a scheduler skip empty,
    // audited runs).
    bool anyDue(const QDateTime& now);
    // Leases every patient that is due (or has node retries) at `now` and is not leased by a live
    // owner. All in one transaction.
    QList<Claim> claimDue(const QString& owner, const QDateTime& now, int leaseSeconds = 900);
    // Finishes one patient inside the caller's transaction: next due date, retries, lease released.
    void complete(const Claim& claim, const Watch& watch, const QDateTime& now, const QStringList& succeededNodes,
                  const QList<QPair<QString, QString>>& failedNodes);
    void releaseAll(const QString& owner);
    QList<QPair<QString, QString>> retries(qint64 patientRowId);

    // "host:pid:nonce" for this process, and whether such an owner is known to be dead.
    static QString currentOwner();
    static bool ownerIsDead(const QString& owner);

private:
    Store& m_store;
};
