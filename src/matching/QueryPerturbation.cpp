#include "QueryPerturbation.h"

#include "HpoOntology.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <random>

bool QueryPerturbation::parse(const QString& spec, QString* error)
{
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = kv.size() == 2;
        const QString key = kv.value(0).trimmed();
        const double v = ok ? kv[1].trimmed().toDouble(&ok) : 0.0;
        if (ok && key == QLatin1String("imprecision") && v >= 0 && v <= 1) {
            imprecision = v;
        } else if (ok && key == QLatin1String("noise") && v >= 0 && v == std::floor(v)) {
            noise = int(v);
        } else if (ok && key == QLatin1String("drop") && v >= 0 && v < 1) {
            drop = v;
        } else {
            if (error) {
                *error =
                    QCoreApplication::translate("QueryPerturbation",
                                                "Invalid perturbation '%1' (expected imprecision=P in [0,1], "
                                                "noise=K >= 0, drop=D in [0,1))")
                        .arg(part);
            }
            return false;
        }
    }
    return true;
}

QString QueryPerturbation::toString() const
{
    return QStringLiteral("imprecision=%1,noise=%2,drop=%3").arg(imprecision).arg(noise).arg(drop);
}

Patient QueryPerturbation::apply(const HpoOntology& ontology, const Patient& query, quint64 queryNumber) const
{
    if (isIdentity()) {
        return query;
    }
    if (m_poolOntology != &ontology) {
        m_pool.clear();
        const int root = ontology.indexOf(QStringLiteral("HP:0000118"));
        for (int t = 0; t < ontology.size(); ++t) {
            if (t != root && (root < 0 || ontology.isDescendantOf(t, root))) {
                m_pool.push_back(t);
            }
        }
        m_poolOntology = &ontology;
    }
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + queryNumber);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Patient out = query;
    QList<PhenotypeFeature> observed, excluded;
    for (const PhenotypeFeature& f : query.features) {
        (f.excluded ? excluded : observed).append(f);
    }
    for (PhenotypeFeature& f : observed) {
        const int t = ontology.indexOf(f.termId);
        const bool replace = unit(rng) < imprecision;
        if (replace && t >= 0 && !ontology.parents(t).empty()) {
            const auto ps = ontology.parents(t);
            const int p = ps[std::uniform_int_distribution<size_t>(0, ps.size() - 1)(rng)];
            f.termId = ontology.id(p);
            f.label = ontology.name(p);
        }
    }
    if (drop > 0 && observed.size() > 1) {
        const int remove =
            std::min(int(observed.size()) - 1, int(std::lround(drop * double(observed.size()))));
        for (int i = 0; i < remove; ++i) {
            observed.removeAt(
                qsizetype(std::uniform_int_distribution<int>(0, int(observed.size()) - 1)(rng)));
        }
    }
    for (int i = 0; i < noise && !m_pool.empty(); ++i) {
        const int t = m_pool[std::uniform_int_distribution<size_t>(0, m_pool.size() - 1)(rng)];
        PhenotypeFeature f;
        f.termId = ontology.id(t);
        f.label = ontology.name(t);
        observed.append(f);
    }
    out.features = observed + excluded;
    return out;
}
