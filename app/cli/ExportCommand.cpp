#include "ExportCommand.h"

#include "core/AuditEntry.h"
#include "core/GeneCatalog.h"
#include "core/Store.h"
#include "formats/FormatError.h"
#include "formats/FormatFiles.h"
#include "formats/MmePatientWriter.h"
#include "formats/PhenopacketWriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

int ExportCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "export --patient ID --format phenopacket|mme [--out FILE] [--mme-id ID]\n"
        "Writes the patient to FILE (atomically) or to standard output. The MME form needs the patient's\n"
        "responsible clinician (patients contact) and uses --mme-id (default: the local id) as its id."));
    parser.addOption(databaseOption());
    const QCommandLineOption patientOpt(QStringLiteral("patient"), QStringLiteral("Local patient id."), QStringLiteral("ID"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("phenopacket or mme."), QStringLiteral("FORMAT"),
                                       QStringLiteral("phenopacket"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output file (default: standard output)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption mmeIdOpt(QStringLiteral("mme-id"), QStringLiteral("Id written in the MME patient."), QStringLiteral("ID"));
    parser.addOptions({patientOpt, formatOpt, outOpt, mmeIdOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    const QString format = parser.value(formatOpt);
    if (!parser.isSet(patientOpt) || (format != QLatin1String("phenopacket") && format != QLatin1String("mme"))) {
        err() << "export: --patient ID and --format phenopacket|mme are required\n" << Qt::flush;
        return 2;
    }
    auto store = openStore(parser);
    if (!store) {
        return 1;
    }
    try {
        const auto patient = store->patientByLocalId(parser.value(patientOpt));
        if (!patient) {
            err() << "export: no patient '" << parser.value(patientOpt) << "'\n" << Qt::flush;
            return 1;
        }
        GeneCatalog catalog;
        try {
            catalog.load(GeneCatalog::defaultPath());
        } catch (const MatchDeskError&) {
        }
        const GeneCatalog* genes = catalog.isEmpty() ? nullptr : &catalog;
        QByteArray bytes;
        QString pseudonym;
        if (format == QLatin1String("phenopacket")) {
            PhenopacketWriteOptions o;
            o.geneCatalog = genes;
            bytes = PhenopacketWriter::toBytes({*patient}, PhenopacketWriter::Layout::Document, o);
        } else {
            pseudonym = parser.isSet(mmeIdOpt) ? parser.value(mmeIdOpt) : patient->localId;
            MmeWriteOptions o;
            o.geneCatalog = genes;
            QStringList warnings;
            const QJsonObject mme = MmePatientWriter::toJson(*patient, pseudonym, o, &warnings);
            for (const QString& w : warnings) {
                err() << "export: warning: " << w << "\n";
            }
            bytes = QJsonDocument(QJsonObject{{QStringLiteral("patient"), mme}}).toJson(QJsonDocument::Indented);
        }
        const QString target = parser.value(outOpt);
        if (target.isEmpty()) {
            out() << QString::fromUtf8(bytes) << Qt::flush;
        } else {
            FormatFiles::writeAtomically(target, bytes);
        }
        AuditEntry audit;
        audit.time = QDateTime::currentDateTimeUtc();
        audit.action = QStringLiteral("export.") + format;
        audit.patientRowId = patient->rowId;
        audit.pseudonym = pseudonym;
        audit.destination = target.isEmpty() ? QStringLiteral("stdout") : target;
        audit.payloadSha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        audit.outcome = QStringLiteral("ok");
        store->appendAudit(audit);
        return 0;
    } catch (const MatchDeskError& e) {
        err() << "export: " << e.message() << "\n" << Qt::flush;
        return 1;
    }
}
