#include "NodeEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NodeEditDialog::NodeEditDialog(const Node& node, bool isNew, bool hasToken, QWidget* parent)
    : QDialog(parent)
    , m_node(node)
    , m_isNew(isNew)
    , m_name(new QLineEdit(node.name, this))
    , m_url(new QLineEdit(node.baseUrl.toString(), this))
    , m_version(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_tokenHint(new QLabel(this))
    , m_connectTimeout(new QSpinBox(this))
    , m_totalTimeout(new QSpinBox(this))
    , m_caBundle(new QLineEdit(node.caBundlePath, this))
    , m_pin(new QLineEdit(node.pinnedPublicKey, this))
    , m_enabled(new QCheckBox(tr("&Enabled: included in queries"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("nodeEditDialog"));
    setWindowTitle(isNew ? tr("Add node") : tr("Edit node %1").arg(node.name));
    m_name->setObjectName(QStringLiteral("nodeName"));
    m_name->setAccessibleName(tr("Node name"));
    m_name->setReadOnly(!isNew);
    m_url->setObjectName(QStringLiteral("nodeUrl"));
    m_url->setAccessibleName(tr("Base URL"));
    m_url->setPlaceholderText(tr("https://node.example.org/mme"));
    m_version->setAccessibleName(tr("MME API version"));
    m_version->addItems({QStringLiteral("1.1"), QStringLiteral("1.0")});
    m_version->setCurrentText(node.mediaTypeVersion);
    m_token->setObjectName(QStringLiteral("nodeToken"));
    m_token->setAccessibleName(tr("Access token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(hasToken ? tr("stored in the keychain – type to replace") : tr("X-Auth-Token"));
    m_tokenHint->setText(tr("The token is kept in the system keychain and never shown again."));
    m_tokenHint->setEnabled(false);
    m_connectTimeout->setRange(500, 60000);
    m_connectTimeout->setSingleStep(500);
    m_connectTimeout->setSuffix(tr(" ms"));
    m_connectTimeout->setValue(node.connectTimeoutMs);
    m_connectTimeout->setAccessibleName(tr("Connect timeout"));
    m_totalTimeout->setRange(1000, 300000);
    m_totalTimeout->setSingleStep(1000);
    m_totalTimeout->setSuffix(tr(" ms"));
    m_totalTimeout->setValue(node.totalTimeoutMs);
    m_totalTimeout->setAccessibleName(tr("Total timeout"));
    m_caBundle->setAccessibleName(tr("CA bundle"));
    m_caBundle->setPlaceholderText(tr("system certificate store"));
    m_pin->setAccessibleName(tr("Pinned public key"));
    m_pin->setPlaceholderText(tr("sha256//… (optional)"));
    m_enabled->setObjectName(QStringLiteral("nodeEnabled"));
    m_enabled->setChecked(node.enabled);
    m_error->setObjectName(QStringLiteral("nodeError"));
    m_error->setStyleSheet(QStringLiteral("color: #a01c1c"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("API &version:"), m_version);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_tokenHint);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    form->addRow(tr("T&otal timeout:"), m_totalTimeout);
    form->addRow(tr("CA &bundle:"), m_caBundle);
    form->addRow(tr("&Pinned key:"), m_pin);
    form->addRow(QString(), m_enabled);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    connect(m_name, &QLineEdit::textChanged, this, &NodeEditDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &NodeEditDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NodeEditDialog::validate()
{
    QString error;
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_name->text().trimmed().isEmpty()) {
        error = tr("Give the node a name.");
    } else if (m_url->text().trimmed().isEmpty() || !url.isValid()
               || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        error = tr("Enter the node's base URL (https://…).");
    } else if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1")
               && url.host() != QLatin1String("localhost")) {
        error = tr("Plain http is only allowed on this computer (localhost); use https.");
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

Node NodeEditDialog::node() const
{
    Node n = m_node;
    n.name = m_name->text().trimmed();
    n.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    n.mediaTypeVersion = m_version->currentText();
    n.connectTimeoutMs = m_connectTimeout->value();
    n.totalTimeoutMs = m_totalTimeout->value();
    n.caBundlePath = m_caBundle->text().trimmed();
    n.pinnedPublicKey = m_pin->text().trimmed();
    n.enabled = m_enabled->isChecked();
    return n;
}

QString NodeEditDialog::token() const
{
    return m_token->text().trimmed();
}
