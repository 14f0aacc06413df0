#include "NodeService.h"

#include "MmeMediaType.h"
#include "NodeLogging.h"
#include "core/BuildConfig.h"
#include "core/GeneCatalog.h"
#include "formats/FormatError.h"
#include "formats/MmePatientWriter.h"
#include "matching/GenotypeMatcher.h"
#include "matching/HpoOntology.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
enum class Endpoint
{
    Match,
    Heartbeat,
    Metrics,
    Unknown,
};

Endpoint route(const QString& basePath, QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (!path.startsWith(basePath)) {
        return Endpoint::Unknown;
    }
    const QStringView rest = QStringView(path).mid(basePath.size());
    if (rest == u"/match") {
        return Endpoint::Match;
    }
    if (rest == u"/heartbeat") {
        return Endpoint::Heartbeat;
    }
    if (rest == u"/metrics") {
        return Endpoint::Metrics;
    }
    return Endpoint::Unknown;
}

// Shares equal strings between cases (term ids, labels, genes, contacts repeat across thousands).
class StringPool
{
public:
    void intern(QString& s)
    {
        if (s.isEmpty()) {
            s = QString();
            return;
        }
        const auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd()) {
            s = *it;
        } else {
            m_pool.insert(s);
        }
    }

private:
    QSet<QString> m_pool;
};

// Keeps what matching and MmePatientWriter use; drops what never leaves the node or is not
// needed to answer (local label, notes of provenance, HGVS, timestamps).
void compact(Patient& p, StringPool& pool)
{
    p.label.clear();
    p.references.clear();
    p.source.clear();
    p.consent = {};
    p.created = {};
    p.modified = {};
    for (QString* s : {&p.contact.name, &p.contact.institution, &p.contact.href, &p.contact.email,
                       &p.ageOfOnsetId, &p.inheritanceModeId}) {
        pool.intern(*s);
    }
    for (QString& r : p.contact.roles) {
        pool.intern(r);
    }
    for (PhenotypeFeature& f : p.features) {
        f.onsetLabel.clear();
        for (QString* s : {&f.termId, &f.label, &f.onsetTermId}) {
            pool.intern(*s);
        }
    }
    for (Variant& v : p.variants) {
        v.hgvsC.clear();
        v.hgvsP.clear();
        v.hgvsG.clear();
        v.label.clear();
        for (QString* s : {&v.gene.hgncId, &v.gene.symbol, &v.gene.ensemblId, &v.gene.entrezId, &v.assembly,
                           &v.chromosome, &v.ref, &v.alt, &v.consequenceId, &v.consequenceLabel}) {
            pool.intern(*s);
        }
    }
    for (Disorder& d : p.disorders) {
        pool.intern(d.id);
        pool.intern(d.label);
    }
    p.features.squeeze();
    p.variants.squeeze();
    p.disorders.squeeze();
}
} // namespace

NodeService::NodeService(NodeConfig config, ClientRegistry clients,
                         std::shared_ptr<const HpoOntology> ontology,
                         std::shared_ptr<const InformationContent> ic,
                         std::shared_ptr<const GenePhenotypeProfiles> geneProfiles,
                         std::shared_ptr<const GeneCatalog> catalog, NodeMatchEngine::Options matchOptions)
    : m_config(std::move(config))
    , m_clients(std::move(clients))
    , m_ontology(std::move(ontology))
    , m_catalog(std::move(catalog))
    , m_parser(m_catalog.get(), m_ontology.get())
    , m_engine(m_ontology, std::move(ic), std::move(geneProfiles), matchOptions)
{}

NodeService::~NodeService() = default;

