#include "PhenopacketMmeConverter.h"

QJsonObject PhenopacketMmeConverter::phenopacketToMme(const QJsonObject& phenopacket, const QString& mmeId,
                                                      const Contact& contact, const MmeWriteOptions& options,
                                                      QStringList* warnings)
{
    Patient p = PhenopacketReader::fromJson(phenopacket, {}, warnings);
    p.contact = contact;
    return MmePatientWriter::toJson(p, mmeId, options, warnings);
}

QJsonObject PhenopacketMmeConverter::mmeToPhenopacket(const QJsonObject& mmePatient, const MmeReadOptions& readOptions,
                                                      const PhenopacketWriteOptions& writeOptions)
{
    const MmeReadResult r = MmePatientReader::fromJson(mmePatient, readOptions);
    return PhenopacketWriter::toJson(r.patient, writeOptions);
}
