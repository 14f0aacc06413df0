#include "PhenotypesPage.h"

#include "AppContext.h"
#include "CurrentPatient.h"
#include "PhenotypeFeatureModel.h"
#include "TermBrowserWidget.h"
#include "TermSuggestionModel.h"
#include "UiLogging.h"
#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "matching/TermSearch.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kOnsetRoot = QStringLiteral("HP:0003674");
}

PhenotypesPage::PhenotypesPage(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_current(current)
    , m_search(new QLineEdit(this))
    , m_suggestions(new TermSuggestionModel(this))
    , m_suggestionView(new QListView(this))
    , m_searchHint(new QLabel(this))
    , m_onset(new QComboBox(this))
    , m_addObserved(new QPushButton(this))
    , m_addExcluded(new QPushButton(this))
    , m_features(new PhenotypeFeatureModel(this))
    , m_featureView(new QTableView(this))
    , m_toggle(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_warnings(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_browser(new TermBrowserWidget(nullptr))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("phenotypesPage"));
    m_search->setObjectName(QStringLiteral("termSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_suggestionView->setObjectName(QStringLiteral("termSuggestions"));
    m_suggestionView->setModel(m_suggestions);
    m_suggestionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestionView->setUniformItemSizes(true);
    m_suggestionView->setMaximumHeight(200);
    m_suggestionView->installEventFilter(this);
    m_searchHint->setObjectName(QStringLiteral("termSearchHint"));
    m_searchHint->setEnabled(false);
    m_onset->setObjectName(QStringLiteral("onsetCombo"));
    m_addObserved->setObjectName(QStringLiteral("addObserved"));
    m_addExcluded->setObjectName(QStringLiteral("addExcluded"));
    m_featureView->setObjectName(QStringLiteral("featureView"));
    m_featureView->setModel(m_features);
    m_featureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_featureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_featureView->setAlternatingRowColors(true);
    m_featureView->verticalHeader()->hide();
    m_featureView->horizontalHeader()->setSectionResizeMode(PhenotypeFeatureModel::TermColumn,
                                                            QHeaderView::Stretch);
    m_featureView->horizontalHeader()->setSectionResizeMode(PhenotypeFeatureModel::IdColumn,
                                                            QHeaderView::ResizeToContents);
    m_featureView->horizontalHeader()->setSectionResizeMode(PhenotypeFeatureModel::StatusColumn,
                                                            QHeaderView::ResizeToContents);
    m_featureView->installEventFilter(this);
    m_toggle->setObjectName(QStringLiteral("toggleExcluded"));
    m_remove->setObjectName(QStringLiteral("removeTerm"));
    m_warnings->setObjectName(QStringLiteral("termWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a05a00"));
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_summary->setWordWrap(true);

    auto* searchLabel = m_searchLabel = new QLabel(this);
    searchLabel->setBuddy(m_search);
    auto* onsetLabel = m_onsetLabel = new QLabel(this);
    onsetLabel->setBuddy(m_onset);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(onsetLabel);
    addRow->addWidget(m_onset, 1);
    addRow->addWidget(m_addObserved);
    addRow->addWidget(m_addExcluded);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_summary, 1);
    profileButtons->addWidget(m_toggle);
    profileButtons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_suggestionView);
    layout->addWidget(m_searchHint);
    layout->addLayout(addRow);
    layout->addSpacing(6);
    layout->addWidget(m_featureView, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(profileButtons);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0); // coalesce bursts of keystrokes into one search per event-loop turn
    connect(m_searchTimer, &QTimer::timeout, this, &PhenotypesPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_suggestionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid()) {
                    m_browser->showTerm(index.data(TermSuggestionModel::TermIdRole).toString());
                }
            });
    connect(m_suggestionView, &QListView::activated, this, [this] { addSelected(false); });
    connect(m_featureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid()) {
                    m_browser->showTerm(index.data(PhenotypeFeatureModel::TermIdRole).toString());
                }
                m_toggle->setEnabled(index.isValid());
                m_remove->setEnabled(index.isValid());
            });
    connect(m_addObserved, &QPushButton::clicked, this, [this] { addSelected(false); });
    connect(m_addExcluded, &QPushButton::clicked, this, [this] { addSelected(true); });
    connect(m_toggle, &QPushButton::clicked, this, &PhenotypesPage::toggleSelected);
    connect(m_remove, &QPushButton::clicked, this, &PhenotypesPage::removeSelected);
    connect(m_browser, &TermBrowserWidget::addRequested, this, &PhenotypesPage::addTerm);
    auto* focusSearch = new QShortcut(QKeySequence(tr("Ctrl+T")), this);
    focusSearch->setContext(Qt::WindowShortcut);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        if (isVisible()) {
            m_search->setFocus();
            m_search->selectAll();
        }
    });
    connect(m_current, &CurrentPatient::switched, this, &PhenotypesPage::refresh);
    connect(m_current, &CurrentPatient::changed, this, &PhenotypesPage::refresh);
    connect(m_context, &AppContext::ontologyReady, this, &PhenotypesPage::onOntologyReady);
    connect(m_context, &AppContext::informationContentReady, this, [this] {
        m_features->setOntology(m_context->ontology(), m_context->informationContent());
        updateSummary();
    });
    connect(m_context, &AppContext::hpoLanguageChanged, this, &PhenotypesPage::onHpoLanguageChanged);
    m_search->setEnabled(false);
    retranslateUi();
    if (m_context->isOntologyReady()) {
        onOntologyReady();
    }
    refresh();
}

