#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// `matchdesk-cli eval`: retrieval evaluation of the phenotype measures on phenopackets
// (cross-publication leave-one-out, or a separate query set), optionally with perturbed queries.
class EvalCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvalCommand)

public:
    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override;
    int run(const QStringList& args) override;
};
