#include "SendPreviewDialog.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SendPreviewDialog::SendPreviewDialog(const QList<OutgoingRequest>& requests, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sendPreviewDialog"));
    setWindowTitle(tr("Find similar patients – what will be sent"));
    const QString pseudonym = requests.isEmpty() ? QString() : requests.first().pseudonym;
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    QStringList nodes;
    for (const auto& r : requests) {
        nodes << r.nodeName.toHtmlEscaped();
    }
    intro->setText(tr("<p>The profile below will be sent to <b>%n node(s)</b>: %1.</p>"
                      "<p>The nodes see the pseudonym <tt>%2</tt>, never the label or local id. "
                      "The clinician contact is shared so that matches can reach you.</p>",
                      "", int(requests.size()))
                       .arg(nodes.join(QStringLiteral(", ")), pseudonym.toHtmlEscaped()));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("previewTabs"));
    for (const OutgoingRequest& r : requests) {
        auto* page = new QWidget(tabs);
        auto* layout = new QVBoxLayout(page);
        auto* where = new QLabel(tr("POST %1 (%2)").arg(r.url.toDisplayString(), QString::fromLatin1(r.mediaType)), page);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->setWordWrap(true);
        auto* fields = new QLabel(tr("Fields: %1").arg(r.fieldsSent.join(QStringLiteral(", "))), page);
        fields->setWordWrap(true);
        auto* body = new QPlainTextEdit(page);
        body->setObjectName(QStringLiteral("previewBody_") + r.nodeName);
        body->setAccessibleName(tr("Request body for %1").arg(r.nodeName));
        body->setReadOnly(true);
        body->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(r.body).toJson(QJsonDocument::Indented)));
        body->setFont(QFont(QStringLiteral("monospace")));
        layout->addWidget(where);
        layout->addWidget(fields);
        layout->addWidget(body, 1);
        if (!r.warnings.isEmpty()) {
            auto* warnings = new QLabel(r.warnings.join(QLatin1Char('\n')), page);
            warnings->setWordWrap(true);
            warnings->setStyleSheet(QStringLiteral("color: #a05a00"));
            layout->addWidget(warnings);
        }
        tabs->addTab(page, r.nodeName);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("previewSend"));
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}
