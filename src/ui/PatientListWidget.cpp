#include "PatientListWidget.h"

#include "AppContext.h"
#include "PatientFilterModel.h"
#include "PatientListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

PatientListWidget::PatientListWidget(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PatientListModel(this))
    , m_proxy(new PatientFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("patientList"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setClearButtonEnabled(true);

    m_filter->setObjectName(QStringLiteral("patientFilter"));
    for (auto filter : {PatientFilterModel::Filter::All, PatientFilterModel::Filter::NewMatches,
                        PatientFilterModel::Filter::ConsentMissing, PatientFilterModel::Filter::NeverQueried,
                        PatientFilterModel::Filter::NotQueriedRecently}) {
        m_filter->addItem(QString(), int(filter)); // texts in retranslateUi(), in this order
    }

    m_view->setObjectName(QStringLiteral("patientView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PatientListModel::LabelColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PatientListModel::LabelColumn, QHeaderView::Stretch);
    for (int c = PatientListModel::TermsColumn; c < PatientListModel::ColumnCount; ++c) {
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    // The label needs the room: the term count stays in the tooltip.
    m_view->setColumnHidden(PatientListModel::TermsColumn, true);

    m_empty->setObjectName(QStringLiteral("patientListEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateEmptyState();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFilter(PatientFilterModel::Filter(m_filter->currentData().toInt()));
        updateEmptyState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_reloading) {
            return;
        }
        const qint64 id = currentRowId();
        if (id != m_lastEmitted) {
            m_lastEmitted = id;
            emit currentPatientChanged(id);
        }
    });
    retranslateUi();
}

void PatientListWidget::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search patients (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search patients"));
    m_filter->setAccessibleName(tr("Patient filter"));
    const QStringList filters = {tr("All patients"), tr("With new matches"), tr("Consent missing"),
                                 tr("Never queried"), tr("Not queried for 90 days")};
    for (int i = 0; i < filters.size(); ++i) {
        m_filter->setItemText(i, filters.at(i)); // keeps the current filter
    }
    m_view->setAccessibleName(tr("Patients"));
    m_model->retranslate();
    updateEmptyState();
}

void PatientListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PatientListWidget::reload()
{
    const qint64 current = m_lastEmitted > 0 ? m_lastEmitted : currentRowId();
    m_reloading = true;
    m_model->reload(m_context->store());
    m_reloading = false;
    selectPatient(current);
    updateEmptyState();
}

void PatientListWidget::setHidden(const QSet<qint64>& rowIds)
{
    const qint64 current = m_lastEmitted > 0 ? m_lastEmitted : currentRowId();
    m_reloading = true;
    m_model->setHidden(rowIds);
    m_reloading = false;
    selectPatient(rowIds.contains(current) ? 0 : current);
    updateEmptyState();
}

qint64 PatientListWidget::currentRowId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PatientListModel::RowIdRole).toLongLong() : 0;
}

void PatientListWidget::selectPatient(qint64 rowId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfRowId(rowId));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->setCurrentIndex({});
        m_view->clearSelection();
    }
    const qint64 id = currentRowId();
    if (id != m_lastEmitted) {
        m_lastEmitted = id;
        emit currentPatientChanged(id);
    }
}

void PatientListWidget::updateEmptyState()
{
    m_empty->setText(m_model->rowCount() == 0 ? tr("No patients yet.\nCreate one (Ctrl+N) or import a "
                                                   "phenopacket, MME JSON or VCF file (Ctrl+I).")
                                              : tr("No patient matches the search or filter."));
    m_empty->setVisible(m_proxy->rowCount() == 0);
}
