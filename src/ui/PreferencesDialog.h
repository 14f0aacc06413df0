#pragma once

#include <QDialog>

class AppContext;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;

// Edit > Preferences: interface language (applied at once: MatchDesk's and Qt's catalogues, the
// locale for dates and numbers, and the language of HPO labels in the phenotype picker), match
// alerts (notifications, schedule, minimum score, watching after a first query). Each change is
// saved immediately; settings locked by the IT policy are shown disabled.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppContext* context, QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }

    // The languages offered, as codes ("" = the system's), in the order shown.
    static QStringList languageCodes();
    // A language's own name ("Deutsch" for "de").
    static QString nativeName(const QString& code);
    // Installs the language (MatchDesk + Qt catalogues, locale) and switches HPO labels; returns
    // the language used. context may be null.
    static QString applyLanguage(const QString& code, AppContext* context);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    void lockIfPolicy(QWidget* widget, const QString& key);

    AppContext* m_context;
    QComboBox* m_language;
    QCheckBox* m_notifications;
    QComboBox* m_schedule;
    QDoubleSpinBox* m_minimumScore;
    QCheckBox* m_watchAfterQuery;
    QFormLayout* m_form;
    QLabel* m_languageNote;
    QLabel* m_policyNote; // shown when IT locked any of these settings
    QDialogButtonBox* m_buttons;
};
