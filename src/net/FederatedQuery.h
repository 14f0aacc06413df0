#pragma once

#include "CurlTransport.h"
#include "MmeClient.h"
#include "NodeResult.h"
#include "OutgoingRequest.h"
#include "core/Node.h"
#include "core/Patient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class GeneCatalog;
class LocalRanker;
class ResultRecorder;
struct AuditEntry;
class Pseudonymizer;
class SecretStore;
class Store;

// Sends one patient to every enabled node at once and gathers a single ranked, explained list.
// Each node's answer arrives on its own (nodeFinished) as soon as it is there; a slow, dead or
// hostile node never delays the others (it ends in its own timeout). For each node the query
// writes one audit entry (action "mme.match": pseudonym, destination, SHA-256 of the exact
// payload, fields sent, outcome) and stores its valid results (Store::upsertMatch keyed by
// local patient, node, remote id) when the patient is in the database.
//
// Lives in the thread that creates it (typically the GUI thread); no network or keychain call
// ever blocks it. Not re-entrant: one query per object at a time.
class FederatedQuery : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool test = false;           // "test": true in every request
        QStringList onlyNodes;       // empty: all enabled nodes
        bool includeVariants = true; // false: genes only
        bool saveResults = true;     // upsert matches in the Store (when the patient has a rowId)
        const GeneCatalog* geneCatalog = nullptr; // Ensembl ids for outgoing genes
    };

    // store may be null (no audit, no saved results: previews, benchmarks); ranker may be null
    // (local scores stay 0). secrets provides node tokens and the pseudonym key.
    FederatedQuery(Store* store, SecretStore* secrets, std::shared_ptr<const LocalRanker> ranker,
                   QObject* parent = nullptr, CurlTransport* transport = nullptr);
    ~FederatedQuery() override; // cancels what is still running (no signals from the destructor)

    // The nodes a query with these options goes to (enabled, and named if onlyNodes is set).
    static QList<Node> selectNodes(const QList<Node>& nodes, const Options& options,
                                   QStringList* problems = nullptr);
    // "What will be sent": the exact request per node. Throws DisclosureError.
    static QList<OutgoingRequest> preview(const Patient& patient, const QList<Node>& nodes,
                                          const QString& pseudonym, const Options& options);

    // Starts the query. Throws DisclosureError (no consent, no clinician ...) or NetError (no
    // node to ask) before anything is sent; everything after that is reported per node.
    void start(const Patient& patient, const QList<Node>& nodes, const Options& options);
    // Uses this pseudonymizer instead of loading the installation key from the SecretStore.
    void setPseudonymizer(const Pseudonymizer& pseudonymizer);
    // Stops waiting: every unfinished node ends as Cancelled (nodeFinished, then finished()).
    void cancel();
    // start() + a local event loop until finished (CLI, alert runs on a worker thread).
    QList<NodeResult> run(const Patient& patient, const QList<Node>& nodes, const Options& options);

    bool isRunning() const { return m_running; }
    QList<NodeResult> results() const; // in node order; Pending for nodes still running
    QList<NodeMatch> ranking() const;  // all valid matches of all nodes, by local score
    qint64 elapsedMs() const;          // since start() (until finished once done)
    QString pseudonym() const { return m_pseudonym; }

signals:
    void nodeStarted(const QString& nodeName);
    void nodeFinished(const QString& nodeName, const NodeResult& result);
    void finished();
    // The query could not start at all after start() (e.g. keychain unavailable for the pseudonym
    // key); every node is then reported NotSent and finished() follows.
    void failed(const QString& message);

private:
    struct NodeState;
    void onPseudonymReady(const QString& pseudonym);
    void abortAll(const QString& message);
    void startNode(int index);
    void sendNode(int index, const QByteArray& token);
    void completeNode(int index, std::function<NodeResult()> produce);
    static AuditEntry auditEntry(const NodeState& state, const NodeResult& result, qint64 patientRowId,
                                 const QString& pseudonym, bool test);
    void report(int index, const NodeResult& result);
    void onRecorded(quint64 ticket, const NodeResult& result);
    void checkFinished();

    Store* m_store;
    SecretStore* m_secrets;
    std::shared_ptr<const LocalRanker> m_ranker;
    CurlTransport* m_transport;
    std::unique_ptr<Pseudonymizer> m_pseudonymizer;
    std::shared_ptr<ResultRecorder> m_recorder;
    QHash<quint64, int> m_tickets; // recorder ticket -> node index
    QObject* m_context = nullptr;  // owns pending callbacks of the current run
    Patient m_patient;
    Options m_options;
    QString m_pseudonym;
    QList<std::shared_ptr<NodeState>> m_nodes;
    QElapsedTimer m_timer;
    qint64 m_elapsedAtFinish = -1;
    bool m_running = false;
};
