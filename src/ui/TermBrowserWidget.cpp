#include "TermBrowserWidget.h"

#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kTermIdRole = Qt::UserRole + 1;
}

TermBrowserWidget::TermBrowserWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_definition(new QTextBrowser(this))
    , m_parents(new QStandardItemModel(this))
    , m_children(new QStandardItemModel(this))
    , m_parentsView(new QListView(this))
    , m_childrenView(new QListView(this))
    , m_addObserved(new QPushButton(this))
    , m_addExcluded(new QPushButton(this))
{
    setObjectName(QStringLiteral("termBrowser"));
    m_title->setObjectName(QStringLiteral("termBrowserTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_definition->setObjectName(QStringLiteral("termDefinition"));
    m_definition->setFrameShape(QFrame::NoFrame);
    m_definition->setMinimumHeight(80);
    m_parentsView->setObjectName(QStringLiteral("termParents"));
    m_parentsView->setModel(m_parents);
    m_parentsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parentsView->setMaximumHeight(90);
    m_childrenView->setObjectName(QStringLiteral("termChildren"));
    m_childrenView->setModel(m_children);
    m_childrenView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addObserved->setObjectName(QStringLiteral("browserAddObserved"));
    m_addExcluded->setObjectName(QStringLiteral("browserAddExcluded"));

    // One above the other: the pane is narrow and the labels are long in several languages.
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addObserved);
    buttons->addWidget(m_addExcluded);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_definition, 2);
    layout->addLayout(buttons);
    m_parentsLabel = new QLabel(this);
    m_parentsLabel->setBuddy(m_parentsView);
    layout->addWidget(m_parentsLabel);
    layout->addWidget(m_parentsView);
    m_childrenLabel = new QLabel(this);
    m_childrenLabel->setBuddy(m_childrenView);
    layout->addWidget(m_childrenLabel);
    layout->addWidget(m_childrenView, 3);

    auto navigate = [this](const QModelIndex& index) { showTerm(index.data(kTermIdRole).toString()); };
    connect(m_parentsView, &QListView::activated, this, navigate);
    connect(m_childrenView, &QListView::activated, this, navigate);
    connect(m_addObserved, &QPushButton::clicked, this, [this] { emit addRequested(m_termId, false); });
    connect(m_addExcluded, &QPushButton::clicked, this, [this] { emit addRequested(m_termId, true); });
    retranslateUi();
}

void TermBrowserWidget::retranslateUi()
{
    m_addObserved->setText(tr("Add as &observed"));
    m_addExcluded->setText(tr("Add as e&xcluded"));
    m_definition->setAccessibleName(tr("Term definition"));
    m_parentsView->setAccessibleName(tr("Parent terms"));
    m_childrenView->setAccessibleName(tr("Child terms"));
    m_parentsLabel->setText(tr("&Parents"));
    m_childrenLabel->setText(tr("C&hildren"));
    showTerm(m_termId);
}

void TermBrowserWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TermBrowserWidget::setTranslations(std::shared_ptr<const HpoTranslations> translations)
{
    m_translations = std::move(translations);
    showTerm(m_termId);
}

QString TermBrowserWidget::label(int term) const
{
    return m_translations ? m_translations->displayLabel(term) : m_ontology->name(term);
}

void TermBrowserWidget::setOntology(std::shared_ptr<const HpoOntology> ontology)
{
    m_ontology = std::move(ontology);
    showTerm(m_termId);
}

void TermBrowserWidget::showTerm(const QString& termId)
{
    m_parents->clear();
    m_children->clear();
    const int term = m_ontology && !termId.isEmpty() ? m_ontology->indexOf(termId) : -1;
    m_addObserved->setEnabled(term >= 0);
    m_addExcluded->setEnabled(term >= 0);
    if (term < 0) {
        m_termId.clear();
        m_title->setText(m_ontology ? tr("<h3>HPO browser</h3>")
                                    : tr("<h3>HPO browser</h3><p>Loading the ontology…</p>"));
        m_definition->setHtml(
            tr("<p style='color:gray'>Select a suggestion or a term of the profile to see its "
               "definition, parents and children.</p>"));
        return;
    }
    m_termId = m_ontology->id(term);
    HpoTranslations::Status status = HpoTranslations::Status::None;
    const QString shown =
        m_translations ? m_translations->displayLabel(term, &status) : m_ontology->name(term);
    QString subtitle = m_termId;
    if (status == HpoTranslations::Status::Official) {
        subtitle = tr("%1 · English: %2").arg(m_termId, m_ontology->name(term).toHtmlEscaped());
    } else if (status == HpoTranslations::Status::Candidate) {
        subtitle = tr("%1 · English: %2 · machine translation, not yet approved")
                       .arg(m_termId, m_ontology->name(term).toHtmlEscaped());
    }
    m_title->setText(QStringLiteral("<h3>%1</h3><span style='color:gray'>%2</span>")
                         .arg(status == HpoTranslations::Status::Candidate
                                  ? QStringLiteral("<i>%1</i>").arg(shown.toHtmlEscaped())
                                  : shown.toHtmlEscaped(),
                              subtitle));
    const QString definition =
        m_translations ? m_translations->displayDefinition(term) : m_ontology->definition(term);
    QString html = QStringLiteral("<p>%1</p>").arg(definition.toHtmlEscaped());
    if (definition.isEmpty()) {
        html = tr("<p style='color:gray'>No definition.</p>");
    }
    QStringList synonyms;
    if (const HpoTranslations::Term* translated = m_translations ? m_translations->term(term) : nullptr) {
        for (const QString& text : translated->synonyms) {
            synonyms << text.toHtmlEscaped();
        }
    }
    for (const TermSynonym& s : m_ontology->synonyms(term)) {
        synonyms << s.text.toHtmlEscaped();
    }
    if (!synonyms.isEmpty()) {
        html += tr("<p><b>Synonyms:</b> %1</p>").arg(synonyms.join(QStringLiteral("; ")));
    }
    m_definition->setHtml(html);
    auto fill = [this](QStandardItemModel* model, std::span<const int> terms) {
        QList<int> sorted(terms.begin(), terms.end());
        std::sort(sorted.begin(), sorted.end(),
                  [this](int a, int b) { return label(a).localeAwareCompare(label(b)) < 0; });
        for (int t : sorted) {
            auto* item = new QStandardItem(label(t));
            item->setData(m_ontology->id(t), kTermIdRole);
            item->setToolTip(m_translations
                                 ? tr("%1 · English: %2").arg(m_ontology->id(t), m_ontology->name(t))
                                 : m_ontology->id(t));
            model->appendRow(item);
        }
    };
    fill(m_parents, m_ontology->parents(term));
    fill(m_children, m_ontology->children(term));
}