void PhenotypesPage::retranslateUi()
{
    m_addObserved->setText(tr("Add &observed"));
    m_addExcluded->setText(tr("Add e&xcluded"));
    m_toggle->setText(tr("Observed ⇄ excluded"));
    m_remove->setText(tr("&Remove"));
    m_search->setAccessibleName(tr("Search HPO terms"));
    m_suggestionView->setAccessibleName(tr("HPO suggestions"));
    m_searchHint->setText(
        tr("Return adds the highlighted term as observed, Shift+Return as excluded; ↑/↓ choose."));
    m_onset->setAccessibleName(tr("Onset of the next term"));
    m_featureView->setAccessibleName(tr("Phenotype profile"));
    m_searchLabel->setText(tr("&Find term:"));
    m_onsetLabel->setText(tr("O&nset:"));
    m_search->setPlaceholderText(
        m_context->isOntologyReady()
            ? tr("Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250")
            : tr("Loading the Human Phenotype Ontology…"));
    if (m_context->isOntologyReady()) {
        const int onset = m_onset->currentIndex();
        fillOnsets();
        m_onset->setCurrentIndex(onset);
    }
    m_features->retranslate();
    m_featureView->viewport()->update();
    m_suggestionView->viewport()->update();
    updateSummary();
}

void PhenotypesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PhenotypesPage::onHpoLanguageChanged()
{
    const auto translations = m_context->hpoTranslations();
    m_suggestions->setTranslations(translations);
    m_features->setTranslations(translations);
    m_browser->setTranslations(translations);
    const int onset = m_onset->currentIndex();
    fillOnsets();
    m_onset->setCurrentIndex(onset);
    runSearch();
    updateSummary();
}

void PhenotypesPage::onOntologyReady()
{
    m_search->setEnabled(true);
    m_search->setPlaceholderText(
        tr("Type a phenotype, synonym or HPO id (Ctrl+T), e.g. “seizure” or HP:0001250"));
    m_suggestions->setOntology(m_context->ontology());
    m_features->setOntology(m_context->ontology(), m_context->informationContent());
    m_browser->setOntology(m_context->ontology());
    m_suggestions->setTranslations(m_context->hpoTranslations());
    m_features->setTranslations(m_context->hpoTranslations());
    m_browser->setTranslations(m_context->hpoTranslations());
    fillOnsets();
    runSearch();
    updateSummary();
}

void PhenotypesPage::fillOnsets()
{
    m_onset->clear();
    m_onset->addItem(tr("Onset unknown"), QString());
    const auto ontology = m_context->ontology();
    const int root = ontology ? ontology->indexOf(kOnsetRoot) : -1;
    if (root < 0) {
        return;
    }
    // Depth-first below "Onset", indented by depth.
    std::function<void(int, int)> walk = [&](int term, int level) {
        for (int child : ontology->children(term)) {
            const auto translations = m_context->hpoTranslations();
            const QString label = translations ? translations->displayLabel(child) : ontology->name(child);
            m_onset->addItem(QString(level * 2, QLatin1Char(' ')) + label, ontology->id(child));
            walk(child, level + 1);
        }
    };
    walk(root, 0);
}

