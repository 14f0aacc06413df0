#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Which phenotype similarity a CaseIndex / PatientScorer / evaluation uses, and the weights of the
// combined (default) measure.
enum class PhenotypeMeasure
{
    ExactJaccard,      // |Q ∩ C| / |Q ∪ C| on the observed terms as given
    QueryShare,        // seqr-style share of query terms present in the case, |Q ∩ C| / |Q|
    UnionIntersection, // UI on ancestor closures
    SimGic,            // simGIC on ancestor closures (IC-weighted UI)
    ResnikBma,         // symmetric best-match average of Resnik (raw IC units)
    ResnikQueryToCase, // one-sided query -> case average of Resnik (Phenomizer)
    LinBma,            // symmetric best-match average of Lin
    JiangConrathBma,   // symmetric best-match average of Jiang-Conrath similarity
    Combined,          // the default; see PhenotypeScoringOptions
};

// Combined phenotype score in [0, 1]:
//   phenotype = (wE * E + wO * O + wG * G) / (wE + wO + wG)  -  wX * X, clamped to [0, 1]
// with
//   E = exact-term Jaccard of the observed terms;
//   O = symmetric normalised Resnik best-match average,
//       (sum_q max_c IC(MICA(q,c)) / sum_q IC(q) + sum_c max_q IC(MICA(q,c)) / sum_c IC(c)) / 2;
//   G = Phenomizer-style query -> gene-profile score of the case's gene (genes_to_phenotype):
//       sum_q max_{g in profile} IC(MICA(q,g)) / sum_q IC(q), max over the case's genes (0 if none);
//   X = share of contradictions: observed terms of one side that the other side explicitly excludes
//       (the excluded term or one of its descendants observed), over |Q| + |C|.
// The defaults were chosen on the cross-publication leave-one-out protocol (see
// RetrievalEvaluation); the excluded-term penalty defaults to 0 because every weight tried lowered
// recall there.
struct PhenotypeScoringOptions
{
    PhenotypeMeasure measure = PhenotypeMeasure::Combined;
    double exactWeight = 0.35;
    double ontologyWeight = 0.35;
    double geneProfileWeight = 0.30;
    double excludedPenalty = 0.0;

    static QString measureName(PhenotypeMeasure m);
    static std::optional<PhenotypeMeasure> measureFromName(const QString& name);
    static QStringList measureNames();
    // Combines the components as documented above.
    double combine(double exact, double ontology, double geneProfile, double contradiction) const;
};
