#pragma once

#include "CliCommand.h"

// matchdesk-cli patients list | consent | contact: inspect local patients and record consent and
// the responsible clinician without the GUI.
class PatientsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("patients"); }
    QString summary() const override
    {
        return QStringLiteral("List local patients; record consent and the responsible clinician");
    }
    int run(const QStringList& args) override;
};
