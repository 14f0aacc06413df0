#pragma once

#include "core/Patient.h"

#include <QObject>

#include <functional>

class AppContext;

// The patient open in the workspace. Every edit goes through modify(), which saves the whole
// patient in one transaction and tells the views (so a reopened window finds every change).
class CurrentPatient : public QObject
{
    Q_OBJECT

public:
    explicit CurrentPatient(AppContext* context, QObject* parent = nullptr);

    bool isValid() const { return m_patient.rowId != 0; }
    const Patient& patient() const { return m_patient; }
    qint64 rowId() const { return m_patient.rowId; }

    // Loads the patient from the database (0 = none).
    void load(qint64 rowId);
    // Applies `edit`, saves, emits changed(). Returns false (and restores the previous state)
    // when saving failed; the error has been shown to the user.
    bool modify(const std::function<void(Patient&)>& edit);

signals:
    void changed();   // content edited
    void switched();  // another patient (or none) opened

private:
    AppContext* m_context;
    Patient m_patient;
};
