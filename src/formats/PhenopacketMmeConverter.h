#pragma once

#include "MmePatientReader.h"
#include "MmePatientWriter.h"
#include "PhenopacketReader.h"
#include "PhenopacketWriter.h"

#include "core/Contact.h"

#include <QJsonObject>

// Converts between a Phenopacket v2 document and an MME patient object through the Patient
// model: OMIM: <-> MIM:, ORPHA: <-> Orphanet:, 1-based pos <-> 0-based start, GENO zygosity
// ids <-> 1/2 (1 on X/Y of a male back to hemizygous), hg38 <-> GRCh38, excluded <-> observed "no".
class PhenopacketMmeConverter
{
public:
    // The phenopacket carries no contact: pass the responsible clinician.
    static QJsonObject phenopacketToMme(const QJsonObject& phenopacket, const QString& mmeId, const Contact& contact,
                                        const MmeWriteOptions& options = {}, QStringList* warnings = nullptr);
    static QJsonObject mmeToPhenopacket(const QJsonObject& mmePatient, const MmeReadOptions& readOptions = {},
                                        const PhenopacketWriteOptions& writeOptions = {});
};
