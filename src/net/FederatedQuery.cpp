#include "FederatedQuery.h"

#include "DisclosureError.h"
#include "LocalRanker.h"
#include "NetError.h"
#include "NetLogging.h"
#include "ResultRecorder.h"
#include "core/AuditEntry.h"
#include "core/MatchDeskError.h"
#include "core/Pseudonymizer.h"
#include "core/SecretStore.h"
#include "core/Store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSet>

struct FederatedQuery::NodeState
{
    Node node;
    NodeResult result;
    std::optional<OutgoingRequest> request;
    quint64 transferId = 0;
    bool done = false;     // no more network activity
    bool reported = false; // recorded and nodeFinished emitted
};

FederatedQuery::FederatedQuery(Store* store, SecretStore* secrets, std::shared_ptr<const LocalRanker> ranker,
                               QObject* parent, CurlTransport* transport)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_ranker(std::move(ranker))
    , m_transport(transport ? transport : &CurlTransport::shared())
{
    qRegisterMetaType<NodeResult>();
}

FederatedQuery::~FederatedQuery()
{
    for (const auto& s : std::as_const(m_nodes)) {
        if (s->transferId) {
            m_transport->cancel(s->transferId);
        }
    }
    delete m_context; // drops pending keychain/transport callbacks
}

void FederatedQuery::setPseudonymizer(const Pseudonymizer& pseudonymizer)
{
    m_pseudonymizer = std::make_unique<Pseudonymizer>(pseudonymizer);
}

QList<Node> FederatedQuery::selectNodes(const QList<Node>& nodes, const Options& options,
                                        QStringList* problems)
{
    QList<Node> selected;
    for (const QString& name : options.onlyNodes) {
        const bool known =
            std::any_of(nodes.begin(), nodes.end(), [&](const Node& n) { return n.name == name; });
        if (!known && problems) {
            *problems << tr("unknown node '%1'").arg(name);
        }
    }
    for (const Node& n : nodes) {
        if (!options.onlyNodes.isEmpty() && !options.onlyNodes.contains(n.name)) {
            continue;
        }
        if (!n.enabled) {
            if (problems && options.onlyNodes.contains(n.name)) {
                *problems << tr("node '%1' is disabled").arg(n.name);
            }
            continue;
        }
        selected << n;
    }
    return selected;
}

QList<OutgoingRequest> FederatedQuery::preview(const Patient& patient, const QList<Node>& nodes,
                                               const QString& pseudonym, const Options& options)
{
    OutgoingRequest::Options o;
    o.test = options.test;
    o.includeVariants = options.includeVariants;
    o.geneCatalog = options.geneCatalog;
    QList<OutgoingRequest> out;
    for (const Node& n : selectNodes(nodes, options)) {
        out << OutgoingRequest::build(patient, n, pseudonym, o);
    }
    return out;
}

void FederatedQuery::start(const Patient& patient, const QList<Node>& nodes, const Options& options)
{
    if (m_running) {
        throw NetError(tr("A federated query is already running"));
    }
    OutgoingRequest::checkSendable(patient); // throws DisclosureError
    QStringList problems;
    const QList<Node> selected = selectNodes(nodes, options, &problems);
    if (!problems.isEmpty()) {
        throw NetError(problems.join(QStringLiteral("; ")));
    }
    if (selected.isEmpty()) {
        throw NetError(tr("No enabled node to query: add a node first (matchdesk-cli nodes add)"));
    }
    delete m_context;
    m_context = new QObject(this);
    m_tickets.clear();
    if (!m_recorder) {
        m_recorder = ResultRecorder::forDatabase(m_store ? m_store->path() : QString());
        connect(m_recorder.get(), &ResultRecorder::recorded, this, &FederatedQuery::onRecorded);
    }
    m_patient = patient;
    m_options = options;
    m_pseudonym.clear();
    m_nodes.clear();
    for (const Node& n : selected) {
        auto s = std::make_shared<NodeState>();
        s->node = n;
        s->result.nodeName = n.name;
        s->result.baseUrl = n.baseUrl;
        m_nodes << s;
    }
    m_running = true;
    m_elapsedAtFinish = -1;
    m_timer.start();
    qCInfo(lcNet) << "federated query to" << m_nodes.size() << "nodes" << (options.test ? "(test)" : "");

    if (m_pseudonymizer) {
        onPseudonymReady(m_pseudonymizer->pseudonym(patient.localId));
        return;
    }
    Pseudonymizer::load(*m_secrets, m_context, [this](std::optional<Pseudonymizer> p, const QString& error) {
        if (!p) {
            abortAll(tr("Cannot compute the patient's pseudonym: %1").arg(error));
            return;
        }
        m_pseudonymizer = std::make_unique<Pseudonymizer>(*p);
        onPseudonymReady(m_pseudonymizer->pseudonym(m_patient.localId));
    });
}

