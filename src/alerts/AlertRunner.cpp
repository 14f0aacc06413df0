#include "AlertRunner.h"

#include "AlertDetector.h"
#include "AlertsLogging.h"

#include <QSet>

namespace {
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AlertRunner::AlertRunner(Store& store, MatchSource& source)
    : m_store(store)
    , m_source(source)
    , m_watches(store)
{
}

int AlertRunner::recoverInterruptedRuns()
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    QList<QPair<qint64, QString>> stale;
    auto st = db.prepare("SELECT id, owner FROM alert_runs WHERE status='running'");
    while (st.step()) {
        if (WatchStore::ownerIsDead(st.text(1))) {
            stale.append({st.int64(0), st.text(1)});
        }
    }
    for (const auto& [id, owner] : stale) {
        db.prepare("UPDATE alert_runs SET status='interrupted', finished=?1 WHERE id=?2")
            .bind(1, iso(QDateTime::currentDateTimeUtc()))
            .bind(2, id)
            .exec();
        AuditEntry e;
        e.action = QStringLiteral("alerts.run");
        e.destination = owner;
        e.outcome = QStringLiteral("run %1 interrupted; its unfinished patients are redone").arg(id);
        m_store.appendAudit(e);
    }
    tx.commit();
    return int(stale.size());
}

AlertRunner::RunResult AlertRunner::runDue(const QDateTime& now, const std::function<bool(int, int)>& progress)
{
    RunResult result;
    recoverInterruptedRuns();
    const QString owner = WatchStore::currentOwner();
    auto& db = m_store.database();
    {
        SqliteDatabase::Transaction tx(db);
        db.prepare("INSERT INTO alert_runs (owner, started, status) VALUES (?1, ?2, 'running')")
            .bind(1, owner)
            .bind(2, iso(now))
            .exec();
        result.runId = db.lastInsertRowId();
        tx.commit();
    }
    const QList<WatchStore::Claim> claims = m_watches.claimDue(owner, now);
    qCInfo(lcAlerts) << "alert run" << result.runId << "claimed" << claims.size() << "patient(s)";
    QSet<QString> failed;
    QSet<qint64> patientsWithAlerts;
    try {
        for (int i = 0; i < claims.size(); ++i) {
            if (progress && !progress(i, int(claims.size()))) {
                result.cancelled = true;
                break;
            }
            const WatchStore::Claim& claim = claims.at(i);
            const auto patient = m_store.patient(claim.patientRowId);
            const auto watch = m_watches.watch(claim.patientRowId);
            if (!patient || !watch) {
                continue;
            }
            if (!patient->consent.allowsMatching()) {
                ++result.patientsSkipped;
                SqliteDatabase::Transaction tx(db);
                m_watches.complete(claim, *watch, now, {}, {});
                tx.commit();
                continue;
            }
            const QStringList only = claim.due ? QStringList() : claim.retryNodes;
            const QList<NodeOutcome> outcomes = m_source.query(*patient, only);
            SqliteDatabase::Transaction tx(db);
            const auto detected = AlertDetector::apply(m_store, *patient, outcomes, watch->minScore, result.runId, now);
            m_watches.complete(claim, *watch, now, detected.succeededNodes, detected.failedNodes);
            tx.commit();
            ++result.patientsChecked;
            result.summary.newMatches += detected.newMatches;
            result.summary.changedMatches += detected.changedMatches;
            result.summary.withdrawnMatches += detected.withdrawnMatches;
            if (!detected.alerts.isEmpty()) {
                patientsWithAlerts.insert(claim.patientRowId);
            }
            for (const auto& f : detected.failedNodes) {
                failed.insert(f.first);
            }
        }
    } catch (...) {
        m_watches.releaseAll(owner);
        throw;
    }
    m_watches.releaseAll(owner);
    result.summary.patientsWithAlerts = int(patientsWithAlerts.size());
    result.failedNodes = QStringList(failed.cbegin(), failed.cend());
    result.failedNodes.sort();

    SqliteDatabase::Transaction tx(db);
    const int alertCount =
        result.summary.newMatches + result.summary.changedMatches + result.summary.withdrawnMatches;
    db.prepare("UPDATE alert_runs SET finished=?1, status=?2, patients=?3, new_alerts=?4, summary=?5 WHERE id=?6")
        .bind(1, iso(QDateTime::currentDateTimeUtc()))
        .bind(2, result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"))
        .bind(3, result.patientsChecked)
        .bind(4, alertCount)
        .bind(5, result.summary.text())
        .bind(6, result.runId)
        .exec();
    AuditEntry e;
    e.action = QStringLiteral("alerts.run");
    e.destination = owner;
    e.outcome = QStringLiteral("run %1: %2 patient(s) checked, %3 alert(s)%4%5")
                    .arg(result.runId)
                    .arg(result.patientsChecked)
                    .arg(alertCount)
                    .arg(result.failedNodes.isEmpty()
                             ? QString()
                             : QStringLiteral(", failed nodes: ") + result.failedNodes.join(QStringLiteral(", ")))
                    .arg(result.cancelled ? QStringLiteral(", cancelled") : QString());
    m_store.appendAudit(e);
    tx.commit();
    return result;
}
