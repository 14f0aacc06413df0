#pragma once

#include <QWidget>

class AppContext;
class CurrentPatient;
class QLabel;

// The detail pane for the Variants and Details tabs: is this patient ready to be matched?
class PatientSummaryPane : public QWidget
{
    Q_OBJECT

public:
    PatientSummaryPane(AppContext* context, CurrentPatient* current, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    AppContext* m_context;
    CurrentPatient* m_current;
    QLabel* m_text;
};
