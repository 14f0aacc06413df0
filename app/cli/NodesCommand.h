#pragma once

#include "CliCommand.h"

// matchdesk-cli nodes add | list | remove | test: the MME nodes this installation queries. Tokens
// go to the secret store (OS keychain; MATCHDESK_KEYCHAIN=memory|file:PATH for tests and the
// demo) and are read from standard input, never from the command line.
class NodesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("nodes"); }
    QString summary() const override
    {
        return QStringLiteral("Add, list, remove and test (heartbeat) Matchmaker Exchange nodes");
    }
    int run(const QStringList& args) override;
};
