#pragma once

#include "MatchSource.h"

#include <memory>

class LocalRanker;
class SecretStore;
class Store;

// The real MatchSource: a federated MME query (net/FederatedQuery) to the enabled nodes of the
// store, re-ranked locally, with the per-node audit entries the query writes. Results are not
// saved by the query itself: the AlertDetector records them with change detection.
class FederatedMatchSource : public MatchSource
{
public:
    FederatedMatchSource(Store& store, SecretStore& secrets, std::shared_ptr<const LocalRanker> ranker);
    QList<NodeOutcome> query(const Patient& patient, const QStringList& onlyNodes) override;

private:
    Store& m_store;
    SecretStore& m_secrets;
    std::shared_ptr<const LocalRanker> m_ranker;
};
