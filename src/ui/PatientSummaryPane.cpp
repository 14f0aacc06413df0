#include "PatientSummaryPane.h"

#include "AppContext.h"
#include "CurrentPatient.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

PatientSummaryPane::PatientSummaryPane(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_current(current)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("patientSummaryPane"));
    m_text->setObjectName(QStringLiteral("patientSummaryText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    connect(m_current, &CurrentPatient::switched, this, &PatientSummaryPane::refresh);
    connect(m_current, &CurrentPatient::changed, this, &PatientSummaryPane::refresh);
    connect(m_context, &AppContext::nodesChanged, this, &PatientSummaryPane::refresh);
    refresh();
}

void PatientSummaryPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

void PatientSummaryPane::refresh()
{
    if (!m_current->isValid()) {
        m_text->setText(tr("<h3>Getting started</h3><ol><li>Create or import a patient.</li>"
                           "<li>Record consent and the responsible clinician (Details).</li>"
                           "<li>Enter observed and excluded HPO terms (Phenotypes).</li>"
                           "<li>Add candidate genes or variants (Variants).</li>"
                           "<li>Find similar patients on the Matchmaker Exchange nodes.</li></ol>"));
        return;
    }
    const Patient& p = m_current->patient();
    const QString ok = QStringLiteral("<span style='color:#1b7a3a'>✔</span> ");
    const QString no = QStringLiteral("<span style='color:#a05a00'>✘</span> ");
    QString html =
        QStringLiteral("<h3>%1</h3>").arg((p.label.isEmpty() ? p.localId : p.label).toHtmlEscaped());
    html += QStringLiteral("<p>");
    html +=
        (p.consent.allowsMatching()
             ? ok + tr("Consent granted on %1").arg(QLocale().toString(p.consent.date, QLocale::ShortFormat))
             : no + tr("Consent to matchmaking not recorded")) +
        QStringLiteral("<br>");
    html += (p.observedCount() > 0 ? ok : no) + tr("%n observed term(s)", "", p.observedCount()) +
            QStringLiteral(", ") + tr("%n excluded", "", p.excludedCount()) + QStringLiteral("<br>");
    html += (p.variants.isEmpty() ? QStringLiteral("• ") : ok) +
            tr("%n candidate variant(s)", "", int(p.variants.size())) + QStringLiteral("<br>");
    html += (p.contact.email.isEmpty() && p.contact.href.isEmpty() ? no : ok) +
            (p.contact.name.isEmpty() ? tr("No responsible clinician")
                                      : tr("Contact: %1").arg(p.contact.name.toHtmlEscaped()));
    html += QStringLiteral("</p>");
    if (!p.source.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>") + tr("Source: %1").arg(p.source.toHtmlEscaped()) +
                QStringLiteral("<br>") + tr("Local id: %1").arg(p.localId.toHtmlEscaped()) +
                QStringLiteral("</p>");
    }
    m_text->setText(html);
}
