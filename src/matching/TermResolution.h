#pragma once

#include <QString>
#include <QStringList>

// How an HPO id given by a user or a file maps onto the loaded ontology.
struct TermResolution
{
    enum class Status
    {
        Current,               // the id is a current term
        Alternative,           // an alt_id of a current term
        ReplacedObsolete,      // an obsolete term with replaced_by pointing to a current term
        ObsoleteNoReplacement, // an obsolete term without (resolvable) replacement; see consider
        Unknown,               // not in the ontology
    };
    Status status = Status::Unknown;
    int index = -1;       // dense index of the current term, -1 for ObsoleteNoReplacement/Unknown
    QString currentId;    // id of the current term, empty when index < 0
    QStringList consider; // "consider" suggestions of an obsolete term

    bool isResolved() const { return index >= 0; }
};
