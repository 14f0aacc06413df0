#pragma once

#include <QDateTime>
#include <QWidget>

class AppContext;
class CurrentPatient;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

// Per-patient watch settings on the Matches tab: watch on/off, schedule (daily, weekly, on
// request), minimum local score for an alert, when it was last checked, and "Check now" (makes
// the watch due and asks the scheduler to run).
class WatchControl : public QWidget
{
    Q_OBJECT

public:
    WatchControl(AppContext* context, CurrentPatient* current, QWidget* parent = nullptr);

    QCheckBox* watchBox() const { return m_watch; }
    QComboBox* scheduleBox() const { return m_schedule; }
    QDoubleSpinBox* minScoreBox() const { return m_minScore; }
    QPushButton* checkNowButton() const { return m_checkNow; }
    // Re-reads the current patient's watch.
    void reload();
    // Watches the current patient with the user's default schedule and minimum score unless it is
    // watched already (after a first successful query, when Settings::WatchAfterQuery is on).
    bool watchByDefault();

signals:
    void checkNowRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // The texts that depend on the watch: "last checked …", the tooltip of "Check now".
    void updateStateTexts();
    void save();
    void checkNow();

    AppContext* m_context;
    CurrentPatient* m_current;
    QCheckBox* m_watch;
    QComboBox* m_schedule;
    QDoubleSpinBox* m_minScore;
    QPushButton* m_checkNow;
    QLabel* m_status;
    bool m_loading = false;
    bool m_consent = false; // of the current patient, as of the last reload()
    bool m_watched = false;
    QDateTime m_lastRun;
};
