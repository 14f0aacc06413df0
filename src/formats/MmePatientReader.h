#pragma once

#include "core/Patient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class GeneCatalog;

struct MmeReadOptions
{
    // Resolves gene.id (Ensembl, Entrez, symbol, HGNC id) to a full gene record; without it
    // the id is kept as given (Ensembl -> ensemblId, digits -> entrezId, else symbol). An id the
    // catalog cannot resolve (unknown, or an ambiguous alias) is kept as given too and flagged in
    // MmeReadResult::warnings with its field path ("patient.genomicFeatures[2].gene.id: ...").
    // Rejecting such genes is node policy (NodeRequestParser), not the reader's.
    const GeneCatalog* geneCatalog = nullptr;
    // Field path prefix used in error messages ("patient" for a request body).
    QString path = QStringLiteral("patient");
};

struct MmeReadResult
{
    Patient patient;   // localId = MME id, label = MME label
    QString id;        // the MME patient id
    QString species;   // "NCBITaxon:9606" when absent
    bool test = false; // "test": true
    QString rawSex;    // the sex as written (MIXED_SAMPLE / NOT_APPLICABLE map to Sex::Unknown)
    // Underscore fields (non-standard, e.g. "_geneName") kept by JSON path, e.g.
    // {"patient.genomicFeatures[0].gene._geneName": "MYH11"}.
    QJsonObject extras;
    QStringList warnings; // unknown non-underscore fields that were ignored, genes not resolved ...
};

// Reads a Matchmaker Exchange API 1.1 `patient` object (search-api.md) with the checks of a
// strict node. Throws FormatError whose field() is the JSON path, e.g.
// "patient.genomicFeatures[1].variant.start: must be a non-negative integer".
class MmePatientReader
{
    Q_DECLARE_TR_FUNCTIONS(MmePatientReader)

public:
    static MmeReadResult fromJson(const QJsonObject& patient, const MmeReadOptions& options = {});
    // Convenience for servers: returns false and fills *errorField / *errorMessage instead of throwing.
    static bool fromJson(const QJsonObject& patient, MmeReadResult* result, QString* errorField,
                         QString* errorMessage = nullptr, const MmeReadOptions& options = {});
    // A file holding one patient object, a request {"patient": {...}} or an array of patients
    // (the MME test data). Throws FormatError naming the file.
    static QList<MmeReadResult> readFile(const QString& path, const MmeReadOptions& options = {});
};
