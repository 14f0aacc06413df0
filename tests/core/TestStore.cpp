#include "core/Store.h"

#include "ProcessRunner.h"
#include "TemporaryProfile.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

Patient samplePatient(const QString& localId)
{
    Patient p;
    p.localId = localId;
    p.label = QStringLiteral("Baby boy, Dublin ward 3");
    p.sex = Sex::Male;
    p.consent = {Consent::State::Granted, QDate(2026, 5, 4)};
    p.contact = {QStringLiteral("Dr Aoife Byrne"), QStringLiteral("Children's Health Ireland"),
                 QStringLiteral("aoife.byrne@example.ie"), QStringLiteral("mailto:aoife.byrne@example.ie"),
                 {QStringLiteral("clinician")}};
    p.ageOfOnsetId = QStringLiteral("HP:0003593");
    p.inheritanceModeId = QStringLiteral("HP:0000007");
    p.features = {
        {QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, QStringLiteral("HP:0003577"),
         QStringLiteral("Congenital onset")},
        {QStringLiteral("HP:0001263"), QStringLiteral("Global developmental delay"), false, {}, {}},
        {QStringLiteral("HP:0001250"), QStringLiteral("Seizure"), true, {}, {}},
    };
    Variant v;
    v.gene = {QStringLiteral("HGNC:7110"), QStringLiteral("MCPH1"), QStringLiteral("ENSG00000147316"),
              QStringLiteral("79648")};
    v.assembly = QStringLiteral("GRCh38");
    v.chromosome = QStringLiteral("8");
    v.position = 6421920;
    v.ref = QStringLiteral("C");
    v.alt = QStringLiteral("T");
    v.zygosity = Zygosity::Homozygous;
    v.hgvsC = QStringLiteral("NM_024596.5:c.74G>C");
    v.hgvsP = QStringLiteral("NP_078872.3:p.(Ser25Thr)");
    v.hgvsG = QStringLiteral("NC_000008.11:g.6421920C>T");
    v.acmgClass = AcmgClass::LikelyPathogenic;
    v.consequenceId = QStringLiteral("SO:0001583");
    v.consequenceLabel = QStringLiteral("missense_variant");
    Variant sv;
    sv.gene.symbol = QStringLiteral("ASPM");
    sv.zygosity = Zygosity::Heterozygous;
    sv.label = QStringLiteral("deletion exons 3-5");
    p.variants = {v, sv};
    p.disorders = {{QStringLiteral("OMIM:251200"), QStringLiteral("Microcephaly 1, primary, autosomal recessive"), false}};
    p.references = {{QStringLiteral("PMID:12345678"), QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/12345678"),
                     QStringLiteral("Case report")}};
    p.source = QStringLiteral("manual");
    return p;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void patientRoundTrip()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        QCOMPARE(store.schemaVersion(), Store::kSchemaVersion);
        Patient p = samplePatient(QStringLiteral("DUB-001"));
        store.savePatient(p);
        QVERIFY(p.rowId > 0);
        QVERIFY(p.created.isValid());

        const auto loaded = store.patient(p.rowId);
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->sameContent(p));
        QCOMPARE(loaded->created, p.created);
        QCOMPARE(store.patientByLocalId(QStringLiteral("DUB-001"))->rowId, p.rowId);

        // Update replaces children and keeps the row.
        p.features.removeLast();
        p.variants[0].zygosity = Zygosity::Heterozygous;
        store.savePatient(p);
        const auto updated = store.patient(p.rowId);
        QCOMPARE(updated->features.size(), 2);
        QCOMPARE(updated->variants[0].zygosity, Zygosity::Heterozygous);
        QVERIFY(updated->sameContent(p));
        QCOMPARE(store.patientCount(), 1);

        // Reopen: persisted.
        store.close();
        Store again;
        again.open(profile.databasePath());
        QVERIFY(again.patient(p.rowId)->sameContent(p));
    }

    void duplicateLocalIdIsRefusedAndNothingWritten()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        QList<Patient> batch{samplePatient(QStringLiteral("A")), samplePatient(QStringLiteral("B")),
                             samplePatient(QStringLiteral("A"))};
        try {
            store.savePatients(batch);
            QFAIL("duplicate local id accepted");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(QLatin1String("\"A\"")), qPrintable(e.message()));
        }
        QCOMPARE(store.patientCount(), 0); // all or nothing
    }

    void cancelledBatchWritesNothing()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        QList<Patient> batch{samplePatient(QStringLiteral("A")), samplePatient(QStringLiteral("B"))};
        QVERIFY_THROWS_EXCEPTION(StoreError, store.savePatients(batch, [](qsizetype done, qsizetype) {
            return done < 1;
        }));
        QCOMPARE(store.patientCount(), 0);
    }

    void deleteCascades()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        Patient p = samplePatient(QStringLiteral("X"));
        store.savePatient(p);
        Match m;
        m.patientRowId = p.rowId;
        m.nodeName = QStringLiteral("madrid");
        m.remotePatientId = QStringLiteral("r1");
        store.upsertMatch(m);
        store.deletePatient(p.rowId);
        QVERIFY(!store.patient(p.rowId));
        QVERIFY(store.matches(p.rowId).isEmpty());
        auto st = store.database().prepare("SELECT count(*) FROM phenotype_features");
        st.step();
        QCOMPARE(st.int64(0), 0);
    }

    void nodeRoundTrip()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        Node n;
        n.name = QStringLiteral("Madrid");
        n.baseUrl = QUrl(QStringLiteral("https://mme.example.es/api"));
        n.mediaTypeVersion = QStringLiteral("1.1");
        n.connectTimeoutMs = 2000;
        n.totalTimeoutMs = 9000;
        n.caBundlePath = QStringLiteral("/etc/ssl/madrid.pem");
        n.pinnedPublicKey = QStringLiteral("sha256//abc=");
        n.clientCertPath = QStringLiteral("/etc/ssl/me.pem");
        n.clientKeyPath = QStringLiteral("/etc/ssl/me.key");
        n.enabled = false;
        store.saveNode(n);
        QVERIFY(n.rowId > 0);
        QCOMPARE(store.nodes().size(), 1);
        QCOMPARE(*store.node(QStringLiteral("Madrid")), n);
        n.enabled = true;
        store.saveNode(n); // update by name
        QCOMPARE(store.nodes().size(), 1);
        QVERIFY(store.node(QStringLiteral("Madrid"))->enabled);
        store.removeNode(QStringLiteral("Madrid"));
        QVERIFY(store.nodes().isEmpty());
    }

    void matchUpsertKeepsTriage()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        Patient p = samplePatient(QStringLiteral("P"));
        store.savePatient(p);
        Match m;
        m.patientRowId = p.rowId;
        m.nodeName = QStringLiteral("madrid");
        m.remotePatientId = QStringLiteral("ES-77");
        m.nodeScore = 0.8;
        m.localScore = 0.6;
        m.phenotypeScore = 0.5;
        m.genotypeScore = 0.7;
        m.remoteRecord = QByteArrayLiteral("{\"id\":\"ES-77\"}");
        m.explanation = QByteArrayLiteral("{\"shared\":[]}");
        m.disclaimer = QStringLiteral("Research use only");
        m.lastSeen = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        store.upsertMatch(m);
        QVERIFY(m.rowId > 0);
        QCOMPARE(m.firstSeen, m.lastSeen);
        QCOMPARE(m.status, TriageStatus::New);

        store.setTriage(m.rowId, TriageStatus::Contacted, QStringLiteral("e-mailed Dr Ruiz"));
        Match again = m;
        again.localScore = 0.9;
        again.lastSeen = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        store.upsertMatch(again);
        QCOMPARE(again.rowId, m.rowId);
        QCOMPARE(again.status, TriageStatus::Contacted);
        QCOMPARE(again.notes, QStringLiteral("e-mailed Dr Ruiz"));
        QCOMPARE(again.firstSeen, m.firstSeen);
        QCOMPARE(again.lastSeen, QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(again.localScore, 0.9);
        QCOMPARE(again.disclaimer, m.disclaimer);
        QCOMPARE(store.match(m.rowId)->remoteRecord, m.remoteRecord);
        QCOMPARE(store.matches(p.rowId).size(), 1);
    }

    void alertsRoundTripAndTriageClearsThem()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        Patient p = samplePatient(QStringLiteral("P"));
        store.savePatient(p);
        Match m;
        m.patientRowId = p.rowId;
        m.nodeName = QStringLiteral("n");
        m.remotePatientId = QStringLiteral("r");
        store.upsertMatch(m);
        Alert a;
        a.matchRowId = m.rowId;
        a.patientRowId = p.rowId;
        a.runId = 7;
        a.kind = Alert::Kind::ChangedMatch;
        a.reason = QStringLiteral("new shared gene MCPH1");
        store.addAlert(a);
        QCOMPARE(store.alerts(true).size(), 1);
        const Alert loaded = store.alerts().first();
        QCOMPARE(loaded.rowId, a.rowId);
        QCOMPARE(loaded.kind, Alert::Kind::ChangedMatch);
        QCOMPARE(loaded.reason, a.reason);
        QCOMPARE(loaded.runId, 7);
        QCOMPARE(loaded.created.toMSecsSinceEpoch(), a.created.toMSecsSinceEpoch());
        store.setTriage(m.rowId, TriageStatus::Reviewed, {});
        QVERIFY(store.alerts(true).isEmpty());
        QCOMPARE(store.alerts().size(), 1);
    }

    void auditIsAppendOnly()
    {
        TemporaryProfile profile;
        Store store;
        store.open(profile.databasePath());
        AuditEntry e;
        e.action = QStringLiteral("mme.match");
        e.patientRowId = 3;
        e.pseudonym = QStringLiteral("md-3f2a");
        e.destination = QStringLiteral("Madrid https://mme.example.es/api/match");
        e.payloadSha256 = QByteArrayLiteral("ab12");
        e.fieldsSent = {QStringLiteral("patient.id"), QStringLiteral("patient.features[].id")};
        e.outcome = QStringLiteral("ok 3 results");
        store.appendAudit(e);
        AuditEntry other = e;
        other.patientRowId = 4;
        other.destination = QStringLiteral("Rome");
        store.appendAudit(other);
        QCOMPARE(store.auditEntries().size(), 2);
        const auto mine = store.auditEntries(3);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().fieldsSent, e.fieldsSent);
        QCOMPARE(mine.first().payloadSha256, e.payloadSha256);
        QCOMPARE(mine.first().time.toMSecsSinceEpoch(), e.time.toMSecsSinceEpoch());
        QCOMPARE(store.auditEntries(0, QStringLiteral("Rome")).size(), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.database().exec("DELETE FROM audit"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.database().exec("UPDATE audit SET outcome='x'"));
        QCOMPARE(store.auditEntries().size(), 2);
    }

    void migrationFromVersion1KeepsDataAndBacksUp()
    {
        TemporaryProfile profile;
        {
            Store old;
            old.open(profile.databasePath(), 1);
            QCOMPARE(old.schemaVersion(), 1);
            old.database().exec(
                "INSERT INTO patients (local_id, label, sex, consent_state, created, modified) VALUES "
                "('OLD-1', 'old case', 'female', 'granted', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');"
                "INSERT INTO phenotype_features (patient_id, ord, term_id, label, excluded) VALUES "
                "(1, 0, 'HP:0000252', 'Microcephaly', 0);"
                "INSERT INTO matches (patient_id, node_name, remote_id, first_seen, last_seen, status, notes) VALUES "
                "(1, 'madrid', 'r9', '2024-01-02T00:00:00.000Z', '2024-01-02T00:00:00.000Z', 'contacted', 'called');");
        }
        Store store;
        store.open(profile.databasePath());
        QCOMPARE(store.schemaVersion(), Store::kSchemaVersion);
        QVERIFY(QFile::exists(store.lastBackupPath()));
        const auto p = store.patientByLocalId(QStringLiteral("OLD-1"));
        QVERIFY(p.has_value());
        QCOMPARE(p->sex, Sex::Female);
        QCOMPARE(p->features.size(), 1);
        QCOMPARE(p->features.first().termId, QStringLiteral("HP:0000252"));
        const auto matches = store.matches(p->rowId);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().status, TriageStatus::Contacted);
        QVERIFY(!matches.first().withdrawn);
        // The backup is the old schema with the old data.
        Store backup;
        backup.open(store.lastBackupPath(), 1);
        QCOMPARE(backup.schemaVersion(), 1);
        auto st = backup.database().prepare("SELECT local_id FROM patients");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("OLD-1"));
    }

    void newerSchemaIsRefused()
    {
        TemporaryProfile profile;
        {
            Store s;
            s.open(profile.databasePath());
            s.database().exec("PRAGMA user_version = 99");
        }
        Store store;
        try {
            store.open(profile.databasePath());
            QFAIL("opened a newer schema");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(QLatin1String("newer MatchDesk")));
        }
    }

    void garbageFileGivesClearError()
    {
        TemporaryProfile profile;
        QFile f(profile.databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Store store;
        try {
            store.open(profile.databasePath());
            QFAIL("opened garbage");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(profile.databasePath()), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("not a MatchDesk database or is damaged")), qPrintable(e.message()));
        }
        QVERIFY(!store.isOpen());
    }

    void damagedPagesGiveClearError()
    {
        TemporaryProfile profile;
        {
            Store s;
            s.open(profile.databasePath());
            QList<Patient> many;
            for (int i = 0; i < 400; ++i) {
                many.append(samplePatient(QStringLiteral("P%1").arg(i)));
            }
            s.savePatients(many);
            s.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(profile.databasePath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 20 * 4096);
        f.seek(8 * 4096);
        f.write(QByteArray(6 * 4096, char(0x5a)));
        f.close();
        Store store;
        try {
            store.open(profile.databasePath());
            QFAIL("opened a damaged database");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(profile.databasePath()), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("damaged")) || e.message().contains(QLatin1String("malformed")),
                     qPrintable(e.message()));
        }
    }

    void otherApplicationsDatabaseIsRefused()
    {
        TemporaryProfile profile;
        {
            SqliteDatabase db;
            db.open(profile.databasePath());
            db.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY)");
        }
        Store store;
        QVERIFY_THROWS_EXCEPTION(StoreError, store.open(profile.databasePath()));
    }

    void killedWriterLeavesPreviousContent()
    {
        TemporaryProfile profile;
        QList<Patient> before{samplePatient(QStringLiteral("KEEP-1")), samplePatient(QStringLiteral("KEEP-2"))};
        {
            Store s;
            s.open(profile.databasePath());
            s.savePatients(before);
        }
        QProcess child;
        child.start(ProcessRunner::executable(QStringLiteral("matchdesk-test-store-writer")),
                    {profile.databasePath(), QStringLiteral("bulk"), QStringLiteral("50000"), QStringLiteral("BULK-")});
        QVERIFY(child.waitForStarted());
        // Wait until the child is well inside its single write transaction, then pull the plug.
        QByteArray seen;
        while (!seen.contains("progress 5000") && child.state() == QProcess::Running) {
            child.waitForReadyRead(10000);
            seen += child.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("progress 5000"), seen.constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Store store;
        store.open(profile.databasePath());
        QCOMPARE(store.patientCount(), 2);
        QVERIFY(store.patientByLocalId(QStringLiteral("KEEP-1"))->sameContent(before[0]));
        QVERIFY(store.patientByLocalId(QStringLiteral("KEEP-2"))->sameContent(before[1]));
        QVERIFY(!store.patientByLocalId(QStringLiteral("BULK-0")));
        Patient after = samplePatient(QStringLiteral("AFTER"));
        store.savePatient(after); // still writable
        QCOMPARE(store.patientCount(), 3);
    }

    void twoProcessesWriteConcurrently()
    {
        TemporaryProfile profile;
        {
            Store s;
            s.open(profile.databasePath());
        }
        QProcess a;
        QProcess b;
        const QString tool = ProcessRunner::executable(QStringLiteral("matchdesk-test-store-writer"));
        a.start(tool, {profile.databasePath(), QStringLiteral("single"), QStringLiteral("150"), QStringLiteral("A-")});
        b.start(tool, {profile.databasePath(), QStringLiteral("single"), QStringLiteral("150"), QStringLiteral("B-")});
        // This process writes too, at the same time.
        Store store;
        store.open(profile.databasePath());
        for (int i = 0; i < 50; ++i) {
            Patient p = samplePatient(QStringLiteral("C-%1").arg(i));
            store.savePatient(p);
        }
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QCOMPARE(store.patientCount(), 350);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
