// Integration tests: the real matchdesk-node process on a free loopback port, over HTTP and HTTPS.
#include "HttpRequest.h"
#include "NodeProcess.h"
#include "ProcessRunner.h"
#include "TemporaryProfile.h"
#include "TestConfig.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {
const QByteArray kV10 = "application/vnd.ga4gh.matchmaker.v1.0+json";
const QByteArray kV11 = "application/vnd.ga4gh.matchmaker.v1.1+json";

QJsonArray fhsPatients()
{
    QFile f(QStringLiteral(MATCHDESK_TEST_SPEC_DIR "/mme/fhs.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).array();
}

QByteArray requestFor(QJsonObject patient)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("patient"), patient}}).toJson(QJsonDocument::Compact);
}

bool matches(const char* pattern, const QString& s)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(s).hasMatch();
}

// Checks an MME patient object against search-api.md (written from the spec text, independent of
// the node's own parser). Returns the first violation or an empty string.
QString checkPatient(const QJsonObject& p)
{
    if (!p.value(QStringLiteral("id")).isString() || p.value(QStringLiteral("id")).toString().isEmpty() ||
        p.value(QStringLiteral("id")).toString().toUtf8().size() > 255) {
        return QStringLiteral("id");
    }
    const QJsonObject c = p.value(QStringLiteral("contact")).toObject();
    if (c.value(QStringLiteral("name")).toString().isEmpty()) {
        return QStringLiteral("contact.name");
    }
    if (!matches("^[a-z]+:\\S+$", c.value(QStringLiteral("href")).toString())) {
        return QStringLiteral("contact.href");
    }
    if (p.contains(QStringLiteral("sex")) &&
        !QStringList{QStringLiteral("FEMALE"), QStringLiteral("MALE"), QStringLiteral("OTHER"),
                     QStringLiteral("MIXED_SAMPLE"), QStringLiteral("NOT_APPLICABLE")}
             .contains(p.value(QStringLiteral("sex")).toString())) {
        return QStringLiteral("sex");
    }
    if (p.contains(QStringLiteral("species")) &&
        !matches("^NCBITaxon:\\d+$", p.value(QStringLiteral("species")).toString())) {
        return QStringLiteral("species");
    }
    const QJsonArray features = p.value(QStringLiteral("features")).toArray();
    const QJsonArray genomic = p.value(QStringLiteral("genomicFeatures")).toArray();
    if (features.isEmpty() && genomic.isEmpty()) {
        return QStringLiteral("features/genomicFeatures");
    }
    for (const QJsonValue& v : features) {
        const QJsonObject f = v.toObject();
        if (!matches("^HP:\\d{7}$", f.value(QStringLiteral("id")).toString())) {
            return QStringLiteral("features[].id");
        }
        if (f.contains(QStringLiteral("observed")) &&
            f.value(QStringLiteral("observed")) != QLatin1String("yes") &&
            f.value(QStringLiteral("observed")) != QLatin1String("no")) {
            return QStringLiteral("features[].observed");
        }
    }
    for (const QJsonValue& v : genomic) {
        const QJsonObject g = v.toObject();
        if (g.value(QStringLiteral("gene")).toObject().value(QStringLiteral("id")).toString().isEmpty()) {
            return QStringLiteral("genomicFeatures[].gene.id");
        }
        if (g.contains(QStringLiteral("variant"))) {
            const QJsonObject var = g.value(QStringLiteral("variant")).toObject();
            if (!matches("^(NCBI36|GRCh37|GRCh38)(\\.p\\d+)?$",
                         var.value(QStringLiteral("assembly")).toString()) ||
                !matches("^([1-9]|1\\d|2[0-2]|X|Y)$",
                         var.value(QStringLiteral("referenceName")).toString()) ||
                !var.value(QStringLiteral("start")).isDouble() ||
                var.value(QStringLiteral("start")).toDouble() < 0) {
                return QStringLiteral("genomicFeatures[].variant");
            }
        }
        if (g.contains(QStringLiteral("zygosity"))) {
            const int z = g.value(QStringLiteral("zygosity")).toInt();
            if (z != 1 && z != 2) {
                return QStringLiteral("genomicFeatures[].zygosity");
            }
        }
    }
    return {};
}

