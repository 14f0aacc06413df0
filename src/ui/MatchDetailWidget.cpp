#include "MatchDetailWidget.h"

#include "PhenotypeFeatureModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// Candidate (machine) translations in italics, as on the Phenotypes page.
void markCandidate(QStandardItem* item, const QList<HpoTermLabels::Label>& labels)
{
    if (std::any_of(labels.cbegin(), labels.cend(),
                    [](const HpoTermLabels::Label& l) { return l.isCandidate(); })) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
}
} // namespace

MatchDetailWidget::MatchDetailWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_copyEmail(new QPushButton(this))
    , m_openLink(new QPushButton(this))
    , m_terms(new QStandardItemModel(0, 2, this))
    , m_termView(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_content(new QWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("matchDetail"));
    m_title->setObjectName(QStringLiteral("matchTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("triageStatus"));
    for (TriageStatus s : {TriageStatus::New, TriageStatus::Reviewed, TriageStatus::Contacted,
                           TriageStatus::Collaborating, TriageStatus::NotRelevant}) {
        m_status->addItem(QString(), int(s)); // texts in retranslateUi()
    }
    m_notes->setObjectName(QStringLiteral("triageNotes"));
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    m_copyEmail->setObjectName(QStringLiteral("copyEmail"));
    m_openLink->setObjectName(QStringLiteral("openContactLink"));
    m_termView->setObjectName(QStringLiteral("explanationView"));
    m_termView->setModel(m_terms);
    m_termView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_termView->verticalHeader()->hide();
    m_termView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_termView->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("matchDetails"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto* triage = new QFormLayout;
    m_statusLabel->setBuddy(m_status);
    m_notesLabel->setBuddy(m_notes);
    triage->addRow(m_statusLabel, m_status);
    triage->addRow(m_notesLabel, m_notes);
    auto* contact = new QHBoxLayout;
    contact->addWidget(m_copyEmail);
    contact->addWidget(m_openLink);
    contact->addStretch();
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_title);
    content->addLayout(contact);
    content->addLayout(triage);
    content->addWidget(m_termView, 2);
    content->addWidget(m_details, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);

    connect(m_status, &QComboBox::currentIndexChanged, this, &MatchDetailWidget::commitTriage);
    connect(m_copyEmail, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_email); });
    connect(m_openLink, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl(m_href)); });
    retranslateUi();
    showMatch(nullptr);
}

void MatchDetailWidget::retranslateUi()
{
    const bool updating = m_updating;
    m_updating = true; // item texts only: the triage is not touched
    m_copyEmail->setText(tr("&Copy e-mail"));
    m_openLink->setText(tr("Open contact &link"));
    m_status->setAccessibleName(tr("Triage status"));
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, MatchModel::statusText(TriageStatus(m_status->itemData(i).toInt())));
    }
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes on this match (kept on this computer)"));
    m_statusLabel->setText(tr("&Status:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_terms->setHorizontalHeaderLabels({tr("Query term"), tr("Matched in the remote case")});
    m_termView->setAccessibleName(tr("Phenotype explanation"));
    m_details->setAccessibleName(tr("Match details"));
    m_empty->setText(tr("Select a match to see why it matched and how to contact its clinician."));
    renderMatch();
    m_updating = updating;
}

void MatchDetailWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

bool MatchDetailWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut) {
        commitTriage();
    }
    return QWidget::eventFilter(watched, event);
}

void MatchDetailWidget::commitTriage()
{
    if (m_updating || m_matchRowId == 0) {
        return;
    }
    emit triageChanged(m_matchRowId, TriageStatus(m_status->currentData().toInt()), m_notes->toPlainText());
}

void MatchDetailWidget::showMatch(const MatchModel::Row* row)
{
    if (m_notes->hasFocus() && m_matchRowId != 0 && (!row || row->match.rowId != m_matchRowId)) {
        commitTriage();
    }
    m_updating = true;
    m_empty->setVisible(row == nullptr);
    m_content->setVisible(row != nullptr);
    if (!row) {
        m_matchRowId = 0;
        m_row.reset();
        renderMatch();
        m_updating = false;
        return;
    }
    const Match& m = row->match;
    const bool sameMatch = m_matchRowId == m.rowId;
    m_matchRowId = m.rowId;
    m_row = *row;
    m_email = row->email;
    m_href = row->href;
    m_copyEmail->setEnabled(!m_email.isEmpty());
    m_copyEmail->setToolTip(m_email);
    m_openLink->setEnabled(!m_href.isEmpty());
    m_openLink->setToolTip(m_href);
    m_status->setCurrentIndex(m_status->findData(int(m.status)));
    if (!sameMatch || !m_notes->hasFocus()) {
        m_notes->setPlainText(m.notes);
    }
    renderMatch();
    m_updating = false;
}

