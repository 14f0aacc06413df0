// Drives the real main window with QTest (offscreen): create a patient, find and add terms by
// typing, add a variant, import a VCF and a phenopacket, run a query against two real
// matchdesk-node processes on loopback, see the results appear, change a match's status, reopen
// and find everything kept. Modal dialogs are scripted through the MessageBox / FileDialog seams
// or driven directly (they are opened window-modal with open(), never exec()).
#include "NodeProcess.h"
#include "ProcessRunner.h"
#include "TemporaryProfile.h"
#include "TestConfig.h"
#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "core/Translator.h"
#include "ui/AppContext.h"
#include "ui/CurrentPatient.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/MatchDetailWidget.h"
#include "ui/MatchModel.h"
#include "ui/MatchesPage.h"
#include "ui/MessageBox.h"
#include "ui/NodeStatusStrip.h"
#include "ui/PatientListModel.h"
#include "ui/PatientListWidget.h"
#include "ui/PhenotypeFeatureModel.h"
#include "ui/PhenotypesPage.h"
#include "ui/ProgressTask.h"
#include "ui/SendPreviewDialog.h"
#include "ui/TermSuggestionModel.h"
#include "ui/VariantEditDialog.h"
#include "ui/VariantModel.h"
#include "ui/VariantsPage.h"
#include "ui/VcfImportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
// A real `matchdesk-node serve` on a free loopback port with one client token.
class NodeServer
{
public:
    bool start(const QString& dir, const QString& casesFile)
    {
        const QString db = dir + QStringLiteral("/node.sqlite");
        const QString clients = dir + QStringLiteral("/clients.json");
        auto imported = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                           {QStringLiteral("import"), QStringLiteral("--db"), db, casesFile});
        if (imported.exitCode != 0) {
            qWarning() << imported.err;
            return false;
        }
        auto client = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                         {QStringLiteral("add-client"), QStringLiteral("--clients"), clients,
                                          QStringLiteral("--name"), QStringLiteral("gui-test")});
        if (client.exitCode != 0) {
            return false;
        }
        token = client.out.trimmed();
        if (!m_process.start({QStringLiteral("--db"), db, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--clients"), clients,
                              QStringLiteral("--contact-name"), QStringLiteral("Node clinician"),
                              QStringLiteral("--contact-href"), QStringLiteral("mailto:node@example.org"),
                              QStringLiteral("--disclaimer"), QStringLiteral("Test data only")})) {
            qWarning() << m_process.errorOutput();
            return false;
        }
        url = m_process.url();
        return true;
    }
    QUrl url;
    QByteArray token;

private:
    NodeProcess m_process; // stopped (SIGTERM) when destroyed
};

const char* kNodeCases = R"([
 {"id": "node-case-1", "subject": {"id": "case 1", "sex": "MALE"},
  "phenotypicFeatures": [{"type": {"id": "HP:0001250", "label": "Seizure"}},
                         {"type": {"id": "HP:0001263", "label": "Global developmental delay"}},
                         {"type": {"id": "HP:0001252", "label": "Hypotonia"}}],
  "metaData": {"created": "2024-03-05T13:15:24Z", "createdBy": "test", "phenopacketSchemaVersion": "2.0", "resources": []}},
 {"id": "node-case-2", "subject": {"id": "case 2", "sex": "FEMALE"},
  "phenotypicFeatures": [{"type": {"id": "HP:0001250", "label": "Seizure"}}],
  "metaData": {"created": "2024-03-05T13:15:24Z", "createdBy": "test", "phenopacketSchemaVersion": "2.0", "resources": []}}
])";

