#pragma once

#include "core/Sex.h"
#include "core/Variant.h"

#include <QDialog>
#include <QList>

class AppContext;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Imports candidate variants from a VCF/BCF: choose the sample and the filters, then the records
// are read on the thread pool with progress and Cancel. Emits variantsRead with the result.
class VcfImportDialog : public QDialog
{
    Q_OBJECT

public:
    VcfImportDialog(AppContext* context, const QString& path, QWidget* parent = nullptr);
    QComboBox* sampleCombo() const { return m_sample; }
    Sex sex() const;
    void setSex(Sex sex) { m_sex = sex; }

    void accept() override;

signals:
    void variantsRead(const QList<Variant>& variants);

private:
    AppContext* m_context;
    QString m_path;
    Sex m_sex = Sex::Unknown;
    QLabel* m_info;
    QComboBox* m_sample;
    QCheckBox* m_passOnly;
    QSpinBox* m_minQuality;
    QSpinBox* m_minGq;
    QComboBox* m_maxAf;
    QLineEdit* m_genes;
    QComboBox* m_minImpact;
    QDialogButtonBox* m_buttons;
};
