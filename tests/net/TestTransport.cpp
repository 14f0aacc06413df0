#include "HostileServer.h"
#include "TestCertificates.h"
#include "net/CurlTransport.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

namespace {

// Waits for one transport callback.
struct Waiter
{
    std::optional<HttpResponse> response;
    CurlTransport::Callback callback()
    {
        return [this](const HttpResponse& r) { response = r; };
    }
    bool wait(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return response.has_value(); }, ms);
    }
};

HostileServer::Reply jsonReply(const QByteArray& body, int status = 200)
{
    HostileServer::Reply r;
    r.status = status;
    r.body = body;
    return r;
}

HttpRequest get(const QUrl& base, const QString& path)
{
    HttpRequest r;
    r.url = base.resolved(QUrl(path));
    return r;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
    }

    void getAndPost()
    {
        HostileServer server([](const HostileServer::Request& req) {
            return jsonReply("{\"path\":\"" + req.path + "\",\"len\":" + QByteArray::number(req.body.size()) +
                             "}");
        });
        QVERIFY(server.listen());
        CurlTransport transport;
        QObject context;

        Waiter w1;
        HttpRequest r1 = get(server.baseUrl(), QStringLiteral("/heartbeat"));
        r1.addHeader("X-Auth-Token", "secret-token");
        transport.send(r1, &context, w1.callback());
        QVERIFY(w1.wait());
        QCOMPARE(w1.response->error, HttpResponse::Error::None);
        QCOMPARE(w1.response->status, 200);
        QCOMPARE(w1.response->body, QByteArray("{\"path\":\"/heartbeat\",\"len\":0}"));
        QCOMPARE(w1.response->contentType, QByteArray("application/vnd.ga4gh.matchmaker.v1.0+json"));

        Waiter w2;
        HttpRequest r2 = get(server.baseUrl(), QStringLiteral("/match"));
        r2.method = "POST";
        r2.body = "{\"patient\":{}}";
        r2.addHeader("Content-Type", "application/vnd.ga4gh.matchmaker.v1.0+json");
        transport.send(r2, &context, w2.callback());
        QVERIFY(w2.wait());
        QCOMPARE(w2.response->status, 200);

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].headers.value("x-auth-token"), QByteArray("secret-token"));
        QCOMPARE(requests[1].method, QByteArray("POST"));
        QCOMPARE(requests[1].body, QByteArray("{\"patient\":{}}"));
        QVERIFY(!requests[1].headers.contains("expect"));
        // Keep-alive: both requests used one connection.
        QCOMPARE(server.connectionCount(), 1);
    }

    void httpRefusedExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://mme.example.org/api" << true;
        QTest::newRow("http remote") << "http://mme.example.org/api" << false;
        QTest::newRow("http 10.x") << "http://10.1.2.3/api" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080/" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/" << true;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
    }
    void httpRefusedExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString why;
        QCOMPARE(CurlTransport::isAllowedUrl(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
        if (!allowed) {
            CurlTransport transport;
            QObject context;
            Waiter w;
            HttpRequest r;
            r.url = QUrl(url);
            transport.send(r, &context, w.callback());
            QVERIFY(w.wait());
            QCOMPARE(w.response->error, HttpResponse::Error::Refused);
            QVERIFY(!w.response->errorText.isEmpty());
        }
    }

    void hungServerTimesOutWithoutDelayingOthers()
    {
        HostileServer hung([](const HostileServer::Request&) {
            HostileServer::Reply r;
            r.neverAnswer = true;
            return r;
        });
        HostileServer fast([](const HostileServer::Request&) { return jsonReply("{}"); });
        QVERIFY(hung.listen());
        QVERIFY(fast.listen());
        CurlTransport transport;
        QObject context;
        Waiter wHung;
        Waiter wFast;
        HttpRequest rHung = get(hung.baseUrl(), QStringLiteral("/match"));
        rHung.totalTimeoutMs = 1500;
        transport.send(rHung, &context, wHung.callback());
        transport.send(get(fast.baseUrl(), QStringLiteral("/match")), &context, wFast.callback());
        QVERIFY(wFast.wait());
        QVERIFY(!wHung.response.has_value()); // the fast one did not wait for the hung one
        QVERIFY(wHung.wait());
        QCOMPARE(wHung.response->error, HttpResponse::Error::Timeout);
        QVERIFY(wHung.response->elapsedMs >= 1400);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        CurlTransport transport;
        QObject context;
        Waiter w;
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/match").arg(port));
        transport.send(r, &context, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.response->error, HttpResponse::Error::ConnectFailed);
    }

    void closedWithoutAnswer()
    {
        HostileServer server([](const HostileServer::Request&) {
            HostileServer::Reply r;
            r.closeAtOnce = true;
            return r;
        });
        QVERIFY(server.listen());
        CurlTransport transport;
        QObject context;
        Waiter w;
        transport.send(get(server.baseUrl(), QStringLiteral("/match")), &context, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.response->error, HttpResponse::Error::Other);
        QVERIFY(!w.response->errorText.isEmpty());
    }

    void oversizedResponseIsCut_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("streamed") << false;
        QTest::newRow("content-length") << true;
    }
    void oversizedResponseIsCut()
    {
        QFETCH(bool, withLength);
        HostileServer server([withLength](const HostileServer::Request&) {
            HostileServer::Reply r;
            if (withLength) {
                r.body = QByteArray(2 * 1024 * 1024, 'x');
            } else {
                r.streamBytes = 64 * 1024 * 1024;
            }
            return r;
        });
        QVERIFY(server.listen());
        CurlTransport transport;
        QObject context;
        Waiter w;
        HttpRequest r = get(server.baseUrl(), QStringLiteral("/match"));
        r.maxResponseBytes = 1024 * 1024;
        transport.send(r, &context, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.response->error, HttpResponse::Error::TooLarge);
        QVERIFY(w.response->body.isEmpty());
    }

    void httpErrorStatusIsNotATransportError()
    {
        HostileServer server([](const HostileServer::Request&) {
            return jsonReply("{\"message\":\"invalid API key\"}", 401);
        });
        QVERIFY(server.listen());
        CurlTransport transport;
        QObject context;
        Waiter w;
        transport.send(get(server.baseUrl(), QStringLiteral("/match")), &context, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.response->error, HttpResponse::Error::None);
        QCOMPARE(w.response->status, 401);
        QVERIFY(!w.response->ok());
    }

    void cancelAndContextDestructionSuppressCallbacks()
    {
        HostileServer server([](const HostileServer::Request&) {
            HostileServer::Reply r = jsonReply("{}");
            r.delayMs = 200;
            return r;
        });
        QVERIFY(server.listen());
        CurlTransport transport;
        int calls = 0;
        QObject context;
        const quint64 id = transport.send(get(server.baseUrl(), QStringLiteral("/a")), &context,
                                          [&](const HttpResponse&) { ++calls; });
        transport.cancel(id);
        auto* doomed = new QObject;
        transport.send(get(server.baseUrl(), QStringLiteral("/b")), doomed,
                       [&](const HttpResponse&) { ++calls; });
        delete doomed;
        Waiter w;
        transport.send(get(server.baseUrl(), QStringLiteral("/c")), &context, w.callback());
        QVERIFY(w.wait());
        QTest::qWait(300);
        QCOMPARE(calls, 0);
        QCOMPARE(transport.pendingCount(), 0);
    }

    void tls_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("expectOk");
        QTest::newRow("trusted CA") << "server" << true << QString() << true;
        QTest::newRow("unknown CA") << "server" << false << QString() << false;
        QTest::newRow("expired") << "expired" << true << QString() << false;
        QTest::newRow("wrong host") << "wronghost" << true << QString() << false;
        QTest::newRow("pin match") << "server" << true << "server" << true;
        QTest::newRow("pin mismatch") << "server" << true << "other" << false;
    }
    void tls()
    {
        QFETCH(QString, cert);
        QFETCH(bool, trustCa);
        QFETCH(QString, pin);
        QFETCH(bool, expectOk);
        HostileServer server([](const HostileServer::Request&) { return jsonReply("{}"); });
        QVERIFY(server.enableTls(m_certs.path(cert + QStringLiteral(".pem")), m_certs.serverKey()));
        QVERIFY(server.listen());
        CurlTransport transport;
        QObject context;
        Waiter w;
        HttpRequest r = get(server.baseUrl(), QStringLiteral("/heartbeat"));
        if (trustCa) {
            r.caBundlePath = m_certs.caCert();
        } else {
            r.caBundlePath = m_certs.clientCert(); // a PEM file that is not the issuing CA
        }
        if (pin == QLatin1String("server")) {
            r.pinnedPublicKey = m_certs.serverPin();
        } else if (pin == QLatin1String("other")) {
            r.pinnedPublicKey = m_certs.otherPin();
        }
        transport.send(r, &context, w.callback());
        QVERIFY(w.wait());
        if (expectOk) {
            QVERIFY2(w.response->ok(), qPrintable(w.response->errorText));
        } else {
            QCOMPARE(w.response->error, HttpResponse::Error::Tls);
            QVERIFY(server.requests().isEmpty()); // nothing was sent
        }
    }

private:
    TestCertificates m_certs;
};

QTEST_MAIN(TestTransport)
#include "TestTransport.moc"