void NodeService::setCases(QList<Patient> cases, const QStringList& publicIds)
{
    Q_ASSERT(cases.size() == publicIds.size());
    m_publicIds = publicIds;
    m_caseByPublicId.clear();
    m_caseByLocalId.clear();
    const Contact defaultContact{m_config.contactName, {}, {}, m_config.contactHref, {}};

    StringPool pool;
    QSet<QString> submitters, genes, variants, features, featureSets;
    qint64 geneCount = 0, variantCount = 0, featureCount = 0, withDiagnosis = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        Patient& p = cases[i];
        m_caseByPublicId.insert(publicIds[i], int(i));
        m_caseByLocalId.insert(p.localId, int(i));
        for (const Variant& v : p.variants) {
            const QString key = GenotypeMatcher::geneKey(v.gene);
            if (!key.isEmpty()) {
                genes.insert(key);
                ++geneCount;
            }
            if (v.hasCoordinates()) {
                ++variantCount;
                variants.insert(v.assembly + QLatin1Char(':') + v.chromosome + QLatin1Char(':') +
                                QString::number(v.position) + QLatin1Char(':') + v.ref + QLatin1Char('>') +
                                v.alt);
            }
        }
        QStringList observed;
        for (const PhenotypeFeature& f : p.features) {
            if (!f.excluded) {
                ++featureCount;
                features.insert(f.termId);
                observed << f.termId;
            }
        }
        if (!observed.isEmpty()) {
            observed.sort();
            observed.removeDuplicates();
            featureSets.insert(observed.join(QLatin1Char(',')));
        }
        bool diagnosed = false;
        for (const Disorder& d : p.disorders) {
            diagnosed = diagnosed || !d.excluded;
        }
        withDiagnosis += diagnosed ? 1 : 0;
        const Contact& c = p.contact.name.isEmpty() ? defaultContact : p.contact;
        submitters.insert(c.name + QLatin1Char('\n') + c.institution);
        compact(p, pool);
    }
    m_storeMetrics = QJsonObject{
        {QStringLiteral("numberOfCases"), double(cases.size())},
        {QStringLiteral("numberOfSubmitters"), double(submitters.size())},
        {QStringLiteral("numberOfGenes"), double(geneCount)},
        {QStringLiteral("numberOfUniqueGenes"), double(genes.size())},
        {QStringLiteral("numberOfVariants"), double(variantCount)},
        {QStringLiteral("numberOfUniqueVariants"), double(variants.size())},
        {QStringLiteral("numberOfFeatures"), double(featureCount)},
        {QStringLiteral("numberOfUniqueFeatures"), double(features.size())},
        {QStringLiteral("numberOfFeatureSets"), double(featureSets.size())},
        {QStringLiteral("numberOfCasesWithDiagnosis"), double(withDiagnosis)},
    };
    m_engine.build(std::move(cases));
}

void NodeService::setCounters(qint64 requests, qint64 potentialMatches, const QStringList& genesMatched)
{
    QMutexLocker lock(&m_counterMutex);
    m_requests = requests;
    m_potentialMatches = potentialMatches;
    m_genesMatched = QSet<QString>(genesMatched.begin(), genesMatched.end());
}

void NodeService::recordMatch(const NodeResponse& r)
{
    if (r.endpoint != QLatin1String("match") || r.status != 200 || r.test) {
        return;
    }
    QMutexLocker lock(&m_counterMutex);
    ++m_requests;
    m_potentialMatches += r.resultCount;
    for (const QString& g : r.matchedGenes) {
        m_genesMatched.insert(g);
    }
}

NodeService::Counters NodeService::counters() const
{
    QMutexLocker lock(&m_counterMutex);
    QStringList genes(m_genesMatched.begin(), m_genesMatched.end());
    genes.sort();
    return Counters{m_requests, m_potentialMatches, genes};
}

QByteArray NodeService::errorBody(const QString& message, const QJsonObject& extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("message"), message);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

NodeResponse NodeService::error(int status, const QString& message, const QJsonObject& extra) const
{
    NodeResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = errorBody(message, extra);
    return r;
}

NodeResponse NodeService::handle(const NodeRequest& request) const
{
    const Endpoint endpoint = route(m_config.basePath, request.path);
    if (endpoint == Endpoint::Unknown) {
        return error(
            404, NodeService::tr("no such resource; the node serves %1/match, %1/heartbeat and %1/metrics")
                     .arg(m_config.basePath));
    }
    const bool isMatch = endpoint == Endpoint::Match;
    const QByteArray allowed = isMatch ? "POST" : "GET";
    if (request.method != allowed) {
        NodeResponse r =
            error(405, NodeService::tr("method %1 not allowed; use %2")
                           .arg(QString::fromLatin1(request.method), QString::fromLatin1(allowed)));
        r.allow = allowed;
        return r;
    }
    const std::optional<QString> client = m_clients.authenticate(request.token);
    if (!client) {
        return error(401, request.token.isEmpty() ? NodeService::tr("missing X-Auth-Token")
                                                  : NodeService::tr("invalid X-Auth-Token"));
    }
    NodeResponse r = endpoint == Endpoint::Match       ? match(request)
                     : endpoint == Endpoint::Heartbeat ? heartbeat(request)
                                                       : metrics(request);
    r.client = *client;
    return r;
}

