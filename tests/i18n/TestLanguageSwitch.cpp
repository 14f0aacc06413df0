// Switches the interface language at run time (en -> de -> fr -> en) and checks that the main
// window's menus and tabs, the Phenotypes page and the preferences dialog retranslate without a
// restart; the language setting and policy locking of the preferences dialog.
#include "TemporaryProfile.h"
#include "core/Settings.h"
#include "core/Translator.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/PhenotypesPage.h"
#include "ui/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    TemporaryProfile m_profile;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    QString menuTitle(const char* name) const
    {
        auto* menu = m_window->findChild<QMenu*>(QString::fromLatin1(name));
        return menu ? menu->title() : QString();
    }
    QString label(QWidget* parent, const QString& buddyName) const
    {
        for (QLabel* l : parent->findChildren<QLabel*>()) {
            if (l->buddy() && l->buddy()->objectName() == buddyName) {
                return l->text();
            }
        }
        return {};
    }
    QString header(int column) const
    {
        auto* view = m_window->phenotypesPage()->featureView();
        return view->model()->headerData(column, Qt::Horizontal).toString();
    }
    QString addObserved() const
    {
        return m_window->phenotypesPage()->findChild<QPushButton*>(QStringLiteral("addObserved"))->text();
    }
    // Installs a language the way the preferences dialog does and lets the events through.
    void switchTo(const QString& language)
    {
        PreferencesDialog::applyLanguage(language, m_context.get());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        Settings::setInstance(
            new Settings(m_profile.settingsPath(), m_profile.filePath(QStringLiteral("policy.ini"))));
        QVERIFY(Translator::availableLanguages().contains(QStringLiteral("de")));
        QVERIFY(Translator::availableLanguages().contains(QStringLiteral("fr")));
        Translator::install(QStringLiteral("en"));
        m_context = std::make_unique<AppContext>();
        m_context->openStore(m_profile.databasePath());
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        Translator::install(QStringLiteral("en"));
    }

    void switchesAtRunTime()
    {
        PhenotypesPage* page = m_window->phenotypesPage();
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
        QCOMPARE(menuTitle("menuHelp"), QStringLiteral("&Help"));
        QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("&Phenotypes"));
        QCOMPARE(label(page, QStringLiteral("termSearch")), QStringLiteral("&Find term:"));
        QCOMPARE(addObserved(), QStringLiteral("Add &observed"));
        QCOMPARE(header(0), QStringLiteral("Phenotype"));

        switchTo(QStringLiteral("de"));
        const QString fileDe = menuTitle("menuFile");
        QVERIFY2(fileDe != QStringLiteral("&File") && !fileDe.isEmpty(), qPrintable(fileDe));
        QCOMPARE(fileDe, QCoreApplication::translate("MainWindow", "&File"));
        QCOMPARE(fileDe, QStringLiteral("&Datei"));
        QCOMPARE(m_window->tabs()->tabText(0), QCoreApplication::translate("MainWindow", "&Phenotypes"));
        QVERIFY(m_window->tabs()->tabText(0) != QStringLiteral("&Phenotypes"));
        QCOMPARE(label(page, QStringLiteral("termSearch")),
                 QCoreApplication::translate("PhenotypesPage", "&Find term:"));
        QVERIFY(label(page, QStringLiteral("termSearch")) != QStringLiteral("&Find term:"));
        QVERIFY(addObserved() != QStringLiteral("Add &observed"));
        QVERIFY(header(0) != QStringLiteral("Phenotype"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));

        switchTo(QStringLiteral("fr"));
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&Fichier"));
        QCOMPARE(QLocale().language(), QLocale::French);

        switchTo(QStringLiteral("en"));
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
        QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("&Phenotypes"));
        QCOMPARE(label(page, QStringLiteral("termSearch")), QStringLiteral("&Find term:"));
        QCOMPARE(addObserved(), QStringLiteral("Add &observed"));
        QCOMPARE(header(0), QStringLiteral("Phenotype"));
    }

    void preferencesDialogAppliesLanguage()
    {
        PreferencesDialog dialog(m_context.get(), m_window.get());
        QComboBox* combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 9);
        QCOMPARE(combo->itemData(combo->findText(QStringLiteral("Deutsch"))).toString(),
                 QStringLiteral("de"));
        QVERIFY(combo->findText(QStringLiteral("Polski")) > 0);
        QCOMPARE(combo->itemData(0).toString(), QString());
        const int de = combo->findData(QStringLiteral("de"));
        combo->setCurrentIndex(de);
        emit combo->activated(de);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        QCOMPARE(Settings::instance()->value(Settings::Language).toString(), QStringLiteral("de"));
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&Datei"));
        QCOMPARE(dialog.windowTitle(), QCoreApplication::translate("PreferencesDialog", "Preferences"));
        QVERIFY(dialog.windowTitle() != QStringLiteral("Preferences"));
        QCOMPARE(m_context->hpoLanguage(), QStringLiteral("de"));
        const int en = combo->findData(QStringLiteral("en"));
        emit combo->activated(en);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        QCOMPARE(menuTitle("menuFile"), QStringLiteral("&File"));
    }

    void lockedSettingsAreDisabled()
    {
        QFile policy(m_profile.filePath(QStringLiteral("policy.ini")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("[Locked]\nui/language=fr\nalerts/notifications=false\n");
        policy.close();
        Settings::setInstance(new Settings(m_profile.filePath(QStringLiteral("user2.ini")),
                                           m_profile.filePath(QStringLiteral("policy.ini"))));
        PreferencesDialog dialog(m_context.get(), nullptr);
        QVERIFY(!dialog.languageCombo()->isEnabled());
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(dialog.languageCombo()->toolTip(), QStringLiteral("Set by your IT department"));
        auto* schedule = dialog.findChild<QComboBox*>(QStringLiteral("scheduleCombo"));
        QVERIFY(schedule->isEnabled());
        QVERIFY(schedule->toolTip().isEmpty());
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("notificationsCheck"))->isEnabled());
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
