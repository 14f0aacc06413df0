#pragma once

#include <QSet>
#include <QWidget>

class AppContext;
class PatientFilterModel;
class PatientListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

// The left area: search, quick filters and the patient list.
class PatientListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PatientListWidget(AppContext* context, QWidget* parent = nullptr);

    void reload();
    void setHidden(const QSet<qint64>& rowIds);
    qint64 currentRowId() const;
    void selectPatient(qint64 rowId);
    QLineEdit* searchField() const { return m_search; }
    QTreeView* view() const { return m_view; }
    PatientListModel* model() const { return m_model; }

signals:
    void currentPatientChanged(qint64 rowId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEmptyState();

    AppContext* m_context;
    PatientListModel* m_model;
    PatientFilterModel* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_filter;
    QTreeView* m_view;
    QLabel* m_empty;
    qint64 m_lastEmitted = -1;
    bool m_reloading = false; // model resets must not close the open patient
};
