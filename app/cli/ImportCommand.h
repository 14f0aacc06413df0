#pragma once

#include "CliCommand.h"

// matchdesk-cli import FILE... [--sample NAME] [--patient ID] [--skip-invalid]
// Phenopackets (JSON, JSON array, JSON Lines, .gz) and MME patient JSON become patients; a
// VCF/BCF adds candidate variants to --patient. All files are imported in one transaction.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Import phenopackets, MME patients or a VCF/BCF into the database."); }
    int run(const QStringList& args) override;
};
