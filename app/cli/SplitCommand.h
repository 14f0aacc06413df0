#pragma once

#include "CliCommand.h"

// matchdesk-cli split: divides a phenopacket collection into N parts by publication (so each
// part is a different set of clinics, as nodes of a federation are) and keeps some cases aside as
// a clinic's "own" patients, each of which has a same-gene case from another publication in the
// parts. Deterministic: the same input gives the same split.
class SplitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("split"); }
    QString summary() const override
    {
        return QStringLiteral("Split phenopackets into node shards by publication, keeping some cases aside");
    }
    int run(const QStringList& args) override;
};
