#include "PatientImporter.h"

#include "AppContext.h"
#include "CurrentPatient.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ProgressTask.h"
#include "UiLogging.h"
#include "VcfImportDialog.h"
#include "core/Store.h"
#include "formats/MmePatientReader.h"
#include "formats/PhenopacketReader.h"
#include "formats/PhenopacketWriter.h"
#include "matching/HpoOntology.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QWidget>

namespace {
// Writes imported patients through the worker's own connection; patients whose local id is
// already in the database are left out (reported in `skipped`).
qint64 savePatients(const QString& dbPath, QList<Patient>& patients, QStringList& skipped, ProgressTask::Control& control)
{
    Store store;
    store.open(dbPath);
    QList<Patient> fresh;
    for (Patient& p : patients) {
        if (p.localId.isEmpty()) {
            p.localId = QStringLiteral("P-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8).toUpper();
        }
        if (store.patientByLocalId(p.localId)) {
            skipped << QCoreApplication::translate("PatientImporter", "%1: already in the database").arg(p.localId);
            continue;
        }
        fresh << p;
    }
    store.savePatients(fresh, [&control](qsizetype done, qsizetype total) {
        control.setProgress(done, total);
        return !control.isCanceled();
    });
    patients = fresh;
    return fresh.isEmpty() ? 0 : fresh.first().rowId;
}
} // namespace

PatientImporter::PatientImporter(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_current(current)
{
}

QWidget* PatientImporter::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

PatientImporter::Format PatientImporter::detectFormat(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".vcf")) || lower.endsWith(QLatin1String(".vcf.gz"))
        || lower.endsWith(QLatin1String(".bcf"))) {
        return Format::Vcf;
    }
    if (lower.contains(QLatin1String(".jsonl"))) {
        return Format::Phenopacket;
    }
    QFile f(path);
    QByteArray head;
    if (f.open(QIODevice::ReadOnly)) {
        head = f.read(64 * 1024);
    }
    if (head.startsWith("\x1f\x8b") || head.contains("\"phenotypicFeatures\"") || head.contains("\"metaData\"")
        || head.contains("\"phenotypic_features\"") || head.contains("\"meta_data\"")) {
        return Format::Phenopacket;
    }
    return Format::MmeJson;
}

void PatientImporter::importFile(const QString& path)
{
    const Format format = detectFormat(path);
    if (format == Format::Vcf) {
        importVcf(path, false);
    } else {
        importPatients(path, format);
    }
}

void PatientImporter::importPatients(const QString& path, Format format)
{
    const QString dbPath = m_context->store().path();
    const auto ontology = m_context->ontology();
    const auto genes = m_context->genes();
    const QString name = QFileInfo(path).fileName();
    QPointer<PatientImporter> self(this);
    ProgressTask::start(
        parentWidget(), tr("Importing %1…").arg(name),
        [=](ProgressTask::Control& control) -> ProgressTask::Apply {
            QList<Patient> patients;
            QStringList skipped;
            QStringList warnings;
            if (format == Format::Phenopacket) {
                PhenopacketReadOptions options;
                options.skipInvalid = true;
                options.ontology = ontology.get();
                options.geneCatalog = genes.get();
                options.progress = [&control](qint64 done, qint64 total) {
                    control.setProgress(done, total * 2); // reading is the first half
                    return !control.isCanceled();
                };
                PhenopacketReadResult result = PhenopacketReader::readFile(path, options);
                patients = result.patients;
                skipped = result.skipped;
                warnings = result.warnings;
            } else {
                MmeReadOptions options;
                options.geneCatalog = genes.get();
                for (const MmeReadResult& r : MmePatientReader::readFile(path, options)) {
                    Patient p = r.patient;
                    p.source = name;
                    patients << p;
                    warnings << r.warnings;
                }
            }
            if (control.isCanceled()) {
                return {};
            }
            const qint64 first = savePatients(dbPath, patients, skipped, control);
            const int count = int(patients.size());
            return [self, first, count, skipped, warnings, name] {
                if (!self) {
                    return;
                }
                qCInfo(lcUi) << "imported" << count << "patients from" << name << "skipped" << skipped.size()
                             << "warnings" << warnings.size();
                emit self->imported(first, count);
                if (!skipped.isEmpty()) {
                    MessageBox::information(self->parentWidget(), tr("Import finished"),
                                            tr("%n patient(s) imported from %1.", "", count).arg(name) + QLatin1Char('\n')
                                                + tr("%n record(s) left out:", "", int(skipped.size())) + QLatin1Char('\n')
                                                + skipped.mid(0, 20).join(QLatin1Char('\n')));
                }
            };
        },
        [self, name](const QString& error) {
            if (self) {
                MessageBox::warning(self->parentWidget(), tr("Cannot import %1").arg(name), error);
            }
        });
}

