#pragma once

#include <QString>
#include <QTemporaryDir>

// A throw-away profile for one test: its own directory, database path and settings file.
class TemporaryProfile
{
public:
    TemporaryProfile();
    bool isValid() const { return m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("matchdesk.sqlite")); }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("matchdesk.ini")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
