#include "AlertInbox.h"

#include "AlertInboxModel.h"
#include "AppContext.h"
#include "MessageBox.h"
#include "RecordTableView.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AlertInbox::AlertInbox(AppContext* context, QWidget* parent)
    : QDockWidget(tr("Alerts"), parent)
    , m_context(context)
    , m_model(new AlertInboxModel(this))
    , m_view(new RecordTableView)
    , m_showReviewed(new QCheckBox)
    , m_open(new QPushButton)
    , m_review(new QPushButton)
    , m_empty(new QLabel)
{
    setObjectName(QStringLiteral("alertInbox"));
    auto* body = new QWidget(this);
    m_view->setParent(body);
    m_view->setObjectName(QStringLiteral("alertView"));
    m_view->setModel(m_model);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(AlertInboxModel::ReasonColumn, QHeaderView::Stretch);
    for (int c : {AlertInboxModel::TimeColumn, AlertInboxModel::KindColumn}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->resizeSection(AlertInboxModel::PatientColumn, 240);
    header->resizeSection(AlertInboxModel::NodeColumn, 150);
    header->resizeSection(AlertInboxModel::RemoteIdColumn, 150);
    m_view->setTextElideMode(Qt::ElideRight);
    m_showReviewed->setObjectName(QStringLiteral("alertShowReviewed"));
    m_open->setObjectName(QStringLiteral("alertOpen"));
    m_review->setObjectName(QStringLiteral("alertMarkReviewed"));
    m_empty->setObjectName(QStringLiteral("alertEmpty"));
    m_empty->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showReviewed);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_review);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { activate(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid()) {
            activate(m_view->currentIndex().row());
        }
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid()) {
            markReviewed(m_view->currentIndex().row());
        }
    });
    connect(m_showReviewed, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setUnreadOnly(!on);
        reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertInbox::updateState);
    connect(m_context, &AppContext::matchesChanged, this, &AlertInbox::reload);
    connect(m_context, &AppContext::patientsChanged, this, &AlertInbox::reload);
    retranslateUi();
    reload();
}

// The dock's title (with the unread count) is the main window's: it sets it on a language change.
void AlertInbox::retranslateUi()
{
    m_view->setAccessibleName(tr("Alerts"));
    m_showReviewed->setText(tr("Show reviewed alerts"));
    m_open->setText(tr("Open match"));
    m_review->setText(tr("Mark reviewed"));
    m_empty->setText(
        tr("No unread alerts. Watched patients are queried again on their schedule; new or changed "
           "matches appear here."));
}

void AlertInbox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // the rows' texts are worded when they are read
    }
    QDockWidget::changeEvent(event);
}

int AlertInbox::unreadCount() const
{
    return m_model->unreadCount();
}

void AlertInbox::reload()
{
    const qint64 selected = m_view->currentIndex().data(AlertInboxModel::AlertRowIdRole).toLongLong();
    if (m_context->store().isOpen()) {
        m_model->reload(m_context->store());
    }
    const int row = m_model->rowOfAlert(selected);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    updateState();
    if (m_model->unreadCount() != m_lastUnread) {
        m_lastUnread = m_model->unreadCount();
        emit unreadCountChanged(m_lastUnread);
    }
}

void AlertInbox::updateState()
{
    const QModelIndex current = m_view->currentIndex();
    m_open->setEnabled(current.isValid());
    m_review->setEnabled(current.isValid() && current.data(AlertInboxModel::UnreadRole).toBool());
    m_empty->setVisible(m_model->rowCount() == 0);
}

void AlertInbox::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const auto& r = m_model->row(row);
    emit alertActivated(r.alert.patientRowId, r.alert.matchRowId);
}

void AlertInbox::markReviewed(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const AlertInboxModel::Row r = m_model->row(row);
    try {
        Store& store = m_context->store();
        const auto match = store.match(r.alert.matchRowId);
        if (match && match->status == TriageStatus::New) {
            store.setTriage(match->rowId, TriageStatus::Reviewed, match->notes); // clears its alerts
        } else {
            store.markAlertsRead(r.alert.matchRowId);
        }
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot mark the alert reviewed"), e.message());
        return;
    }
    emit m_context->matchesChanged(r.alert.patientRowId); // reloads this inbox too
}
