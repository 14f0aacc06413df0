#include "VcfImportDialog.h"

#include "AppContext.h"
#include "MessageBox.h"
#include "ProgressTask.h"
#include "UiLogging.h"
#include "formats/FormatError.h"
#include "formats/VcfReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QRegularExpression>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

VcfImportDialog::VcfImportDialog(AppContext* context, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_path(path)
    , m_info(new QLabel(this))
    , m_sample(new QComboBox(this))
    , m_passOnly(new QCheckBox(tr("Only records that &PASS the filters"), this))
    , m_minQuality(new QSpinBox(this))
    , m_minGq(new QSpinBox(this))
    , m_maxAf(new QComboBox(this))
    , m_genes(new QLineEdit(this))
    , m_minImpact(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("vcfImportDialog"));
    setWindowTitle(tr("Import variants from %1").arg(QFileInfo(path).fileName()));
    m_info->setWordWrap(true);
    m_sample->setObjectName(QStringLiteral("vcfSample"));
    m_sample->setAccessibleName(tr("Sample (proband)"));
    m_passOnly->setObjectName(QStringLiteral("vcfPassOnly"));
    m_passOnly->setChecked(true);
    m_minQuality->setObjectName(QStringLiteral("vcfMinQuality"));
    m_minQuality->setAccessibleName(tr("Minimum QUAL"));
    m_minQuality->setRange(0, 10000);
    m_minGq->setAccessibleName(tr("Minimum genotype quality"));
    m_minGq->setRange(0, 99);
    m_maxAf->setObjectName(QStringLiteral("vcfMaxAf"));
    m_maxAf->setAccessibleName(tr("Maximum population allele frequency"));
    m_maxAf->addItem(tr("no limit"), 1.0);
    m_maxAf->addItem(tr("≤ 1 %"), 0.01);
    m_maxAf->addItem(tr("≤ 0.1 %"), 0.001);
    m_maxAf->addItem(tr("≤ 0.01 %"), 0.0001);
    m_genes->setObjectName(QStringLiteral("vcfGenes"));
    m_genes->setAccessibleName(tr("Genes"));
    m_genes->setPlaceholderText(tr("all genes (or a list: KMT2D, CHD7)"));
    m_minImpact->setObjectName(QStringLiteral("vcfMinImpact"));
    m_minImpact->setAccessibleName(tr("Minimum predicted impact"));
    m_minImpact->addItem(tr("any (also unannotated records)"), int(SequenceOntology::Impact::Modifier));
    m_minImpact->addItem(tr("low or higher"), int(SequenceOntology::Impact::Low));
    m_minImpact->addItem(tr("moderate or higher"), int(SequenceOntology::Impact::Moderate));
    m_minImpact->addItem(tr("high only"), int(SequenceOntology::Impact::High));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("vcfImportButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Sample:"), m_sample);
    form->addRow(QString(), m_passOnly);
    form->addRow(tr("Minimum &QUAL:"), m_minQuality);
    form->addRow(tr("Minimum &GQ:"), m_minGq);
    form->addRow(tr("Population &frequency:"), m_maxAf);
    form->addRow(tr("&Genes:"), m_genes);
    form->addRow(tr("Predicted &impact:"), m_minImpact);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VcfImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The header is small: its sample list is read here.
    try {
        const QStringList samples = VcfReader::samples(path);
        for (const QString& s : samples) {
            m_sample->addItem(s, s);
        }
        if (samples.isEmpty()) {
            m_sample->addItem(tr("sites only (no genotypes)"), QString());
            m_sample->setEnabled(false);
        }
        m_info->setText(tr("%1 holds %n sample(s). Choose the proband and which records to keep.", "",
                           int(samples.size()))
                            .arg(QFileInfo(path).fileName()));
    } catch (const MatchDeskError& e) {
        m_info->setText(e.message());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

Sex VcfImportDialog::sex() const
{
    return m_sex;
}

void VcfImportDialog::accept()
{
    VcfReadOptions options;
    options.sample = m_sample->currentData().toString();
    options.sex = m_sex;
    options.passOnly = m_passOnly->isChecked();
    options.minQual = m_minQuality->value();
    options.minGq = m_minGq->value();
    options.maxPopulationAf = m_maxAf->currentData().toDouble();
    options.minImpact = SequenceOntology::Impact(m_minImpact->currentData().toInt());
    for (const QString& g : m_genes->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        options.genes << g;
    }
    const auto genes = m_context->genes();
    const QString path = m_path;
    QPointer<VcfImportDialog> self(this);
    QWidget* owner = parentWidget();
    hide();
    ProgressTask* task = ProgressTask::start(
        owner, tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [options, genes, path, self](ProgressTask::Control& control) -> ProgressTask::Apply {
            VcfReadOptions o = options;
            o.geneCatalog = genes.get();
            o.progress = [&control](qint64 done, qint64 total) {
                control.setProgress(done, total);
                return !control.isCanceled();
            };
            const VcfReadResult result = VcfReader::readFile(path, o);
            return [self, result] {
                if (!self) {
                    return;
                }
                qCInfo(lcUi) << "VCF import:" << result.imported << "variants of" << result.records << "records,"
                             << result.filtered << "filtered";
                emit self->variantsRead(result.variants);
                self->done(QDialog::Accepted);
            };
        },
        [self, owner](const QString& error) {
            MessageBox::warning(owner, tr("Cannot import the VCF"), error);
            if (self) {
                self->done(QDialog::Rejected);
            }
        });
    // A cancelled read ends without result or error: close the dialog with the task.
    connect(task, &ProgressTask::finished, this, [self](bool ok) {
        if (self && !ok && self->isHidden() && self->result() != QDialog::Accepted) {
            self->done(QDialog::Rejected);
        }
    });
}
