#pragma once

#include <QWidget>

class AppContext;
class CurrentPatient;
class PhenotypeFeatureModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTimer;
class TermBrowserWidget;
class TermSuggestionModel;

// The "Phenotypes" tab: search-as-you-type over HPO ids, labels and synonyms (Return adds the
// highlighted term as observed, Shift+Return as excluded), the patient's profile with warnings,
// and the profile's size and specificity. Its detail pane is the ontology browser.
class PhenotypesPage : public QWidget
{
    Q_OBJECT

public:
    PhenotypesPage(AppContext* context, CurrentPatient* current, QWidget* parent = nullptr);

    TermBrowserWidget* detailWidget() const { return m_browser; }
    QLineEdit* searchField() const { return m_search; }
    QListView* suggestionView() const { return m_suggestionView; }
    TermSuggestionModel* suggestionModel() const { return m_suggestions; }
    PhenotypeFeatureModel* featureModel() const { return m_features; }
    QTableView* featureView() const { return m_featureView; }

    // Adds a term (by id) to the profile with the chosen onset. Returns false if unknown or a
    // duplicate.
    bool addTerm(const QString& termId, bool excluded);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onOntologyReady();
    void onHpoLanguageChanged();
    void retranslateUi();
    void runSearch();
    void addSelected(bool excluded);
    void removeSelected();
    void toggleSelected();
    void refresh();
    void updateSummary();
    void fillOnsets();

    AppContext* m_context;
    CurrentPatient* m_current;
    QLineEdit* m_search;
    TermSuggestionModel* m_suggestions;
    QListView* m_suggestionView;
    QLabel* m_searchHint;
    QComboBox* m_onset;
    QPushButton* m_addObserved;
    QPushButton* m_addExcluded;
    PhenotypeFeatureModel* m_features;
    QTableView* m_featureView;
    QPushButton* m_toggle;
    QPushButton* m_remove;
    QLabel* m_warnings;
    QLabel* m_summary;
    TermBrowserWidget* m_browser;
    QTimer* m_searchTimer;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_onsetLabel = nullptr;
};
