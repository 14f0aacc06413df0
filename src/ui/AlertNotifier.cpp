#include "AlertNotifier.h"

#include "core/Settings.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

AlertNotifier::AlertNotifier(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/matchdesk.svg")), this))
    , m_menu(new QMenu)
    , m_show(m_menu->addAction(QString()))
{
    m_tray->setObjectName(QStringLiteral("alertTrayIcon"));
    m_show->setObjectName(QStringLiteral("actionShowAlerts"));
    connect(m_show, &QAction::triggered, this, &AlertNotifier::showRequested);
    m_menu->installEventFilter(this); // the menu is a window: it gets QEvent::LanguageChange
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::showRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            emit showRequested();
        }
    });
    connect(Settings::instance(), &Settings::valueChanged, this, [this](const QString& key) {
        if (key == Settings::Notifications) {
            updateVisibility();
        }
    });
    retranslate();
    updateVisibility();
}

void AlertNotifier::retranslate()
{
    m_show->setText(tr("Show alerts"));
    m_tray->setToolTip(toolTip());
}

bool AlertNotifier::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

AlertNotifier::~AlertNotifier()
{
    delete m_menu;
}

bool AlertNotifier::notificationsEnabled() const
{
    return Settings::instance()->value(Settings::Notifications).toBool();
}

void AlertNotifier::updateVisibility()
{
    m_tray->setVisible(notificationsEnabled() && QSystemTrayIcon::isSystemTrayAvailable());
}

bool AlertNotifier::notifyRun(const AlertSummary& summary)
{
    if (summary.isEmpty() || !notificationsEnabled()) {
        return false;
    }
    const QString title = summary.title();
    const QString text = summary.text();
    if (m_tray->isVisible()) {
        m_tray->showMessage(title, text, QIcon(QStringLiteral(":/icons/matchdesk.svg")));
    }
    emit notified(title, text);
    return true;
}

void AlertNotifier::setUnreadCount(int count)
{
    m_unread = count;
    m_tray->setToolTip(toolTip());
}

QString AlertNotifier::toolTip() const
{
    if (m_unread == 0) {
        return tr("MatchDesk: no unread alerts");
    }
    return tr("MatchDesk: %n unread alert(s)", "", m_unread);
}
