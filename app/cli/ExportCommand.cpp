#include "ExportCommand.h"

#include "core/AuditEntry.h"
#include "core/GeneCatalog.h"
#include "core/Pseudonymizer.h"
#include "core/Store.h"
#include "formats/FormatError.h"
#include "formats/FormatFiles.h"
#include "formats/MmePatientWriter.h"
#include "formats/PhenopacketWriter.h"
#include "net/SecretStoreFactory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

int ExportCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("export --patient ID --format phenopacket|mme [--out FILE] [--mme-id ID]\n"
                       "Writes the patient to FILE (atomically) or to standard output.\n"
                       "  phenopacket  a local document: it keeps the local patient id (and label) and is "
                       "meant for your own\n"
                       "               tools and colleagues, not for the matchmaking network.\n"
                       "  mme          the MME patient exactly as the network sees it: its id is the "
                       "patient's pseudonym (the\n"
                       "               same one `query` sends, derived from the pseudonym key in the OS "
                       "keychain), never the\n"
                       "               local id or label; it needs the responsible clinician (patients "
                       "contact). --mme-id ID\n"
                       "               writes ID instead, for when you choose the id yourself."));
    parser.addOption(databaseOption());
    const QCommandLineOption patientOpt(QStringLiteral("patient"), QStringLiteral("Local patient id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("phenopacket or mme."),
                                       QStringLiteral("FORMAT"), QStringLiteral("phenopacket"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QStringLiteral("Output file (default: standard output)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption mmeIdOpt(
        QStringLiteral("mme-id"),
        QStringLiteral("MME only: write this id instead of the patient's pseudonym."), QStringLiteral("ID"));
    parser.addOptions({patientOpt, formatOpt, outOpt, mmeIdOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    const QString format = parser.value(formatOpt);
    if (!parser.isSet(patientOpt) ||
        (format != QLatin1String("phenopacket") && format != QLatin1String("mme"))) {
        err() << "export: --patient ID and --format phenopacket|mme are required\n" << Qt::flush;
        return 2;
    }
    if (parser.isSet(mmeIdOpt) &&
        (format != QLatin1String("mme") || parser.value(mmeIdOpt).trimmed().isEmpty())) {
        err() << "export: --mme-id needs a non-empty ID and --format mme\n" << Qt::flush;
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
            if (parser.isSet(mmeIdOpt)) {
                pseudonym = parser.value(mmeIdOpt).trimmed();
            } else {
                // The network id: the same function and key `query` uses, so a case exported here
                // and one sent to a node carry the same id.
                try {
                    const auto secrets = SecretStoreFactory::create();
                    pseudonym = Pseudonymizer::loadBlocking(*secrets).pseudonym(patient->localId);
                } catch (const MatchDeskError& e) {
                    err() << "export: cannot compute the patient's pseudonym: " << e.message()
                          << "\n(--mme-id ID writes an id of your choice instead)\n"
                          << Qt::flush;
                    return 1;
                }
            }
            MmeWriteOptions o;
            o.geneCatalog = genes;
            QStringList warnings;
            const QJsonObject mme = MmePatientWriter::toJson(*patient, pseudonym, o, &warnings);
            for (const QString& w : warnings) {
                err() << "export: warning: " << w << "\n";
            }
            bytes =
                QJsonDocument(QJsonObject{{QStringLiteral("patient"), mme}}).toJson(QJsonDocument::Indented);
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
