#include "MatchesPage.h"

#include "AppContext.h"
#include "CurrentPatient.h"
#include "HpoTermLabels.h"
#include "MatchDetailWidget.h"
#include "MatchFilterModel.h"
#include "MatchModel.h"
#include "MessageBox.h"
#include "NodeStatusStrip.h"
#include "RecordTableView.h"
#include "SendPreviewDialog.h"
#include "UiLogging.h"
#include "WatchControl.h"
#include "core/Pseudonymizer.h"
#include "net/DisclosureError.h"
#include "net/FederatedQuery.h"
#include "net/NetError.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

MatchesPage::MatchesPage(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_current(current)
    , m_model(new MatchModel(this))
    , m_proxy(new MatchFilterModel(this))
    , m_view(new RecordTableView(this))
    , m_filterText(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_find(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_strip(new NodeStatusStrip(this))
    , m_empty(new QLabel(this))
    , m_detail(new MatchDetailWidget(nullptr))
    , m_watch(new WatchControl(context, current, this))
{
    setObjectName(QStringLiteral("matchesPage"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("matchView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MatchModel::ScoreColumn, Qt::DescendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    for (int c : {MatchModel::ScoreColumn, MatchModel::NodeScoreColumn, MatchModel::StatusColumn}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(MatchModel::PhenotypesColumn, QHeaderView::Stretch);
    header->resizeSection(MatchModel::NodeColumn, 110);
    header->resizeSection(MatchModel::ContactColumn, 150);
    header->resizeSection(MatchModel::GenesColumn, 90);
    m_view->setTextElideMode(Qt::ElideRight);
    m_filterText->setObjectName(QStringLiteral("matchFilter"));
    m_filterText->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("matchStatusFilter"));
    for (auto filter : {MatchFilterModel::StatusFilter::All, MatchFilterModel::StatusFilter::Open,
                        MatchFilterModel::StatusFilter::NewOnly}) {
        m_statusFilter->addItem(QString(), int(filter)); // texts in retranslateUi(), in this order
    }
    m_find->setObjectName(QStringLiteral("findSimilarButton"));
    m_cancel->setObjectName(QStringLiteral("cancelQuery"));
    m_cancel->hide();
    m_empty->setObjectName(QStringLiteral("matchesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* top = new QHBoxLayout;
    top->addWidget(m_find);
    top->addWidget(m_cancel);
    top->addWidget(m_strip, 1);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_statusFilter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_watch);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &MatchFilterModel::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(MatchFilterModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });
    connect(m_find, &QPushButton::clicked, this, &MatchesPage::findSimilar);
    connect(m_cancel, &QPushButton::clicked, this, &MatchesPage::cancelQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchesPage::showCurrentMatch);
    connect(m_detail, &MatchDetailWidget::triageChanged, this,
            [this](qint64 matchRowId, TriageStatus status, const QString& notes) {
                try {
                    const auto before = m_context->store().match(matchRowId);
                    if (before && before->status == status && before->notes == notes) {
                        return;
                    }
                    m_context->store().setTriage(matchRowId, status, notes);
                    if (const auto updated = m_context->store().match(matchRowId)) {
                        m_model->updateMatch(*updated);
                    }
                } catch (const StoreError& e) {
                    MessageBox::warning(this, tr("Cannot save the triage"), e.message());
                    return;
                }
                m_emittingChange = true;
                emit m_context->matchesChanged(m_current->rowId());
                m_emittingChange = false;
            });
    // Changes made elsewhere (alerts inbox, background alert runs) to this patient's matches.
    connect(m_context, &AppContext::matchesChanged, this, [this](qint64 patientRowId) {
        if (!m_emittingChange && patientRowId == m_current->rowId() && !isQueryRunning()) {
            reload();
        }
    });
    connect(m_current, &CurrentPatient::switched, this, [this] {
        if (isQueryRunning()) {
            cancelQuery();
        }
        clearStatusStrip();
        reload();
    });
    connect(m_current, &CurrentPatient::changed, this, &MatchesPage::updateEmptyState);
    connect(m_context, &AppContext::nodesChanged, this, &MatchesPage::updateEmptyState);
    connect(m_context, &AppContext::ontologyReady, this, &MatchesPage::updateTermLabels);
    connect(m_context, &AppContext::hpoLanguageChanged, this, &MatchesPage::updateTermLabels);
    retranslateUi();
    updateTermLabels();
    reload();
}

void MatchesPage::retranslateUi()
{
    m_find->setText(tr("Find similar patients…"));
    m_cancel->setText(tr("Cancel query"));
    m_view->setAccessibleName(tr("Matches"));
    m_filterText->setAccessibleName(tr("Filter matches"));
    m_filterText->setPlaceholderText(tr("Filter by gene, phenotype, node, contact or note"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    const QStringList filters = {tr("All matches"), tr("Hide not relevant"), tr("New only")};
    for (int i = 0; i < filters.size(); ++i) {
        m_statusFilter->setItemText(i, filters.at(i)); // keeps the current filter
    }
    m_model->retranslate();
    for (auto it = m_nodeResults.cbegin(); it != m_nodeResults.cend(); ++it) {
        showNodeResult(it.key(), it.value());
    }
    updateEmptyState();
}

void MatchesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MatchesPage::reload()
{
    const qint64 selected = m_view->currentIndex().isValid()
                                ? m_view->currentIndex().data(MatchModel::MatchRowIdRole).toLongLong()
                                : 0;
    QList<Match> matches;
    if (m_current->isValid()) {
        try {
            matches = m_context->store().matches(m_current->rowId());
        } catch (const StoreError& e) {
            qCWarning(lcUi) << "cannot read matches:" << e.message();
        }
    }
    m_model->setMatches(matches);
    const int row = m_model->rowOfMatch(selected);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    showCurrentMatch();
    updateEmptyState();
}

void MatchesPage::showCurrentMatch()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    m_detail->showMatch(index.isValid() ? &m_model->row(index.row()) : nullptr);
}

void MatchesPage::updateTermLabels()
{
    const HpoTermLabels labels(m_context->ontology(), m_context->hpoTranslations());
    m_model->setTermLabels(labels);
    m_detail->setTermLabels(labels);
}

QString MatchesPage::queryBlockedReason()
{
    if (!m_current->isValid()) {
        return tr("Open a patient first.");
    }
    if (isQueryRunning()) {
        return tr("A query is running.");
    }
    const Patient& p = m_current->patient();
    if (!p.consent.allowsMatching()) {
        return tr("Consent to matchmaking (with its date) is not recorded for this patient: record it on the "
                  "Details tab before anything can be sent.");
    }
    try {
        OutgoingRequest::checkSendable(p);
    } catch (const MatchDeskError& e) {
        return e.message();
    }
    QStringList problems;
    if (FederatedQuery::selectNodes(m_context->nodes(), {}, &problems).isEmpty()) {
        return tr("No enabled node: add one in Tools › Nodes.");
    }
    return {};
}

bool MatchesPage::isQueryRunning() const
{
    return m_query && m_query->isRunning();
}

void MatchesPage::cancelQuery()
{
    if (m_query) {
        m_query->cancel();
    }
}

void MatchesPage::findSimilar()
{
    const QString reason = queryBlockedReason();
    if (!reason.isEmpty()) {
        MessageBox::information(this, tr("Find similar patients"), reason);
        return;
    }
    const Patient patient = m_current->patient();
    QPointer<MatchesPage> self(this);
    Pseudonymizer::load(m_context->secrets(), this,
                        [self, patient](std::optional<Pseudonymizer> pseudonymizer, const QString& error) {
                            if (!self) {
                                return;
                            }
                            if (!pseudonymizer) {
                                MessageBox::warning(self, tr("Find similar patients"), error);
                                return;
                            }
                            FederatedQuery::Options options;
                            options.geneCatalog = self->m_context->genes().get();
                            QList<OutgoingRequest> requests;
                            try {
                                const QList<Node> nodes =
                                    FederatedQuery::selectNodes(self->m_context->nodes(), options);
                                requests = FederatedQuery::preview(
                                    patient, nodes, pseudonymizer->pseudonym(patient.localId), options);
                            } catch (const MatchDeskError& e) {
                                MessageBox::warning(self, tr("Find similar patients"), e.message());
                                return;
                            }
                            auto* dialog = new SendPreviewDialog(requests, self);
                            dialog->setAttribute(Qt::WA_DeleteOnClose);
                            connect(dialog, &QDialog::accepted, self, &MatchesPage::startQuery);
                            dialog->open();
                        });
}

void MatchesPage::startQuery()
{
    if (isQueryRunning() || !m_current->isValid()) {
        return;
    }
    delete m_query;
    m_query = new FederatedQuery(&m_context->store(), &m_context->secrets(), m_context->ranker(), this);
    FederatedQuery::Options options;
    options.geneCatalog = m_context->genes().get();
    const QList<Node> nodes = FederatedQuery::selectNodes(m_context->nodes(), options);
    QStringList names;
    for (const Node& n : nodes) {
        names << n.name;
    }
    connect(m_query, &FederatedQuery::nodeStarted, m_strip, &NodeStatusStrip::setRunning);
    connect(m_query, &FederatedQuery::nodeFinished, this, &MatchesPage::onNodeFinished);
    connect(m_query, &FederatedQuery::failed, this, [this](const QString& message) {
        MessageBox::warning(this, tr("Find similar patients"), message);
    });
    connect(m_query, &FederatedQuery::finished, this, [this] {
        m_cancel->hide();
        m_find->setEnabled(true);
        reload();
        if (m_anyNodeAnswered) {
            m_watch->watchByDefault(); // a first successful query starts watching (user setting)
        }
        m_emittingChange = true;
        emit m_context->matchesChanged(m_current->rowId());
        m_emittingChange = false;
        emit queryFinished();
    });
    m_nodeResults.clear();
    m_strip->start(names);
    m_anyNodeAnswered = false;
    try {
        m_query->start(m_current->patient(), nodes, options);
    } catch (const MatchDeskError& e) {
        clearStatusStrip();
        MessageBox::warning(this, tr("Find similar patients"), e.message());
        return;
    }
    m_cancel->show();
    m_find->setEnabled(false);
    emit queryStarted();
}

void MatchesPage::onNodeFinished(const QString& nodeName, const NodeResult& result)
{
    m_anyNodeAnswered = m_anyNodeAnswered || result.ok();
    m_nodeResults.insert(nodeName, result);
    showNodeResult(nodeName, result);
    reload(); // the results of this node are in the database now
}

void MatchesPage::showNodeResult(const QString& nodeName, const NodeResult& result)
{
    const QString text = result.ok() ? tr("%n result(s)", "", int(result.matches.size())) +
                                           QStringLiteral(" · ") + tr("%1 ms").arg(result.latencyMs)
                                     : NodeStatusCodes::label(result.status);
    m_strip->setFinished(nodeName, result.ok(), text, result.summary());
}

void MatchesPage::clearStatusStrip()
{
    m_nodeResults.clear();
    m_strip->clear();
}

void MatchesPage::updateEmptyState()
{
    const QString reason = queryBlockedReason();
    m_find->setEnabled(!isQueryRunning() && reason.isEmpty());
    m_find->setToolTip(reason);
    m_empty->setText(reason.isEmpty()
                         ? tr("No matches yet. “Find similar patients” shows what will be sent, then "
                              "asks every enabled node at once.")
                         : reason);
    m_empty->setVisible(m_model->rowCount() == 0);
}

void MatchesPage::refresh()
{
    if (!isQueryRunning()) {
        reload();
    }
}

bool MatchesPage::selectMatch(qint64 matchRowId)
{
    reload();
    const int row = m_model->rowOfMatch(matchRowId);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterText->clear();
        m_statusFilter->setCurrentIndex(0); // all matches
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    showCurrentMatch();
    return index.isValid();
}
