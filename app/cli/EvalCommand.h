#pragma once

#include "CliCommand.h"

// `matchdesk-cli eval`: retrieval evaluation of the phenotype measures on phenopackets
// (cross-publication leave-one-out, or a separate query set), optionally with perturbed queries.
class EvalCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override;
    int run(const QStringList& args) override;
};
