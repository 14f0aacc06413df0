#include "AlertDetector.h"

#include "AlertReason.h"
#include "AlertsLogging.h"
#include "RemoteGenotype.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QList<AlertReason::Item> materialChanges(const Patient& patient, const Match& old, const RemoteMatch& fresh,
                                         double minScore)
{
    using Change = AlertReason::Change;
    QList<AlertReason::Item> reasons;
    const RemoteGenotype before = RemoteGenotype::fromMmeRecord(old.remoteRecord);
    const RemoteGenotype after = RemoteGenotype::fromMmeRecord(fresh.record);
    const QStringList sharedBefore = before.sharedGenes(patient);
    for (const QString& gene : after.sharedGenes(patient)) {
        if (!sharedBefore.contains(gene)) {
            reasons.append({Change::NewSharedGene, gene});
        }
    }
    for (const QString& variant : after.variantKeys()) {
        if (!before.variantKeys().contains(variant)) {
            reasons.append({Change::NewVariant, variant});
        }
    }
    if (old.localScore < minScore && fresh.localScore >= minScore) {
        reasons.append({Change::ScoreRose, QString::number(fresh.localScore, 'f', 2)});
    }
    if (old.withdrawn) {
        reasons.append({Change::Returned, QString()});
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
    auto raise = [&](const Match& m, Alert::Kind kind, const QList<AlertReason::Item>& reasons) {
        Alert a;
        a.matchRowId = m.rowId;
        a.patientRowId = patient.rowId;
        a.runId = runId;
        a.kind = kind;
        a.reason = AlertReason::encode(reasons);
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
                    raise(m, Alert::Kind::NewMatch, {{AlertReason::Change::NewMatch, outcome.nodeName}});
                }
                continue;
            }
            const QList<AlertReason::Item> reasons = materialChanges(patient, *it, fresh, minScore);
            previous.remove(fresh.remoteId);
            store.upsertMatch(m);
            if (!reasons.isEmpty() && fresh.localScore >= minScore) {
                ++result.changedMatches;
                raise(m, Alert::Kind::ChangedMatch, reasons);
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
                      {{AlertReason::Change::Withdrawn, outcome.nodeName}});
            }
        }
    }
    tx.commit();
    return result;
}
