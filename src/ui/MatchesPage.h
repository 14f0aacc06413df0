#pragma once

#include "net/NodeResult.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class AppContext;
class CurrentPatient;
class FederatedQuery;
class MatchDetailWidget;
class MatchFilterModel;
class MatchModel;
class NodeStatusStrip;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class WatchControl;

// The "Matches" tab: Find similar patients (preview, then the federated query with a per-node
// status strip) and the results table that fills in as nodes answer, with sorting, filtering
// and triage. Its detail pane is the match explanation.
class MatchesPage : public QWidget
{
    Q_OBJECT

public:
    MatchesPage(AppContext* context, CurrentPatient* current, QWidget* parent = nullptr);

    MatchDetailWidget* detailWidget() const { return m_detail; }
    MatchModel* model() const { return m_model; }
    MatchFilterModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    NodeStatusStrip* statusStrip() const { return m_strip; }
    WatchControl* watchControl() const { return m_watch; }

    // Why "Find similar patients" is disabled ("" = it is enabled).
    QString queryBlockedReason();
    // Builds the preview (after loading the pseudonym) and opens it; Send starts the query.
    void findSimilar();
    bool isQueryRunning() const;
    void cancelQuery();
    // Re-reads the current patient's matches (e.g. after a background alert run).
    void refresh();
    // Selects this match of the current patient (clearing filters that hide it).
    bool selectMatch(qint64 matchRowId);

signals:
    void queryStarted();
    void queryFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void startQuery();
    void onNodeFinished(const QString& nodeName, const NodeResult& result);
    void showNodeResult(const QString& nodeName, const NodeResult& result);
    void clearStatusStrip();
    void updateEmptyState();
    void showCurrentMatch();
    // The ontology or the HPO language changed: term labels of the table and the explanation.
    void updateTermLabels();

    AppContext* m_context;
    CurrentPatient* m_current;
    MatchModel* m_model;
    MatchFilterModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filterText;
    QComboBox* m_statusFilter;
    QPushButton* m_find;
    QPushButton* m_cancel;
    NodeStatusStrip* m_strip;
    QLabel* m_empty;
    MatchDetailWidget* m_detail;
    QPointer<FederatedQuery> m_query;
    QHash<QString, NodeResult> m_nodeResults; // the finished nodes of the status strip
    WatchControl* m_watch;
    bool m_anyNodeAnswered = false;
    bool m_emittingChange = false;
};
