#include "TemporaryProfile.h"
#include "core/Crypto.h"
#include "core/FileSecretStore.h"
#include "core/MatchDeskError.h"
#include "core/MemorySecretStore.h"
#include "core/Pseudonymizer.h"
#include "net/KeychainSecretStore.h"
#include "net/NetError.h"
#include "net/SecretStoreFactory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownAnswer()
    {
        QCOMPARE(Crypto::sha256Hex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Crypto::sha256Hex(""),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hmacKnownAnswer()
    {
        // RFC 4231 test case 2.
        QCOMPARE(Crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void randomBytes()
    {
        const QByteArray a = Crypto::randomBytes(32);
        const QByteArray b = Crypto::randomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QVERIFY(Crypto::constantTimeEquals(a, a));
        QVERIFY(!Crypto::constantTimeEquals(a, b));
    }

    void pseudonymIsStableAndKeyed()
    {
        const Pseudonymizer p1(QByteArray(32, 'k'));
        const Pseudonymizer p2(QByteArray(32, 'k'));
        const Pseudonymizer other(QByteArray(32, 'z'));
        const QString id = QStringLiteral("DUB-001");
        QCOMPARE(p1.pseudonym(id), p2.pseudonym(id));
        QVERIFY(p1.pseudonym(id) != other.pseudonym(id));
        QVERIFY(p1.pseudonym(id) != p1.pseudonym(QStringLiteral("DUB-002")));
        QVERIFY(QRegularExpression(QStringLiteral("^md-[0-9a-f]{32}$")).match(p1.pseudonym(id)).hasMatch());
        QVERIFY(!p1.pseudonym(id).contains(id));
        // Exactly HMAC-SHA256(secret, localId), first 128 bits.
        QCOMPARE(
            p1.pseudonym(id),
            QStringLiteral("md-") +
                QString::fromLatin1(Crypto::hmacSha256(QByteArray(32, 'k'), id.toUtf8()).toHex().left(32)));
        QVERIFY_THROWS_EXCEPTION(MatchDeskError, Pseudonymizer(QByteArray(8, 'k')));
    }

    void secretCreatedOnFirstUseThenReused()
    {
        MemorySecretStore store;
        QVERIFY(!store.contains(Pseudonymizer::kSecretKey));
        const QString first = Pseudonymizer::loadBlocking(store).pseudonym(QStringLiteral("P1"));
        QVERIFY(store.contains(Pseudonymizer::kSecretKey));
        QCOMPARE(store.readBlocking(Pseudonymizer::kSecretKey).value.size(), Pseudonymizer::kSecretBytes);
        const QString second = Pseudonymizer::loadBlocking(store).pseudonym(QStringLiteral("P1"));
        QCOMPARE(first, second);
        // Another installation (another secret) gives an unrelated pseudonym.
        MemorySecretStore otherInstallation;
        QVERIFY(Pseudonymizer::loadBlocking(otherInstallation).pseudonym(QStringLiteral("P1")) != first);
    }

    void memoryStoreIsAsynchronous()
    {
        MemorySecretStore store;
        QObject context;
        bool called = false;
        store.write(QStringLiteral("k"), "v", &context, [&](const SecretStore::Result& r) {
            QVERIFY(r.ok);
            called = true;
        });
        QVERIFY(!called); // never re-entrant
        QTRY_VERIFY(called);
        const auto missing = store.readBlocking(QStringLiteral("nope"));
        QVERIFY(!missing.ok);
        QVERIFY(missing.notFound);
        QVERIFY(store.removeBlocking(QStringLiteral("k")).ok);
        QVERIFY(!store.contains(QStringLiteral("k")));
    }

    void fileStoreIsOwnerOnlyAndMarked()
    {
        TemporaryProfile profile;
        const QString path = profile.filePath(QStringLiteral("demo-secrets.json"));
        {
            FileSecretStore store(path);
            QVERIFY(!store.isSecure());
            QVERIFY(store.writeBlocking(QStringLiteral("node-token/A"), QByteArray("t\0k", 3)).ok);
        }
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("DEMO ONLY"));
        FileSecretStore reopened(path);
        QCOMPARE(reopened.readBlocking(QStringLiteral("node-token/A")).value, QByteArray("t\0k", 3));
        QVERIFY(reopened.removeBlocking(QStringLiteral("node-token/A")).ok);
        QVERIFY(reopened.readBlocking(QStringLiteral("node-token/A")).notFound);
    }

    void factorySelection()
    {
        TemporaryProfile profile;
        QVERIFY(!SecretStoreFactory::create(QStringLiteral("memory"))->isSecure());
        auto file =
            SecretStoreFactory::create(QStringLiteral("file:") + profile.filePath(QStringLiteral("s.json")));
        QVERIFY(dynamic_cast<FileSecretStore*>(file.get()));
        auto system = SecretStoreFactory::create(QStringLiteral("system"));
        QVERIFY(dynamic_cast<KeychainSecretStore*>(system.get()));
        QVERIFY(system->isSecure());
        QVERIFY_THROWS_EXCEPTION(NetError, SecretStoreFactory::create(QStringLiteral("plaintext")));
        qputenv("MATCHDESK_KEYCHAIN", "memory");
        QVERIFY(dynamic_cast<MemorySecretStore*>(SecretStoreFactory::create().get()));
        qunsetenv("MATCHDESK_KEYCHAIN");
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "TestPrivacy.moc"
