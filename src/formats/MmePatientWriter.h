#pragma once

#include "core/Patient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class GeneCatalog;

struct MmeWriteOptions
{
    const GeneCatalog* geneCatalog = nullptr; // finds the Ensembl id for gene.id
    QString label;                            // MME label (never the local label unless the caller says so)
    bool test = false;                        // "test": true
    bool includeVariants = true;              // false: genes (and SO type, zygosity) only, no coordinates
    bool includeDisorders = true;
};

// Writes the MME API 1.1 `patient` object. The id is the pseudonym the network sees; the
// contact is the patient's responsible clinician (Patient::contact). Coordinates are 0-based
// (start = pos - 1, end = start + len(ref)); gene.id is the Ensembl id when known, with the
// symbol in "_geneName"; disorders OMIM:/ORPHA: become MIM:/Orphanet: (others are left out);
// excluded features are written with observed "no".
class MmePatientWriter
{
    Q_DECLARE_TR_FUNCTIONS(MmePatientWriter)

public:
    // Throws FormatError when the patient cannot form a valid MME patient (no contact name/href,
    // neither features nor genes). Non-fatal omissions are appended to warnings.
    static QJsonObject toJson(const Patient& patient, const QString& mmeId,
                              const MmeWriteOptions& options = {}, QStringList* warnings = nullptr);
    static void writeFile(const QString& path, const Patient& patient, const QString& mmeId,
                          const MmeWriteOptions& options = {});
};
