// Switches the interface language at run time (en -> de -> fr -> en) and checks that the main
// window retranslates without a restart: a few named texts, then a generic walk over everything
// the window shows (every child widget of every page, dock, tool bar and menu, actions, item
// models' headers and cells) against translations/matchdesk_de.ts, so that a widget nobody
// remembered still fails the test. Choices in combo boxes and text typed in line edits survive the
// switch. Also the language setting and policy locking of the preferences dialog.
#include "TemporaryProfile.h"
#include "TestConfig.h"
#include "alerts/WatchStore.h"
#include "core/Settings.h"
#include "core/Translator.h"
#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "ui/AlertInbox.h"
#include "ui/AlertInboxModel.h"
#include "ui/AlertNotifier.h"
#include "ui/AppContext.h"
#include "ui/CurrentPatient.h"
#include "ui/MainWindow.h"
#include "ui/MatchDetailWidget.h"
#include "ui/MatchFilterModel.h"
#include "ui/MatchModel.h"
#include "ui/MatchesPage.h"
#include "ui/NodeStatusStrip.h"
#include "ui/PatientListWidget.h"
#include "ui/PhenotypeFeatureModel.h"
#include "ui/PhenotypesPage.h"
#include "ui/PreferencesDialog.h"
#include "ui/TermBrowserWidget.h"
#include "ui/WatchControl.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFont>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QXmlStreamReader>
#include <memory>

namespace {

// "&File" and "File" compare equal ("&&" is a literal ampersand); surrounding blanks are ignored.
QString normalized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                out += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        out += text.at(i);
    }
    return out.trimmed();
}

// What a .ts file says about the texts that differ between English and the translation.
struct Catalogue
{
    QSet<QString> english;    // source texts that must not be shown in the translated interface
    QSet<QString> translated; // their translations, which must not be shown in English
    QString error;
};

// Plural (numerus) messages, messages with %-arguments and unfinished or obsolete translations
// are left out, and so is any text that is legitimately the same in both languages (a source
// translated identically somewhere, a translation that is also an English source).
Catalogue readCatalogue(const QString& path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return catalogue;
    }
    static const QRegularExpression argument(QStringLiteral("%(n|L?[0-9])"));
    QSet<QString> sources;
    QSet<QString> translations;
    QSet<QString> identical;
    QList<std::pair<QString, QString>> differing;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("message")) {
            continue;
        }
        const bool plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        QString source;
        QString translation;
        bool finished = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !plural) {
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                translation = xml.readElementText();
            } else {
                xml.skipCurrentElement();
            }
        }
        const QString s = normalized(source);
        const QString t = normalized(translation);
        sources.insert(s);
        if (plural || !finished || t.isEmpty()) {
            continue;
        }
        translations.insert(t);
        if (s == t) {
            identical.insert(s);
        } else if (!source.contains(argument)) {
            differing.append({s, t});
        }
    }
    if (xml.hasError()) {
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return catalogue;
    }
    for (const auto& [s, t] : std::as_const(differing)) {
        if (!identical.contains(s) && !translations.contains(s)) {
            catalogue.english.insert(s);
        }
        if (!sources.contains(t)) {
            catalogue.translated.insert(t);
        }
    }
    return catalogue;
}

// One text the interface shows, and where: "QPushButton#findSimilarButton text".
struct ShownText
{
    QString where;
    QString text;
};

QString describe(const QObject* object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty()) {
        return name + QLatin1Char('#') + object->objectName();
    }
    for (const QObject* p = object->parent(); p; p = p->parent()) {
        if (!p->objectName().isEmpty()) {
            return name + QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className()) +
                   QLatin1Char('#') + p->objectName();
        }
    }
    return name;
}

// Everything a window shows as text, hidden pages and widgets included: window titles, tool
// tips, status tips, What's This, accessible names and descriptions, label / button / group box
// texts, placeholders, combo box items, spin box affixes, tab texts, menu titles, the status
// bar message, actions, and the header data (both orientations) and cells of every view's model.
class TextWalker
{
public:
    QList<ShownText> texts;

