#include "MainWindow.h"

#include "AboutDialog.h"
#include "AlertInbox.h"
#include "AlertNotifier.h"
#include "AlertScheduler.h"
#include "AppContext.h"
#include "AuditDialog.h"
#include "CurrentPatient.h"
#include "FileDialog.h"
#include "MatchDetailWidget.h"
#include "MatchesPage.h"
#include "MessageBox.h"
#include "NodesDialog.h"
#include "PatientDetailsPage.h"
#include "PatientImporter.h"
#include "PatientListWidget.h"
#include "PatientSummaryPane.h"
#include "PhenotypesPage.h"
#include "PreferencesDialog.h"
#include "TermBrowserWidget.h"
#include "UiLogging.h"
#include "VariantsPage.h"
#include "WatchControl.h"
#include "core/Settings.h"
#include "matching/HpoOntology.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace {
const QString kGeometry = QStringLiteral("ui/mainWindow/geometry");
const QString kState = QStringLiteral("ui/mainWindow/state");
const QString kSplitter = QStringLiteral("ui/mainWindow/splitter");
const QString kTab = QStringLiteral("ui/mainWindow/tab");
const QString kCurrentPatient = QStringLiteral("ui/mainWindow/patient");
} // namespace

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_current(new CurrentPatient(context, this))
    , m_importer(new PatientImporter(context, m_current, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_patientList(new PatientListWidget(context, m_splitter))
    , m_center(new QStackedWidget(m_splitter))
    , m_tabs(new QTabWidget(m_center))
    , m_phenotypes(new PhenotypesPage(context, m_current, m_tabs))
    , m_variants(new VariantsPage(context, m_current, m_tabs))
    , m_matches(new MatchesPage(context, m_current, m_tabs))
    , m_details(new PatientDetailsPage(m_current, m_tabs))
    , m_detailPane(new QStackedWidget(m_splitter))
    , m_summary(new PatientSummaryPane(context, m_current, m_detailPane))
    , m_hpoStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MatchDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/matchdesk.svg")));

    // Centre: an empty state until a patient is chosen, then the tabs.
    auto* emptyState = new QWidget(m_center);
    emptyState->setObjectName(QStringLiteral("noPatientPage"));
    auto* emptyLayout = new QVBoxLayout(emptyState);
    auto* emptyText =
        new QLabel(tr("<h3>No patient open</h3><p>Choose a patient on the left, or create a new one "
                      "(Ctrl+N) or import cases from a phenopacket, MME JSON or VCF file (Ctrl+I).</p>"),
                   emptyState);
    emptyText->setObjectName(QStringLiteral("noPatientText"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* emptyNew = new QPushButton(tr("New patient"), emptyState);
    auto* emptyImport = new QPushButton(tr("Import…"), emptyState);
    emptyNew->setObjectName(QStringLiteral("noPatientNew"));
    emptyImport->setObjectName(QStringLiteral("noPatientImport"));
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(emptyNew);
    emptyButtons->addWidget(emptyImport);
    emptyButtons->addStretch();
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    m_center->addWidget(emptyState);

    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_phenotypes, tr("&Phenotypes"));
    m_tabs->addTab(m_variants, tr("&Variants"));
    m_tabs->addTab(m_matches, tr("&Matches"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_center->addWidget(m_tabs);

    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_detailPane->addWidget(m_summary);
    m_detailPane->addWidget(m_phenotypes->detailWidget());
    m_detailPane->addWidget(m_matches->detailWidget());

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_patientList->setMinimumWidth(220);
    m_detailPane->setMinimumWidth(260);
    setCentralWidget(m_splitter);

    m_hpoStatus->setObjectName(QStringLiteral("hpoStatus"));
    m_hpoStatus->setText(tr("Loading the Human Phenotype Ontology…"));
    statusBar()->addPermanentWidget(m_hpoStatus);

    // Alerts: background re-matching, the inbox (a dock) and the tray notification.
    m_alertScheduler = new AlertScheduler(m_context, this);
    m_alertInbox = new AlertInbox(m_context, this);
    m_alertNotifier = new AlertNotifier(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertInbox);
    resizeDocks({m_alertInbox}, {190}, Qt::Vertical);
    m_alertInbox->hide();

    createActions();
    createMenus();
    createToolBar();
    connect(emptyNew, &QPushButton::clicked, m_newPatient, &QAction::trigger);
    connect(emptyImport, &QPushButton::clicked, m_import, &QAction::trigger);

    connect(m_patientList, &PatientListWidget::currentPatientChanged, this, &MainWindow::openPatient);
    connect(m_current, &CurrentPatient::switched, this, &MainWindow::updateActions);
    connect(m_current, &CurrentPatient::changed, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateDetailPane);
    connect(m_context, &AppContext::patientSaved, m_patientList, &PatientListWidget::reload);
    connect(m_context, &AppContext::patientsChanged, m_patientList, &PatientListWidget::reload);
    connect(m_context, &AppContext::matchesChanged, m_patientList, &PatientListWidget::reload);
    connect(m_context, &AppContext::nodesChanged, this, &MainWindow::updateActions);
    connect(m_context, &AppContext::ontologyReady, this, &MainWindow::onOntologyReady);
    connect(m_context, &AppContext::referenceDataFailed, this, [this](const QString& message) {
        m_hpoStatus->setText(tr("HPO not available"));
        m_hpoStatus->setToolTip(message);
        statusBar()->showMessage(message);
    });
    connect(m_importer, &PatientImporter::imported, this, [this](qint64 firstRowId, int count) {
        m_patientList->reload();
        if (firstRowId != 0) {
            m_patientList->selectPatient(firstRowId);
        }
        statusBar()->showMessage(tr("%n patient(s) imported", "", count), 8000);
    });
    connect(m_variants, &VariantsPage::importVcfRequested, m_importer,
            &PatientImporter::importVcfIntoCurrent);
    connect(m_matches, &MatchesPage::queryFinished, this, [this] { m_patientList->reload(); });
    connect(m_alertScheduler, &AlertScheduler::runFinished, this, [this](const AlertSummary& summary) {
        m_alertInbox->reload();
        m_matches->refresh();
        m_matches->watchControl()->reload();
        if (!summary.isEmpty()) {
            m_patientList->reload();
            statusBar()->showMessage(summary.text(), 10000);
        }
        m_alertNotifier->notifyRun(summary);
    });
    connect(m_alertScheduler, &AlertScheduler::runFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Checking for new matches failed: %1").arg(message), 10000);
    });
    connect(m_matches->watchControl(), &WatchControl::checkNowRequested, m_alertScheduler,
            &AlertScheduler::checkNow);
    connect(m_alertInbox, &AlertInbox::alertActivated, this, &MainWindow::openMatch);
    connect(m_alertInbox, &AlertInbox::unreadCountChanged, this, &MainWindow::updateAlertCount);
    connect(m_alertNotifier, &AlertNotifier::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_alertInbox->show();
        m_alertInbox->raise();
    });

    m_patientList->reload();
    if (m_context->isOntologyReady()) {
        onOntologyReady();
    }
    restoreWindowState();
    updateActions();
    updateDetailPane();
    updateAlertCount(m_alertInbox->unreadCount());
}

MainWindow::~MainWindow()
{
    commitPendingDeletes();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& name, const QString& text, const QKeySequence& key,
                       const QString& icon = {}) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
        }
        if (!icon.isEmpty()) {
            a->setIcon(QIcon(icon));
        }
        addAction(a);
        return a;
    };
    m_newPatient = make(QStringLiteral("actionNewPatient"), tr("&New patient"), QKeySequence::New,
                        QStringLiteral(":/icons/patient-new.svg"));
    m_import = make(QStringLiteral("actionImport"), tr("&Import…"), QKeySequence(tr("Ctrl+I")),
                    QStringLiteral(":/icons/import.svg"));
    m_export = make(QStringLiteral("actionExport"), tr("&Export patient…"), QKeySequence(tr("Ctrl+E")),
                    QStringLiteral(":/icons/export.svg"));
    m_delete =
        make(QStringLiteral("actionDeletePatient"), tr("&Delete patient…"), QKeySequence(tr("Ctrl+Del")));
    m_undoDelete = make(QStringLiteral("actionUndoDelete"), tr("&Undo delete"), QKeySequence::Undo);
    m_findSimilar = make(QStringLiteral("actionFindSimilar"), tr("&Find similar patients…"),
                         QKeySequence(tr("Ctrl+Return")), QStringLiteral(":/icons/find-similar.svg"));
    m_nodes = make(QStringLiteral("actionNodes"), tr("N&odes…"), QKeySequence(tr("Ctrl+Shift+N")),
                   QStringLiteral(":/icons/nodes.svg"));
    m_audit = make(QStringLiteral("actionAudit"), tr("&Audit log…"), QKeySequence(tr("Ctrl+Shift+A")),
                   QStringLiteral(":/icons/audit.svg"));
    m_about = make(QStringLiteral("actionAbout"), tr("&About MatchDesk"), {});
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_focusSearch =
        make(QStringLiteral("actionFocusPatientSearch"), tr("Search &patients"), QKeySequence::Find);
    m_preferences = make(QStringLiteral("actionPreferences"), tr("P&references…"), QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_findSimilar->setPriority(QAction::HighPriority);
    m_alerts = m_alertInbox->toggleViewAction();
    m_alerts->setObjectName(QStringLiteral("actionAlerts"));
    m_alerts->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_alerts->setIcon(QIcon(QStringLiteral(":/icons/matchdesk.svg")));
    m_alerts->setPriority(QAction::HighPriority);
    addAction(m_alerts);

    connect(m_newPatient, &QAction::triggered, this, [this] { createPatient(); });
    connect(m_import, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportPatient);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteCurrentPatient);
    connect(m_undoDelete, &QAction::triggered, this, &MainWindow::undoDelete);
    connect(m_findSimilar, &QAction::triggered, this, [this] {
        showTab(MatchesTab);
        m_matches->findSimilar();
    });
    connect(m_nodes, &QAction::triggered, this, &MainWindow::showNodes);
    connect(m_audit, &QAction::triggered, this, &MainWindow::showAudit);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_focusSearch, &QAction::triggered, this, [this] {
        m_patientList->searchField()->setFocus();
        m_patientList->searchField()->selectAll();
    });
    for (int i = 0; i < 4; ++i) {
        auto* a =
            make(QStringLiteral("actionTab%1").arg(i + 1), QString(), QKeySequence(tr("Alt+%1").arg(i + 1)));
        connect(a, &QAction::triggered, this, [this, i] { showTab(Tab(i)); });
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newPatient);
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_delete);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoDelete);
    edit->addAction(m_focusSearch);
    edit->addSeparator();
    edit->addAction(m_preferences);
    QMenu* patient = menuBar()->addMenu(tr("&Patient"));
    patient->setObjectName(QStringLiteral("menuPatient"));
    patient->addAction(m_findSimilar);
    patient->addSeparator();
    const QStringList tabNames = {tr("Phenotypes"), tr("Variants"), tr("Matches"), tr("Details")};
    for (int i = 0; i < 4; ++i) {
        QAction* a = findChild<QAction*>(QStringLiteral("actionTab%1").arg(i + 1));
        a->setText(tabNames.at(i));
        patient->addAction(a);
    }
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_nodes);
    tools->addAction(m_audit);
    tools->addSeparator();
    tools->addAction(m_alerts);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newPatient);
    bar->addAction(m_import);
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addAction(m_findSimilar);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_alerts);
    bar->addAction(m_nodes);
    bar->addAction(m_audit);
}

