#pragma once

#include <QWidget>

class CurrentPatient;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QPushButton;

// The "Details" tab: label, sex, consent, responsible clinician and disorders. Every field is
// saved when it is left (or changed, for choices).
class PatientDetailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PatientDetailsPage(CurrentPatient* current, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateConsentHint();
    void refresh();
    void commit();
    void commitDisorders();

    CurrentPatient* m_current;
    bool m_refreshing = false;
    QLineEdit* m_label;
    QLabel* m_localId;
    QComboBox* m_sex;
    QComboBox* m_consent;
    QDateEdit* m_consentDate;
    QLabel* m_consentHint;
    QLineEdit* m_contactName;
    QLineEdit* m_institution;
    QLineEdit* m_email;
    QLineEdit* m_href;
    QStandardItemModel* m_disorders;
    QTableView* m_disorderView;
    QPushButton* m_addDisorder;
    QPushButton* m_removeDisorder;
    QGroupBox* m_patientBox;
    QGroupBox* m_consentBox;
    QGroupBox* m_contactBox;
    QGroupBox* m_disorderBox;
    QFormLayout* m_patientForm;
    QFormLayout* m_consentForm;
    QFormLayout* m_contactForm;
};