// The response shape of search-api.md "Search Results Response".
QString checkResponse(const QJsonObject& body, int maxResults, const QString& queryId)
{
    if (!body.value(QStringLiteral("results")).isArray()) {
        return QStringLiteral("results missing");
    }
    const QJsonArray results = body.value(QStringLiteral("results")).toArray();
    if (results.size() > maxResults) {
        return QStringLiteral("too many results");
    }
    double previous = 2;
    for (const QJsonValue& v : results) {
        const QJsonObject r = v.toObject();
        const QJsonObject score = r.value(QStringLiteral("score")).toObject();
        if (!score.value(QStringLiteral("patient")).isDouble()) {
            return QStringLiteral("score.patient missing");
        }
        const double s = score.value(QStringLiteral("patient")).toDouble();
        if (s < 0 || s > 1 || s > previous) {
            return QStringLiteral("score out of range or unsorted");
        }
        previous = s;
        for (const char* key : {"_genotypeScore", "_phenotypeScore"}) {
            const double part = score.value(QLatin1String(key)).toDouble(-1);
            if (part < 0 || part > 1) {
                return QStringLiteral("score.%1").arg(QLatin1String(key));
            }
        }
        const QJsonObject patient = r.value(QStringLiteral("patient")).toObject();
        if (patient.value(QStringLiteral("id")).toString() == queryId) {
            return QStringLiteral("own id returned");
        }
        const QString problem = checkPatient(patient);
        if (!problem.isEmpty()) {
            return QStringLiteral("result patient: ") + problem;
        }
    }
    return {};
}

// Raw TCP: send bytes, read until the peer closes or the timeout passes.
QByteArray rawExchange(quint16 port, const QByteArray& data, int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000)) {
        return {};
    }
    s.write(data);
    s.waitForBytesWritten(5000);
    QByteArray in;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && s.state() == QAbstractSocket::ConnectedState) {
        if (s.waitForReadyRead(100)) {
            in += s.readAll();
            if (in.contains("\r\n\r\n") && in.contains("}")) {
                break;
            }
        }
    }
    in += s.readAll();
    return in;
}
} // namespace

class TestNodeServer : public QObject
{
    Q_OBJECT

private:
    TemporaryProfile m_profile;
    QByteArray m_token;
    QString m_clients;
    QString m_db;
    QJsonArray m_fhs;

    QList<QPair<QByteArray, QByteArray>> mmeHeaders(const QByteArray& contentType = kV10,
                                                    const QByteArray& accept = kV10,
                                                    const QByteArray& token = {}) const
    {
        return {{"X-Auth-Token", token.isEmpty() ? m_token : token},
                {"Content-Type", contentType},
                {"Accept", accept}};
    }

    QStringList serveArgs(const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("--db"),      m_db,
                           QStringLiteral("--clients"), m_clients,
                           QStringLiteral("--listen"),  QStringLiteral("127.0.0.1:0")} +
               extra;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        m_fhs = fhsPatients();
        QCOMPARE(m_fhs.size(), 5);
        m_clients = m_profile.filePath(QStringLiteral("clients.json"));
        m_db = m_profile.filePath(QStringLiteral("node.sqlite"));
        const auto added =
            ProcessRunner::run(QStringLiteral("matchdesk-node"),
                               {QStringLiteral("add-client"), QStringLiteral("--clients"), m_clients,
                                QStringLiteral("--name"), QStringLiteral("test-client")});
        QCOMPARE(added.exitCode, 0);
        m_token = added.out.trimmed();
        QVERIFY(matches("^[0-9a-f]{40}$", QString::fromLatin1(m_token)));
        QFile clients(m_clients);
        QVERIFY(clients.open(QIODevice::ReadOnly));
        const QByteArray stored = clients.readAll();
        QVERIFY2(!stored.contains(m_token), "the clients file must not hold the token");
        QVERIFY(stored.contains(QCryptographicHash::hash(m_token, QCryptographicHash::Sha256).toHex()));