    void walk(QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets)) {
            widget(w);
        }
        for (QAction* a : root->findChildren<QAction*>()) {
            action(a);
        }
    }

    void action(QAction* a)
    {
        if (!m_actions.contains(a)) {
            m_actions.insert(a);
            const QString where = describe(a);
            add(where, "text", a->text());
            add(where, "iconText", a->iconText());
            add(where, "toolTip", a->toolTip());
            add(where, "statusTip", a->statusTip());
            add(where, "whatsThis", a->whatsThis());
            if (a->menu()) {
                walk(a->menu());
            }
        }
    }

private:
    QSet<const QObject*> m_actions;
    QSet<const QAbstractItemModel*> m_models;

    void add(const QString& where, const char* property, const QString& text)
    {
        if (!text.trimmed().isEmpty()) {
            texts.append({where + QLatin1Char(' ') + QString::fromLatin1(property), text});
        }
    }

    void widget(QWidget* w)
    {
        const QString where = describe(w);
        add(where, "windowTitle", w->windowTitle());
        add(where, "toolTip", w->toolTip());
        add(where, "statusTip", w->statusTip());
        add(where, "whatsThis", w->whatsThis());
        add(where, "accessibleName", w->accessibleName());
        add(where, "accessibleDescription", w->accessibleDescription());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            add(where, "text", label->text());
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(where, "text", button->text());
        }
        if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(where, "title", box->title());
        }
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            add(where, "placeholderText", edit->placeholderText());
        }
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
            add(where, "placeholderText", edit->placeholderText());
        }
        if (auto* edit = qobject_cast<QTextEdit*>(w)) {
            add(where, "placeholderText", edit->placeholderText());
            if (edit->isReadOnly()) {
                add(where, "plainText", edit->toPlainText());
            }
        }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            add(where, "placeholderText", combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(where, "itemText", combo->itemText(i));
                add(where, "itemToolTip", combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            add(where, "specialValueText", spin->specialValueText());
        }
        if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            add(where, "prefix", spin->prefix());
            add(where, "suffix", spin->suffix());
        }
        if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) {
            add(where, "prefix", spin->prefix());
            add(where, "suffix", spin->suffix());
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(where, "tabText", tabs->tabText(i));
                add(where, "tabToolTip", tabs->tabToolTip(i));
                add(where, "tabWhatsThis", tabs->tabWhatsThis(i));
            }
        }
        if (auto* menu = qobject_cast<QMenu*>(w)) {
            add(where, "title", menu->title());
        }
        if (auto* bar = qobject_cast<QStatusBar*>(w)) {
            add(where, "currentMessage", bar->currentMessage());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            model(view->model(), where);
        }
        for (QAction* a : w->actions()) {
            action(a);
        }
    }

    void model(const QAbstractItemModel* model, const QString& where)
    {
        if (m_models.contains(model)) {
            return;
        }
        m_models.insert(model);
        const QString name =
            where + QStringLiteral(" model ") + QString::fromLatin1(model->metaObject()->className());
        const int rows = qMin(model->rowCount(), 200);
        const int columns = model->columnCount();
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            for (int c = 0; c < columns; ++c) {
                add(name, "horizontalHeader", model->headerData(c, Qt::Horizontal, role).toString());
            }
            for (int r = 0; r < rows; ++r) {
                add(name, "verticalHeader", model->headerData(r, Qt::Vertical, role).toString());
                for (int c = 0; c < columns; ++c) {
                    add(name, "cell", model->index(r, c).data(role).toString());
                }
            }
        }
    }
};

// The texts among `shown` that are in `forbidden` (compared without accelerators), one line each.
QStringList offending(const QList<ShownText>& shown, const QSet<QString>& forbidden)
{
    QStringList lines;
    for (const ShownText& s : shown) {
        if (forbidden.contains(normalized(s.text))) {
            const QString line = QStringLiteral("  %1: \"%2\"").arg(s.where, s.text);
            if (!lines.contains(line)) {
                lines << line;
            }
        }
    }
    lines.sort();
    return lines;
}

// Fails listing every offending text (in full: QTest shortens long failure messages).
bool reportNone(const QStringList& lines, const QString& what)
{
    if (lines.isEmpty()) {
        return true;
    }
    qWarning().noquote() << QStringLiteral("%1 %2:").arg(lines.size()).arg(what);
    for (const QString& line : lines) {
        qWarning().noquote() << line;
    }
    return false;
}