template <typename T>
T* waitForDialog(QWidget* parent)
{
    T* dialog = nullptr;
    for (int i = 0; i < 200 && !dialog; ++i) {
        for (T* d : parent->findChildren<T*>()) {
            if (d->isVisible()) {
                dialog = d;
            }
        }
        if (!dialog) {
            QTest::qWait(50);
        }
    }
    return dialog;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        Settings::setInstance(
            new Settings(m_profile.settingsPath(), m_profile.filePath(QStringLiteral("policy.ini"))));
        m_secrets = std::make_shared<MemorySecretStore>();
    }

    void workflow()
    {
        auto context = openContext();
        auto window = std::make_unique<MainWindow>(context.get());
        window->resize(1280, 720);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // Create a patient and fill in the details.
        window->findChild<QAction*>(QStringLiteral("actionNewPatient"))->trigger();
        QVERIFY(window->currentPatient()->isValid());
        const qint64 rowId = window->currentPatient()->rowId();
        QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::DetailsTab));
        auto* label = window->findChild<QLineEdit*>(QStringLiteral("patientLabel"));
        QTest::keyClicks(label, QStringLiteral("GUI test patient"));
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(window->currentPatient()->patient().label, QStringLiteral("GUI test patient"));
        QVERIFY(!window->findChild<QAction*>(QStringLiteral("actionFindSimilar"))->isEnabled());
        QVERIFY(window->findChild<QAction*>(QStringLiteral("actionFindSimilar"))
                    ->toolTip()
                    .contains(QStringLiteral("Consent")));
        auto* consent = window->findChild<QComboBox*>(QStringLiteral("consentState"));
        consent->setCurrentIndex(consent->findData(int(Consent::State::Granted)));
        QVERIFY(window->currentPatient()->patient().consent.allowsMatching());
        for (const auto& [name, text] :
             {std::pair{"contactName", "Dr. Test"}, std::pair{"contactEmail", "test@example.org"}}) {
            auto* edit = window->findChild<QLineEdit*>(QString::fromLatin1(name));
            QTest::keyClicks(edit, QString::fromLatin1(text));
            QTest::keyClick(edit, Qt::Key_Return);
        }
        QCOMPARE(window->currentPatient()->patient().contact.email, QStringLiteral("test@example.org"));

        // Find and add terms by typing (exact id, word prefix, typo, excluded with Shift+Return).
        window->showTab(MainWindow::PhenotypesTab);
        PhenotypesPage* page = window->phenotypesPage();
        QTRY_VERIFY(page->searchField()->isEnabled());
        QTest::keyClicks(page->searchField(), QStringLiteral("seizure"));
        QTRY_COMPARE(page->suggestionModel()->index(0).data(TermSuggestionModel::TermIdRole).toString(),
                     QStringLiteral("HP:0001250"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTRY_COMPARE(page->featureModel()->rowCount(), 1);
        QVERIFY(page->searchField()->text().isEmpty());
        QTest::keyClicks(page->searchField(), QStringLiteral("global developmental del"));
        QTRY_COMPARE(page->suggestionModel()->index(0).data(TermSuggestionModel::TermIdRole).toString(),
                     QStringLiteral("HP:0001263"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTest::keyClicks(page->searchField(), QStringLiteral("hypotonai")); // typo
        QTRY_COMPARE(page->suggestionModel()->index(0).data(TermSuggestionModel::TermIdRole).toString(),
                     QStringLiteral("HP:0001252"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTest::keyClicks(page->searchField(), QStringLiteral("HP:0000252"));
        QTRY_COMPARE(page->suggestionModel()->index(0).data(TermSuggestionModel::TermIdRole).toString(),
                     QStringLiteral("HP:0000252"));
        QTest::keyClick(page->searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(page->featureModel()->rowCount(), 4);
        QCOMPARE(window->currentPatient()->patient().observedCount(), 3);
        QCOMPARE(window->currentPatient()->patient().excludedCount(), 1);
        // An ancestor of an observed term is flagged as redundant.
        QTest::keyClicks(page->searchField(), QStringLiteral("HP:0000118"));
        QTRY_COMPARE(page->suggestionModel()->index(0).data(TermSuggestionModel::TermIdRole).toString(),
                     QStringLiteral("HP:0000118"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QTRY_COMPARE(page->featureModel()->rowCount(), 5);
        QVERIFY(!page->featureModel()->warnings().isEmpty());
        page->featureView()->setCurrentIndex(page->featureModel()->index(4, 0));
        QTest::keyClick(page->featureView(), Qt::Key_Delete);
        QTRY_COMPARE(page->featureModel()->rowCount(), 4);

        // Add a variant by hand; an alias offers the approved symbol.
        QTRY_VERIFY_WITH_TIMEOUT(context->genes() != nullptr, 60000);
        window->showTab(MainWindow::VariantsTab);
        QTest::mouseClick(window->variantsPage()->findChild<QPushButton*>(QStringLiteral("addVariant")),
                          Qt::LeftButton);
        auto* variantDialog = waitForDialog<VariantEditDialog>(window->variantsPage());
        QVERIFY(variantDialog);
        QTest::keyClicks(variantDialog->geneField(),
                         QStringLiteral("MLL2")); // alias of KMT2B, old symbol of KMT2D
        auto* ok = variantDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(variantDialog->findChild<QLabel*>(QStringLiteral("variantGeneStatus"))
                    ->text()
                    .contains(QStringLiteral("KMT2B")));
        variantDialog->geneField()->clear();
        QTest::keyClicks(variantDialog->geneField(), QStringLiteral("CAGL114")); // an alias of KMT2D
        auto* useSuggestion = variantDialog->findChild<QPushButton*>(QStringLiteral("useGeneSuggestion"));
        QVERIFY(useSuggestion->isVisible());
        QTest::mouseClick(useSuggestion, Qt::LeftButton);
        QCOMPARE(variantDialog->geneField()->text(), QStringLiteral("KMT2D"));
        QTest::keyClicks(variantDialog->findChild<QLineEdit*>(QStringLiteral("variantHgvsC")),
                         QStringLiteral("NM_003482.4:c.15061C>T"));
        variantDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(window->variantsPage()->model()->rowCount(), 1);
        QCOMPARE(window->currentPatient()->patient().variants.first().gene.hgncId,
                 QStringLiteral("HGNC:7133"));

        // Import a VCF into this patient (sample choice and filters in the dialog).
        FileDialog::setNextFileName(QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/formats/multisample.vcf"));
        QTest::mouseClick(window->variantsPage()->findChild<QPushButton*>(QStringLiteral("importVcf")),
                          Qt::LeftButton);
        auto* vcfDialog = waitForDialog<VcfImportDialog>(window.get());
        QVERIFY(vcfDialog);
        QVERIFY(vcfDialog->sampleCombo()->count() >= 2);
        vcfDialog->findChild<QCheckBox*>(QStringLiteral("vcfPassOnly"))->setChecked(false);
        vcfDialog->sampleCombo()->setCurrentIndex(0);
        vcfDialog->findChild<QPushButton*>(QStringLiteral("vcfImportButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window->variantsPage()->model()->rowCount() > 1, 30000);
        QTRY_COMPARE(ProgressTask::runningCount(), 0);

        // Import a phenopacket as a new patient.
        const int before = window->patientList()->model()->rowCount();
        FileDialog::setNextFileName(QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/formats/single.json"));
        window->findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window->patientList()->model()->rowCount(), before + 1, 30000);
        QTRY_COMPARE(ProgressTask::runningCount(), 0);

        // Two real nodes on loopback.
        QFile cases(m_profile.filePath(QStringLiteral("node-cases.json")));
        QVERIFY(cases.open(QIODevice::WriteOnly));
        cases.write(kNodeCases);
        cases.close();
        QTemporaryDir dirA, dirB;
        NodeServer nodeA, nodeB;
        QVERIFY(nodeA.start(dirA.path(), cases.fileName()));
        QVERIFY(nodeB.start(dirB.path(), cases.fileName()));
        for (const auto& [name, node] :
             {std::pair{QStringLiteral("Node A"), &nodeA}, std::pair{QStringLiteral("Node B"), &nodeB}}) {
            Node n;
            n.name = name;
            n.baseUrl = node->url;
            context->store().saveNode(n);
            QVERIFY(context->secrets().writeBlocking(n.keychainKey(), node->token).ok);
        }
        emit context->nodesChanged();

        // Back to the created patient; Find similar patients shows the preview, then sends.
        window->patientList()->selectPatient(rowId);
        QCOMPARE(window->currentPatient()->rowId(), rowId);
        QAction* find = window->findChild<QAction*>(QStringLiteral("actionFindSimilar"));
        QTRY_VERIFY2(find->isEnabled(), qPrintable(find->toolTip()));
        find->trigger();
        auto* preview = waitForDialog<SendPreviewDialog>(window->matchesPage());
        QVERIFY(preview);
        auto* body = preview->findChild<QPlainTextEdit*>(QStringLiteral("previewBody_Node A"));
        QVERIFY(body);
        QVERIFY(body->toPlainText().contains(QStringLiteral("HP:0001250")));
        QVERIFY(!body->toPlainText().contains(QStringLiteral("GUI test patient"))); // the label never leaves
        preview->findChild<QPushButton*>(QStringLiteral("previewSend"))->click();
        MatchesPage* matches = window->matchesPage();
        QTRY_VERIFY_WITH_TIMEOUT(!matches->isQueryRunning(), 60000);
        QVERIFY2(matches->statusStrip()->chipText(QStringLiteral("Node A")).startsWith(QStringLiteral("✔")),
                 qPrintable(matches->statusStrip()->chipText(QStringLiteral("Node A"))));
        QTRY_VERIFY(matches->model()->rowCount() >= 2);

        // The finished chips follow a language change (and come back the same in English).
        int resultsOfA = 0;
        for (int r = 0; r < matches->model()->rowCount(); ++r) {
            resultsOfA += matches->model()->row(r).match.nodeName == QLatin1String("Node A") ? 1 : 0;
        }
        const QLocale locale;
        auto switchTo = [](const QString& language) {
            Translator::install(language);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        };
        switchTo(QStringLiteral("en"));
        const QString chipEnglish = matches->statusStrip()->chipText(QStringLiteral("Node A"));
        switchTo(QStringLiteral("de"));
        const QString chipStartDe =
            QStringLiteral("✔ ") +
            QCoreApplication::translate("NodeStatusStrip", "%1 · %2")
                .arg(QStringLiteral("Node A"),
                     QCoreApplication::translate("MatchesPage", "%n result(s)", nullptr, resultsOfA));
        const QString chipGerman = matches->statusStrip()->chipText(QStringLiteral("Node A"));
        switchTo(QStringLiteral("en"));
        QLocale::setDefault(locale);
        QVERIFY2(chipGerman.startsWith(chipStartDe),
                 qPrintable(chipGerman + QStringLiteral(" / ") + chipStartDe));
        QVERIFY2(chipGerman != chipEnglish, qPrintable(chipEnglish));
        QCOMPARE(matches->statusStrip()->chipText(QStringLiteral("Node A")), chipEnglish);
        QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::MatchesTab));

        // Triage: change the status of the first match.
        matches->view()->setCurrentIndex(matches->view()->model()->index(0, 0));
        const qint64 matchRowId =
            matches->view()->currentIndex().data(MatchModel::MatchRowIdRole).toLongLong();
        QVERIFY(matchRowId != 0);
        QComboBox* status = matches->detailWidget()->statusCombo();
        status->setCurrentIndex(status->findData(int(TriageStatus::Contacted)));
        QCOMPARE(context->store().match(matchRowId)->status, TriageStatus::Contacted);

        // The audit holds what was sent where.
        QVERIFY(!context->store().auditEntries(rowId).isEmpty());

        // Delete asks and is undoable.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window->findChild<QAction*>(QStringLiteral("actionDeletePatient"))->trigger();
        QVERIFY(!window->patientList()->model()->indexOfRowId(rowId).isValid());
        window->findChild<QAction*>(QStringLiteral("actionUndoDelete"))->trigger();
        QVERIFY(window->patientList()->model()->indexOfRowId(rowId).isValid());
        window->patientList()->selectPatient(rowId);

        // Reopen: everything kept, including the window state and the open patient.
        window->close();
        window.reset();
        context.reset();
        context = openContext();
        window = std::make_unique<MainWindow>(context.get());
        window->show();
        QCOMPARE(window->currentPatient()->rowId(), rowId);
        const Patient& p = window->currentPatient()->patient();
        QCOMPARE(p.label, QStringLiteral("GUI test patient"));
        QCOMPARE(p.observedCount(), 3);
        QVERIFY(p.variants.size() > 1);
        window->showTab(MainWindow::MatchesTab);
        const int row = window->matchesPage()->model()->rowOfMatch(matchRowId);
        QVERIFY(row >= 0);
        QCOMPARE(window->matchesPage()->model()->row(row).match.status, TriageStatus::Contacted);
        window->close();
    }

    void deleteIsCommittedOnClose()
    {
        auto context = openContext();
        auto window = std::make_unique<MainWindow>(context.get());
        window->show();
        const qsizetype before = context->store().patientCount();
        const qint64 rowId = window->createPatient();
        QVERIFY(rowId != 0);
        MessageBox::setNextAnswer(QMessageBox::No);
        window->deleteCurrentPatient();
        QVERIFY(window->patientList()->model()->indexOfRowId(rowId).isValid());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window->deleteCurrentPatient();
        QCOMPARE(context->store().patientCount(), before + 1); // still undoable
        window->close();
        QCOMPARE(context->store().patientCount(), before);
    }

private:
    std::unique_ptr<AppContext> openContext()
    {
        auto context = std::make_unique<AppContext>();
        context->openStore(m_profile.databasePath());
        // The same in-memory keychain across "restarts" of the window.
        struct Shared : SecretStore
        {
            std::shared_ptr<MemorySecretStore> inner;
            QString description() const override { return inner->description(); }
            bool isSecure() const override { return false; }
            void read(const QString& k, QObject* c, Callback d) override { inner->read(k, c, std::move(d)); }
            void write(const QString& k, const QByteArray& v, QObject* c, Callback d) override
            {
                inner->write(k, v, c, std::move(d));
            }
            void remove(const QString& k, QObject* c, Callback d) override
            {
                inner->remove(k, c, std::move(d));
            }
        };
        auto shared = std::make_unique<Shared>();
        shared->inner = m_secrets;
        context->setSecretStore(std::move(shared));
        QSignalSpy ready(context.get(), &AppContext::ontologyReady);
        context->startLoadingReferenceData();
        if (!ready.wait(120000)) {
            qWarning() << "ontology not loaded:" << context->referenceDataError();
        }
        return context;
    }

    TemporaryProfile m_profile;
    std::shared_ptr<MemorySecretStore> m_secrets;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