void MainWindow::restoreWindowState()
{
    Settings* s = Settings::instance();
    const QByteArray geometry = s->value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
        resize(available.size().boundedTo(QSize(1440, 900)) * 0.92);
    }
    restoreState(s->value(kState).toByteArray());
    const QByteArray splitter = s->value(kSplitter).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter)) {
        m_splitter->setSizes({300, 760, 340});
    }
    m_tabs->setCurrentIndex(qBound(0, s->value(kTab).toInt(), m_tabs->count() - 1));
    const qint64 patient = s->value(kCurrentPatient).toLongLong();
    if (patient != 0) {
        m_patientList->selectPatient(patient);
    }
}

void MainWindow::saveWindowState()
{
    Settings* s = Settings::instance();
    s->setValue(kGeometry, saveGeometry());
    s->setValue(kState, saveState());
    s->setValue(kSplitter, m_splitter->saveState());
    s->setValue(kTab, m_tabs->currentIndex());
    s->setValue(kCurrentPatient, m_current->rowId());
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_matches->isQueryRunning()) {
        m_matches->cancelQuery();
    }
    m_alertScheduler->cancelAndWait();
    saveWindowState();
    commitPendingDeletes();
    event->accept();
}

void MainWindow::showTab(Tab tab)
{
    if (m_current->isValid()) {
        m_tabs->setCurrentIndex(int(tab));
    }
}

