#include "SequenceOntology.h"

#include <QHash>

#include <array>

namespace {
struct Entry
{
    const char* name;
    const char* id;
    SequenceOntology::Impact impact;
};
using I = SequenceOntology::Impact;
constexpr std::array kTerms{
    Entry{"transcript_ablation", "SO:0001893", I::High},
    Entry{"exon_loss_variant", "SO:0001572", I::High},
    Entry{"splice_acceptor_variant", "SO:0001574", I::High},
    Entry{"splice_donor_variant", "SO:0001575", I::High},
    Entry{"stop_gained", "SO:0001587", I::High},
    Entry{"frameshift_variant", "SO:0001589", I::High},
    Entry{"stop_lost", "SO:0001578", I::High},
    Entry{"start_lost", "SO:0002012", I::High},
    Entry{"transcript_amplification", "SO:0001889", I::High},
    Entry{"feature_elongation", "SO:0001907", I::High},
    Entry{"feature_truncation", "SO:0001906", I::High},
    Entry{"gene_fusion", "SO:0001565", I::High},
    Entry{"bidirectional_gene_fusion", "SO:0002086", I::High},
    Entry{"inframe_insertion", "SO:0001821", I::Moderate},
    Entry{"inframe_deletion", "SO:0001822", I::Moderate},
    Entry{"missense_variant", "SO:0001583", I::Moderate},
    Entry{"protein_altering_variant", "SO:0001818", I::Moderate},
    Entry{"splice_donor_5th_base_variant", "SO:0001787", I::Low},
    Entry{"splice_region_variant", "SO:0001630", I::Low},
    Entry{"splice_donor_region_variant", "SO:0002170", I::Low},
    Entry{"splice_polypyrimidine_tract_variant", "SO:0002169", I::Low},
    Entry{"incomplete_terminal_codon_variant", "SO:0001626", I::Low},
    Entry{"initiator_codon_variant", "SO:0001582", I::Low},
    Entry{"start_retained_variant", "SO:0002019", I::Low},
    Entry{"stop_retained_variant", "SO:0001567", I::Low},
    Entry{"synonymous_variant", "SO:0001819", I::Low},
    Entry{"5_prime_UTR_premature_start_codon_gain_variant", "SO:0001988", I::Low},
    Entry{"coding_sequence_variant", "SO:0001580", I::Modifier},
    Entry{"mature_miRNA_variant", "SO:0001620", I::Modifier},
    Entry{"5_prime_UTR_variant", "SO:0001623", I::Modifier},
    Entry{"3_prime_UTR_variant", "SO:0001624", I::Modifier},
    Entry{"non_coding_transcript_exon_variant", "SO:0001792", I::Modifier},
    Entry{"intron_variant", "SO:0001627", I::Modifier},
    Entry{"NMD_transcript_variant", "SO:0001621", I::Modifier},
    Entry{"non_coding_transcript_variant", "SO:0001619", I::Modifier},
    Entry{"coding_transcript_variant", "SO:0001968", I::Modifier},
    Entry{"upstream_gene_variant", "SO:0001631", I::Modifier},
    Entry{"downstream_gene_variant", "SO:0001632", I::Modifier},
    Entry{"intragenic_variant", "SO:0002011", I::Modifier},
    Entry{"TFBS_ablation", "SO:0001895", I::Modifier},
    Entry{"TFBS_amplification", "SO:0001892", I::Modifier},
    Entry{"TF_binding_site_variant", "SO:0001782", I::Modifier},
    Entry{"regulatory_region_ablation", "SO:0001894", I::Modifier},
    Entry{"regulatory_region_amplification", "SO:0001891", I::Modifier},
    Entry{"regulatory_region_variant", "SO:0001566", I::Modifier},
    Entry{"intergenic_variant", "SO:0001628", I::Modifier},
    Entry{"sequence_variant", "SO:0001060", I::Modifier},
};

struct Index
{
    QHash<QString, int> byKey;
    Index()
    {
        for (int i = 0; i < int(kTerms.size()); ++i) {
            byKey.insert(QString::fromLatin1(kTerms[size_t(i)].name).toLower(), i);
            byKey.insert(QString::fromLatin1(kTerms[size_t(i)].id), i);
        }
        // SnpEff and older spellings.
        const std::pair<const char*, const char*> aliases[] = {
            {"conservative_inframe_insertion", "inframe_insertion"},
            {"disruptive_inframe_insertion", "inframe_insertion"},
            {"conservative_inframe_deletion", "inframe_deletion"},
            {"disruptive_inframe_deletion", "inframe_deletion"},
            {"non_coding_exon_variant", "non_coding_transcript_exon_variant"},
            {"nc_transcript_variant", "non_coding_transcript_variant"},
            {"5_prime_utr_variant", "5_prime_UTR_variant"},
            {"3_prime_utr_variant", "3_prime_UTR_variant"},
            {"splice_donor_5th_base_variant", "splice_donor_5th_base_variant"},
            {"nonsense", "stop_gained"},
            {"missense", "missense_variant"},
            {"frameshift", "frameshift_variant"},
            {"synonymous", "synonymous_variant"},
        };
        for (const auto& [alias, target] : aliases) {
            byKey.insert(QString::fromLatin1(alias).toLower(), byKey.value(QString::fromLatin1(target).toLower()));
        }
    }
};

const Index& index()
{
    static const Index i;
    return i;
}

SequenceOntology::Term termAt(int i)
{
    SequenceOntology::Term t;
    t.id = QString::fromLatin1(kTerms[size_t(i)].id);
    t.name = QString::fromLatin1(kTerms[size_t(i)].name);
    t.impact = kTerms[size_t(i)].impact;
    t.rank = i;
    return t;
}
} // namespace

SequenceOntology::Term SequenceOntology::lookup(const QString& nameOrId)
{
    int best = -1;
    for (const QStringView part : QStringView(nameOrId).split(u'&', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toString();
        auto it = index().byKey.constFind(key.startsWith(QLatin1String("SO:")) ? key : key.toLower());
        if (it != index().byKey.cend() && (best < 0 || it.value() < best)) {
            best = it.value();
        }
    }
    return best < 0 ? Term{} : termAt(best);
}

SequenceOntology::Impact SequenceOntology::impactFromName(const QString& name, bool* ok)
{
    if (ok) {
        *ok = true;
    }
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("HIGH")) {
        return Impact::High;
    }
    if (n == QLatin1String("MODERATE")) {
        return Impact::Moderate;
    }
    if (n == QLatin1String("LOW")) {
        return Impact::Low;
    }
    if (n != QLatin1String("MODIFIER") && ok) {
        *ok = false;
    }
    return Impact::Modifier;
}

QString SequenceOntology::impactName(Impact impact)
{
    switch (impact) {
    case Impact::High: return QStringLiteral("HIGH");
    case Impact::Moderate: return QStringLiteral("MODERATE");
    case Impact::Low: return QStringLiteral("LOW");
    case Impact::Modifier: break;
    }
    return QStringLiteral("MODIFIER");
}
