#include "WatchStore.h"

#include "AlertsLogging.h"

#include <QSysInfo>
#include <QSet>
#include <QUuid>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace {
QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

WatchStore::WatchStore(Store& store)
    : m_store(store)
{
}

QString WatchStore::currentOwner()
{
    static const QString owner = QStringLiteral("%1:%2:%3")
                                     .arg(QSysInfo::machineHostName())
                                     .arg(::getpid())
                                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    return owner;
}

bool WatchStore::ownerIsDead(const QString& owner)
{
    const QStringList parts = owner.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName()) {
        return false; // another machine: only the lease expiry tells
    }
    if (owner == currentOwner()) {
        return false;
    }
    bool ok = false;
    const pid_t pid = pid_t(parts.at(1).toLongLong(&ok));
    if (!ok || pid <= 0) {
        return true;
    }
    return ::kill(pid, 0) != 0 && errno == ESRCH;
}

void WatchStore::setWatch(qint64 patientRowId, Watch::Schedule schedule, double minScore, const QDateTime& nextDue)
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    auto st = db.prepare("INSERT INTO watches (patient_id, schedule, min_score, next_due) VALUES (?1,?2,?3,?4) "
                         "ON CONFLICT(patient_id) DO UPDATE SET schedule=excluded.schedule, "
                         "min_score=excluded.min_score, next_due=excluded.next_due");
    st.bind(1, patientRowId).bind(2, Watch::scheduleKey(schedule)).bind(3, minScore).bind(4, iso(nextDue));
    st.exec();
    tx.commit();
}

void WatchStore::removeWatch(qint64 patientRowId)
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    db.prepare("DELETE FROM watches WHERE patient_id=?1").bind(1, patientRowId).exec();
    db.prepare("DELETE FROM watch_retries WHERE patient_id=?1").bind(1, patientRowId).exec();
    tx.commit();
}

std::optional<Watch> WatchStore::watch(qint64 patientRowId)
{
    for (const Watch& w : watches()) {
        if (w.patientRowId == patientRowId) {
            return w;
        }
    }
    return std::nullopt;
}

QList<Watch> WatchStore::watches()
{
    QList<Watch> result;
    auto st = m_store.database().prepare(
        "SELECT patient_id, schedule, min_score, next_due, last_run FROM watches ORDER BY patient_id");
    while (st.step()) {
        Watch w;
        w.patientRowId = st.int64(0);
        w.schedule = Watch::scheduleFromKey(st.text(1));
        w.minScore = st.real(2);
        w.nextDue = fromIso(st.text(3));
        if (!st.isNull(4)) {
            w.lastRun = fromIso(st.text(4));
        }
        result.append(w);
    }
    return result;
}

void WatchStore::markDueNow(qint64 patientRowId)
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    db.prepare("UPDATE watches SET next_due=?1 WHERE patient_id=?2")
        .bind(1, iso(QDateTime::currentDateTimeUtc()))
        .bind(2, patientRowId)
        .exec();
    tx.commit();
}

bool WatchStore::anyDue(const QDateTime& now)
{
    auto st = m_store.database().prepare(
        "SELECT EXISTS (SELECT 1 FROM watches WHERE next_due <= ?1) OR EXISTS (SELECT 1 FROM watch_retries)");
    st.bind(1, iso(now));
    return st.step() && st.int64(0) != 0;
}

QList<WatchStore::Claim> WatchStore::claimDue(const QString& owner, const QDateTime& now, int leaseSeconds)
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    QList<Claim> claims;
    auto st = db.prepare(
        "SELECT w.patient_id, w.next_due <= ?1, w.lease_owner, w.lease_until, "
        "       (SELECT group_concat(node_name, char(10)) FROM watch_retries r WHERE r.patient_id = w.patient_id) "
        "FROM watches w WHERE w.next_due <= ?1 OR EXISTS (SELECT 1 FROM watch_retries r WHERE r.patient_id = w.patient_id) "
        "ORDER BY w.next_due, w.patient_id");
    st.bind(1, iso(now));
    while (st.step()) {
        const QString leaseOwner = st.text(2);
        const QDateTime leaseUntil = st.isNull(3) ? QDateTime() : fromIso(st.text(3));
        const bool leased = !leaseOwner.isEmpty() && leaseOwner != owner && leaseUntil.isValid() && leaseUntil > now;
        if (leased && !ownerIsDead(leaseOwner)) {
            continue;
        }
        if (leased) {
            qCInfo(lcAlerts) << "taking over the lease of a dead run" << leaseOwner << "on patient" << st.int64(0);
        }
        Claim c;
        c.patientRowId = st.int64(0);
        c.due = st.int64(1) != 0;
        const QString retry = st.text(4);
        c.retryNodes = retry.isEmpty() ? QStringList() : retry.split(QLatin1Char('\n'));
        claims.append(c);
    }
    auto lease = db.prepare("UPDATE watches SET lease_owner=?1, lease_until=?2 WHERE patient_id=?3");
    for (const Claim& c : claims) {
        lease.bind(1, owner).bind(2, iso(now.addSecs(leaseSeconds))).bind(3, c.patientRowId).exec();
        lease.reset();
    }
    tx.commit();
    return claims;
}

void WatchStore::complete(const Claim& claim, const Watch& watch, const QDateTime& now,
                          const QStringList& succeededNodes, const QList<QPair<QString, QString>>& failedNodes)
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    const QDateTime next = claim.due ? Watch::nextAfter(watch.schedule, now) : watch.nextDue;
    db.prepare("UPDATE watches SET next_due=?1, last_run=?2, lease_owner=NULL, lease_until=NULL WHERE patient_id=?3")
        .bind(1, iso(next))
        .bind(2, iso(now))
        .bind(3, claim.patientRowId)
        .exec();
    auto del = db.prepare("DELETE FROM watch_retries WHERE patient_id=?1 AND node_name=?2");
    for (const QString& node : succeededNodes) {
        del.bind(1, claim.patientRowId).bind(2, node).exec();
        del.reset();
    }
    auto add = db.prepare("INSERT INTO watch_retries (patient_id, node_name, reason, since) VALUES (?1,?2,?3,?4) "
                          "ON CONFLICT(patient_id, node_name) DO UPDATE SET reason=excluded.reason");
    for (const auto& [node, reason] : failedNodes) {
        add.bind(1, claim.patientRowId).bind(2, node).bind(3, reason).bind(4, iso(now)).exec();
        add.reset();
    }
    tx.commit();
}

void WatchStore::releaseAll(const QString& owner)
{
    auto& db = m_store.database();
    SqliteDatabase::Transaction tx(db);
    db.prepare("UPDATE watches SET lease_owner=NULL, lease_until=NULL WHERE lease_owner=?1").bind(1, owner).exec();
    tx.commit();
}

QList<QPair<QString, QString>> WatchStore::retries(qint64 patientRowId)
{
    QList<QPair<QString, QString>> result;
    auto st = m_store.database().prepare(
        "SELECT node_name, reason FROM watch_retries WHERE patient_id=?1 ORDER BY node_name");
    st.bind(1, patientRowId);
    while (st.step()) {
        result.append({st.text(0), st.text(1)});
    }
    return result;
}