void PatientImporter::importVcfIntoCurrent()
{
    if (!m_current->isValid()) {
        return;
    }
    const QString path = FileDialog::getOpenFileName(parentWidget(), tr("Import variants from VCF"),
                                                     tr("VCF files (*.vcf *.vcf.gz *.bcf);;All files (*)"));
    if (!path.isEmpty()) {
        importVcf(path, true);
    }
}

void PatientImporter::importVcf(const QString& path, bool intoCurrent)
{
    auto* dialog = new VcfImportDialog(m_context, path, parentWidget());
    if (intoCurrent && m_current->isValid()) {
        dialog->setSex(m_current->patient().sex);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PatientImporter> self(this);
    connect(dialog, &VcfImportDialog::variantsRead, this, [this, intoCurrent, path](const QList<Variant>& variants) {
        if (intoCurrent && m_current->isValid()) {
            m_current->modify([&](Patient& p) { p.variants << variants; });
            emit imported(0, 0);
            return;
        }
        Patient p;
        p.localId = QStringLiteral("P-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8).toUpper();
        p.label = QFileInfo(path).completeBaseName();
        p.source = QFileInfo(path).fileName();
        p.variants = variants;
        try {
            m_context->store().savePatient(p);
        } catch (const StoreError& e) {
            MessageBox::warning(parentWidget(), tr("Cannot import %1").arg(p.source), e.message());
            return;
        }
        emit imported(p.rowId, 1);
    });
    dialog->open();
}

void PatientImporter::exportPatient(const Patient& patient)
{
    const QString suggested = (patient.label.isEmpty() ? patient.localId : patient.label) + QStringLiteral(".json");
    const QString path = FileDialog::getSaveFileName(parentWidget(), tr("Export patient as phenopacket"), suggested,
                                                     tr("Phenopacket (*.json);;Compressed phenopacket (*.json.gz)"));
    if (path.isEmpty()) {
        return;
    }
    PhenopacketWriteOptions options;
    if (const auto ontology = m_context->ontology()) {
        options.hpoVersion = ontology->dataVersion();
    }
    const auto genes = m_context->genes();
    QPointer<PatientImporter> self(this);
    ProgressTask::start(
        parentWidget(), tr("Exporting…"),
        [=](ProgressTask::Control&) -> ProgressTask::Apply {
            PhenopacketWriteOptions o = options;
            o.geneCatalog = genes.get();
            PhenopacketWriter::writeFile(path, {patient}, PhenopacketWriter::Layout::Document, o);
            QFile written(path);
            QByteArray hash;
            if (written.open(QIODevice::ReadOnly)) {
                hash = QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex();
            }
            return [self, path, hash, rowId = patient.rowId] {
                if (!self) {
                    return;
                }
                AuditEntry entry;
                entry.time = QDateTime::currentDateTimeUtc();
                entry.action = QStringLiteral("export.phenopacket");
                entry.patientRowId = rowId;
                entry.destination = path;
                entry.payloadSha256 = hash;
                entry.outcome = QStringLiteral("ok");
                try {
                    self->m_context->store().appendAudit(entry);
                } catch (const StoreError& e) {
                    qCWarning(lcUi) << "audit entry not written:" << e.message();
                }
                emit self->exported(path);
            };
        },
        [self](const QString& error) {
            if (self) {
                MessageBox::warning(self->parentWidget(), tr("Export failed"), error);
            }
        });
}
