#pragma once

#include <QDockWidget>

class AlertInboxModel;
class AppContext;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// The alerts inbox of the main window (a dock): what the background re-matching found, unread
// first. Activating an alert opens the patient's matches with that match selected; "Mark reviewed"
// sets a new match's triage status to Reviewed (which clears its alerts) or marks the alerts of an
// already triaged match read.
class AlertInbox : public QDockWidget
{
    Q_OBJECT

public:
    AlertInbox(AppContext* context, QWidget* parent = nullptr);

    AlertInboxModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    int unreadCount() const;
    void reload();
    // Marks the alert in this model row reviewed (see above).
    void markReviewed(int row);
    void activate(int row);

signals:
    void alertActivated(qint64 patientRowId, qint64 matchRowId);
    void unreadCountChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    AppContext* m_context;
    AlertInboxModel* m_model;
    QTableView* m_view;
    QCheckBox* m_showReviewed;
    QPushButton* m_open;
    QPushButton* m_review;
    QLabel* m_empty;
    int m_lastUnread = -1;
};
