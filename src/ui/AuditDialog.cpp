#include "AuditDialog.h"

#include "AppContext.h"
#include "AuditModel.h"
#include "RecordTableView.h"
#include "UiLogging.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

AuditDialog::AuditDialog(AppContext* context, qint64 patientRowId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new AuditModel(this))
    , m_view(new RecordTableView(this))
    , m_patient(new QComboBox(this))
    , m_node(new QComboBox(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    m_patient->setObjectName(QStringLiteral("auditPatientFilter"));
    m_patient->setAccessibleName(tr("Patient filter"));
    m_node->setObjectName(QStringLiteral("auditNodeFilter"));
    m_node->setAccessibleName(tr("Node filter"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit entries"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(AuditModel::DestinationColumn, QHeaderView::Stretch);

    m_patient->addItem(tr("All patients"), qint64(0));
    m_node->addItem(tr("All destinations"), QString());
    try {
        for (const Patient& p : m_context->store().patients()) {
            const QString name = p.label.isEmpty() ? p.localId : p.label;
            m_names.insert(p.rowId, name);
            m_patient->addItem(name, p.rowId);
        }
    } catch (const StoreError& e) {
        qCWarning(lcUi) << "audit: cannot list patients" << e.message();
    }
    for (const Node& n : m_context->nodes()) {
        m_node->addItem(n.name, n.name);
    }
    m_patient->setCurrentIndex(qMax(0, m_patient->findData(patientRowId)));

    auto* filters = new QHBoxLayout;
    auto* pl = new QLabel(tr("&Patient:"), this);
    pl->setBuddy(m_patient);
    auto* nl = new QLabel(tr("&Node:"), this);
    nl->setBuddy(m_node);
    filters->addWidget(pl);
    filters->addWidget(m_patient, 1);
    filters->addWidget(nl);
    filters->addWidget(m_node, 1);
    filters->addWidget(m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_patient, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_node, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    reload();
}

void AuditDialog::reload()
{
    QList<AuditEntry> entries;
    try {
        entries = m_context->store().auditEntries(m_patient->currentData().toLongLong());
    } catch (const StoreError& e) {
        qCWarning(lcUi) << "audit: cannot read" << e.message();
    }
    const QString node = m_node->currentData().toString();
    if (!node.isEmpty()) {
        QList<AuditEntry> filtered;
        for (const AuditEntry& e : std::as_const(entries)) {
            if (e.destination == node || e.destination.startsWith(node + QLatin1Char(' '))) {
                filtered << e;
            }
        }
        entries = filtered;
    }
    std::sort(entries.begin(), entries.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.time > b.time; });
    m_model->setEntries(entries, m_names);
    m_view->resizeColumnsToContents();
    m_count->setText(tr("%n entry(ies)", "", int(entries.size())));
}
