#include "AlertDetector.h"

#include "AlertsLogging.h"
#include "RemoteGenotype.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QStringList materialChanges(const Patient& patient, const Match& old, const RemoteMatch& fresh,
                            double minScore)
{
    QStringList reasons;
    const RemoteGenotype before = RemoteGenotype::fromMmeRecord(old.remoteRecord);
    const RemoteGenotype after = RemoteGenotype::fromMmeRecord(fresh.record);
    const QStringList sharedBefore = before.sharedGenes(patient);
    for (const QString& gene : after.sharedGenes(patient)) {
        if (!sharedBefore.contains(gene)) {
            reasons << AlertDetector::tr("new shared gene %1").arg(gene);
        }
    }
    for (const QString& variant : after.variantKeys()) {
        if (!before.variantKeys().contains(variant)) {
            reasons << AlertDetector::tr("new variant %1").arg(variant);
        }
    }
    if (old.localScore < minScore && fresh.localScore >= minScore) {
        reasons << AlertDetector::tr("score rose to %1").arg(fresh.localScore, 0, 'f', 2);
    }
    if (old.withdrawn) {
        reasons << AlertDetector::tr("returned again by its node");
    }
    return reasons;
}
} // namespace

AlertDetector::Result AlertDetector::apply(Store& store, const Patient& patient,
                                           const QList<NodeOutcome>& outcomes, double minScore, qint64 runId,
                                           const QDateTime& now)
{
    Result result;
    SqliteDatabase::Transaction tx(store.database());
    QHash<QString, QHash<QString, Match>> known; // node -> remote id -> match
    for (const Match& m : store.matches(patient.rowId)) {
        known[m.nodeName].insert(m.remotePatientId, m);
    }
    auto raise = [&](const Match& m, Alert::Kind kind, const QString& reason) {
        Alert a;
        a.matchRowId = m.rowId;
        a.patientRowId = patient.rowId;
        a.runId = runId;
        a.kind = kind;
        a.reason = reason;
        a.created = now;
        store.addAlert(a);
        result.alerts.append(a);
    };

    for (const NodeOutcome& outcome : outcomes) {
        if (!outcome.ok) {
            result.failedNodes.append({outcome.nodeName, outcome.error});
            continue;
        }
        result.succeededNodes.append(outcome.nodeName);
        QHash<QString, Match> previous = known.value(outcome.nodeName);
        for (const RemoteMatch& fresh : outcome.matches) {
            Match m;
            m.patientRowId = patient.rowId;
            m.nodeName = outcome.nodeName;
            m.remotePatientId = fresh.remoteId;
            m.nodeScore = fresh.nodeScore;
            m.localScore = fresh.localScore;
            m.phenotypeScore = fresh.phenotypeScore;
            m.genotypeScore = fresh.genotypeScore;
            m.remoteRecord = fresh.record;
            m.explanation = fresh.explanation;
            m.disclaimer = outcome.disclaimer;
            m.lastSeen = now;
            m.withdrawn = false;
            const auto it = previous.constFind(fresh.remoteId);
            if (it == previous.constEnd()) {
                store.upsertMatch(m);
                if (fresh.localScore >= minScore) {
                    ++result.newMatches;
                    raise(m, Alert::Kind::NewMatch,
                          AlertDetector::tr("new match on %1").arg(outcome.nodeName));
                }
                continue;
            }
            const QStringList reasons = materialChanges(patient, *it, fresh, minScore);
            previous.remove(fresh.remoteId);
            store.upsertMatch(m);
            if (!reasons.isEmpty() && fresh.localScore >= minScore) {
                ++result.changedMatches;
                raise(m, Alert::Kind::ChangedMatch, reasons.join(QStringLiteral("; ")));
            }
        }
        // Known matches this node no longer returns.
        for (Match gone : std::as_const(previous)) {
            if (gone.withdrawn) {
                continue;
            }
            gone.withdrawn = true;
            store.upsertMatch(gone); // keeps last_seen, status and notes
            if (gone.status != TriageStatus::New && gone.status != TriageStatus::NotRelevant) {
                ++result.withdrawnMatches;
                raise(gone, Alert::Kind::WithdrawnMatch,
                      AlertDetector::tr("no longer returned by %1").arg(outcome.nodeName));
            }
        }
    }
    tx.commit();
    return result;
}
