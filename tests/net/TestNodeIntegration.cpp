// Federated queries against real matchdesk-node processes on loopback, over TLS with a generated
// test CA: a good node, a node rejecting our token (401), a node with an expired certificate, one
// with a certificate for another host, a pinned key that does not match, and a node that is down.
// Slow, hung, malformed and oversized answers are covered against HostileServer in
// TestFederatedQuery (the node does not misbehave on purpose).

#include "NodeProcess.h"
#include "ProcessRunner.h"
#include "TemporaryProfile.h"
#include "TestCertificates.h"
#include "TestConfig.h"
#include "core/MemorySecretStore.h"
#include "core/Pseudonymizer.h"
#include "core/Store.h"
#include "net/FederatedQuery.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <memory>

class TestNodeIntegration : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    TemporaryProfile m_nodeDir;
    QByteArray m_token;
    QList<std::shared_ptr<NodeProcess>> m_nodes;

    // A node serving with the given certificate; returns its URL with the host name the
    // certificate names, or an empty URL when it did not start.
    QUrl serve(const QString& cert)
    {
        auto node = std::make_shared<NodeProcess>();
        if (!node->start({QStringLiteral("--db"), m_nodeDir.filePath(QStringLiteral("node.sqlite")),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--clients"), m_nodeDir.filePath(QStringLiteral("clients.json")),
                          QStringLiteral("--tls-cert"), m_certs.path(cert + QStringLiteral(".pem")),
                          QStringLiteral("--tls-key"), m_certs.serverKey(), QStringLiteral("--disclaimer"),
                          QStringLiteral("Test node disclaimer")})) {
            qWarning() << "node did not start:" << node->errorOutput();
            return {};
        }
        m_nodes << node;
        QUrl url = node->url();
        url.setHost(QStringLiteral("localhost"));
        return url;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(ProcessRunner::executable(QStringLiteral("matchdesk-node")))) {
            QSKIP("matchdesk-node is not built");
        }
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        const auto imported =
            ProcessRunner::run(QStringLiteral("matchdesk-node"),
                               {QStringLiteral("import"), QStringLiteral("--db"),
                                m_nodeDir.filePath(QStringLiteral("node.sqlite")),
                                QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/net/node-cases.json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto client = ProcessRunner::run(QStringLiteral("matchdesk-node"),
                                               {QStringLiteral("add-client"), QStringLiteral("--clients"),
                                                m_nodeDir.filePath(QStringLiteral("clients.json")),
                                                QStringLiteral("--name"), QStringLiteral("matchdesk-test")});
        QVERIFY2(client.exitCode == 0, client.err.constData());
        const auto m =
            QRegularExpression(QStringLiteral("([A-Za-z0-9_\\-]{20,})")).match(QString::fromUtf8(client.out));
        QVERIFY2(m.hasMatch(), client.out.constData());
        m_token = m.captured(1).toLatin1();
    }

    void cleanupTestCase()
    {
        for (const auto& n : std::as_const(m_nodes)) {
            n->stop();
        }
    }

    void federatedQueryOverTls()
    {
        const auto good = serve(QStringLiteral("server"));
        const auto expired = serve(QStringLiteral("expired"));
        const auto wrongHost = serve(QStringLiteral("wronghost"));
        QVERIFY(good.isValid() && expired.isValid() && wrongHost.isValid());
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }

        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        MemorySecretStore secrets;
        auto addNode = [&](const QString& name, const QUrl& url, const QByteArray& token,
                           const QString& pin = {}) {
            Node n;
            n.name = name;
            n.baseUrl = url;
            n.caBundlePath = m_certs.caCert();
            n.pinnedPublicKey = pin;
            n.totalTimeoutMs = 10000;
            secrets.writeBlocking(n.keychainKey(), token);
            store.saveNode(n);
        };
        addNode(QStringLiteral("good"), good, m_token);
        addNode(QStringLiteral("good-pinned"), good, m_token, m_certs.serverPin());
        addNode(QStringLiteral("pin-mismatch"), good, m_token, m_certs.otherPin());
        addNode(QStringLiteral("bad-token"), good, "not-the-token");
        addNode(QStringLiteral("expired"), expired, m_token);
        addNode(QStringLiteral("wrong-host"), wrongHost, m_token);
        QUrl down = good;
        down.setPort(deadPort);
        addNode(QStringLiteral("down"), down, m_token);

        Patient p;
        p.localId = QStringLiteral("INT-001");
        p.label = QStringLiteral("integration patient");
        p.consent = {Consent::State::Granted, QDate(2026, 1, 2)};
        p.contact = {QStringLiteral("Dr Query"),
                     QStringLiteral("MatchDesk"),
                     QStringLiteral("query@example.org"),
                     QStringLiteral("mailto:query@example.org"),
                     {QStringLiteral("clinician")}};
        p.features = {{QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, {}, {}}};
        Variant v;
        v.gene = {
            QStringLiteral("HGNC:6636"), QStringLiteral("MCPH1"), QStringLiteral("ENSG00000147316"), {}};
        v.zygosity = Zygosity::Homozygous;
        p.variants = {v};
        store.savePatient(p);

        FederatedQuery query(&store, &secrets, nullptr);
        FederatedQuery::Options options;
        options.test = true;
        const QList<NodeResult> results = query.run(p, store.nodes(), options);
        QHash<QString, NodeResult> by;
        for (const NodeResult& r : results) {
            by.insert(r.nodeName, r);
        }
        QCOMPARE(by.size(), 7);
        QVERIFY2(by[QStringLiteral("good")].ok(), qPrintable(by[QStringLiteral("good")].summary()));
        QVERIFY(by[QStringLiteral("good")].matches.size() >= 2);
        QCOMPARE(by[QStringLiteral("good")].disclaimer, QStringLiteral("Test node disclaimer"));
        QVERIFY(by[QStringLiteral("good-pinned")].ok());
        QCOMPARE(by[QStringLiteral("pin-mismatch")].status, NodeStatus::TlsError);
        QCOMPARE(by[QStringLiteral("bad-token")].status, NodeStatus::Unauthorized);
        QCOMPARE(by[QStringLiteral("expired")].status, NodeStatus::TlsError);
        QCOMPARE(by[QStringLiteral("wrong-host")].status, NodeStatus::TlsError);
        QCOMPARE(by[QStringLiteral("down")].status, NodeStatus::ConnectionFailed);
        for (const NodeMatch& m : by[QStringLiteral("good")].matches) {
            QVERIFY(!m.remoteId.isEmpty());
            QVERIFY(m.record.value(QLatin1String("contact"))
                        .toObject()
                        .value(QLatin1String("name"))
                        .toString()
                        .startsWith(QStringLiteral("Dr Node")));
        }

        // Audit: one entry per node; stored results: good and good-pinned.
        const QList<AuditEntry> audit = store.auditEntries(p.rowId);
        QCOMPARE(audit.size(), 7);
        const QString pseudonym = Pseudonymizer::loadBlocking(secrets).pseudonym(p.localId);
        for (const AuditEntry& e : audit) {
            QCOMPARE(e.pseudonym, pseudonym);
            QCOMPARE(e.payloadSha256.size(), 64);
        }
        const QList<Match> stored = store.matches(p.rowId);
        QCOMPARE(stored.size(), 2 * by[QStringLiteral("good")].matches.size());
    }
};

QTEST_GUILESS_MAIN(TestNodeIntegration)
#include "TestNodeIntegration.moc"
