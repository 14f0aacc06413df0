#pragma once

#include "MatchModel.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

// The detail pane of the Matches tab: the explanation side by side (query terms ↔ matched terms,
// shared genes and variants), the remote record, the node's disclaimer, contact actions and the
// triage status with notes.
class MatchDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MatchDetailWidget(QWidget* parent = nullptr);
    void showMatch(const MatchModel::Row* row); // nullptr = nothing selected
    // HPO labels in the HPO language (hpoLanguageChanged) for the explanation table: English in
    // the tooltips, candidate translations in italics.
    void setTermLabels(const HpoTermLabels& labels);
    QTableView* explanationView() const { return m_termView; }
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

signals:
    void triageChanged(qint64 matchRowId, TriageStatus status, const QString& notes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // The texts made from the shown match: title, explanation table, details.
    void renderMatch();
    void commitTriage();

    qint64 m_matchRowId = 0;
    std::optional<MatchModel::Row> m_row; // the match shown (its triage fields are not kept up to date)
    HpoTermLabels m_labels;
    bool m_updating = false;
    QString m_email;
    QString m_href;
    QLabel* m_title;
    QLabel* m_statusLabel;
    QLabel* m_notesLabel;
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
    QPushButton* m_copyEmail;
    QPushButton* m_openLink;
    QStandardItemModel* m_terms;
    QTableView* m_termView;
    QTextBrowser* m_details;
    QWidget* m_content;
    QLabel* m_empty;
};