        const auto imported = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                                 {QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                                  QStringLiteral(MATCHDESK_TEST_SPEC_DIR "/mme/fhs.json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void statusCodes()
    {
        NodeProcess node;
        QVERIFY2(node.start(serveArgs({QStringLiteral("--base-path"), QStringLiteral("/mme/"),
                                       QStringLiteral("--max-results"), QStringLiteral("3"),
                                       QStringLiteral("--disclaimer"), QStringLiteral("Test data only.")})),
                 node.errorOutput().constData());
        QVERIFY(node.errorOutput().contains("plain HTTP"));
        const QUrl match = QUrl(node.url().toString() + QStringLiteral("/match"));
        QJsonObject query = m_fhs[1].toObject();
        const QString queryId = query.value(QStringLiteral("id")).toString();

        // 200: conformant response, at most 3 results, never the query's own id, disclaimer.
        HttpResult r = httpRequest("POST", match, mmeHeaders(), requestFor(query));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, kV10);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(checkResponse(body, 3, queryId), QString());
        QVERIFY(!body.value(QStringLiteral("results")).toArray().isEmpty());
        QCOMPARE(body.value(QStringLiteral("disclaimer")).toString(), QStringLiteral("Test data only."));
        // Trailing slash and versioning: 1.1 answered in 1.1, 1.2 in the compatible 1.1.
        r = httpRequest("POST", QUrl(match.toString() + QLatin1Char('/')), mmeHeaders(kV11, kV11),
                        requestFor(query));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, kV11);
        r = httpRequest("POST", match, mmeHeaders("application/vnd.ga4gh.matchmaker.v1.2+json", {}),
                        requestFor(query));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, kV11);
        r = httpRequest("POST", match, mmeHeaders(kV11, kV10), requestFor(query));
        QCOMPARE(r.contentType, kV10);

