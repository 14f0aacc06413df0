#pragma once

#include "alerts/AlertSummary.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The system tray icon: one summary message per alert run ("3 new matches for 2 patients"),
// never one per match, only while the user's Settings::Notifications switch is on; its tooltip
// shows the unread alert count. Its texts follow a language change (seen by its menu, a window).
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QObject* parent = nullptr);
    ~AlertNotifier() override;

    bool notificationsEnabled() const;
    // Shows the run's summary (nothing for an empty run or when notifications are off).
    // Returns whether a notification was raised.
    bool notifyRun(const AlertSummary& summary);
    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    QString toolTip() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }

signals:
    // Emitted for every notification raised (whether or not the platform has a tray).
    void notified(const QString& title, const QString& text);
    // The user clicked the icon or the message.
    void showRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();

    QSystemTrayIcon* m_tray;
    QMenu* m_menu;
    QAction* m_show;
    int m_unread = 0;
};
