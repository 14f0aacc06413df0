#pragma once

#include "PhenopacketReadOptions.h"
#include "PhenopacketReadResult.h"
#include "core/Patient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reads GA4GH Phenopacket v2 JSON (protobuf JSON mapping): one document, a JSON array of
// documents, or JSON Lines; any of them optionally gzip-compressed.
//
// Mapping: id -> localId; subject.id -> label (when different from id); subject.sex -> sex;
// phenotypicFeatures -> features (type, excluded, onset.ontologyClass); diseases -> disorders
// (term, excluded), the first disease onset class -> ageOfOnsetId; interpretations ->
// diagnosis -> genomicInterpretations -> variantInterpretation.variationDescriptor (or gene) ->
// variants; metaData.externalReferences -> references.
// Errors are FormatError naming file, line (JSON Lines / pretty JSON) and field.
class PhenopacketReader
{
    Q_DECLARE_TR_FUNCTIONS(PhenopacketReader)

public:
    static PhenopacketReadResult readFile(const QString& path, const PhenopacketReadOptions& options = {});
    // Same on bytes already in memory (gzip allowed); sourceName is used in messages and as
    // Patient::source.
    static PhenopacketReadResult readData(const QByteArray& data, const QString& sourceName,
                                          const PhenopacketReadOptions& options = {});
    // One document. Throws FormatError naming the field (no file/line). HPO id remapping notes
    // are appended to warnings.
    static Patient fromJson(const QJsonObject& document, const PhenopacketReadOptions& options = {},
                            QStringList* warnings = nullptr);
};
