#pragma once

#include "core/Variant.h"

#include <QDialog>
#include <memory>

class GeneCatalog;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Adds or edits one candidate variant by hand. The gene is validated against the HGNC catalog as
// it is typed: approved symbols are accepted, aliases and previous symbols offer the approved
// symbol, ambiguous names list the candidates.
class VariantEditDialog : public QDialog
{
    Q_OBJECT

public:
    VariantEditDialog(std::shared_ptr<const GeneCatalog> genes, const Variant& variant, QWidget* parent = nullptr);
    Variant variant() const;
    QLineEdit* geneField() const { return m_gene; }

private:
    void validateGene();

    std::shared_ptr<const GeneCatalog> m_genes;
    Variant m_variant;
    Gene m_resolved;
    QString m_suggestion;
    QLineEdit* m_gene;
    QLabel* m_geneStatus;
    QPushButton* m_useSuggestion;
    QLineEdit* m_hgvsC;
    QLineEdit* m_hgvsP;
    QComboBox* m_assembly;
    QLineEdit* m_chromosome;
    QLineEdit* m_position;
    QLineEdit* m_ref;
    QLineEdit* m_alt;
    QComboBox* m_zygosity;
    QComboBox* m_acmg;
    QDialogButtonBox* m_buttons;
};
