#pragma once

#include "AlertSummary.h"
#include "MatchSource.h"
#include "WatchStore.h"

#include "core/Store.h"

#include <functional>

// One alert run: re-queries every watched patient that is due (and retries nodes that failed
// last time), records the answers and raises alerts. Safe against a second run at the same time
// (leases) and against being killed (each patient is committed atomically, an interrupted run is
// recorded as such by the next one). Every run is written to the audit log.
class AlertRunner
{
public:
    struct RunResult
    {
        qint64 runId = 0;
        int patientsChecked = 0;
        int patientsSkipped = 0;  // e.g. consent withdrawn since the patient was watched
        AlertSummary summary;
        QStringList failedNodes;  // distinct node names that failed in this run
        bool cancelled = false;
    };

    AlertRunner(Store& store, MatchSource& source);

    // progress(done, total) may return false to cancel between patients.
    RunResult runDue(const QDateTime& now = QDateTime::currentDateTimeUtc(),
                     const std::function<bool(int, int)>& progress = {});

    // Marks runs left "running" by a dead process as interrupted (and audits it).
    int recoverInterruptedRuns();

private:
    Store& m_store;
    MatchSource& m_source;
    WatchStore m_watches;
};
