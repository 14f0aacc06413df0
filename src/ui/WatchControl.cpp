#include "WatchControl.h"

#include "AppContext.h"
#include "CurrentPatient.h"
#include "MessageBox.h"
#include "alerts/WatchStore.h"
#include "core/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

WatchControl::WatchControl(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_current(current)
    , m_watch(new QCheckBox(this))
    , m_schedule(new QComboBox(this))
    , m_minScore(new QDoubleSpinBox(this))
    , m_checkNow(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("watchControl"));
    m_watch->setObjectName(QStringLiteral("watchPatient"));
    m_schedule->setObjectName(QStringLiteral("watchSchedule"));
    for (auto schedule : {Watch::Schedule::Daily, Watch::Schedule::Weekly, Watch::Schedule::Manual}) {
        m_schedule->addItem(QString(), int(schedule)); // texts in retranslateUi(), in this order
    }
    m_minScore->setObjectName(QStringLiteral("watchMinScore"));
    m_minScore->setRange(0.0, 1.0);
    m_minScore->setSingleStep(0.05);
    m_minScore->setDecimals(2);
    m_checkNow->setObjectName(QStringLiteral("watchCheckNow"));
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setEnabled(false); // greyed: secondary information

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_watch);
    layout->addWidget(m_schedule);
    layout->addWidget(m_minScore);
    layout->addWidget(m_checkNow);
    layout->addWidget(m_status, 1);

    connect(m_watch, &QCheckBox::toggled, this, &WatchControl::save);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &WatchControl::save);
    connect(m_minScore, &QDoubleSpinBox::editingFinished, this, &WatchControl::save);
    connect(m_checkNow, &QPushButton::clicked, this, &WatchControl::checkNow);
    connect(m_current, &CurrentPatient::switched, this, &WatchControl::reload);
    connect(m_current, &CurrentPatient::changed, this, &WatchControl::reload);
    connect(m_context, &AppContext::matchesChanged, this, &WatchControl::reload);
    retranslateUi();
    reload();
}

void WatchControl::retranslateUi()
{
    m_watch->setText(tr("Watch for new matches"));
    m_watch->setToolTip(
        tr("Query the enabled nodes again on a schedule and raise an alert for new or changed "
           "matches."));
    m_schedule->setAccessibleName(tr("Schedule"));
    const QStringList schedules = {tr("Daily"), tr("Weekly"), tr("On request")};
    for (int i = 0; i < schedules.size(); ++i) {
        m_schedule->setItemText(i, schedules.at(i)); // keeps the current schedule
    }
    m_minScore->setAccessibleName(tr("Minimum score for an alert"));
    m_minScore->setToolTip(tr("Matches scoring below this (local score) are recorded without an alert."));
    m_minScore->setPrefix(tr("alert from score "));
    m_checkNow->setText(tr("Check now"));
    updateStateTexts();
}

void WatchControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WatchControl::updateStateTexts()
{
    m_checkNow->setToolTip(m_consent ? tr("Query the enabled nodes for this patient in the background now")
                                     : tr("Consent to matchmaking is not recorded for this patient."));
    if (!m_watched) {
        m_status->clear();
    } else if (!m_lastRun.isValid()) {
        m_status->setText(tr("not checked yet"));
    } else {
        m_status->setText(
            tr("last checked %1").arg(QLocale().toString(m_lastRun.toLocalTime(), QLocale::ShortFormat)));
    }
}

void WatchControl::reload()
{
    m_loading = true;
    std::optional<Watch> watch;
    const bool valid = m_current->isValid() && m_context->store().isOpen();
    if (valid) {
        try {
            watch = WatchStore(m_context->store()).watch(m_current->rowId());
        } catch (const StoreError&) {
        }
    }
    const bool consent = valid && m_current->patient().consent.allowsMatching();
    m_watch->setEnabled(consent || watch.has_value());
    m_watch->setChecked(watch.has_value());
    Settings* s = Settings::instance();
    const Watch::Schedule schedule =
        watch ? watch->schedule : Watch::scheduleFromKey(s->value(Settings::AlertSchedule).toString());
    m_schedule->setCurrentIndex(m_schedule->findData(int(schedule)));
    m_minScore->setValue(watch ? watch->minScore : s->value(Settings::AlertMinimumScore).toDouble());
    m_schedule->setEnabled(watch.has_value());
    m_minScore->setEnabled(watch.has_value());
    m_checkNow->setEnabled(consent);
    m_consent = consent;
    m_watched = watch.has_value();
    m_lastRun = watch ? watch->lastRun : QDateTime();
    updateStateTexts();
    m_loading = false;
}

void WatchControl::save()
{
    if (m_loading || !m_current->isValid()) {
        return;
    }
    try {
        WatchStore watches(m_context->store());
        const qint64 patient = m_current->rowId();
        if (!m_watch->isChecked()) {
            watches.removeWatch(patient);
        } else {
            const auto schedule = Watch::Schedule(m_schedule->currentData().toInt());
            const auto existing = watches.watch(patient);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QDateTime next = Watch::nextAfter(schedule, now);
            if (existing && existing->schedule == schedule) {
                next = existing->nextDue;
            } else if (existing && existing->lastRun.isValid() && schedule != Watch::Schedule::Manual) {
                next = Watch::nextAfter(schedule, existing->lastRun);
            }
            watches.setWatch(patient, schedule, m_minScore->value(), next);
        }
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot save the watch"), e.message());
    }
    reload();
}

bool WatchControl::watchByDefault()
{
    if (!m_current->isValid() || !Settings::instance()->value(Settings::WatchAfterQuery).toBool()) {
        return false;
    }
    try {
        WatchStore watches(m_context->store());
        if (watches.watch(m_current->rowId())) {
            return false;
        }
        Settings* s = Settings::instance();
        const auto schedule = Watch::scheduleFromKey(s->value(Settings::AlertSchedule).toString());
        watches.setWatch(m_current->rowId(), schedule, s->value(Settings::AlertMinimumScore).toDouble(),
                         Watch::nextAfter(schedule, QDateTime::currentDateTimeUtc()));
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot save the watch"), e.message());
        return false;
    }
    reload();
    return true;
}

void WatchControl::checkNow()
{
    if (!m_current->isValid()) {
        return;
    }
    try {
        WatchStore watches(m_context->store());
        if (!watches.watch(m_current->rowId())) {
            // A one-off check of an unwatched patient: watched on request only.
            watches.setWatch(m_current->rowId(), Watch::Schedule::Manual, m_minScore->value(),
                             QDateTime::currentDateTimeUtc());
        } else {
            watches.markDueNow(m_current->rowId());
        }
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot check now"), e.message());
        return;
    }
    reload();
    emit checkNowRequested();
}
