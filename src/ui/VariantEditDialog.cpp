#include "VariantEditDialog.h"

#include "VariantModel.h"
#include "core/GeneCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

VariantEditDialog::VariantEditDialog(std::shared_ptr<const GeneCatalog> genes, const Variant& variant, QWidget* parent)
    : QDialog(parent)
    , m_genes(std::move(genes))
    , m_variant(variant)
    , m_gene(new QLineEdit(this))
    , m_geneStatus(new QLabel(this))
    , m_useSuggestion(new QPushButton(this))
    , m_hgvsC(new QLineEdit(variant.hgvsC, this))
    , m_hgvsP(new QLineEdit(variant.hgvsP, this))
    , m_assembly(new QComboBox(this))
    , m_chromosome(new QLineEdit(variant.chromosome, this))
    , m_position(new QLineEdit(this))
    , m_ref(new QLineEdit(variant.ref, this))
    , m_alt(new QLineEdit(variant.alt, this))
    , m_zygosity(new QComboBox(this))
    , m_acmg(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("variantEditDialog"));
    setWindowTitle(variant == Variant{} ? tr("Add variant") : tr("Edit variant"));
    m_gene->setObjectName(QStringLiteral("variantGene"));
    m_gene->setAccessibleName(tr("Gene"));
    m_gene->setPlaceholderText(tr("HGNC symbol, alias, HGNC:, Ensembl or Entrez id"));
    m_gene->setText(variant.gene.symbol.isEmpty() ? variant.gene.hgncId : variant.gene.symbol);
    m_geneStatus->setObjectName(QStringLiteral("variantGeneStatus"));
    m_geneStatus->setWordWrap(true);
    m_useSuggestion->setObjectName(QStringLiteral("useGeneSuggestion"));
    m_useSuggestion->hide();
    m_hgvsC->setObjectName(QStringLiteral("variantHgvsC"));
    m_hgvsC->setAccessibleName(tr("HGVS coding"));
    m_hgvsC->setPlaceholderText(tr("e.g. NM_000059.4:c.1310_1313del"));
    m_hgvsP->setAccessibleName(tr("HGVS protein"));
    m_hgvsP->setPlaceholderText(tr("e.g. NP_000050.3:p.(Lys437IlefsTer22)"));
    m_assembly->setAccessibleName(tr("Assembly"));
    m_assembly->addItem(tr("no coordinates"), QString());
    for (const QString& a : {QStringLiteral("GRCh38"), QStringLiteral("GRCh37")}) {
        m_assembly->addItem(a, a);
    }
    m_assembly->setCurrentIndex(qMax(0, m_assembly->findData(variant.assembly)));
    m_chromosome->setAccessibleName(tr("Chromosome"));
    m_chromosome->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("([1-9]|1[0-9]|2[0-2]|X|Y|MT)")), this));
    m_position->setAccessibleName(tr("Position"));
    m_position->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), this));
    if (variant.position > 0) {
        m_position->setText(QString::number(variant.position));
    }
    const QRegularExpression allele(QStringLiteral("[ACGTNacgtn]*"));
    m_ref->setAccessibleName(tr("Reference allele"));
    m_ref->setValidator(new QRegularExpressionValidator(allele, this));
    m_alt->setAccessibleName(tr("Alternate allele"));
    m_alt->setValidator(new QRegularExpressionValidator(allele, this));
    m_zygosity->setObjectName(QStringLiteral("variantZygosity"));
    m_zygosity->setAccessibleName(tr("Zygosity"));
    for (Zygosity z : {Zygosity::Unknown, Zygosity::Heterozygous, Zygosity::Homozygous, Zygosity::Hemizygous}) {
        m_zygosity->addItem(VariantModel::zygosityText(z), int(z));
    }
    m_zygosity->setCurrentIndex(m_zygosity->findData(int(variant.zygosity)));
    m_acmg->setObjectName(QStringLiteral("variantAcmg"));
    m_acmg->setAccessibleName(tr("ACMG class"));
    for (AcmgClass c : {AcmgClass::NotProvided, AcmgClass::Pathogenic, AcmgClass::LikelyPathogenic,
                        AcmgClass::UncertainSignificance, AcmgClass::LikelyBenign, AcmgClass::Benign}) {
        m_acmg->addItem(VariantModel::acmgText(c), int(c));
    }
    m_acmg->setCurrentIndex(m_acmg->findData(int(variant.acmgClass)));

    auto* coords = new QHBoxLayout;
    coords->addWidget(m_assembly);
    coords->addWidget(new QLabel(tr("chr"), this));
    coords->addWidget(m_chromosome, 1);
    coords->addWidget(m_position, 2);
    coords->addWidget(m_ref, 1);
    coords->addWidget(new QLabel(QStringLiteral("&gt;"), this));
    coords->addWidget(m_alt, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Gene:"), m_gene);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_geneStatus, 1);
    statusRow->addWidget(m_useSuggestion);
    form->addRow(QString(), statusRow);
    form->addRow(tr("HGVS &c.:"), m_hgvsC);
    form->addRow(tr("HGVS &p.:"), m_hgvsP);
    form->addRow(tr("Coo&rdinates:"), coords);
    form->addRow(tr("&Zygosity:"), m_zygosity);
    form->addRow(tr("&ACMG class:"), m_acmg);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_gene, &QLineEdit::textChanged, this, &VariantEditDialog::validateGene);
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] { m_gene->setText(m_suggestion); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validateGene();
}

