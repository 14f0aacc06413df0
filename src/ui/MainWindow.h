#pragma once

#include <QMainWindow>
#include <QSet>

class AlertInbox;
class AlertNotifier;
class AlertScheduler;
class AppContext;
class CurrentPatient;
class MatchesPage;
class PatientDetailsPage;
class PatientImporter;
class PatientListWidget;
class PatientSummaryPane;
class PhenotypesPage;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class VariantsPage;

// The clinician's workspace: patients | patient (Phenotypes / Variants / Matches / Details) |
// detail pane (term browser, match explanation or patient summary, following the tab).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab
    {
        PhenotypesTab,
        VariantsTab,
        MatchesTab,
        DetailsTab,
    };

    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppContext* context() const { return m_context; }
    CurrentPatient* currentPatient() const { return m_current; }
    PatientListWidget* patientList() const { return m_patientList; }
    PhenotypesPage* phenotypesPage() const { return m_phenotypes; }
    VariantsPage* variantsPage() const { return m_variants; }
    MatchesPage* matchesPage() const { return m_matches; }
    PatientDetailsPage* detailsPage() const { return m_details; }
    PatientImporter* importer() const { return m_importer; }
    QTabWidget* tabs() const { return m_tabs; }
    AlertScheduler* alertScheduler() const { return m_alertScheduler; }
    AlertInbox* alertInbox() const { return m_alertInbox; }
    AlertNotifier* alertNotifier() const { return m_alertNotifier; }
    QAction* alertsAction() const { return m_alerts; }
    // Opens the patient's Matches tab with this match selected (an alert was activated).
    bool openMatch(qint64 patientRowId, qint64 matchRowId);
    void showTab(Tab tab);

    // Creates a new, empty patient, selects it and opens its details.
    qint64 createPatient();
    // Deletes the current patient (after asking); undoable until the window closes.
    void deleteCurrentPatient();
    void undoDelete();
    // Commits pending deletions (also done when the window closes).
    void commitPendingDeletes();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslateUi();
    void showPreferences();
    void createMenus();
    void createToolBar();
    void restoreWindowState();
    void saveWindowState();
    void openPatient(qint64 rowId);
    void updateActions();
    void updateDetailPane();
    void exportPatient();
    void importFile();
    void showNodes();
    void showAudit();
    void showAbout();
    void onOntologyReady();
    void updateAlertCount(int unread);

    AppContext* m_context;
    CurrentPatient* m_current;
    PatientImporter* m_importer;
    QSplitter* m_splitter;
    PatientListWidget* m_patientList;
    QStackedWidget* m_center;
    QTabWidget* m_tabs;
    PhenotypesPage* m_phenotypes;
    VariantsPage* m_variants;
    MatchesPage* m_matches;
    PatientDetailsPage* m_details;
    QStackedWidget* m_detailPane;
    PatientSummaryPane* m_summary;
    QLabel* m_hpoStatus;
    QAction* m_preferences = nullptr;
    QSet<qint64> m_pendingDeletes;
    QList<qint64> m_deleteOrder;

    QAction* m_newPatient = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_undoDelete = nullptr;
    QAction* m_findSimilar = nullptr;
    QAction* m_nodes = nullptr;
    QAction* m_audit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_focusSearch = nullptr;
    QAction* m_alerts = nullptr;
    AlertScheduler* m_alertScheduler = nullptr;
    AlertInbox* m_alertInbox = nullptr;
    AlertNotifier* m_alertNotifier = nullptr;
};
