#pragma once

#include "ClientRegistry.h"
#include "NodeConfig.h"
#include "NodeMatchEngine.h"
#include "NodeRequestParser.h"
#include "core/Patient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

class GeneCatalog;
class GenePhenotypeProfiles;
class HpoOntology;
class InformationContent;

// One HTTP request as the node sees it (already read and framed by Qt HttpServer).
struct NodeRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // URL path
    QByteArray token;  // X-Auth-Token
    QByteArray contentType;
    QByteArray accept;
    QByteArray body;
};

// What to answer, plus what the query log records (never patient content).
struct NodeResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QByteArray allow; // Allow header for 405
    QString endpoint; // "match", "heartbeat", "metrics" or empty
    QString client;   // authenticated client name
    int resultCount = 0;
    bool test = false;        // patient.test was true
    QStringList matchedGenes; // gene keys shared between query and returned cases
};

// The MME protocol logic of a node (search-api.md, heartbeat-api.md, metrics-api.md): routing,
// authentication, media-type negotiation, validation, matching and the response bodies.
// handle() is const and thread-safe, so requests are served on worker threads.
class NodeService
{
    Q_DECLARE_TR_FUNCTIONS(NodeService)

public:
    // ontology and ic are required (the matching library scores with them); geneProfiles feed
    // the combined phenotype measure; catalog resolves gene ids of queries and results.
    NodeService(NodeConfig config, ClientRegistry clients, std::shared_ptr<const HpoOntology> ontology,
                std::shared_ptr<const InformationContent> ic,
                std::shared_ptr<const GenePhenotypeProfiles> geneProfiles = {},
                std::shared_ptr<const GeneCatalog> catalog = {}, NodeMatchEngine::Options matchOptions = {});
    ~NodeService();

    // Indexes the cases; publicIds[i] is the id the network sees for cases[i]. Each case is
    // kept once, reduced to what matching and the MME patient object need (strings shared
    // between cases); response JSON is written on demand for the returned cases only.
    void setCases(QList<Patient> cases, const QStringList& publicIds);
    // Persistent counters (restored at start-up).
    void setCounters(qint64 requests, qint64 potentialMatches, const QStringList& genesMatched);

    NodeResponse handle(const NodeRequest& request) const;

    // Called once per answered /match (any thread): updates the /metrics counters. Test queries
    // are not counted.
    void recordMatch(const NodeResponse& response);
    struct Counters
    {
        qint64 requests = 0;
        qint64 potentialMatches = 0;
        QStringList genesMatched;
    };
    Counters counters() const;

    const NodeConfig& config() const { return m_config; }
    qsizetype caseCount() const { return m_publicIds.size(); }
    const NodeMatchEngine& engine() const { return m_engine; }

    static QByteArray errorBody(const QString& message, const QJsonObject& extra = {});

private:
    NodeResponse match(const NodeRequest& request) const;
    NodeResponse heartbeat(const NodeRequest& request) const;
    NodeResponse metrics(const NodeRequest& request) const;
    NodeResponse error(int status, const QString& message, const QJsonObject& extra = {}) const;

    NodeConfig m_config;
    ClientRegistry m_clients;
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const GeneCatalog> m_catalog;
    NodeRequestParser m_parser;
    NodeMatchEngine m_engine;
    QStringList m_publicIds;
    QHash<QString, int> m_caseByPublicId;
    QHash<QString, int> m_caseByLocalId;
    QJsonObject m_storeMetrics; // the parts of /metrics computed from the cases

    mutable QMutex m_counterMutex;
    qint64 m_requests = 0;
    qint64 m_potentialMatches = 0;
    QSet<QString> m_genesMatched;
};
