#pragma once

#include "core/Patient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class GeneCatalog;

struct PhenopacketWriteOptions
{
    QString createdBy = QStringLiteral("MatchDesk");
    QDateTime created;                      // invalid = now (UTC)
    QString hpoVersion;                     // resource version of HP ("" = "unknown")
    const GeneCatalog* geneCatalog = nullptr; // completes Ensembl/Entrez alternate ids
};

// Writes Phenopacket v2 JSON (schema version 2.0) for patients. Fields MatchDesk keeps only
// locally (contact, consent, inheritance mode) are not exported; the label becomes subject.id
// (the local id when there is no label). Variants with only a gene become a CANDIDATE gene
// interpretation; the others a variantInterpretation with vcfRecord, HGVS expressions,
// allelicState, structuralType (the SO consequence) and ACMG class.
class PhenopacketWriter
{
public:
    enum class Layout
    {
        Document, // one object (requires exactly one patient) or, for several, a JSON array
        Array,
        JsonLines,
    };

    static QJsonObject toJson(const Patient& patient, const PhenopacketWriteOptions& options = {});
    static QByteArray toBytes(const QList<Patient>& patients, Layout layout, const PhenopacketWriteOptions& options = {});
    // Atomic (QSaveFile); ".gz" suffix writes gzip. Throws FormatError.
    static void writeFile(const QString& path, const QList<Patient>& patients, Layout layout = Layout::Document,
                          const PhenopacketWriteOptions& options = {});
};
