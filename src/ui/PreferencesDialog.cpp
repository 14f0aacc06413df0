#include "PreferencesDialog.h"

#include "AppContext.h"
#include "core/Settings.h"
#include "core/Translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

QStringList PreferencesDialog::languageCodes()
{
    return {QString(),
            QStringLiteral("en"),
            QStringLiteral("de"),
            QStringLiteral("fr"),
            QStringLiteral("es"),
            QStringLiteral("it"),
            QStringLiteral("nl"),
            QStringLiteral("pt"),
            QStringLiteral("pl")};
}

QString PreferencesDialog::nativeName(const QString& code)
{
    // Endonyms, not translated: a user must find their own language whatever the current one.
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
    };
    return names.value(code, code);
}

QString PreferencesDialog::applyLanguage(const QString& code, AppContext* context)
{
    const QString used = Translator::install(code);
    if (context) {
        context->setHpoLanguage(used);
    }
    return used;
}

PreferencesDialog::PreferencesDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_language(new QComboBox(this))
    , m_notifications(new QCheckBox(this))
    , m_schedule(new QComboBox(this))
    , m_minimumScore(new QDoubleSpinBox(this))
    , m_watchAfterQuery(new QCheckBox(this))
    , m_form(new QFormLayout)
    , m_languageNote(new QLabel(this))
    , m_policyNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_schedule->setObjectName(QStringLiteral("scheduleCombo"));
    m_minimumScore->setObjectName(QStringLiteral("minimumScoreSpin"));
    m_watchAfterQuery->setObjectName(QStringLiteral("watchAfterQueryCheck"));
    m_minimumScore->setRange(0, 1);
    m_minimumScore->setSingleStep(0.05);
    m_minimumScore->setDecimals(2);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);
    m_policyNote->setObjectName(QStringLiteral("policyNote"));
    m_policyNote->setWordWrap(true);
    m_policyNote->setFrameShape(QFrame::StyledPanel);
    m_policyNote->setMargin(6);
    m_policyNote->hide();

    for (const QString& code : languageCodes()) {
        m_language->addItem(code.isEmpty() ? QString() : nativeName(code), code);
    }
    for (const char* s : {"daily", "weekly", "manual"}) {
        m_schedule->addItem(QString(), QString::fromLatin1(s));
    }
    // A label per field (QFormLayout makes none for an empty text); texts in retranslateUi().
    auto addRow = [this](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    addRow(m_language);
    m_form->addRow(QString(), m_languageNote);
    addRow(m_notifications);
    addRow(m_schedule);
    addRow(m_minimumScore);
    addRow(m_watchAfterQuery);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_policyNote);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslateUi();
    load();

    Settings* settings = Settings::instance();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_language, &QComboBox::activated, this, [this, settings](int index) {
        const QString code = m_language->itemData(index).toString();
        if (settings->setValue(Settings::Language, code)) {
            applyLanguage(code, m_context);
        }
    });
    connect(m_notifications, &QCheckBox::toggled, this,
            [settings](bool on) { settings->setValue(Settings::Notifications, on); });
    connect(m_schedule, &QComboBox::activated, this, [this, settings](int index) {
        settings->setValue(Settings::AlertSchedule, m_schedule->itemData(index));
    });
    connect(m_minimumScore, &QDoubleSpinBox::valueChanged, this,
            [settings](double v) { settings->setValue(Settings::AlertMinimumScore, v); });
    connect(m_watchAfterQuery, &QCheckBox::toggled, this,
            [settings](bool on) { settings->setValue(Settings::WatchAfterQuery, on); });
}

void PreferencesDialog::load()
{
    const Settings* settings = Settings::instance();
    const int lang = m_language->findData(settings->value(Settings::Language).toString());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    m_notifications->setChecked(settings->value(Settings::Notifications).toBool());
    const int schedule = m_schedule->findData(settings->value(Settings::AlertSchedule).toString());
    m_schedule->setCurrentIndex(schedule < 0 ? 0 : schedule);
    m_minimumScore->setValue(settings->value(Settings::AlertMinimumScore).toDouble());
    m_watchAfterQuery->setChecked(settings->value(Settings::WatchAfterQuery).toBool());
    lockIfPolicy(m_language, Settings::Language);
    lockIfPolicy(m_notifications, Settings::Notifications);
    lockIfPolicy(m_schedule, Settings::AlertSchedule);
    lockIfPolicy(m_minimumScore, Settings::AlertMinimumScore);
    lockIfPolicy(m_watchAfterQuery, Settings::WatchAfterQuery);
    bool anyLocked = false;
    for (const QString& key : {Settings::Language, Settings::Notifications, Settings::AlertSchedule,
                               Settings::AlertMinimumScore, Settings::WatchAfterQuery}) {
        anyLocked = anyLocked || settings->isLocked(key);
    }
    m_policyNote->setVisible(anyLocked);
}

void PreferencesDialog::lockIfPolicy(QWidget* widget, const QString& key)
{
    const bool locked = Settings::instance()->isLocked(key);
    widget->setEnabled(!locked);
    widget->setProperty("lockedByPolicy", locked);
    widget->setToolTip(locked ? tr("Set by your IT department") : QString());
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_policyNote->setText(tr("Some settings are managed by your IT department: they are shown greyed "
                             "out and cannot be changed here."));
    //: Language choice: follow the operating system's language.
    m_language->setItemText(0, tr("System default"));
    m_languageNote->setText(
        tr("Also the language of HPO term labels; candidate (machine) translations are shown "
           "in italics, terms without a translation in English. Data sent to other nodes "
           "always uses HPO ids and English labels."));
    m_notifications->setText(tr("Show a desktop notification when watched patients have new matches"));
    m_schedule->setItemText(0, tr("Daily"));
    m_schedule->setItemText(1, tr("Weekly"));
    m_schedule->setItemText(2, tr("Only when I ask"));
    m_watchAfterQuery->setText(tr("Watch a patient for new matches after their first query"));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_language, tr("&Language:"));
    label(m_notifications, tr("Notifications:"));
    label(m_schedule, tr("Check for new &matches:"));
    label(m_minimumScore, tr("Minimum &score for alerts:"));
    label(m_watchAfterQuery, tr("Watching:"));
    for (QWidget* w : {static_cast<QWidget*>(m_language), static_cast<QWidget*>(m_notifications),
                       static_cast<QWidget*>(m_schedule), static_cast<QWidget*>(m_minimumScore),
                       static_cast<QWidget*>(m_watchAfterQuery)}) {
        if (w->property("lockedByPolicy").toBool()) {
            w->setToolTip(tr("Set by your IT department"));
        }
    }
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}
