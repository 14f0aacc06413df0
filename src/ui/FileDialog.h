#pragma once

#include <QString>

class QWidget;

// File dialogs go through here (after KeePassXC's FileDialog): GUI tests script the chosen file
// with setNextFileName(). The last used folder is remembered in the settings.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);
    // The next dialog returns `fileName` at once ("" = as if cancelled).
    static void setNextFileName(const QString& fileName);

private:
    static QString lastDirectory();
    static void rememberDirectory(const QString& fileName);
};
