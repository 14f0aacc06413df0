#include "DataPaths.h"

#include "core/BuildConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString DataPaths::referenceDataDir()
{
    const QString env = qEnvironmentVariable("MATCHDESK_DATA_DIR");
    if (!env.isEmpty()) {
        return QDir::cleanPath(env);
    }
    if (QCoreApplication::instance()) {
        const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                                  + QStringLiteral("/../")
                                                  + QStringLiteral(MATCHDESK_INSTALL_DATA_SUBDIR));
        if (QFileInfo::exists(installed + QStringLiteral("/hpo"))) {
            return installed;
        }
    }
    return QDir::cleanPath(QStringLiteral(MATCHDESK_BUILD_DATA_DIR));
}

QString DataPaths::databasePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString env = qEnvironmentVariable("MATCHDESK_DB");
    if (!env.isEmpty()) {
        return env;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.local/share/MatchDesk");
    }
    QDir().mkpath(dir);
    return dir + QStringLiteral("/matchdesk.sqlite");
}
