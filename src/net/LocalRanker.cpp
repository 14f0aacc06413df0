#include "LocalRanker.h"

#include "NetLogging.h"
#include "core/DataPaths.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"
#include "matching/PatientScorer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>

LocalRanker::LocalRanker(std::shared_ptr<const PatientScorer> scorer)
    : m_scorer(std::move(scorer))
{}

std::shared_ptr<const LocalRanker> LocalRanker::loadDefault()
{
    static QMutex mutex;
    static std::shared_ptr<const LocalRanker> instance;
    QMutexLocker lock(&mutex);
    if (instance) {
        return instance;
    }
    QElapsedTimer timer;
    timer.start();
    auto ontology = HpoOntology::loadDefault();
    auto ic = std::make_shared<const InformationContent>(
        InformationContent::loadCached(*ontology, DataPaths::hpoDir()));
    instance = fromReferenceData(ontology, ic);
    qCInfo(lcNet) << "local ranking data loaded in" << timer.elapsed() << "ms";
    return instance;
}

std::shared_ptr<const LocalRanker>
LocalRanker::fromReferenceData(std::shared_ptr<const HpoOntology> ontology,
                               std::shared_ptr<const InformationContent> ic)
{
    std::shared_ptr<const GenePhenotypeProfiles> profiles;
    try {
        profiles = std::make_shared<const GenePhenotypeProfiles>(
            GenePhenotypeProfiles::fromAnnotationFiles(*ontology, DataPaths::hpoDir()));
    } catch (const std::exception& e) {
        qCWarning(lcNet) << "gene phenotype profiles unavailable, scoring without them:" << e.what();
    }
    return std::make_shared<const LocalRanker>(
        std::make_shared<const PatientScorer>(std::move(ontology), std::move(ic), std::move(profiles)));
}

void LocalRanker::rescore(const Patient& query, QList<NodeMatch>& matches) const
{
    for (NodeMatch& m : matches) {
        const PatientScore s = m_scorer->score(query, m.patient);
        m.localScore = s.score;
        m.phenotypeScore = s.phenotypeScore;
        m.genotypeScore = s.genotypeScore;
        m.explanation = QJsonDocument(s.explanation.toJson()).toJson(QJsonDocument::Compact);
    }
    sort(matches);
}

void LocalRanker::sort(QList<NodeMatch>& matches)
{
    std::stable_sort(matches.begin(), matches.end(), [](const NodeMatch& a, const NodeMatch& b) {
        if (a.localScore != b.localScore) {
            return a.localScore > b.localScore;
        }
        if (a.nodeScore != b.nodeScore) {
            return a.nodeScore > b.nodeScore;
        }
        if (a.nodeName != b.nodeName) {
            return a.nodeName < b.nodeName;
        }
        return a.remoteId < b.remoteId;
    });
}
