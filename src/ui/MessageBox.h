#pragma once

#include <QMessageBox>
#include <QString>

// Every message box of the application goes through here (after KeePassXC's MessageBox): GUI
// tests script the answer with setNextAnswer() so no modal loop ever blocks them.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // The next message box returns `answer` at once instead of showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the most recent message box (shown or answered by the seam), for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
