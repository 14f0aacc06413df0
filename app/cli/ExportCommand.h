#pragma once

#include "CliCommand.h"

// matchdesk-cli export --patient ID --format phenopacket|mme [--out FILE] [--mme-id ID]
// The phenopacket is local (keeps the local id); the MME patient carries the patient's pseudonym
// (Pseudonymizer, as in queries) unless --mme-id names another id.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QStringLiteral("Export a patient as a Phenopacket v2 or MME patient JSON.");
    }
    int run(const QStringList& args) override;
};
