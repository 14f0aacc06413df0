#include "CurrentPatient.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "UiLogging.h"

#include <QApplication>

CurrentPatient::CurrentPatient(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

void CurrentPatient::load(qint64 rowId)
{
    m_patient = {};
    if (rowId != 0) {
        try {
            if (auto p = m_context->store().patient(rowId)) {
                m_patient = *p;
            }
        } catch (const StoreError& e) {
            qCWarning(lcUi) << "cannot load patient" << rowId << e.message();
            MessageBox::warning(QApplication::activeWindow(), tr("Cannot open the patient"), e.message());
        }
    }
    emit switched();
}

bool CurrentPatient::modify(const std::function<void(Patient&)>& edit)
{
    if (!isValid()) {
        return false;
    }
    Patient edited = m_patient;
    edit(edited);
    try {
        m_context->store().savePatient(edited);
    } catch (const StoreError& e) {
        MessageBox::warning(QApplication::activeWindow(), tr("Cannot save the patient"), e.message());
        emit changed(); // views re-read the unchanged state
        return false;
    }
    m_patient = edited;
    emit changed();
    emit m_context->patientSaved(m_patient.rowId);
    return true;
}