void VariantEditDialog::validateGene()
{
    m_resolved = {};
    m_suggestion.clear();
    m_useSuggestion->hide();
    const QString text = m_gene->text().trimmed();
    bool acceptable = !text.isEmpty();
    if (text.isEmpty()) {
        m_geneStatus->setText(tr("Enter the gene."));
    } else if (!m_genes) {
        m_geneStatus->setText(tr("The HGNC catalog is still loading; the gene will be kept as typed."));
        m_resolved.symbol = text.toUpper();
    } else {
        const GeneCatalog::Lookup lookup = m_genes->lookup(text);
        if (lookup.found()) {
            m_resolved = lookup.gene;
            if (lookup.kind == GeneCatalog::MatchKind::Alias || lookup.kind == GeneCatalog::MatchKind::PreviousSymbol) {
                m_suggestion = lookup.gene.symbol;
                m_geneStatus->setText(lookup.kind == GeneCatalog::MatchKind::Alias
                                          ? tr("%1 is an alias of %2 (%3).").arg(text, lookup.gene.symbol, lookup.gene.hgncId)
                                          : tr("%1 is a previous symbol of %2 (%3).")
                                                .arg(text, lookup.gene.symbol, lookup.gene.hgncId));
                m_useSuggestion->setText(tr("Use %1").arg(lookup.gene.symbol));
                m_useSuggestion->show();
            } else {
                m_geneStatus->setText(tr("✓ %1 (%2)").arg(lookup.gene.symbol, lookup.gene.hgncId));
            }
        } else if (lookup.ambiguous()) {
            QStringList names;
            for (const Gene& g : lookup.candidates) {
                names << g.symbol;
            }
            m_geneStatus->setText(tr("%1 is ambiguous: it may mean %2. Enter the approved symbol.")
                                      .arg(text, names.join(QStringLiteral(", "))));
            acceptable = false;
        } else {
            m_geneStatus->setText(tr("%1 is not in the HGNC catalog.").arg(text));
            acceptable = false;
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

Variant VariantEditDialog::variant() const
{
    Variant v = m_variant;
    v.gene = m_resolved;
    v.hgvsC = m_hgvsC->text().trimmed();
    v.hgvsP = m_hgvsP->text().trimmed();
    v.assembly = m_assembly->currentData().toString();
    v.chromosome = m_chromosome->text().trimmed();
    v.position = m_position->text().toLongLong();
    v.ref = m_ref->text().trimmed().toUpper();
    v.alt = m_alt->text().trimmed().toUpper();
    v.zygosity = Zygosity(m_zygosity->currentData().toInt());
    v.acmgClass = AcmgClass(m_acmg->currentData().toInt());
    return v;
}
