#include "VariantsPage.h"

#include "AppContext.h"
#include "CurrentPatient.h"
#include "VariantEditDialog.h"
#include "VariantModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

VariantsPage::VariantsPage(AppContext* context, CurrentPatient* current, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_current(current)
    , m_model(new VariantModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("variantsPage"));
    m_add->setObjectName(QStringLiteral("addVariant"));
    m_edit->setObjectName(QStringLiteral("editVariant"));
    m_remove->setObjectName(QStringLiteral("removeVariant"));
    m_import->setObjectName(QStringLiteral("importVcf"));
    m_view->setObjectName(QStringLiteral("variantView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(VariantModel::HgvsColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(VariantModel::CoordinatesColumn,
                                                     QHeaderView::ResizeToContents);
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &VariantsPage::addVariant);
    connect(m_edit, &QPushButton::clicked, this, &VariantsPage::editVariant);
    connect(m_remove, &QPushButton::clicked, this, &VariantsPage::removeVariant);
    connect(m_import, &QPushButton::clicked, this, &VariantsPage::importVcfRequested);
    connect(m_view, &QTableView::activated, this, &VariantsPage::editVariant);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VariantsPage::updateButtons);
    connect(m_current, &CurrentPatient::switched, this, &VariantsPage::refresh);
    connect(m_current, &CurrentPatient::changed, this, &VariantsPage::refresh);
    retranslateUi();
    refresh();
}

void VariantsPage::retranslateUi()
{
    m_add->setText(tr("&Add variant…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_import->setText(tr("&Import from VCF…"));
    m_view->setAccessibleName(tr("Candidate variants"));
    m_empty->setText(tr("No candidate variants. Add one by hand or import them from the patient's VCF."));
    m_model->retranslate();
}

void VariantsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VariantsPage::refresh()
{
    m_model->setVariants(m_current->patient().variants);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

void VariantsPage::updateButtons()
{
    const bool valid = m_current->isValid();
    const bool selected = m_view->currentIndex().isValid();
    m_add->setEnabled(valid);
    m_import->setEnabled(valid);
    m_edit->setEnabled(valid && selected);
    m_remove->setEnabled(valid && selected);
}

void VariantsPage::addVariant()
{
    if (!m_current->isValid()) {
        return;
    }
    auto* dialog = new VariantEditDialog(m_context->genes(), Variant{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Variant v = dialog->variant();
        m_current->modify([&](Patient& p) { p.variants << v; });
    });
    dialog->open();
}

void VariantsPage::editVariant()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->variants().size()) {
        return;
    }
    auto* dialog = new VariantEditDialog(m_context->genes(), m_model->variants().at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const Variant v = dialog->variant();
        m_current->modify([&](Patient& p) {
            if (row < p.variants.size()) {
                p.variants[row] = v;
            }
        });
    });
    dialog->open();
}

void VariantsPage::removeVariant()
{
    const int row = m_view->currentIndex().row();
    if (row < 0) {
        return;
    }
    m_current->modify([&](Patient& p) {
        if (row < p.variants.size()) {
            p.variants.removeAt(row);
        }
    });
}
