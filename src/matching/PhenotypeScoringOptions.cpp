#include "PhenotypeScoringOptions.h"

#include <algorithm>

namespace {
struct Entry
{
    PhenotypeMeasure m;
    const char* name;
};
constexpr Entry kNames[] = {
    {PhenotypeMeasure::ExactJaccard, "jaccard"}, {PhenotypeMeasure::QueryShare, "share"},
    {PhenotypeMeasure::UnionIntersection, "ui"}, {PhenotypeMeasure::SimGic, "simgic"},
    {PhenotypeMeasure::ResnikBma, "resnik-bma"}, {PhenotypeMeasure::ResnikQueryToCase, "resnik-q2c"},
    {PhenotypeMeasure::LinBma, "lin-bma"},       {PhenotypeMeasure::JiangConrathBma, "jc-bma"},
    {PhenotypeMeasure::Combined, "combined"},
};
} // namespace

QString PhenotypeScoringOptions::measureName(PhenotypeMeasure m)
{
    for (const Entry& e : kNames) {
        if (e.m == m) {
            return QString::fromLatin1(e.name);
        }
    }
    return {};
}

std::optional<PhenotypeMeasure> PhenotypeScoringOptions::measureFromName(const QString& name)
{
    for (const Entry& e : kNames) {
        if (name == QLatin1String(e.name)) {
            return e.m;
        }
    }
    return std::nullopt;
}

QStringList PhenotypeScoringOptions::measureNames()
{
    QStringList out;
    for (const Entry& e : kNames) {
        out << QString::fromLatin1(e.name);
    }
    return out;
}

double PhenotypeScoringOptions::combine(double exact, double ontology, double geneProfile,
                                        double contradiction) const
{
    const double wsum = exactWeight + ontologyWeight + geneProfileWeight;
    const double base =
        wsum > 0 ? (exactWeight * exact + ontologyWeight * ontology + geneProfileWeight * geneProfile) / wsum
                 : 0.0;
    return std::clamp(base - excludedPenalty * contradiction, 0.0, 1.0);
}
