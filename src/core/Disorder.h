#pragma once

#include <QString>

// A diagnosed or suspected disorder. Ids are stored phenopacket style ("OMIM:601234",
// "ORPHA:123"); the MME converter maps them to "MIM:" / "Orphanet:".
struct Disorder
{
    QString id;
    QString label;
    bool excluded = false;

    bool operator==(const Disorder&) const = default;
};
