#pragma once

#include "Node.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

// User preferences layered under a system-wide policy deployed by hospital IT:
//   locked policy value  >  user value  >  policy default  >  built-in default.
// Policy sources: Linux /etc/matchdesk/policy.ini, Windows HKLM\Software\Policies\MatchDesk,
// macOS the managed preferences of org.matchdesk.MatchDesk; MATCHDESK_POLICY_FILE overrides
// the path (an INI file) on every platform. Within the policy, group "Locked" holds enforced
// values, "Defaults" pre-seeded values the user may change, "Nodes/<name>" pre-configured nodes.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Source
    {
        BuiltIn,
        PolicyDefault,
        User,
        PolicyLocked,
    };

    // Keys.
    static inline const QString Language = QStringLiteral("ui/language");              // "" = system
    static inline const QString Notifications = QStringLiteral("alerts/notifications"); // bool
    static inline const QString AlertSchedule = QStringLiteral("alerts/schedule");      // daily|weekly|manual
    static inline const QString WatchAfterQuery = QStringLiteral("alerts/watchAfterQuery"); // bool
    static inline const QString AlertMinimumScore = QStringLiteral("alerts/minimumScore");  // 0..1
    static inline const QString NodesReadOnly = QStringLiteral("nodes/readOnly");       // bool
    static inline const QString DataDirectory = QStringLiteral("data/directory");       // database folder

    // userFile empty: MATCHDESK_SETTINGS, else the platform's per-user location.
    // policyFile empty: MATCHDESK_POLICY_FILE, else the platform's policy location.
    explicit Settings(const QString& userFile = {}, const QString& policyFile = {}, QObject* parent = nullptr);
    ~Settings() override;

    // The application-wide instance (created on first use with the default locations).
    static Settings* instance();
    static void setInstance(Settings* settings); // takes ownership; tests install a temporary one

    QVariant value(const QString& key) const;
    Source source(const QString& key) const;
    bool isLocked(const QString& key) const;
    // Returns false (and changes nothing) when the key is locked by policy.
    bool setValue(const QString& key, const QVariant& value);
    void remove(const QString& key);
    void sync();

    // Nodes pre-configured by the policy (always read-only for the user).
    QList<Node> policyNodes() const;
    QString userFilePath() const;
    QString policyLocation() const;
    static QVariant builtInDefault(const QString& key);

signals:
    void valueChanged(const QString& key);

private:
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_policy;
};
