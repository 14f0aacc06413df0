#include "PatientScorer.h"

#include "GenePhenotypeProfiles.h"
#include "GenotypeMatcher.h"
#include "HpoOntology.h"
#include "InformationContent.h"
#include "PhenotypeProfile.h"
#include "SetSimilarity.h"

#include <algorithm>

PatientScorer::PatientScorer(std::shared_ptr<const HpoOntology> ontology,
                             std::shared_ptr<const InformationContent> ic,
                             std::shared_ptr<const GenePhenotypeProfiles> geneProfiles,
                             const PhenotypeScoringOptions& options)
    : m_ontology(std::move(ontology))
    , m_ic(std::move(ic))
    , m_geneProfiles(std::move(geneProfiles))
    , m_sim(std::make_unique<TermSimilarity>(*m_ontology, *m_ic))
    , m_options(options)
{}

PatientScorer::~PatientScorer() = default;

double PatientScorer::combine(double phenotype, double genotype, bool phenotypeComparable,
                              bool genotypeComparable)
{
    if (phenotypeComparable && genotypeComparable) {
        return kGenotypeWeight * genotype + (1.0 - kGenotypeWeight) * phenotype;
    }
    if (phenotypeComparable) {
        return phenotype;
    }
    if (genotypeComparable) {
        return genotype;
    }
    return 0.0;
}

namespace {
// sum over a of max over b of Resnik(a, b), using float IC like the bulk path.
double bestSum(const TermSimilarity& sim, const std::vector<int>& a, const std::vector<int>& b)
{
    double sum = 0;
    for (int x : a) {
        double best = 0;
        for (int y : b) {
            best = std::max(best, sim.resnik(x, y));
        }
        sum += best;
    }
    return sum;
}
} // namespace

double PatientScorer::phenotypeScore(const PhenotypeProfile& q, const PhenotypeProfile& c,
                                     const QList<Variant>& caseVariants, MatchExplanation* ex) const
{
    const TermSimilarity& sim = *m_sim;
    const HpoOntology& onto = *m_ontology;
    if (ex) {
        ex->measure = PhenotypeScoringOptions::measureName(m_options.measure);
        for (int t : q.observed) {
            MatchExplanation::TermMatch tm;
            tm.queryTermId = onto.id(t);
            tm.queryLabel = onto.name(t);
            tm.queryTermIc = sim.ic(t);
            double best = -1;
            for (int u : c.observed) {
                const double r = sim.resnik(t, u);
                if (r > best || (u == t)) {
                    best = r;
                    tm.caseTermId = onto.id(u);
                    tm.caseLabel = onto.name(u);
                    const int m = sim.mica(t, u);
                    tm.commonAncestorId = m >= 0 ? onto.id(m) : QString();
                    tm.commonAncestorLabel = m >= 0 ? onto.name(m) : QString();
                    tm.commonAncestorIc = r;
                    tm.exact = (u == t);
                    if (u == t) {
                        break;
                    }
                }
            }
            ex->terms.append(tm);
        }
        for (int e : c.excluded) {
            for (int t : q.observed) {
                if (onto.isDescendantOf(t, e)) {
                    ex->contradictions.append(QStringLiteral("%1 observed in query, %2 excluded in case")
                                                  .arg(onto.id(t), onto.id(e)));
                }
            }
        }
        for (int e : q.excluded) {
            for (int t : c.observed) {
                if (onto.isDescendantOf(t, e)) {
                    ex->contradictions.append(QStringLiteral("%1 excluded in query, %2 observed in case")
                                                  .arg(onto.id(e), onto.id(t)));
                }
            }
        }
    }
    if (q.observed.empty() || c.observed.empty()) {
        return 0.0;
    }
    switch (m_options.measure) {
    case PhenotypeMeasure::ExactJaccard:
        return SetSimilarity::jaccard(q.observed, c.observed);
    case PhenotypeMeasure::QueryShare:
        return SetSimilarity::queryShare(q.observed, c.observed);
    case PhenotypeMeasure::UnionIntersection:
        return SetSimilarity::unionIntersection(onto, q.observed, c.observed);
    case PhenotypeMeasure::SimGic:
        return SetSimilarity::simGic(sim, q.observed, c.observed);
    case PhenotypeMeasure::ResnikBma:
        return SetSimilarity::bestMatchAverage(sim, q.observed, c.observed);
    case PhenotypeMeasure::ResnikQueryToCase:
        return SetSimilarity::queryToCaseAverage(sim, q.observed, c.observed);
    case PhenotypeMeasure::LinBma:
        return SetSimilarity::bestMatchAverage(sim, q.observed, c.observed, TermSimilarity::Measure::Lin);
    case PhenotypeMeasure::JiangConrathBma:
        return SetSimilarity::bestMatchAverage(sim, q.observed, c.observed,
                                               TermSimilarity::Measure::JiangConrath);
    case PhenotypeMeasure::Combined:
        break;
    }
    const double exact = SetSimilarity::jaccard(q.observed, c.observed);
    double qIc = 0, cIc = 0;
    for (int t : q.observed) {
        qIc += sim.ic(t);
    }
    for (int t : c.observed) {
        cIc += sim.ic(t);
    }
    const double onto01 = 0.5 * ((qIc > 0 ? bestSum(sim, q.observed, c.observed) / qIc : 0.0) +
                                 (cIc > 0 ? bestSum(sim, c.observed, q.observed) / cIc : 0.0));
    double gene = 0;
    if (m_geneProfiles && m_options.geneProfileWeight > 0 && qIc > 0) {
        QList<int> seen;
        for (const Variant& v : caseVariants) {
            const int p = m_geneProfiles->profileOf(v.gene);
            if (p < 0 || seen.contains(p)) {
                continue;
            }
            seen.append(p);
            gene = std::max(gene, bestSum(sim, q.observed, m_geneProfiles->terms(p)) / qIc);
        }
    }
    int conflicts = 0;
    for (int e : c.excluded) {
        conflicts += std::any_of(q.observed.begin(), q.observed.end(),
                                 [&](int t) { return onto.isDescendantOf(t, e); })
                         ? 1
                         : 0;
    }
    for (int e : q.excluded) {
        conflicts += std::any_of(c.observed.begin(), c.observed.end(),
                                 [&](int t) { return onto.isDescendantOf(t, e); })
                         ? 1
                         : 0;
    }
    const double contradiction = double(conflicts) / double(q.observed.size() + c.observed.size());
    if (ex) {
        ex->exactScore = exact;
        ex->ontologyScore = onto01;
        ex->geneProfileScore = gene;
    }
    return m_options.combine(exact, onto01, gene, contradiction);
}

PatientScore PatientScorer::score(const Patient& query, const Patient& match) const
{
    PatientScore s;
    const PhenotypeProfile q = PhenotypeProfile::fromPatient(*m_ontology, query);
    const PhenotypeProfile c = PhenotypeProfile::fromPatient(*m_ontology, match);
    s.phenotypeScore = phenotypeScore(q, c, match.variants, &s.explanation);
    s.explanation.genotype = GenotypeMatcher::compare(query.variants, match.variants);
    s.genotypeScore = s.explanation.genotype.score;
    s.score = combine(s.phenotypeScore, s.genotypeScore, !q.observed.empty() && !c.observed.empty(),
                      s.explanation.genotype.comparable);
    s.explanation.phenotypeScore = s.phenotypeScore;
    s.explanation.genotypeScore = s.genotypeScore;
    s.explanation.score = s.score;
    return s;
}
