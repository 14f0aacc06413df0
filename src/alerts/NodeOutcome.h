#pragma once

#include "RemoteMatch.h"

#include <QList>
#include <QString>

// What one node answered for one patient: its matches, or why it failed.
struct NodeOutcome
{
    QString nodeName;
    bool ok = false;
    QString error;      // when !ok: "timeout", "401 ...", "malformed response: ..."
    QString disclaimer;
    QList<RemoteMatch> matches;
};
