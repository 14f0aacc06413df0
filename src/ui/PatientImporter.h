#pragma once

#include "core/Patient.h"

#include <QObject>
#include <QString>

class AppContext;
class CurrentPatient;
class QWidget;

// Imports patients from phenopackets (JSON, JSON array, JSON Lines, gzip), MME patient JSON and
// VCF, and exports a patient as a phenopacket. Reading and writing run on the thread pool with a
// progress dialog and Cancel; imported patients are written all-or-nothing through a separate
// connection to the database so the GUI thread never waits on disk.
class PatientImporter : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Phenopacket,
        MmeJson,
        Vcf,
    };

    PatientImporter(AppContext* context, CurrentPatient* current, QWidget* parent);

    static Format detectFormat(const QString& path);
    void importFile(const QString& path);
    void importVcfIntoCurrent();
    void exportPatient(const Patient& patient);

signals:
    void imported(qint64 firstRowId, int count);
    void exported(const QString& path);

private:
    void importPatients(const QString& path, Format format);
    void importVcf(const QString& path, bool intoCurrent);
    QWidget* parentWidget() const;

    AppContext* m_context;
    CurrentPatient* m_current;
};
