#include "PatientDetailsPage.h"

#include "CurrentPatient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

PatientDetailsPage::PatientDetailsPage(CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_current(current)
    , m_label(new QLineEdit(this))
    , m_localId(new QLabel(this))
    , m_sex(new QComboBox(this))
    , m_consent(new QComboBox(this))
    , m_consentDate(new QDateEdit(this))
    , m_consentHint(new QLabel(this))
    , m_contactName(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_href(new QLineEdit(this))
    , m_disorders(new QStandardItemModel(0, 3, this))
    , m_disorderView(new QTableView(this))
    , m_addDisorder(new QPushButton(this))
    , m_removeDisorder(new QPushButton(this))
    , m_patientBox(new QGroupBox(this))
    , m_consentBox(new QGroupBox(this))
    , m_contactBox(new QGroupBox(this))
    , m_disorderBox(new QGroupBox(this))
    , m_patientForm(new QFormLayout(m_patientBox))
    , m_consentForm(new QFormLayout(m_consentBox))
    , m_contactForm(new QFormLayout(m_contactBox))
{
    setObjectName(QStringLiteral("detailsPage"));
    m_label->setObjectName(QStringLiteral("patientLabel"));
    m_localId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sex->setObjectName(QStringLiteral("patientSex"));
    for (Sex sex : {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other}) {
        m_sex->addItem(QString(), int(sex)); // texts in retranslateUi(), in this order
    }
    m_consent->setObjectName(QStringLiteral("consentState"));
    for (auto state : {Consent::State::NotRecorded, Consent::State::Granted, Consent::State::Refused,
                       Consent::State::Withdrawn}) {
        m_consent->addItem(QString(), int(state)); // texts in retranslateUi(), in this order
    }
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setMaximumDate(QDate::currentDate());
    m_consentHint->setWordWrap(true);
    m_contactName->setObjectName(QStringLiteral("contactName"));
    m_email->setObjectName(QStringLiteral("contactEmail"));

    // Each field gets a label (its buddy); the texts are set in retranslateUi().
    auto addRow = [this](QFormLayout* form, QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(m_patientForm, m_label);
    addRow(m_patientForm, m_localId);
    addRow(m_patientForm, m_sex);
    addRow(m_consentForm, m_consent);
    addRow(m_consentForm, m_consentDate);
    m_consentForm->addRow(m_consentHint);
    addRow(m_contactForm, m_contactName);
    addRow(m_contactForm, m_institution);
    addRow(m_contactForm, m_email);
    addRow(m_contactForm, m_href);

    m_disorderView->setObjectName(QStringLiteral("disorderView"));
    m_disorderView->setModel(m_disorders);
    m_disorderView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_disorderView->verticalHeader()->hide();
    m_disorderView->setMinimumHeight(120);
    auto* dl = new QVBoxLayout(m_disorderBox);
    dl->addWidget(m_disorderView);
    auto* db = new QHBoxLayout;
    db->addWidget(m_addDisorder);
    db->addWidget(m_removeDisorder);
    db->addStretch();
    dl->addLayout(db);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_patientBox);
    left->addWidget(m_consentBox);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_contactBox);
    right->addWidget(m_disorderBox, 1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);

    for (QLineEdit* edit : {m_label, m_contactName, m_institution, m_email, m_href}) {
        connect(edit, &QLineEdit::editingFinished, this, &PatientDetailsPage::commit);
    }
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PatientDetailsPage::commit);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &PatientDetailsPage::commit);
    connect(m_consentDate, &QDateEdit::editingFinished, this, &PatientDetailsPage::commit);
    connect(m_disorders, &QStandardItemModel::itemChanged, this, &PatientDetailsPage::commitDisorders);
    connect(m_addDisorder, &QPushButton::clicked, this, [this] {
        auto* check = new QStandardItem;
        check->setCheckable(true);
        m_refreshing = true;
        m_disorders->appendRow({new QStandardItem(QStringLiteral("OMIM:")), new QStandardItem, check});
        m_refreshing = false;
        m_disorderView->setFocus();
        m_disorderView->edit(m_disorders->index(m_disorders->rowCount() - 1, 0));
    });
    connect(m_removeDisorder, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_disorderView->currentIndex();
        if (index.isValid()) {
            m_disorders->removeRow(index.row());
            commitDisorders();
        }
    });
    connect(m_current, &CurrentPatient::switched, this, &PatientDetailsPage::refresh);
    connect(m_current, &CurrentPatient::changed, this, &PatientDetailsPage::refresh);
    retranslateUi();
    refresh();
}

