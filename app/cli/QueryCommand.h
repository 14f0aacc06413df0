#pragma once

#include "CliCommand.h"

// matchdesk-cli query --patient ID | --phenopacket FILE [--node NAME...] [--json] [--test]
// [--preview]: sends one patient to the enabled nodes at once and prints each node's status and
// the merged, locally re-scored ranking. --preview prints the exact request per node instead.
class QueryCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("query"); }
    QString summary() const override
    {
        return QStringLiteral("Federated match query: one patient to every enabled node, merged ranking");
    }
    int run(const QStringList& args) override;
};
