#pragma once

#include <QDialog>

class AppContext;
class NodeModel;
class QLabel;
class QPushButton;
class QTableView;

// Settings page for the Matchmaker Exchange nodes: add, edit, test (heartbeat), enable/disable,
// remove. Nodes deployed by IT policy are shown read-only.
class NodesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NodesDialog(AppContext* context, QWidget* parent = nullptr);
    NodeModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addNode();
    void editNode();
    void removeNode();
    void testNode();
    void toggleNode();

private:
    void reload();
    void updateButtons();
    void editDialog(int row, bool isNew);
    bool readOnly() const;

    AppContext* m_context;
    NodeModel* m_model;
    QTableView* m_view;
    QLabel* m_policyNote;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_test;
    QPushButton* m_toggle;
};
