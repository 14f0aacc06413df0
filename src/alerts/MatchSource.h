#pragma once

#include "NodeOutcome.h"

#include "core/Patient.h"

#include <QList>
#include <QStringList>

// Where alert runs get fresh results from: in the application, the federated MME query; in unit
// tests, a scripted source. Called from a worker thread; blocks until every node has answered or
// failed.
class MatchSource
{
public:
    virtual ~MatchSource() = default;
    // onlyNodes empty: all enabled nodes.
    virtual QList<NodeOutcome> query(const Patient& patient, const QStringList& onlyNodes) = 0;
};
