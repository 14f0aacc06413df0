#include "WatchControl.h"

#include "AppContext.h"
#include "CurrentPatient.h"
#include "MessageBox.h"
#include "alerts/WatchStore.h"
#include "core/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

WatchControl::WatchControl(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_current(current)
    , m_watch(new QCheckBox(tr("Watch for new matches"), this))
    , m_schedule(new QComboBox(this))
    , m_minScore(new QDoubleSpinBox(this))
    , m_checkNow(new QPushButton(tr("Check now"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("watchControl"));
    m_watch->setObjectName(QStringLiteral("watchPatient"));
    m_watch->setToolTip(
        tr("Query the enabled nodes again on a schedule and raise an alert for new or changed "
           "matches."));
    m_schedule->setObjectName(QStringLiteral("watchSchedule"));
    m_schedule->setAccessibleName(tr("Schedule"));
    m_schedule->addItem(tr("Daily"), int(Watch::Schedule::Daily));
    m_schedule->addItem(tr("Weekly"), int(Watch::Schedule::Weekly));
    m_schedule->addItem(tr("On request"), int(Watch::Schedule::Manual));
    m_minScore->setObjectName(QStringLiteral("watchMinScore"));
    m_minScore->setAccessibleName(tr("Minimum score for an alert"));
    m_minScore->setToolTip(tr("Matches scoring below this (local score) are recorded without an alert."));
    m_minScore->setRange(0.0, 1.0);
    m_minScore->setSingleStep(0.05);
    m_minScore->setDecimals(2);
    m_minScore->setPrefix(tr("alert from score "));
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
    reload();
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
    m_checkNow->setToolTip(consent ? tr("Query the enabled nodes for this patient in the background now")
                                   : tr("Consent to matchmaking is not recorded for this patient."));
    if (!watch) {
        m_status->clear();
    } else if (!watch->lastRun.isValid()) {
        m_status->setText(tr("not checked yet"));
    } else {
        m_status->setText(tr("last checked %1")
                              .arg(QLocale().toString(watch->lastRun.toLocalTime(), QLocale::ShortFormat)));
    }
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