void PhenotypesPage::runSearch()
{
    const auto search = m_context->termSearch();
    const QString text = m_search->text().trimmed();
    if (!search || text.isEmpty()) {
        m_suggestions->setHits({});
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_suggestions->setHits(search->search(text, 30));
    if (timer.elapsed() > 30) {
        qCDebug(lcUi) << "slow term search:" << timer.elapsed() << "ms for" << text;
    }
    if (m_suggestions->rowCount() > 0) {
        m_suggestionView->setCurrentIndex(m_suggestions->index(0));
    }
}

bool PhenotypesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search || watched == m_suggestionView) {
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int rows = m_suggestions->rowCount();
            if (rows > 0) {
                int row = m_suggestionView->currentIndex().row();
                row = key->key() == Qt::Key_Down ? qMin(rows - 1, row + 1) : qMax(0, row - 1);
                m_suggestionView->setCurrentIndex(m_suggestions->index(row));
            }
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                runSearch();
            }
            addSelected(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape && watched == m_search) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_featureView && key->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PhenotypesPage::addSelected(bool excluded)
{
    const QModelIndex index = m_suggestionView->currentIndex();
    QString termId = index.isValid() ? index.data(TermSuggestionModel::TermIdRole).toString() : QString();
    if (termId.isEmpty() && !m_browser->termId().isEmpty() && m_search->text().isEmpty()) {
        termId = m_browser->termId();
    }
    if (!termId.isEmpty() && addTerm(termId, excluded)) {
        m_search->clear();
        m_search->setFocus();
    }
}

bool PhenotypesPage::addTerm(const QString& termId, bool excluded)
{
    const auto ontology = m_context->ontology();
    const int term = ontology ? ontology->indexOf(termId) : -1;
    if (term < 0 || !m_current->isValid()) {
        return false;
    }
    const QString id = ontology->id(term);
    for (const PhenotypeFeature& f : m_current->patient().features) {
        if (f.termId == id && f.excluded == excluded) {
            return false;
        }
    }
    PhenotypeFeature feature;
    feature.termId = id;
    feature.label = ontology->name(term);
    feature.excluded = excluded;
    feature.onsetTermId = m_onset->currentData().toString();
    if (!feature.onsetTermId.isEmpty()) {
        // Stored labels stay English whatever the UI language (exports send ids and English labels).
        const int onset = ontology->indexOf(feature.onsetTermId);
        feature.onsetLabel = onset >= 0 ? ontology->name(onset) : m_onset->currentText().trimmed();
    }
    const bool ok = m_current->modify([&](Patient& p) { p.features << feature; });
    if (ok) {
        const QModelIndex added = m_features->index(m_features->rowCount() - 1, 0);
        m_featureView->scrollTo(added);
    }
    return ok;
}

void PhenotypesPage::removeSelected()
{
    const int row = m_featureView->currentIndex().row();
    if (row < 0) {
        return;
    }
    m_current->modify([row](Patient& p) {
        if (row < p.features.size()) {
            p.features.removeAt(row);
        }
    });
    const int rows = m_features->rowCount();
    if (rows > 0) {
        m_featureView->setCurrentIndex(m_features->index(qMin(row, rows - 1), 0));
    }
}

void PhenotypesPage::toggleSelected()
{
    const int row = m_featureView->currentIndex().row();
    if (row < 0) {
        return;
    }
    m_current->modify([row](Patient& p) {
        if (row < p.features.size()) {
            p.features[row].excluded = !p.features[row].excluded;
        }
    });
    m_featureView->setCurrentIndex(m_features->index(row, 0));
}

void PhenotypesPage::refresh()
{
    m_features->setFeatures(m_current->patient().features);
    const bool selected = m_featureView->currentIndex().isValid();
    m_toggle->setEnabled(selected);
    m_remove->setEnabled(selected);
    updateSummary();
}

void PhenotypesPage::updateSummary()
{
    const Patient& p = m_current->patient();
    QString text = tr("%n observed", "", p.observedCount()) + QStringLiteral(" · ") +
                   tr("%n excluded", "", p.excludedCount());
    if (m_features->hasInformationContent() && p.observedCount() > 0) {
        const double ic = m_features->totalInformationContent();
        const QString level = ic < 10   ? tr("low – add more specific terms")
                              : ic < 25 ? tr("moderate")
                                        : tr("high");
        text +=
            QStringLiteral(" · ") +
            tr("specificity: %1 (total information content %2)").arg(level, QLocale().toString(ic, 'f', 1));
    }
    m_summary->setText(text);
    const QStringList warnings = m_features->warnings();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_addObserved->setEnabled(m_current->isValid() && m_context->isOntologyReady());
    m_addExcluded->setEnabled(m_addObserved->isEnabled());
}
