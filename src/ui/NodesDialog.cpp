#include "NodesDialog.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "NodeEditDialog.h"
#include "NodeModel.h"
#include "UiLogging.h"
#include "core/Settings.h"
#include "net/MmeClient.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

NodesDialog::NodesDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new NodeModel(this))
    , m_view(new QTableView(this))
    , m_policyNote(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
{
    setObjectName(QStringLiteral("nodesDialog"));
    setWindowTitle(tr("Matchmaker Exchange nodes"));
    m_view->setObjectName(QStringLiteral("nodeView"));
    m_view->setAccessibleName(tr("Nodes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(NodeModel::UrlColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NodeModel::StatusColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addNode"));
    m_edit->setObjectName(QStringLiteral("editNode"));
    m_remove->setObjectName(QStringLiteral("removeNode"));
    m_test->setObjectName(QStringLiteral("testNode"));
    m_toggle->setObjectName(QStringLiteral("toggleNode"));
    m_policyNote->setWordWrap(true);
    m_policyNote->setEnabled(false);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_toggle, m_test, m_remove}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_policyNote);
    layout->addWidget(close);
    resize(860, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &NodesDialog::addNode);
    connect(m_edit, &QPushButton::clicked, this, &NodesDialog::editNode);
    connect(m_remove, &QPushButton::clicked, this, &NodesDialog::removeNode);
    connect(m_test, &QPushButton::clicked, this, &NodesDialog::testNode);
    connect(m_toggle, &QPushButton::clicked, this, &NodesDialog::toggleNode);
    connect(m_view, &QTableView::activated, this, &NodesDialog::editNode);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NodesDialog::updateButtons);
    reload();
}

bool NodesDialog::readOnly() const
{
    return Settings::instance()->value(Settings::NodesReadOnly).toBool();
}

void NodesDialog::reload()
{
    const QString current = m_view->currentIndex().isValid() ? m_model->nodes().at(m_view->currentIndex().row()).name
                                                             : QString();
    m_model->setNodes(m_context->nodes());
    for (int i = 0; i < m_model->nodes().size(); ++i) {
        if (m_model->nodes().at(i).name == current) {
            m_view->setCurrentIndex(m_model->index(i, 0));
        }
    }
    const bool ro = readOnly();
    m_policyNote->setText(ro ? tr("Node settings are set by your IT department.") : QString());
    m_policyNote->setVisible(ro);
    updateButtons();
    emit m_context->nodesChanged();
}

void NodesDialog::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    const bool selected = index.isValid();
    const bool locked = selected && m_model->nodes().at(index.row()).lockedByPolicy;
    const bool ro = readOnly();
    const QString lockedTip = tr("Set by your IT department");
    m_add->setEnabled(!ro);
    m_add->setToolTip(ro ? lockedTip : QString());
    for (QPushButton* b : {m_edit, m_remove, m_toggle}) {
        b->setEnabled(selected && !locked && !ro);
        b->setToolTip(selected && (locked || ro) ? lockedTip : QString());
    }
    m_test->setEnabled(selected);
    m_toggle->setText(selected && !m_model->nodes().at(index.row()).enabled ? tr("E&nable") : tr("&Disable"));
}

void NodesDialog::addNode()
{
    editDialog(-1, true);
}

void NodesDialog::editNode()
{
    const int row = m_view->currentIndex().row();
    if (row >= 0 && m_edit->isEnabled()) {
        editDialog(row, false);
    }
}

void NodesDialog::editDialog(int row, bool isNew)
{
    const Node node = isNew ? Node{} : m_model->nodes().at(row);
    auto* dialog = new NodeEditDialog(node, isNew, !isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        Node n = dialog->node();
        const QString token = dialog->token();
        try {
            if (isNew && m_context->store().node(n.name)) {
                MessageBox::warning(this, tr("Cannot add the node"), tr("A node named %1 already exists.").arg(n.name));
                return;
            }
            m_context->store().saveNode(n);
        } catch (const StoreError& e) {
            MessageBox::warning(this, tr("Cannot save the node"), e.message());
            return;
        }
        if (!token.isEmpty()) {
            QPointer<NodesDialog> self(this);
            const QString name = n.name;
            m_context->secrets().write(n.keychainKey(), token.toUtf8(), this, [self, name](const SecretStore::Result& r) {
                if (self && !r.ok) {
                    MessageBox::warning(self, tr("Token not stored"), r.error);
                }
                if (self) {
                    self->m_model->setStatus(name, r.ok ? tr("token stored in %1").arg(self->m_context->secrets().description())
                                                        : r.error);
                }
            });
        }
        reload();
    });
    dialog->open();
}

void NodesDialog::removeNode()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        return;
    }
    const Node node = m_model->nodes().at(row);
    if (MessageBox::question(this, tr("Remove node"),
                             tr("Remove the node %1 and its stored token? Matches already received are kept.").arg(node.name))
        != QMessageBox::Yes) {
        return;
    }
    try {
        m_context->store().removeNode(node.name);
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot remove the node"), e.message());
        return;
    }
    m_context->secrets().remove(node.keychainKey(), this, [](const SecretStore::Result&) {});
    reload();
}

void NodesDialog::toggleNode()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        return;
    }
    Node node = m_model->nodes().at(row);
    node.enabled = !node.enabled;
    try {
        m_context->store().saveNode(node);
    } catch (const StoreError& e) {
        MessageBox::warning(this, tr("Cannot save the node"), e.message());
    }
    reload();
}

void NodesDialog::testNode()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        return;
    }
    const Node node = m_model->nodes().at(row);
    m_model->setStatus(node.name, tr("testing…"));
    QPointer<NodesDialog> self(this);
    m_context->secrets().read(node.keychainKey(), this, [self, node](const SecretStore::Result& r) {
        if (!self) {
            return;
        }
        if (!r.ok && !r.notFound) {
            self->m_model->setStatus(node.name, r.error);
            return;
        }
        static MmeClient client;
        client.heartbeat(node, r.value, self, [self, name = node.name](const HeartbeatResult& result) {
            if (self) {
                self->m_model->setStatus(name, result.summary());
            }
            qCInfo(lcUi) << "heartbeat" << name << result.summary();
        });
    });
}
