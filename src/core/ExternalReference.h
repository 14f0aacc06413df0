#pragma once

#include <QString>

// A publication or record a case is described in (phenopacket metaData.externalReferences).
struct ExternalReference
{
    QString id;          // "PMID:30962759"
    QString reference;   // URL
    QString description;

    bool operator==(const ExternalReference&) const = default;
};
