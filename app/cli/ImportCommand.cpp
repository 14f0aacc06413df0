#include "ImportCommand.h"

#include "core/GeneCatalog.h"
#include "core/Store.h"
#include "formats/FormatError.h"
#include "formats/FormatFiles.h"
#include "formats/MmePatientReader.h"
#include "formats/PhenopacketReader.h"
#include "formats/VcfReader.h"
#include "matching/HpoOntology.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isVcf(const QString& path)
{
    const QString l = path.toLower();
    return l.endsWith(QLatin1String(".vcf")) || l.endsWith(QLatin1String(".vcf.gz")) ||
           l.endsWith(QLatin1String(".vcf.bgz")) || l.endsWith(QLatin1String(".bcf"));
}

// An MME file: {"patient": {...}}, a patient object with a contact, or an array of those.
bool isMme(const QString& path)
{
    const QByteArray data = FormatFiles::readAll(path);
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    QJsonObject o = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    return o.contains(QStringLiteral("patient")) ||
           (o.contains(QStringLiteral("contact")) && !o.contains(QStringLiteral("metaData")));
}

} // namespace

int ImportCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "import FILE... [--sample NAME] [--patient ID] [--skip-invalid]\n"
        "Phenopacket v2 (.json, .jsonl, optionally .gz) and MME patient JSON create or replace patients;\n"
        "a VCF/BCF adds the chosen sample's candidate variants to --patient. Everything is imported in\n"
        "one transaction: on any error nothing is stored."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to import."),
                                 QStringLiteral("FILE..."));
    parser.addOption(databaseOption());
    const QCommandLineOption sampleOpt(QStringLiteral("sample"), QStringLiteral("VCF sample of the proband."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption patientOpt(
        QStringLiteral("patient"),
        QStringLiteral("Local patient id the VCF variants belong to (created if new)."),
        QStringLiteral("ID"));
    const QCommandLineOption skipOpt(QStringLiteral("skip-invalid"),
                                     QStringLiteral("Skip invalid phenopackets and list them."));
    const QCommandLineOption passOpt(QStringLiteral("pass-only"),
                                     QStringLiteral("VCF: only records with FILTER PASS."));
    const QCommandLineOption qualOpt(QStringLiteral("min-qual"), QStringLiteral("VCF: minimum QUAL."),
                                     QStringLiteral("Q"));
    const QCommandLineOption gqOpt(QStringLiteral("min-gq"), QStringLiteral("VCF: minimum GQ."),
                                   QStringLiteral("GQ"));
    const QCommandLineOption dpOpt(QStringLiteral("min-dp"), QStringLiteral("VCF: minimum depth."),
                                   QStringLiteral("DP"));
    const QCommandLineOption afOpt(QStringLiteral("max-af"),
                                   QStringLiteral("VCF: maximum population allele frequency."),
                                   QStringLiteral("AF"));
    const QCommandLineOption impactOpt(QStringLiteral("min-impact"),
                                       QStringLiteral("VCF: HIGH, MODERATE, LOW or MODIFIER."),
                                       QStringLiteral("IMPACT"));
    const QCommandLineOption geneOpt(QStringLiteral("gene"),
                                     QStringLiteral("VCF: keep only this gene (repeatable)."),
                                     QStringLiteral("GENE"));
    parser.addOptions(
        {sampleOpt, patientOpt, skipOpt, passOpt, qualOpt, gqOpt, dpOpt, afOpt, impactOpt, geneOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err() << "import: no file given\n" << Qt::flush;
        return 2;
    }
    auto store = openStore(parser);
    if (!store) {
        return 1;
    }
    GeneCatalog catalog;
    try {
        catalog.load(GeneCatalog::defaultPath());
    } catch (const MatchDeskError& e) {
        err() << "import: warning: " << e.message() << " (genes kept as given)\n";
    }
    // Phenopackets: alternative and obsolete HPO ids are mapped to current ones through the
    // ontology (binary cache: a fraction of a second); without it they are kept and flagged.
    std::shared_ptr<const HpoOntology> ontology;
    auto needsOntology = [&] {
        for (const QString& f : files) {
            if (!isVcf(f) && !isMme(f)) {
                return true;
            }
        }
        return false;
    };
    if (needsOntology()) {
        try {
            ontology = HpoOntology::loadDefault();
        } catch (const MatchDeskError& e) {
            err() << "import: warning: " << e.message() << " (HPO ids kept as given)\n";
        }
    }
    try {
        QList<Patient> toSave;
        QHash<QString, qsizetype> byId; // localId -> index in toSave
        auto stage = [&](Patient p) {
            if (const auto existing = store->patientByLocalId(p.localId)) {
                p.rowId = existing->rowId;
                p.consent = existing->consent; // an import never changes consent or the clinician
                if (p.contact.isEmpty()) {
                    p.contact = existing->contact;
                }
            }
            if (byId.contains(p.localId)) {
                toSave[byId.value(p.localId)] = p;
            } else {
                byId.insert(p.localId, toSave.size());
                toSave.append(p);
            }
        };
        qsizetype skipped = 0;
        for (const QString& file : files) {
            if (isVcf(file)) {
                if (!parser.isSet(patientOpt)) {
                    err() << "import: " << file << ": a VCF needs --patient ID\n" << Qt::flush;
                    return 2;
                }
                const QString id = parser.value(patientOpt);
                Patient p;
                if (byId.contains(id)) {
                    p = toSave.at(byId.value(id));
                } else if (const auto existing = store->patientByLocalId(id)) {
                    p = *existing;
                } else {
                    p.localId = id;
                    p.source = QFileInfo(file).fileName();
                }
                VcfReadOptions o;
                o.sample = parser.value(sampleOpt);
                o.sex = p.sex;
                o.geneCatalog = catalog.isEmpty() ? nullptr : &catalog;
                o.passOnly = parser.isSet(passOpt);
                o.minQual = parser.value(qualOpt).toDouble();
                o.minGq = parser.value(gqOpt).toInt();
                o.minDp = parser.value(dpOpt).toInt();
                o.maxPopulationAf = parser.isSet(afOpt) ? parser.value(afOpt).toDouble() : 1.0;
                if (parser.isSet(impactOpt)) {
                    bool ok = false;
                    o.minImpact = SequenceOntology::impactFromName(parser.value(impactOpt), &ok);
                    if (!ok) {
                        err() << "import: --min-impact must be HIGH, MODERATE, LOW or MODIFIER\n"
                              << Qt::flush;
                        return 2;
                    }
                }
                o.genes = parser.values(geneOpt);
                const VcfReadResult r = VcfReader::readFile(file, o);
                qsizetype added = 0;
                for (const Variant& v : r.variants) {
                    if (!p.variants.contains(v)) {
                        p.variants.append(v);
                        ++added;
                    }
                }
                for (const QString& w : r.warnings) {
                    err() << "import: warning: " << w << "\n";
                }
                out() << file << ": sample " << (r.sample.isEmpty() ? QStringLiteral("(none)") : r.sample)
                      << ", " << r.records << " records, " << added << " new variants for " << id << " ("
                      << r.filtered << " filtered, " << r.noCalls << " no-calls)\n";
                stage(p);
            } else if (isMme(file)) {
                MmeReadOptions o;
                o.geneCatalog = catalog.isEmpty() ? nullptr : &catalog;
                const QList<MmeReadResult> rs = MmePatientReader::readFile(file, o);
                for (MmeReadResult r : rs) {
                    for (const QString& w : r.warnings) {
                        err() << "import: warning: " << file << ": " << w << "\n";
                    }
                    r.patient.source = QFileInfo(file).fileName();
                    stage(r.patient);
                }
                out() << file << ": " << rs.size() << " MME patients\n";
            } else {
                PhenopacketReadOptions o;
                o.skipInvalid = parser.isSet(skipOpt);
                o.ontology = ontology.get();
                o.geneCatalog = catalog.isEmpty() ? nullptr : &catalog;
                const PhenopacketReadResult r = PhenopacketReader::readFile(file, o);
                for (const QString& s : r.skipped) {
                    err() << "import: skipped " << s << "\n";
                }
                for (const QString& w : r.warnings) {
                    err() << "import: warning: " << w << "\n";
                }
                skipped += r.skipped.size();
                for (const Patient& p : r.patients) {
                    stage(p);
                }
                out() << file << ": " << r.patients.size() << " phenopackets";
                if (!r.skipped.isEmpty()) {
                    out() << ", " << r.skipped.size() << " skipped";
                }
                out() << "\n";
            }
        }
        store->savePatients(toSave);
        out() << "imported " << toSave.size() << " patients"
              << (skipped ? QStringLiteral(" (%1 documents skipped)").arg(skipped) : QString()) << "\n"
              << Qt::flush;
        return 0;
    } catch (const MatchDeskError& e) {
        err() << "import: " << e.message() << "\nnothing was imported\n" << Qt::flush;
        return 1;
    }
}
