#include "FederatedMatchSource.h"

#include "net/FederatedQuery.h"
#include "net/LocalRanker.h"

#include "core/NodeDirectory.h"
#include "core/Settings.h"
#include "core/Store.h"

#include <QJsonDocument>

FederatedMatchSource::FederatedMatchSource(Store& store, SecretStore& secrets, std::shared_ptr<const LocalRanker> ranker)
    : m_store(store)
    , m_secrets(secrets)
    , m_ranker(std::move(ranker))
{
}

QList<NodeOutcome> FederatedMatchSource::query(const Patient& patient, const QStringList& onlyNodes)
{
    FederatedQuery query(&m_store, &m_secrets, m_ranker);
    FederatedQuery::Options options;
    options.onlyNodes = onlyNodes;
    options.saveResults = false;
    const QList<NodeResult> results = query.run(patient, NodeDirectory::all(m_store, *Settings::instance()), options);
    QList<NodeOutcome> outcomes;
    for (const NodeResult& r : results) {
        NodeOutcome o;
        o.nodeName = r.nodeName;
        o.ok = r.ok();
        o.error = r.ok() ? QString() : r.summary();
        o.disclaimer = r.disclaimer;
        for (const NodeMatch& m : r.matches) {
            RemoteMatch rm;
            rm.remoteId = m.remoteId;
            rm.nodeScore = m.nodeScore;
            rm.localScore = m.localScore;
            rm.phenotypeScore = m.phenotypeScore;
            rm.genotypeScore = m.genotypeScore;
            rm.record = QJsonDocument(m.record).toJson(QJsonDocument::Compact);
            rm.explanation = m.explanation;
            o.matches.append(rm);
        }
        outcomes.append(o);
    }
    return outcomes;
}
