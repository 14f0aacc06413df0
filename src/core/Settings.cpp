#include "Settings.h"

#include "CoreLogging.h"

#include <QFileInfo>

namespace {
std::unique_ptr<Settings>& globalInstance()
{
    static std::unique_ptr<Settings> s;
    return s;
}

const QString kLocked = QStringLiteral("Locked/");
const QString kDefaults = QStringLiteral("Defaults/");

std::unique_ptr<QSettings> openPolicy(const QString& explicitPath)
{
    QString path = explicitPath.isEmpty() ? qEnvironmentVariable("MATCHDESK_POLICY_FILE") : explicitPath;
    if (!path.isEmpty()) {
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
#if defined(Q_OS_WIN)
    return std::make_unique<QSettings>(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\MatchDesk"),
                                       QSettings::NativeFormat);
#elif defined(Q_OS_MACOS)
    return std::make_unique<QSettings>(
        QStringLiteral("/Library/Managed Preferences/org.matchdesk.MatchDesk.plist"), QSettings::NativeFormat);
#else
    return std::make_unique<QSettings>(QStringLiteral("/etc/matchdesk/policy.ini"), QSettings::IniFormat);
#endif
}
} // namespace

Settings::Settings(const QString& userFile, const QString& policyFile, QObject* parent)
    : QObject(parent)
{
    const QString user = userFile.isEmpty() ? qEnvironmentVariable("MATCHDESK_SETTINGS") : userFile;
    if (user.isEmpty()) {
        m_user = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("MatchDesk"), QStringLiteral("MatchDesk"));
    } else {
        m_user = std::make_unique<QSettings>(user, QSettings::IniFormat);
    }
    m_policy = openPolicy(policyFile);
    if (m_policy->status() != QSettings::NoError) {
        qCWarning(lcCore) << "cannot read the policy at" << m_policy->fileName() << "- ignoring it";
    }
}

Settings::~Settings() = default;

Settings* Settings::instance()
{
    auto& s = globalInstance();
    if (!s) {
        s = std::make_unique<Settings>();
    }
    return s.get();
}

void Settings::setInstance(Settings* settings)
{
    globalInstance().reset(settings);
}

QVariant Settings::builtInDefault(const QString& key)
{
    if (key == Notifications || key == WatchAfterQuery) {
        return true;
    }
    if (key == AlertSchedule) {
        return QStringLiteral("daily");
    }
    if (key == AlertMinimumScore) {
        return 0.0;
    }
    if (key == NodesReadOnly) {
        return false;
    }
    if (key == Language || key == DataDirectory) {
        return QString();
    }
    return {};
}

Settings::Source Settings::source(const QString& key) const
{
    if (m_policy->contains(kLocked + key)) {
        return Source::PolicyLocked;
    }
    if (m_user->contains(key)) {
        return Source::User;
    }
    if (m_policy->contains(kDefaults + key)) {
        return Source::PolicyDefault;
    }
    return Source::BuiltIn;
}

QVariant Settings::value(const QString& key) const
{
    switch (source(key)) {
    case Source::PolicyLocked: return m_policy->value(kLocked + key);
    case Source::User: return m_user->value(key);
    case Source::PolicyDefault: return m_policy->value(kDefaults + key);
    case Source::BuiltIn: break;
    }
    return builtInDefault(key);
}

bool Settings::isLocked(const QString& key) const
{
    return source(key) == Source::PolicyLocked;
}

bool Settings::setValue(const QString& key, const QVariant& value)
{
    if (isLocked(key)) {
        qCInfo(lcCore) << "setting" << key << "is locked by policy; not changed";
        return false;
    }
    if (m_user->value(key) == value && m_user->contains(key)) {
        return true;
    }
    m_user->setValue(key, value);
    emit valueChanged(key);
    return true;
}

void Settings::remove(const QString& key)
{
    if (!isLocked(key) && m_user->contains(key)) {
        m_user->remove(key);
        emit valueChanged(key);
    }
}

void Settings::sync()
{
    m_user->sync();
}

QList<Node> Settings::policyNodes() const
{
    QList<Node> nodes;
    m_policy->beginGroup(QStringLiteral("Nodes"));
    const QStringList names = m_policy->childGroups();
    for (const QString& name : names) {
        m_policy->beginGroup(name);
        Node n;
        n.name = name;
        n.baseUrl = QUrl(m_policy->value(QStringLiteral("url")).toString());
        n.mediaTypeVersion = m_policy->value(QStringLiteral("mediaType"), QStringLiteral("1.0")).toString();
        n.connectTimeoutMs = m_policy->value(QStringLiteral("connectTimeoutMs"), 5000).toInt();
        n.totalTimeoutMs = m_policy->value(QStringLiteral("totalTimeoutMs"), 30000).toInt();
        n.caBundlePath = m_policy->value(QStringLiteral("ca")).toString();
        n.pinnedPublicKey = m_policy->value(QStringLiteral("pin")).toString();
        n.enabled = m_policy->value(QStringLiteral("enabled"), true).toBool();
        n.lockedByPolicy = true;
        m_policy->endGroup();
        if (n.baseUrl.isValid() && !n.baseUrl.isEmpty()) {
            nodes.append(n);
        } else {
            qCWarning(lcCore) << "policy node" << name << "has no valid url; ignored";
        }
    }
    m_policy->endGroup();
    return nodes;
}

QString Settings::userFilePath() const
{
    return m_user->fileName();
}

QString Settings::policyLocation() const
{
    return m_policy->fileName();
}