NodeResponse NodeService::match(const NodeRequest& request) const
{
    using MmeMediaType::Negotiation;
    const Negotiation n = MmeMediaType::negotiateMatch(request.contentType, request.accept);
    if (n.result == Negotiation::Result::UnsupportedMediaType) {
        NodeResponse r = error(415, n.message);
        r.endpoint = QStringLiteral("match");
        return r;
    }
    if (n.result == Negotiation::Result::NotAcceptable) {
        NodeResponse r = error(406, n.message,
                               {{QStringLiteral("supportedVersions"),
                                 QJsonArray::fromStringList(MmeMediaType::supportedVersions())}});
        r.contentType = MmeMediaType::mediaType(MmeMediaType::latest());
        r.endpoint = QStringLiteral("match");
        return r;
    }
    if (request.body.size() > m_config.maxBodyBytes) {
        NodeResponse r =
            error(413, NodeService::tr("request body larger than %1 bytes").arg(m_config.maxBodyBytes));
        r.endpoint = QStringLiteral("match");
        return r;
    }
    const NodeRequestParser::Result q = m_parser.parse(request.body);
    if (!q.ok()) {
        NodeResponse r =
            error(q.status, q.message,
                  q.field.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("field"), q.field}});
        r.endpoint = QStringLiteral("match");
        return r;
    }
    // Never answer with the query's own record (by the id the network sees, or the id it was
    // imported under).
    const int own = m_caseByPublicId.value(q.patientId, -1);
    const int ownLocal = m_caseByLocalId.value(q.patientId, -1);
    const QList<NodeMatchEngine::Scored> hits =
        m_engine.topMatches(q.patient, m_config.maxResults, m_config.minScore,
                            [own, ownLocal](int c) { return c == own || c == ownLocal; });

    NodeResponse r;
    r.endpoint = QStringLiteral("match");
    r.test = q.test;
    QJsonArray results;
    QSet<QString> matched;
    MmeWriteOptions writeOptions;
    writeOptions.geneCatalog = m_catalog.get();
    for (const NodeMatchEngine::Scored& s : hits) {
        // The MME patient object is written now, for the returned cases only.
        QJsonObject patient;
        try {
            const Patient& stored = m_engine.patient(s.caseIndex);
            if (stored.contact.name.isEmpty() || stored.contact.href.isEmpty()) {
                Patient withContact = stored;
                withContact.contact = Contact{m_config.contactName, {}, {}, m_config.contactHref, {}};
                patient = MmePatientWriter::toJson(withContact, m_publicIds[s.caseIndex], writeOptions);
            } else {
                patient = MmePatientWriter::toJson(stored, m_publicIds[s.caseIndex], writeOptions);
            }
        } catch (const FormatError& e) {
            qCWarning(lcNode).noquote()
                << "case" << m_publicIds[s.caseIndex] << "left out of a response:" << e.message();
            continue;
        }
        const QJsonObject score{{QStringLiteral("patient"), s.score},
                                {QStringLiteral("_genotypeScore"), s.genotypeScore},
                                {QStringLiteral("_phenotypeScore"), s.phenotypeScore}};
        results.append(QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("patient"), patient}});
        for (const QString& g : s.sharedGenes) {
            matched.insert(g);
        }
    }
    r.matchedGenes = QStringList(matched.begin(), matched.end());
    r.resultCount = int(results.size());
    QJsonObject body{{QStringLiteral("results"), results}};
    if (!m_config.disclaimer.isEmpty()) {
        body.insert(QStringLiteral("disclaimer"), m_config.disclaimer);
    }
    r.contentType = MmeMediaType::mediaType(n.version);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

NodeResponse NodeService::heartbeat(const NodeRequest& request) const
{
    using MmeMediaType::Negotiation;
    const Negotiation n = MmeMediaType::negotiateGet(request.accept);
    NodeResponse r;
    r.endpoint = QStringLiteral("heartbeat");
    if (n.result != Negotiation::Result::Ok) {
        r = error(406, n.message,
                  {{QStringLiteral("supportedVersions"),
                    QJsonArray::fromStringList(MmeMediaType::supportedVersions())}});
        r.endpoint = QStringLiteral("heartbeat");
        return r;
    }
    QJsonObject body{{QStringLiteral("heartbeat"),
                      QJsonObject{{QStringLiteral("production"), m_config.production},
                                  {QStringLiteral("version"), QStringLiteral(MATCHDESK_VERSION)},
                                  {QStringLiteral("accept"),
                                   QJsonArray::fromStringList(MmeMediaType::supportedMediaTypes())}}}};
    if (!m_config.disclaimer.isEmpty()) {
        body.insert(QStringLiteral("disclaimer"), m_config.disclaimer);
    }
    r.contentType = MmeMediaType::mediaType(n.version);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

NodeResponse NodeService::metrics(const NodeRequest& request) const
{
    using MmeMediaType::Negotiation;
    const Negotiation n = MmeMediaType::negotiateGet(request.accept);
    NodeResponse r;
    r.endpoint = QStringLiteral("metrics");
    if (n.result != Negotiation::Result::Ok) {
        r = error(406, n.message,
                  {{QStringLiteral("supportedVersions"),
                    QJsonArray::fromStringList(MmeMediaType::supportedVersions())}});
        r.endpoint = QStringLiteral("metrics");
        return r;
    }
    QJsonObject m = m_storeMetrics;
    const Counters c = counters();
    m.insert(QStringLiteral("numberOfUniqueGenesMatched"), double(c.genesMatched.size()));
    m.insert(QStringLiteral("numberOfRequestsReceived"), double(c.requests));
    m.insert(QStringLiteral("numberOfPotentialMatchesSent"), double(c.potentialMatches));
    m.insert(QStringLiteral("dateGenerated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QJsonObject body{{QStringLiteral("metrics"), m}};
    if (!m_config.disclaimer.isEmpty()) {
        body.insert(QStringLiteral("disclaimer"), m_config.disclaimer);
    }
    r.contentType = MmeMediaType::mediaType(n.version);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}