void MatchDetailWidget::setTermLabels(const HpoTermLabels& labels)
{
    m_labels = labels;
    renderMatch();
}

void MatchDetailWidget::renderMatch()
{
    m_terms->setRowCount(0);
    if (!m_row) {
        m_title->clear();
        m_details->clear();
        return;
    }
    const MatchModel::Row* row = &*m_row;
    const Match& m = row->match;
    m_title->setText(
        tr("<h3>%1</h3><p>%2 · score <b>%3</b> (node score %4)</p>")
            .arg((row->contactName.isEmpty() ? m.remotePatientId : row->contactName).toHtmlEscaped(),
                 m.nodeName.toHtmlEscaped(), QLocale().toString(m.localScore, 'f', 2),
                 QLocale().toString(m.nodeScore, 'f', 2)));
    const QJsonObject explanation = QJsonDocument::fromJson(m.explanation).object();
    for (const QJsonValue& v : explanation.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject t = v.toObject();
        const QJsonObject q = t.value(QStringLiteral("queryTerm")).toObject();
        const QJsonObject c = t.value(QStringLiteral("caseTerm")).toObject();
        const QJsonObject a = t.value(QStringLiteral("commonAncestor")).toObject();
        const HpoTermLabels::Label query = m_labels.label(q);
        auto* left = new QStandardItem(query.text);
        QStringList leftTip{query.id};
        if (query.status != HpoTranslations::Status::None) {
            leftTip << PhenotypeFeatureModel::englishNote(query.english, query.status);
        }
        left->setToolTip(leftTip.join(QLatin1Char('\n')));
        markCandidate(left, {query});
        QString right;
        QList<HpoTermLabels::Label> rightTerms;
        if (c.isEmpty()) {
            right = tr("— no similar term");
        } else if (t.value(QStringLiteral("exact")).toBool()) {
            rightTerms = {m_labels.label(c)};
            right = tr("= %1").arg(rightTerms.at(0).text);
        } else {
            rightTerms = {m_labels.label(c), m_labels.label(a)};
            right = tr("%1 (via %2)").arg(rightTerms.at(0).text, rightTerms.at(1).text);
        }
        auto* rightItem = new QStandardItem(right);
        QStringList rightTip;
        for (const HpoTermLabels::Label& l : std::as_const(rightTerms)) {
            if (l.status != HpoTranslations::Status::None) {
                rightTip << QStringLiteral("%1 — %2").arg(
                    l.text, PhenotypeFeatureModel::englishNote(l.english, l.status));
            }
        }
        rightTip << tr("Information content of the shared ancestor: %1")
                        .arg(QLocale().toString(a.value(QStringLiteral("ic")).toDouble(), 'f', 2));
        rightItem->setToolTip(rightTip.join(QLatin1Char('\n')));
        markCandidate(rightItem, rightTerms);
        m_terms->appendRow({left, rightItem});
    }
    m_termView->resizeRowsToContents();

    QString html;
    const QJsonArray genes = explanation.value(QStringLiteral("genotype"))
                                 .toObject()
                                 .value(QStringLiteral("sharedGenes"))
                                 .toArray();
    html += tr("<h4>Shared genes</h4>");
    if (genes.isEmpty()) {
        html += tr("<p style='color:gray'>No shared gene.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const QJsonValue& g : genes) {
            const QJsonObject o = g.toObject();
            const int same = int(o.value(QStringLiteral("sameVariants")).toArray().size());
            html += QStringLiteral("<li><b>%1</b> ")
                        .arg(o.value(QStringLiteral("symbol")).toString().toHtmlEscaped()) +
                    (same > 0 ? tr("%n identical variant(s)", "", same) : tr("different variants")) +
                    (o.value(QStringLiteral("sameZygosity")).toBool() ? tr(", same zygosity") : QString()) +
                    QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    const QStringList contradictions =
        explanation.value(QStringLiteral("contradictions")).toVariant().toStringList();
    if (!contradictions.isEmpty()) {
        html += tr("<h4>Contradictions</h4>") + QStringLiteral("<ul><li>") +
                contradictions.join(QStringLiteral("</li><li>")).toHtmlEscaped() +
                QStringLiteral("</li></ul>");
    }
    if (!m.disclaimer.isEmpty()) {
        html += tr("<h4>Disclaimer of %1</h4>").arg(m.nodeName.toHtmlEscaped()) +
                QStringLiteral("<p>%1</p>").arg(m.disclaimer.toHtmlEscaped());
    }
    const QJsonDocument record = QJsonDocument::fromJson(m.remoteRecord);
    html += tr("<h4>Remote record %1</h4>").arg(m.remotePatientId.toHtmlEscaped());
    html += QStringLiteral("<pre>%1</pre>")
                .arg(QString::fromUtf8(record.toJson(QJsonDocument::Indented)).toHtmlEscaped());
    m_details->setHtml(html);
}
