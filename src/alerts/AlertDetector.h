#pragma once

#include "NodeOutcome.h"
#include "core/Store.h"

#include <QList>
#include <QPair>

// Records a fresh set of node answers for one patient and decides what deserves an alert:
// - a match never seen before, scoring at least minScore;
// - a known match whose remote record changed materially: a new shared gene, a new variant, its
//   score rising to minScore or above, or a withdrawn match returning;
// - a match the clinician acted on (status other than New) that its node no longer returns: kept
//   and flagged withdrawn, never deleted.
// Nodes that failed are left untouched: a failure never reads as "matches disappeared".
// Identical answers create no alert. Everything happens in one transaction.
class AlertDetector
{
public:
    struct Result
    {
        int newMatches = 0;
        int changedMatches = 0;
        int withdrawnMatches = 0;
        QList<Alert> alerts;
        QStringList succeededNodes;
        QList<QPair<QString, QString>> failedNodes; // node, reason
    };

    static Result apply(Store& store, const Patient& patient, const QList<NodeOutcome>& outcomes,
                        double minScore, qint64 runId, const QDateTime& now);
};