void PatientDetailsPage::retranslateUi()
{
    auto label = [](QFormLayout* form, QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(field))) {
            l->setText(text);
        }
    };
    auto itemTexts = [](QComboBox* combo, const QStringList& texts) {
        for (int i = 0; i < texts.size() && i < combo->count(); ++i) {
            combo->setItemText(i, texts.at(i)); // keeps the current item
        }
    };
    m_patientBox->setTitle(tr("Patient"));
    label(m_patientForm, m_label, tr("&Label (local only):"));
    label(m_patientForm, m_localId, tr("Local id:"));
    label(m_patientForm, m_sex, tr("&Sex:"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("e.g. initials and year; stays on this computer"));
    m_sex->setAccessibleName(tr("Sex"));
    itemTexts(m_sex, {tr("Unknown"), tr("Female"), tr("Male"), tr("Other")});

    m_consentBox->setTitle(tr("Consent to matchmaking"));
    label(m_consentForm, m_consent, tr("S&tate:"));
    label(m_consentForm, m_consentDate, tr("&Date:"));
    m_consent->setAccessibleName(tr("Consent to matchmaking"));
    itemTexts(m_consent, {tr("Not recorded"), tr("Granted"), tr("Refused"), tr("Withdrawn")});
    m_consentDate->setAccessibleName(tr("Consent date"));
    updateConsentHint();

    m_contactBox->setTitle(tr("Responsible clinician (shared with matches)"));
    label(m_contactForm, m_contactName, tr("&Name:"));
    label(m_contactForm, m_institution, tr("&Institution:"));
    label(m_contactForm, m_email, tr("&E-mail:"));
    label(m_contactForm, m_href, tr("Contact &link:"));
    m_contactName->setAccessibleName(tr("Clinician name"));
    m_institution->setAccessibleName(tr("Institution"));
    m_email->setAccessibleName(tr("Clinician e-mail"));
    m_href->setAccessibleName(tr("Contact link"));
    m_href->setPlaceholderText(tr("mailto: address or https contact form"));

    m_disorderBox->setTitle(tr("Disorders (OMIM / ORPHA)"));
    const bool refreshing = m_refreshing;
    m_refreshing = true; // header texts only, not an edit of the disorders
    m_disorders->setHorizontalHeaderLabels({tr("Disorder id"), tr("Name"), tr("Excluded")});
    m_refreshing = refreshing;
    m_disorderView->setAccessibleName(tr("Disorders"));
    m_addDisorder->setText(tr("Add disorder"));
    m_removeDisorder->setText(tr("Remove disorder"));
}

void PatientDetailsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PatientDetailsPage::updateConsentHint()
{
    m_consentHint->setText(
        m_current->patient().consent.allowsMatching()
            ? tr("This patient may be shared with matchmaking nodes.")
            : tr("Without granted consent (with its date) the patient cannot be sent to any node."));
}

void PatientDetailsPage::refresh()
{
    m_refreshing = true;
    const Patient& p = m_current->patient();
    setEnabled(m_current->isValid());
    m_label->setText(p.label);
    m_localId->setText(p.localId);
    m_sex->setCurrentIndex(m_sex->findData(int(p.sex)));
    m_consent->setCurrentIndex(m_consent->findData(int(p.consent.state)));
    m_consentDate->setDate(p.consent.date.isValid() ? p.consent.date : QDate::currentDate());
    m_consentDate->setEnabled(p.consent.state != Consent::State::NotRecorded);
    updateConsentHint();
    m_contactName->setText(p.contact.name);
    m_institution->setText(p.contact.institution);
    m_email->setText(p.contact.email);
    m_href->setText(p.contact.href);
    m_disorders->setRowCount(0);
    for (const Disorder& d : p.disorders) {
        auto* check = new QStandardItem;
        check->setCheckable(true);
        check->setCheckState(d.excluded ? Qt::Checked : Qt::Unchecked);
        m_disorders->appendRow({new QStandardItem(d.id), new QStandardItem(d.label), check});
    }
    m_refreshing = false;
}

void PatientDetailsPage::commit()
{
    if (m_refreshing || !m_current->isValid()) {
        return;
    }
    const auto state = Consent::State(m_consent->currentData().toInt());
    const QDate date = m_consentDate->date();
    const Patient& p = m_current->patient();
    const bool unchanged =
        p.label == m_label->text().trimmed() && int(p.sex) == m_sex->currentData().toInt() &&
        p.consent.state == state && (state == Consent::State::NotRecorded || p.consent.date == date) &&
        p.contact.name == m_contactName->text().trimmed() &&
        p.contact.institution == m_institution->text().trimmed() &&
        p.contact.email == m_email->text().trimmed() && p.contact.href == m_href->text().trimmed();
    if (unchanged) {
        return;
    }
    m_current->modify([&](Patient& patient) {
        patient.label = m_label->text().trimmed();
        patient.sex = Sex(m_sex->currentData().toInt());
        patient.consent.state = state;
        patient.consent.date = state == Consent::State::NotRecorded ? QDate() : date;
        patient.contact.name = m_contactName->text().trimmed();
        patient.contact.institution = m_institution->text().trimmed();
        patient.contact.email = m_email->text().trimmed();
        patient.contact.href = m_href->text().trimmed();
        if (patient.contact.href.isEmpty() && !patient.contact.email.isEmpty()) {
            patient.contact.href = QStringLiteral("mailto:") + patient.contact.email;
        }
    });
}

void PatientDetailsPage::commitDisorders()
{
    if (m_refreshing || !m_current->isValid()) {
        return;
    }
    QList<Disorder> disorders;
    for (int r = 0; r < m_disorders->rowCount(); ++r) {
        Disorder d;
        d.id = m_disorders->item(r, 0)->text().trimmed();
        d.label = m_disorders->item(r, 1)->text().trimmed();
        d.excluded = m_disorders->item(r, 2)->checkState() == Qt::Checked;
        if (d.id.endsWith(QLatin1Char(':')) && d.label.isEmpty()) {
            continue; // a row just added and not filled in yet
        }
        disorders << d;
    }
    if (disorders == m_current->patient().disorders) {
        return;
    }
    m_current->modify([&](Patient& patient) { patient.disorders = disorders; });
}