        // 401
        r = httpRequest("POST", match, {{"Content-Type", kV10}, {"Accept", kV10}}, requestFor(query));
        QCOMPARE(r.status, 401);
        QVERIFY(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("message")));
        r = httpRequest("POST", match, mmeHeaders(kV10, kV10, "0123456789abcdef0123456789abcdef01234567"),
                        requestFor(query));
        QCOMPARE(r.status, 401);
        // 405
        r = httpRequest("GET", match, mmeHeaders());
        QCOMPARE(r.status, 405);
        // 415
        r = httpRequest("POST", match, {{"X-Auth-Token", m_token}}, requestFor(query));
        QCOMPARE(r.status, 415);
        r = httpRequest("POST", match, mmeHeaders("application/json", kV10), requestFor(query));
        QCOMPARE(r.status, 415);
        // 406 with supportedVersions and the latest version in Content-Type
        r = httpRequest("POST", match, mmeHeaders("application/vnd.ga4gh.matchmaker.v2.0+json", {}),
                        requestFor(query));
        QCOMPARE(r.status, 406);
        QCOMPARE(r.contentType, kV11);
        const QJsonArray versions =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("supportedVersions")).toArray();
        QVERIFY(versions.contains(QStringLiteral("1.0")) && versions.contains(QStringLiteral("1.1")));
        r = httpRequest("POST", match, mmeHeaders(kV10, "application/vnd.ga4gh.matchmaker.v3.0+json"),
                        requestFor(query));
        QCOMPARE(r.status, 406);
        // 400
        r = httpRequest("POST", match, mmeHeaders(), "{\"patient\": {");
        QCOMPARE(r.status, 400);
        QVERIFY(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("message")));
        // 422, each naming the field
        const auto expect422 = [&](QJsonObject patient, const QString& field) {
            const HttpResult e = httpRequest("POST", match, mmeHeaders(), requestFor(patient));
            QCOMPARE(e.status, 422);
            const QString message =
                QJsonDocument::fromJson(e.body).object().value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(field), qPrintable(message));
        };
        QJsonObject p = query;
        p.remove(QStringLiteral("id"));
        expect422(p, QStringLiteral("patient.id"));
        p = query;
        p.remove(QStringLiteral("contact"));
        expect422(p, QStringLiteral("patient.contact"));
        p = query;
        p.remove(QStringLiteral("features"));
        p.remove(QStringLiteral("genomicFeatures"));
        {
            // The constraint is on the patient object, and the message names both fields.
            const HttpResult e = httpRequest("POST", match, mmeHeaders(), requestFor(p));
            QCOMPARE(e.status, 422);
            const QJsonObject error = QJsonDocument::fromJson(e.body).object();
            QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("patient"));
            const QString message = error.value(QStringLiteral("message")).toString();
            QVERIFY2(message.startsWith(QStringLiteral("patient: ")) &&
                         message.contains(QStringLiteral("features")) &&
                         message.contains(QStringLiteral("genomicFeatures")),
                     qPrintable(message));
        }
        p = query;
        p.insert(QStringLiteral("features"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("HP:12")}}});
        expect422(p, QStringLiteral("patient.features[0].id"));
        p = query;
        p.insert(
            QStringLiteral("genomicFeatures"),
            QJsonArray{QJsonObject{{QStringLiteral("gene"),
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("NOT A GENE!")}}}}});
        expect422(p, QStringLiteral("patient.genomicFeatures[0].gene.id"));
        p = query;
        p.insert(QStringLiteral("genomicFeatures"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), QStringLiteral("SRCAP")}}},
                     {QStringLiteral("variant"),
                      QJsonObject{{QStringLiteral("assembly"), QStringLiteral("GRCh37")},
                                  {QStringLiteral("referenceName"), QStringLiteral("chr16")},
                                  {QStringLiteral("start"), -5}}}}});
        expect422(p, QStringLiteral("patient.genomicFeatures[0].variant.referenceName"));
        // 404
        r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/nothing")), mmeHeaders());
        QCOMPARE(r.status, 404);
        // heartbeat, metrics
        r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/heartbeat")),
                        {{"X-Auth-Token", m_token}});
        QCOMPARE(r.status, 200);
        const QJsonObject hb =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("heartbeat")).toObject();
        QCOMPARE(hb.value(QStringLiteral("production")).toBool(true), false);
        QVERIFY(hb.value(QStringLiteral("accept")).toArray().contains(QString::fromLatin1(kV11)));
        QVERIFY(!hb.value(QStringLiteral("version")).toString().isEmpty());
        r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/heartbeat")), {});
        QCOMPARE(r.status, 401);
        r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/metrics")),
                        {{"X-Auth-Token", m_token}});
        QCOMPARE(r.status, 200);
        const QJsonObject metrics =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("numberOfCases")).toInt(), 5);
        QCOMPARE(metrics.value(QStringLiteral("numberOfRequestsReceived")).toInt(),
                 0); // all queries were tests
        QCOMPARE(node.stop(), 0);
        QVERIFY2(!node.errorOutput().contains(m_token), "the token must never be logged");
    }

    void sizeLimitAndTimeouts()
    {
        NodeProcess node;
        QVERIFY(node.start(serveArgs({QStringLiteral("--max-body"), QStringLiteral("4096"),
                                      QStringLiteral("--request-timeout"), QStringLiteral("1")})));
        const QUrl match = QUrl(node.url().toString() + QStringLiteral("/match"));
        // Over the limit with Content-Length: 413.
        QJsonObject big = m_fhs[0].toObject();
        big.insert(QStringLiteral("label"), QString(5000, QLatin1Char('x')));
        HttpResult r = httpRequest("POST", match, mmeHeaders(), requestFor(big));
        QCOMPARE(r.status, 413);
        // Declared 10 MiB but only a few bytes sent: the 413 comes without the rest being read.
        const quint16 port = quint16(node.url().port());
        QByteArray head = "POST /mme/match HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: " + m_token +
                          "\r\nContent-Type: " + kV10 + "\r\nContent-Length: 10485760\r\n\r\n{\"patient\":";
        QByteArray answer = rawExchange(port, head, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("\"message\""));
        // Chunked body growing over the limit: 413 as well.
        QByteArray chunked = "POST /mme/match HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + kV10 +
                             "\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 4; ++i) {
            chunked += "800\r\n" + QByteArray(2048, ' ') + "\r\n";
        }
        answer = rawExchange(port, chunked, 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        // Incomplete request: 408 after the request timeout.
        answer = rawExchange(
            port, "POST /mme/match HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{", 8000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        // The node still serves.
        r = httpRequest("POST", match, mmeHeaders(), requestFor(m_fhs[0].toObject()));
        QCOMPARE(r.status, 200);
        QCOMPARE(node.stop(), 0);
    }

    void concurrentClients()
    {
        NodeProcess node;
        QVERIFY(node.start(serveArgs()));
        const QUrl match = QUrl(node.url().toString() + QStringLiteral("/match"));
        constexpr int kClients = 32;
        constexpr int kPerClient = 4;
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        int done = 0, ok = 0;
        QEventLoop loop;
        std::function<void(int, int)> send = [&](int client, int n) {
            QNetworkRequest req(match);
            req.setRawHeader("X-Auth-Token", m_token);
            req.setRawHeader("Content-Type", kV10);
            req.setRawHeader("Accept", kV10);
            QNetworkReply* reply =
                nams[size_t(client)]->post(req, requestFor(m_fhs[(client + n) % 5].toObject()));
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client, n] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
                if (status == 200 && reply->error() == QNetworkReply::NoError &&
                    body.contains(QStringLiteral("results"))) {
                    ++ok;
                }
                reply->deleteLater();
                ++done;
                if (n + 1 < kPerClient) {
                    send(client, n + 1);
                } else if (done == kClients * kPerClient) {
                    loop.quit();
                }
            });
        };
        for (int c = 0; c < kClients; ++c) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            send(c, 0);
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(done, kClients * kPerClient);
        QCOMPARE(ok, kClients * kPerClient);
        QCOMPARE(node.stop(), 0);
    }

    void tls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            QSKIP("the openssl command line tool is not installed");
        }
        const QString dir = m_profile.dir();
        const auto run = [&](const QStringList& args) {
            const auto r = ProcessRunner::run(openssl, args, 60000);
            return r.exitCode == 0;
        };
        const QString ca = dir + QStringLiteral("/ca.pem"), caKey = dir + QStringLiteral("/ca.key");
        const QString cert = dir + QStringLiteral("/server.pem"), key = dir + QStringLiteral("/server.key");
        const QString csr = dir + QStringLiteral("/server.csr"), ext = dir + QStringLiteral("/ext.cnf");
        QFile extFile(ext);
        QVERIFY(extFile.open(QIODevice::WriteOnly));
        extFile.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
        extFile.close();
        QVERIFY(run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
                     QStringLiteral("-out"), ca, QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=MatchDesk Test CA")}));
        QVERIFY(run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr,
                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                     QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey,
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), cert, QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), ext}));

        NodeProcess node;
        QVERIFY2(
            node.start(serveArgs({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key})),
            node.errorOutput().constData());
        QCOMPARE(node.url().scheme(), QStringLiteral("https"));
        const QUrl match = QUrl(node.url().toString() + QStringLiteral("/match"));
        const QList<QSslCertificate> trust = QSslCertificate::fromPath(ca);
        QCOMPARE(trust.size(), 1);
        HttpResult r = httpRequest("POST", match, mmeHeaders(), requestFor(m_fhs[2].toObject()), trust);
        QVERIFY2(r.status == 200, qPrintable(r.errorString));
        QCOMPARE(checkResponse(QJsonDocument::fromJson(r.body).object(), 10,
                               m_fhs[2].toObject().value(QStringLiteral("id")).toString()),
                 QString());
        r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/heartbeat")),
                        {{"X-Auth-Token", "wrong"}}, {}, trust);
        QCOMPARE(r.status, 401);
        // Without the test CA the client refuses the certificate.
        r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/heartbeat")),
                        {{"X-Auth-Token", m_token}});
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(node.stop(), 0);
    }

    void plainHttpOnlyOnLoopback()
    {
        const auto r = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                          {QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--clients"), m_clients, QStringLiteral("--listen"),
                                           QStringLiteral("0.0.0.0:0")},
                                          30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("loopback"));
    }

    void restartKeepsCasesClientsAndCounters()
    {
        QJsonObject query = m_fhs[3].toObject();
        query.remove(QStringLiteral("test")); // a real query: counted in the metrics
        query.insert(QStringLiteral("id"), QStringLiteral("remote-case-1"));
        int results = 0;
        {
            NodeProcess node;
            QVERIFY(node.start(serveArgs()));
            const HttpResult r = httpRequest("POST", QUrl(node.url().toString() + QStringLiteral("/match")),
                                             mmeHeaders(), requestFor(query));
            QCOMPARE(r.status, 200);
            results = int(
                QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray().size());
            QVERIFY(results > 0);
            QCOMPARE(node.stop(), 0);
        }
        NodeProcess node;
        QVERIFY(node.start(serveArgs()));
        const HttpResult r = httpRequest("GET", QUrl(node.url().toString() + QStringLiteral("/metrics")),
                                         {{"X-Auth-Token", m_token}});
        QCOMPARE(r.status, 200);
        const QJsonObject metrics =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("numberOfCases")).toInt(), 5);
        QCOMPARE(metrics.value(QStringLiteral("numberOfRequestsReceived")).toInt(), 1);
        QCOMPARE(metrics.value(QStringLiteral("numberOfPotentialMatchesSent")).toInt(), results);
        QCOMPARE(node.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeServer)
#include "TestNodeServer.moc"
