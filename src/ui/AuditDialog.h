#pragma once

#include <QDialog>
#include <QHash>

class AppContext;
class AuditModel;
class QComboBox;
class QLabel;
class QTableView;

// Read-only view of the audit log, filterable by patient and node.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(AppContext* context, qint64 patientRowId, QWidget* parent = nullptr);
    AuditModel* model() const { return m_model; }
    QComboBox* patientFilter() const { return m_patient; }
    QComboBox* nodeFilter() const { return m_node; }

private:
    void reload();

    AppContext* m_context;
    AuditModel* m_model;
    QTableView* m_view;
    QComboBox* m_patient;
    QComboBox* m_node;
    QLabel* m_count;
    QHash<qint64, QString> m_names;
};
