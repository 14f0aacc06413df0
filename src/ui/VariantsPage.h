#pragma once

#include <QWidget>

class AppContext;
class CurrentPatient;
class QLabel;
class QPushButton;
class QTableView;
class VariantModel;

// The "Variants" tab: candidate variants of the open patient, added by hand or from a VCF.
class VariantsPage : public QWidget
{
    Q_OBJECT

public:
    VariantsPage(AppContext* context, CurrentPatient* current, QWidget* parent = nullptr);
    VariantModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addVariant();
    void editVariant();
    void removeVariant();

signals:
    void importVcfRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void updateButtons();

    AppContext* m_context;
    CurrentPatient* m_current;
    VariantModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_import;
};