void MainWindow::openPatient(qint64 rowId)
{
    if (rowId == m_current->rowId() && rowId != 0) {
        return;
    }
    m_current->load(rowId);
    m_center->setCurrentIndex(m_current->isValid() ? 1 : 0);
    updateDetailPane();
}

qint64 MainWindow::createPatient()
{
    Patient p;
    p.localId = QStringLiteral("P-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8).toUpper();
    p.source = QStringLiteral("manual");
    try {
        m_context->store().savePatient(p);
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot create the patient"), e.message());
        return 0;
    }
    m_patientList->searchField()->clear();
    m_patientList->reload();
    m_patientList->selectPatient(p.rowId);
    showTab(DetailsTab);
    m_details->findChild<QLineEdit*>(QStringLiteral("patientLabel"))->setFocus();
    statusBar()->showMessage(tr("Patient %1 created").arg(p.localId), 5000);
    return p.rowId;
}

void MainWindow::deleteCurrentPatient()
{
    if (!m_current->isValid()) {
        return;
    }
    const Patient& p = m_current->patient();
    const QString name = p.label.isEmpty() ? p.localId : p.label;
    if (MessageBox::question(this, tr("Delete patient"),
                             tr("Delete %1 with its phenotypes, variants and matches?\n"
                                "You can undo this (Ctrl+Z) until MatchDesk is closed.")
                                 .arg(name)) != QMessageBox::Yes) {
        return;
    }
    m_pendingDeletes.insert(p.rowId);
    m_deleteOrder << p.rowId;
    m_patientList->setHidden(m_pendingDeletes);
    statusBar()->showMessage(tr("%1 deleted. Undo with Ctrl+Z.").arg(name), 10000);
    updateActions();
}

void MainWindow::undoDelete()
{
    if (m_deleteOrder.isEmpty()) {
        return;
    }
    const qint64 rowId = m_deleteOrder.takeLast();
    m_pendingDeletes.remove(rowId);
    m_patientList->setHidden(m_pendingDeletes);
    m_patientList->selectPatient(rowId);
    statusBar()->showMessage(tr("Delete undone"), 5000);
    updateActions();
}

void MainWindow::commitPendingDeletes()
{
    for (qint64 rowId : std::as_const(m_deleteOrder)) {
        try {
            m_context->store().deletePatient(rowId);
        } catch (const StoreError& e) {
            qCWarning(lcUi) << "cannot delete patient" << rowId << e.message();
        }
    }
    m_deleteOrder.clear();
    m_pendingDeletes.clear();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_preferences) {
        // Numbers and dates too: widgets keep the locale they were created with unless told
        // (Translator::install() has made the new language's locale the default).
        setLocale(QLocale());
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

// Texts set at construction, again in the current language (QEvent::LanguageChange).
void MainWindow::retranslateUi()
{
    const QList<std::pair<const char*, QString>> menus = {{"menuFile", tr("&File")},
                                                          {"menuEdit", tr("&Edit")},
                                                          {"menuPatient", tr("&Patient")},
                                                          {"menuTools", tr("&Tools")},
                                                          {"menuHelp", tr("&Help")}};
    for (const auto& [name, title] : menus) {
        if (auto* menu = findChild<QMenu*>(QString::fromLatin1(name))) {
            menu->setTitle(title);
        }
    }
    m_newPatient->setText(tr("&New patient"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export patient…"));
    m_delete->setText(tr("&Delete patient…"));
    m_undoDelete->setText(tr("&Undo delete"));
    m_findSimilar->setText(tr("&Find similar patients…"));
    m_nodes->setText(tr("N&odes…"));
    m_audit->setText(tr("&Audit log…"));
    m_about->setText(tr("&About MatchDesk"));
    m_quit->setText(tr("&Quit"));
    m_focusSearch->setText(tr("Search &patients"));
    m_preferences->setText(tr("P&references…"));
    const QStringList tabNames = {tr("Phenotypes"), tr("Variants"), tr("Matches"), tr("Details")};
    const QStringList tabTitles = {tr("&Phenotypes"), tr("&Variants"), tr("&Matches"), tr("&Details")};
    for (int i = 0; i < 4; ++i) {
        if (QAction* a = findChild<QAction*>(QStringLiteral("actionTab%1").arg(i + 1))) {
            a->setText(tabNames.at(i));
        }
        m_tabs->setTabText(i, tabTitles.at(i));
    }
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        bar->setWindowTitle(tr("Main"));
    }
    if (auto* label = findChild<QLabel*>(QStringLiteral("noPatientText"))) {
        label->setText(tr("<h3>No patient open</h3><p>Choose a patient on the left, or create a new one "
                          "(Ctrl+N) or import cases from a phenopacket, MME JSON or VCF file (Ctrl+I).</p>"));
    }
    if (auto* button = findChild<QPushButton*>(QStringLiteral("noPatientNew"))) {
        button->setText(tr("New patient"));
    }
    if (auto* button = findChild<QPushButton*>(QStringLiteral("noPatientImport"))) {
        button->setText(tr("Import…"));
    }
    if (m_context->isOntologyReady()) {
        onOntologyReady();
    } else if (m_context->referenceDataError().isEmpty()) {
        m_hpoStatus->setText(tr("Loading the Human Phenotype Ontology…"));
    } else {
        m_hpoStatus->setText(tr("HPO not available"));
    }
    // The pages, the detail panes and the alerts inbox retranslate themselves and their models.
    updateActions();
    updateAlertCount(m_alertInbox->unreadCount());
}

void MainWindow::updateActions()
{
    const bool valid = m_current->isValid();
    m_export->setEnabled(valid);
    m_delete->setEnabled(valid);
    m_undoDelete->setEnabled(!m_deleteOrder.isEmpty());
    const QString reason = m_matches->queryBlockedReason();
    m_findSimilar->setEnabled(reason.isEmpty());
    m_findSimilar->setToolTip(reason.isEmpty()
                                  ? tr("Send this patient's profile to the enabled nodes (%1)")
                                        .arg(m_findSimilar->shortcut().toString(QKeySequence::NativeText))
                                  : reason);
    m_findSimilar->setStatusTip(m_findSimilar->toolTip());
    m_center->setCurrentIndex(valid ? 1 : 0);
    if (valid) {
        const Patient& p = m_current->patient();
        setWindowTitle(tr("%1 – MatchDesk").arg(p.label.isEmpty() ? p.localId : p.label));
    } else {
        setWindowTitle(tr("MatchDesk"));
    }
}

void MainWindow::updateDetailPane()
{
    if (!m_current->isValid()) {
        m_detailPane->setCurrentWidget(m_summary);
        return;
    }
    switch (m_tabs->currentIndex()) {
    case PhenotypesTab:
        m_detailPane->setCurrentWidget(m_phenotypes->detailWidget());
        break;
    case MatchesTab:
        m_detailPane->setCurrentWidget(m_matches->detailWidget());
        break;
    default:
        m_detailPane->setCurrentWidget(m_summary);
        break;
    }
}

void MainWindow::onOntologyReady()
{
    const auto ontology = m_context->ontology();
    if (!ontology) {
        return;
    }
    m_hpoStatus->setText(tr("HPO %1 · %n term(s)", "", ontology->size()).arg(ontology->dataVersion()));
    m_hpoStatus->setToolTip(tr("Human Phenotype Ontology release %1, © the HPO Consortium (see Help › About)")
                                .arg(ontology->dataVersion()));
}

void MainWindow::importFile()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import patients"),
        tr("Patient files (*.json *.jsonl *.json.gz *.jsonl.gz *.vcf *.vcf.gz *.bcf);;Phenopackets (*.json "
           "*.jsonl "
           "*.json.gz *.jsonl.gz);;MME patient JSON (*.json);;VCF (*.vcf *.vcf.gz *.bcf);;All files (*)"));
    if (!path.isEmpty()) {
        m_importer->importFile(path);
    }
}

void MainWindow::exportPatient()
{
    if (!m_current->isValid()) {
        return;
    }
    const Patient& p = m_current->patient();
    m_importer->exportPatient(p);
}

void MainWindow::showNodes()
{
    auto* dialog = new NodesDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::updateActions);
    dialog->open();
}

void MainWindow::showAudit()
{
    auto* dialog = new AuditDialog(m_context, m_current->rowId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateAlertCount(int unread)
{
    //: Toolbar action and dock title; %n is the number of unread alerts.
    m_alerts->setText(unread > 0 ? tr("Alerts (%n)", "", unread) : tr("Alerts"));
    m_alerts->setToolTip(
        unread > 0 ? tr("%n unread alert(s): new or changed matches of watched patients", "", unread)
                   : tr("No unread alerts"));
    m_alertInbox->setWindowTitle(m_alerts->text());
    m_alertNotifier->setUnreadCount(unread);
}

bool MainWindow::openMatch(qint64 patientRowId, qint64 matchRowId)
{
    if (m_pendingDeletes.contains(patientRowId)) {
        return false;
    }
    if (m_current->rowId() != patientRowId) {
        m_patientList->searchField()->clear();
        m_patientList->selectPatient(patientRowId);
        if (m_current->rowId() != patientRowId) {
            openPatient(patientRowId);
        }
    }
    if (m_current->rowId() != patientRowId) {
        return false;
    }
    showTab(MatchesTab);
    return m_matches->selectMatch(matchRowId);
}