// How many different texts of `set` are among `shown`.
int distinctShown(const QList<ShownText>& shown, const QSet<QString>& set)
{
    QSet<QString> seen;
    for (const ShownText& s : shown) {
        const QString n = normalized(s.text);
        if (set.contains(n)) {
            seen.insert(n);
        }
    }
    return int(seen.size());
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    TemporaryProfile m_profile;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Catalogue m_german;
    qint64 m_patient = 0;
    qint64 m_contactedMatch = 0;

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
    template <typename T>
    T* child(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }
    // Installs a language the way the preferences dialog does and lets the events through; waits
    // for the HPO labels of that language so nothing changes under the checks.
    void switchTo(const QString& language)
    {
        PreferencesDialog::applyLanguage(language, m_context.get());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        if (m_context->isOntologyReady()) {
            QTRY_VERIFY_WITH_TIMEOUT(language == QLatin1String("en")
                                         ? m_context->hpoTranslations() == nullptr
                                         : m_context->hpoTranslations() &&
                                               m_context->hpoTranslations()->language() == language,
                                     60000);
            QCoreApplication::processEvents();
        }
    }
    // Every text of the main window and of the tray icon's menu and tool tip.
    QList<ShownText> shownTexts() const
    {
        TextWalker walker;
        walker.walk(m_window.get());
        const AlertNotifier* notifier = m_window->alertNotifier();
        walker.texts.append(
            {describe(notifier->trayIcon()) + QStringLiteral(" toolTip"), notifier->trayIcon()->toolTip()});
        walker.walk(notifier->menu());
        return walker.texts;
    }

    // A patient with phenotypes (one redundant), variants, a disorder, a watch, two matches on
    // node "alpha" (one triaged) and an unread alert, so every page has something to show.
    void createPatients()
    {
        Store& store = m_context->store();
        Node node;
        node.name = QStringLiteral("alpha");
        node.baseUrl = QUrl(QStringLiteral("https://alpha.example.org/mme"));
        store.saveNode(node);

        Patient other;
        other.localId = QStringLiteral("LS-2");
        other.source = QStringLiteral("manual");
        store.savePatient(other);

        Patient p;
        p.localId = QStringLiteral("LS-1");
        p.label = QStringLiteral("LS-1 J.D. 2019");
        p.source = QStringLiteral("manual");
        p.sex = Sex::Female;
        p.consent = {Consent::State::Granted, QDate(2024, 5, 2)};
        p.contact.name = QStringLiteral("Dr Query");
        p.contact.institution = QStringLiteral("Genetics Lab");
        p.contact.email = QStringLiteral("query@example.org");
        p.features = {
            {QStringLiteral("HP:0001250"), QStringLiteral("Seizure"), false, QStringLiteral("HP:0003593"),
             QStringLiteral("Infantile onset")},
            {QStringLiteral("HP:0001263"), QStringLiteral("Global developmental delay"), false, {}, {}},
            {QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), true, {}, {}},
            {QStringLiteral("HP:0000707"),
             QStringLiteral("Abnormality of the nervous system"),
             false,
             {},
             {}}};
        Variant v;
        v.gene.symbol = QStringLiteral("KMT2D");
        v.gene.hgncId = QStringLiteral("HGNC:7133");
        v.assembly = QStringLiteral("GRCh38");
        v.chromosome = QStringLiteral("12");
        v.position = 49020000;
        v.ref = QStringLiteral("C");
        v.alt = QStringLiteral("T");
        v.zygosity = Zygosity::Heterozygous;
        v.acmgClass = AcmgClass::Pathogenic;
        v.hgvsC = QStringLiteral("NM_003482.4:c.100C>T");
        Variant geneOnly;
        geneOnly.gene.symbol = QStringLiteral("XYZ1");
        p.variants = {v, geneOnly};
        p.disorders = {{QStringLiteral("OMIM:147920"), QStringLiteral("Kabuki syndrome 1"), false}};
        store.savePatient(p);
        m_patient = p.rowId;
        WatchStore(store).setWatch(p.rowId, Watch::Schedule::Weekly, 0.4,
                                   QDateTime::currentDateTimeUtc().addDays(7));

        const QJsonObject seizure{{QStringLiteral("id"), QStringLiteral("HP:0001250")},
                                  {QStringLiteral("label"), QStringLiteral("Seizure")},
                                  {QStringLiteral("ic"), 3.1}};
        const QJsonObject delay{{QStringLiteral("id"), QStringLiteral("HP:0001263")},
                                {QStringLiteral("label"), QStringLiteral("Global developmental delay")},
                                {QStringLiteral("ic"), 2.4}};
        const QJsonObject explanation{
            {QStringLiteral("terms"), QJsonArray{QJsonObject{{QStringLiteral("queryTerm"), seizure},
                                                             {QStringLiteral("caseTerm"), seizure},
                                                             {QStringLiteral("commonAncestor"), seizure},
                                                             {QStringLiteral("exact"), true}},
                                                 QJsonObject{{QStringLiteral("queryTerm"), delay},
                                                             {QStringLiteral("caseTerm"), QJsonValue()},
                                                             {QStringLiteral("commonAncestor"), QJsonValue()},
                                                             {QStringLiteral("exact"), false}}}},
            {QStringLiteral("contradictions"), QJsonArray()},
            {QStringLiteral("genotype"),
             QJsonObject{{QStringLiteral("sharedGenes"),
                          QJsonArray{QJsonObject{{QStringLiteral("symbol"), QStringLiteral("KMT2D")},
                                                 {QStringLiteral("sameVariants"), QJsonArray()},
                                                 {QStringLiteral("sameZygosity"), false}}}}}}};
        auto match = [&](const QString& remoteId, double score) {
            Match m;
            m.patientRowId = p.rowId;
            m.nodeName = QStringLiteral("alpha");
            m.remotePatientId = remoteId;
            m.localScore = score;
            m.nodeScore = score;
            m.remoteRecord = json(QJsonObject{
                {QStringLiteral("id"), remoteId},
                {QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Remote")},
                             {QStringLiteral("institution"), QStringLiteral("Remote Lab")},
                             {QStringLiteral("href"), QStringLiteral("mailto:remote@example.org")}}},
                {QStringLiteral("genomicFeatures"),
                 QJsonArray{QJsonObject{{QStringLiteral("gene"),
                                         QJsonObject{{QStringLiteral("id"), QStringLiteral("KMT2D")}}}}}}});
            m.explanation = json(explanation);
            m.disclaimer = QStringLiteral("Research data only.");
            store.upsertMatch(m);
            return m.rowId;
        };
        m_contactedMatch = match(QStringLiteral("REMOTE-A"), 0.8);
        store.setTriage(m_contactedMatch, TriageStatus::Contacted, QStringLiteral("called on Monday"));
        const qint64 fresh = match(QStringLiteral("REMOTE-B"), 0.6);
        Alert alert;
        alert.matchRowId = fresh;
        alert.patientRowId = p.rowId;
        alert.kind = Alert::Kind::NewMatch;
        alert.reason = QStringLiteral("REMOTE-B on alpha");
        store.addAlert(alert);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        Settings::setInstance(
            new Settings(m_profile.settingsPath(), m_profile.filePath(QStringLiteral("policy.ini"))));
        QVERIFY(Translator::availableLanguages().contains(QStringLiteral("de")));
        QVERIFY(Translator::availableLanguages().contains(QStringLiteral("fr")));
        m_german = readCatalogue(QStringLiteral(MATCHDESK_TEST_SOURCE_DIR "/translations/matchdesk_de.ts"));
        QVERIFY2(m_german.error.isEmpty(), qPrintable(m_german.error));
        QVERIFY2(m_german.english.size() > 300, qPrintable(QString::number(m_german.english.size())));
        Translator::install(QStringLiteral("en"));
        m_context = std::make_unique<AppContext>();
        m_context->openStore(m_profile.databasePath());
        QSignalSpy ready(m_context.get(), &AppContext::ontologyReady);
        m_context->startLoadingReferenceData();
        QVERIFY2(ready.wait(120000), qPrintable(m_context->referenceDataError()));
        createPatients();
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // Open the patient with a triaged match selected, a term in the browser, the inbox shown
        // and a query running on the status strip.
        m_window->patientList()->selectPatient(m_patient);
        QCOMPARE(m_window->currentPatient()->rowId(), m_patient);
        QVERIFY(m_window->openMatch(m_patient, m_contactedMatch));
        PhenotypesPage* phenotypes = m_window->phenotypesPage();
        phenotypes->featureView()->setCurrentIndex(phenotypes->featureModel()->index(0, 0));
        QVERIFY(!phenotypes->detailWidget()->termId().isEmpty());
        m_window->alertInbox()->show();
        QCOMPARE(m_window->alertInbox()->model()->rowCount(), 1);
        m_window->matchesPage()->statusStrip()->start({QStringLiteral("alpha")});
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        Translator::install(QStringLiteral("en"));
    }

    // A failed check must not leave the next one in another language.
    void cleanup() { switchTo(QStringLiteral("en")); }

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

    // The generic check: nothing the window shows in German is still one of the English texts
    // that have a (different) German translation, and back in English no German text is left.
    void noTextIsLeftInThePreviousLanguage()
    {
        const QList<ShownText> english = shownTexts();
        // The walk sees the window: plenty of translatable English texts, no German one.
        const int englishSeen = distinctShown(english, m_german.english);
        QVERIFY2(englishSeen > 100, qPrintable(QString::number(englishSeen)));
        QVERIFY(reportNone(offending(english, m_german.translated),
                           QStringLiteral("German texts before any switch")));

        switchTo(QStringLiteral("de"));
        const QList<ShownText> inGerman = shownTexts();
        QVERIFY(reportNone(offending(inGerman, m_german.english),
                           QStringLiteral("texts still in English after switching to German")));
        const int germanSeen = distinctShown(inGerman, m_german.translated);
        qInfo(
            "%d texts walked; %d distinct English texts with a German translation shown, then %d German ones",
            int(inGerman.size()), englishSeen, germanSeen);
        QVERIFY2(germanSeen >= englishSeen * 9 / 10,
                 qPrintable(
                     QStringLiteral("%1 German texts for %2 English ones").arg(germanSeen).arg(englishSeen)));

        switchTo(QStringLiteral("en"));
        QVERIFY(reportNone(offending(shownTexts(), m_german.translated),
                           QStringLiteral("texts still in German after switching back to English")));
    }

    // Texts with arguments or plurals, which the generic check leaves out, follow too.
    void composedTextsFollow()
    {
        auto* warnings = child<QLabel>("termWarnings");
        const char* redundantSource = "Redundant: %1 is an ancestor of %2, which is also observed";
        auto redundant = [&] {
            return QCoreApplication::translate("PhenotypeFeatureModel", redundantSource)
                .section(QStringLiteral("%1"), 1)
                .section(QStringLiteral("%2"), 0, 0);
        };
        QVERIFY2(warnings->text().contains(QStringLiteral(" is an ancestor of ")),
                 qPrintable(warnings->text()));
        auto* watchStatus = child<QLabel>("watchStatus");
        QCOMPARE(watchStatus->text(), QStringLiteral("not checked yet"));
        auto* chip = child<QLabel>("nodeChip_alpha");
        QVERIFY(chip);
        QCOMPARE(chip->accessibleName(), QStringLiteral("alpha: waiting for the answer"));
        auto* summary = child<QLabel>("profileSummary");
        QVERIFY2(summary->text().startsWith(QStringLiteral("3 observed")), qPrintable(summary->text()));
        auto* title = child<QLabel>("matchTitle");
        auto expectedTitle = [] {
            const QString score = QLocale().toString(0.8, 'f', 2);
            return QCoreApplication::translate("MatchDetailWidget",
                                               "<h3>%1</h3><p>%2 · score <b>%3</b> (node score %4)</p>")
                .arg(QStringLiteral("Dr Remote"), QStringLiteral("alpha"), score, score);
        };
        QCOMPARE(title->text(), expectedTitle());
        auto* minScore = child<QDoubleSpinBox>("watchMinScore");
        QCOMPARE(minScore->text(), QStringLiteral("alert from score 0.40"));

        switchTo(QStringLiteral("de"));
        // Numbers in the new language's format as well.
        QCOMPARE(minScore->text(),
                 QCoreApplication::translate("WatchControl", "alert from score ") + QStringLiteral("0,40"));
        QVERIFY(redundant() != QStringLiteral(" is an ancestor of "));
        QVERIFY2(warnings->text().contains(redundant()), qPrintable(warnings->text()));
        QCOMPARE(watchStatus->text(), QCoreApplication::translate("WatchControl", "not checked yet"));
        QVERIFY(watchStatus->text() != QStringLiteral("not checked yet"));
        QCOMPARE(chip->accessibleName(),
                 QCoreApplication::translate("NodeStatusStrip", "%1: waiting for the answer")
                     .arg(QStringLiteral("alpha")));
        QVERIFY2(!summary->text().contains(QStringLiteral("observed")), qPrintable(summary->text()));
        QVERIFY(!expectedTitle().contains(QStringLiteral("node score")));
        QCOMPARE(title->text(), expectedTitle());

        switchTo(QStringLiteral("en"));
        QVERIFY2(warnings->text().contains(QStringLiteral(" is an ancestor of ")),
                 qPrintable(warnings->text()));
        QCOMPARE(chip->accessibleName(), QStringLiteral("alpha: waiting for the answer"));
        QCOMPARE(title->text(), expectedTitle());
        QCOMPARE(minScore->text(), QStringLiteral("alert from score 0.40"));
    }

    // The Matches tab shows HPO terms in the HPO language like the Phenotypes page: the table's
    // shared phenotypes and the explanation, the English label in the tooltips; the filter finds
    // either label. Seizure (HP:0001250) has an official French translation.
    void matchTermsFollowHpoLanguage()
    {
        MatchesPage* page = m_window->matchesPage();
        const QModelIndex cell =
            page->model()->index(page->model()->rowOfMatch(m_contactedMatch), MatchModel::PhenotypesColumn);
        QVERIFY(cell.isValid());
        const QAbstractItemModel* terms = page->detailWidget()->explanationView()->model();
        auto* filter = child<QLineEdit>("matchFilter");
        const QString typed = filter->text();
        QCOMPARE(cell.data().toString(), QStringLiteral("Seizure"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Seizure"));
        QCOMPARE(terms->index(0, 0).data().toString(), QStringLiteral("Seizure"));
        QCOMPARE(terms->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("HP:0001250"));

        switchTo(QStringLiteral("fr"));
        const int seizure = m_context->ontology()->indexOf(QStringLiteral("HP:0001250"));
        HpoTranslations::Status status = HpoTranslations::Status::None;
        const QString french = m_context->hpoTranslations()->displayLabel(seizure, &status);
        QCOMPARE(status, HpoTranslations::Status::Official);
        QVERIFY2(french != QStringLiteral("Seizure") && !french.isEmpty(), qPrintable(french));
        const QString english = QCoreApplication::translate("PhenotypeFeatureModel", "English: %1")
                                    .arg(QStringLiteral("Seizure"));
        QVERIFY2(english != QStringLiteral("English: Seizure"), qPrintable(english));
        QCOMPARE(cell.data().toString(), french);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("%1 — %2").arg(french, english));
        QVERIFY(!cell.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(terms->index(0, 0).data().toString(), french);
        QCOMPARE(terms->index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("HP:0001250\n") + english);
        QCOMPARE(terms->index(0, 1).data().toString(),
                 QCoreApplication::translate("MatchDetailWidget", "= %1").arg(french));
        for (const QString& text : {french, QStringLiteral("seizure")}) {
            filter->setText(text);
            QVERIFY2(page->proxy()->mapFromSource(cell).isValid(), qPrintable(text));
        }
        filter->setText(typed);
        // What is stored keeps the English label.
        const auto stored = m_context->store().match(m_contactedMatch);
        QVERIFY(stored);
        QVERIFY(stored->explanation.contains("\"Seizure\""));
        QVERIFY(!stored->explanation.contains(french.toUtf8()));

        switchTo(QStringLiteral("en"));
        QCOMPARE(cell.data().toString(), QStringLiteral("Seizure"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Seizure"));
        QCOMPARE(terms->index(0, 0).data().toString(), QStringLiteral("Seizure"));
        QCOMPARE(terms->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("HP:0001250"));
        QCOMPARE(terms->index(0, 1).data().toString(), QStringLiteral("= Seizure"));
        filter->setText(french);
        QVERIFY(!page->proxy()->mapFromSource(cell).isValid());
        filter->setText(typed);
    }

    // Only texts change: what is chosen in combo boxes and typed in line edits stays.
    void choicesAndInputSurvive()
    {
        m_window->showTab(MainWindow::DetailsTab);
        struct Choice
        {
            QComboBox* combo;
            int index;
        };
        QList<Choice> choices;
        auto choose = [&](const char* name, int index) {
            auto* combo = child<QComboBox>(name);
            QVERIFY2(combo, name);
            QVERIFY2(combo->count() > index, name);
            combo->setCurrentIndex(index);
            choices.append({combo, index});
        };
        choose("patientFilter", 1);     // with new matches: the open patient stays listed
        choose("matchStatusFilter", 1); // hide not relevant
        choose("onsetCombo", 3);
        choices.append({child<QComboBox>("triageStatus"), child<QComboBox>("triageStatus")->currentIndex()});
        choices.append({child<QComboBox>("patientSex"), child<QComboBox>("patientSex")->currentIndex()});
        choices.append({child<QComboBox>("consentState"), child<QComboBox>("consentState")->currentIndex()});
        choices.append(
            {child<QComboBox>("watchSchedule"), child<QComboBox>("watchSchedule")->currentIndex()});
        QCOMPARE(child<QComboBox>("triageStatus")->currentData().toInt(), int(TriageStatus::Contacted));
        QCOMPARE(child<QComboBox>("patientSex")->currentData().toInt(), int(Sex::Female));
        QCOMPARE(child<QComboBox>("consentState")->currentData().toInt(), int(Consent::State::Granted));
        QCOMPARE(child<QComboBox>("watchSchedule")->currentData().toInt(), int(Watch::Schedule::Weekly));

        struct Input
        {
            QLineEdit* edit;
            QString text;
        };
        QList<Input> inputs;
        auto type = [&](const char* name, const QString& text) {
            auto* edit = child<QLineEdit>(name);
            QVERIFY2(edit, name);
            edit->setText(text); // typed, not committed
            inputs.append({edit, text});
        };
        type("patientSearch", QStringLiteral("LS-1"));
        type("matchFilter", QStringLiteral("alpha"));
        type("termSearch", QStringLiteral("seiz"));
        type("patientLabel", QStringLiteral("LS-1 J.D. 2019 (edited)"));
        type("contactName", QStringLiteral("Dr Query-Typed"));
        auto* notes = child<QPlainTextEdit>("triageNotes");
        QCOMPARE(notes->toPlainText(), QStringLiteral("called on Monday"));
        auto* minScore = child<QDoubleSpinBox>("watchMinScore");
        QCOMPARE(minScore->value(), 0.4);
        QCOMPARE(m_window->currentPatient()->rowId(), m_patient);

        for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")}) {
            switchTo(language);
            for (const Choice& c : std::as_const(choices)) {
                QVERIFY2(c.combo->currentIndex() == c.index,
                         qPrintable(QStringLiteral("%1 (%2): %3 instead of %4")
                                        .arg(c.combo->objectName(), language)
                                        .arg(c.combo->currentIndex())
                                        .arg(c.index)));
            }
            for (const Input& i : std::as_const(inputs)) {
                QCOMPARE(i.edit->text(), i.text);
            }
            QCOMPARE(notes->toPlainText(), QStringLiteral("called on Monday"));
            QCOMPARE(minScore->value(), 0.4);
            QCOMPARE(m_window->currentPatient()->rowId(), m_patient);
        }
        QCOMPARE(m_window->currentPatient()->patient().label, QStringLiteral("LS-1 J.D. 2019"));
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
        QCOMPARE(label(&dialog, QStringLiteral("languageCombo")), QStringLiteral("&Language:"));
        QCOMPARE(label(&dialog, QStringLiteral("scheduleCombo")), QStringLiteral("Check for new &matches:"));
        QVERIFY(
            !dialog.findChild<QLabel*>(QStringLiteral("policyNote"))->isVisibleTo(&dialog)); // nothing locked
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
        QCOMPARE(label(&dialog, QStringLiteral("languageCombo")),
                 QCoreApplication::translate("PreferencesDialog", "&Language:"));
        TextWalker walker;
        walker.walk(&dialog);
        QVERIFY(reportNone(offending(walker.texts, m_german.english),
                           QStringLiteral("texts of the preferences dialog still in English")));
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
        // Visible without hovering: a note says some settings are managed by IT.
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("policyNote"));
        QVERIFY(note->isVisibleTo(&dialog));
        QVERIFY2(note->text().contains(QLatin1String("IT department")), qPrintable(note->text()));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