void FederatedQuery::abortAll(const QString& message)
{
    emit failed(message);
    for (int i = 0; i < m_nodes.size(); ++i) {
        NodeResult r = m_nodes[i]->result;
        r.status = NodeStatus::NotSent;
        r.message = message;
        completeNode(i, [r] { return r; });
    }
}

void FederatedQuery::onPseudonymReady(const QString& pseudonym)
{
    m_pseudonym = pseudonym;
    for (int i = 0; i < m_nodes.size(); ++i) {
        startNode(i);
    }
}

void FederatedQuery::startNode(int index)
{
    const auto state = m_nodes[index];
    state->result.pseudonym = m_pseudonym;
    emit nodeStarted(state->node.name);
    OutgoingRequest::Options o;
    o.test = m_options.test;
    o.includeVariants = m_options.includeVariants;
    o.geneCatalog = m_options.geneCatalog;
    try {
        state->request = OutgoingRequest::build(m_patient, state->node, m_pseudonym, o);
    } catch (const MatchDeskError& e) {
        NodeResult r = state->result;
        r.status = NodeStatus::NotSent;
        r.message = e.message();
        completeNode(index, [r] { return r; });
        return;
    }
    QString why;
    if (!CurlTransport::isAllowedUrl(state->node.baseUrl, &why)) {
        NodeResult r = state->result;
        r.status = NodeStatus::NotSent;
        r.message = why;
        completeNode(index, [r] { return r; });
        return;
    }
    m_secrets->read(state->node.keychainKey(), m_context, [this, index](const SecretStore::Result& token) {
        if (index >= m_nodes.size() || m_nodes[index]->done) {
            return;
        }
        if (!token.ok || token.value.isEmpty()) {
            NodeResult r = m_nodes[index]->result;
            r.status = NodeStatus::NotSent;
            r.message = token.notFound || token.value.isEmpty()
                            ? tr("no X-Auth-Token stored for node %1 (matchdesk-cli nodes add --token-stdin)")
                                  .arg(m_nodes[index]->node.name)
                            : token.error;
            completeNode(index, [r] { return r; });
            return;
        }
        sendNode(index, token.value);
    });
}

void FederatedQuery::sendNode(int index, const QByteArray& token)
{
    const auto state = m_nodes[index];
    state->result.payloadSha256 = state->request->sha256Hex;
    HttpRequest request = MmeClient::request(state->node, token, QStringLiteral("match"));
    request.method = "POST";
    request.body = state->request->body;
    request.addHeader("Content-Type", state->request->mediaType);
    qCInfo(lcNet) << "match request to" << state->node.name << request.url.host() << "bytes"
                  << request.body.size();
    const Node node = state->node;
    state->transferId =
        m_transport->send(request, m_context, [this, index, node](const HttpResponse& response) {
            if (index >= m_nodes.size() || m_nodes[index]->done) {
                return;
            }
            completeNode(index, [node, response] { return MmeClient::interpretMatch(node, response); });
        });
}

void FederatedQuery::completeNode(int index, std::function<NodeResult()> produce)
{
    const auto state = m_nodes[index];
    if (state->done) {
        return;
    }
    state->done = true;
    state->transferId = 0;
    // Parsing and validating the answer, re-scoring and writing run on the recorder's worker
    // thread: the thread running the query (the GUI) only gets the finished result.
    ResultRecorder::Job job;
    job.ticket = ResultRecorder::nextTicket();
    job.patientRowId = m_patient.rowId;
    const NodeState snapshot = *state;
    job.process = [produce = std::move(produce), snapshot, ranker = m_ranker, patient = m_patient,
                   pseudonym = m_pseudonym, options = m_options](ResultRecorder::Job& j) {
        NodeResult result = produce();
        result.nodeName = snapshot.node.name;
        result.baseUrl = snapshot.node.baseUrl;
        result.pseudonym = pseudonym;
        result.payloadSha256 = snapshot.request && result.status != NodeStatus::NotSent
                                   ? snapshot.request->sha256Hex
                                   : QByteArray();
        for (NodeMatch& m : result.matches) {
            m.nodeName = snapshot.node.name;
        }
        if (result.status == NodeStatus::Ok && ranker) {
            try {
                ranker->rescore(patient, result.matches);
            } catch (const std::exception& e) {
                qCWarning(lcNet) << "local re-scoring failed for" << snapshot.node.name << e.what();
            }
        } else {
            LocalRanker::sort(result.matches);
        }
        j.saveMatches = options.saveResults && result.status == NodeStatus::Ok;
        j.audit = auditEntry(snapshot, result, patient.rowId, pseudonym, options.test);
        j.result = std::move(result);
    };
    m_tickets.insert(job.ticket, index);
    m_recorder->record(std::move(job));
}

