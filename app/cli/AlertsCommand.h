#pragma once

#include "CliCommand.h"

// matchdesk-cli alerts run | list | watch | unwatch | watches: saved queries and headless
// re-matching (for cron, a systemd user timer or the Windows Task Scheduler).
class AlertsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString summary() const override
    {
        return QStringLiteral("Watch patients, re-run due queries headless, list new-match alerts");
    }
    int run(const QStringList& args) override;
};
