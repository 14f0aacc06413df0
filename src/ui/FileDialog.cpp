#include "FileDialog.h"

#include "core/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <optional>

namespace {
std::optional<QString> g_nextFileName;
const QString kLastDirectory = QStringLiteral("ui/lastDirectory");
} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (g_nextFileName) {
        const QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    const QString name = QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter);
    rememberDirectory(name);
    return name;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    if (g_nextFileName) {
        const QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    const QString name =
        QFileDialog::getSaveFileName(parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
    rememberDirectory(name);
    return name;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

QString FileDialog::lastDirectory()
{
    const QString dir = Settings::instance()->value(kLastDirectory).toString();
    return dir.isEmpty() ? QDir::homePath() : dir;
}

void FileDialog::rememberDirectory(const QString& fileName)
{
    if (!fileName.isEmpty()) {
        Settings::instance()->setValue(kLastDirectory, QFileInfo(fileName).absolutePath());
    }
}