void FederatedQuery::onRecorded(quint64 ticket, const NodeResult& result)
{
    const auto it = m_tickets.constFind(ticket);
    if (it == m_tickets.constEnd()) {
        return; // another query's write
    }
    const int index = it.value();
    m_tickets.erase(it);
    if (index < m_nodes.size()) {
        report(index, result);
    }
}

void FederatedQuery::report(int index, const NodeResult& result)
{
    const auto state = m_nodes[index];
    state->result = result;
    state->reported = true;
    emit nodeFinished(state->node.name, result);
    checkFinished();
}

AuditEntry FederatedQuery::auditEntry(const NodeState& state, const NodeResult& result, qint64 patientRowId,
                                      const QString& pseudonym, bool test)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.action = QStringLiteral("mme.match");
    e.patientRowId = patientRowId;
    e.pseudonym = pseudonym;
    e.destination = state.node.name + QStringLiteral(" <") + state.node.baseUrl.toString() + QLatin1Char('>');
    const bool sent = state.request.has_value() && result.status != NodeStatus::NotSent;
    if (sent) {
        e.payloadSha256 = state.request->sha256Hex;
        e.fieldsSent = state.request->fieldsSent;
    }
    QString outcome;
    switch (result.status) {
    case NodeStatus::Ok:
        outcome = QStringLiteral("ok %1 results").arg(result.matches.size());
        if (!result.dropped.isEmpty()) {
            outcome += QStringLiteral(", %1 dropped").arg(result.dropped.size());
        }
        break;
    case NodeStatus::Unauthorized:
    case NodeStatus::NotAcceptable:
    case NodeStatus::HttpError:
        outcome = QString::number(result.httpStatus) + QStringLiteral(" ") + result.message;
        break;
    case NodeStatus::NotSent:
        outcome = QStringLiteral("not sent: ") + result.message;
        break;
    default:
        outcome = NodeStatusCodes::toKey(result.status) + QStringLiteral(": ") + result.message;
        break;
    }
    if (test) {
        outcome += QStringLiteral(" (test)");
    }
    e.outcome = outcome.left(500);
    return e;
}

void FederatedQuery::checkFinished()
{
    for (const auto& s : std::as_const(m_nodes)) {
        if (!s->reported) {
            return;
        }
    }
    if (!m_running) {
        return;
    }
    m_running = false;
    m_elapsedAtFinish = m_timer.elapsed();
    qCInfo(lcNet) << "federated query finished in" << m_elapsedAtFinish << "ms";
    emit finished();
}

void FederatedQuery::cancel()
{
    if (!m_running) {
        return;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const auto s = m_nodes[i];
        if (s->done) {
            continue;
        }
        if (s->transferId) {
            m_transport->cancel(s->transferId);
        }
        NodeResult r = s->result;
        const bool sent = s->transferId != 0;
        r.status = sent ? NodeStatus::Cancelled : NodeStatus::NotSent;
        r.message = tr("cancelled by the user");
        r.latencyMs = m_timer.elapsed();
        completeNode(i, [r] { return r; });
    }
}

QList<NodeResult> FederatedQuery::run(const Patient& patient, const QList<Node>& nodes,
                                      const Options& options)
{
    QEventLoop loop;
    connect(this, &FederatedQuery::finished, &loop, &QEventLoop::quit);
    start(patient, nodes, options);
    if (m_running) {
        loop.exec();
    }
    return results();
}

QList<NodeResult> FederatedQuery::results() const
{
    QList<NodeResult> out;
    for (const auto& s : m_nodes) {
        out << s->result;
    }
    return out;
}

QList<NodeMatch> FederatedQuery::ranking() const
{
    QList<NodeMatch> all;
    for (const auto& s : m_nodes) {
        if (s->reported && s->result.status == NodeStatus::Ok) {
            all += s->result.matches;
        }
    }
    LocalRanker::sort(all);
    return all;
}

qint64 FederatedQuery::elapsedMs() const
{
    if (m_elapsedAtFinish >= 0) {
        return m_elapsedAtFinish;
    }
    return m_timer.isValid() ? m_timer.elapsed() : 0;
}
