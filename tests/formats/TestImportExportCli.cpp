// `matchdesk-cli import` and `export` end to end: the real binary against a private profile
// (MATCHDESK_DB / MATCHDESK_SETTINGS / MATCHDESK_KEYCHAIN=file:...), with the fixtures in
// tests/data/formats/cli. Checks what lands in the database, what the user reads on stderr and the
// exit codes: all-or-nothing imports with errors naming file, line and field, --skip-invalid,
// MME genes kept and flagged, VCF samples, the local phenopacket export, the MME export under the
// same pseudonym `query` sends, and re-imports giving the same patient.

#include "ProcessRunner.h"
#include "TemporaryProfile.h"
#include "TestConfig.h"
#include "core/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <memory>
#include <optional>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/formats/cli/") + QLatin1String(name);
}

const QString kProband = QStringLiteral("CLI-PROBAND-1");

} // namespace

class TestImportExportCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<TemporaryProfile> m_profile;

    ProcessRunner::Result cli(const QStringList& args, const QByteArray& stdinData = {})
    {
        return ProcessRunner::run(QStringLiteral("matchdesk-cli"), args, 120000, stdinData);
    }

    // Runs and checks a command that must succeed.
    ProcessRunner::Result ok(const QStringList& args, const QByteArray& stdinData = {})
    {
        const ProcessRunner::Result r = cli(args, stdinData);
        if (r.exitCode != 0 || r.exitStatus != QProcess::NormalExit) {
            qWarning("matchdesk-cli %s failed (%d):\n%s%s", qPrintable(args.join(u' ')), r.exitCode,
                     r.out.constData(), r.err.constData());
        }
        return r;
    }

    QString db() const { return m_profile->databasePath(); }

    static std::optional<Patient> stored(const QString& database, const QString& localId)
    {
        Store store;
        store.open(database);
        return store.patientByLocalId(localId);
    }

    static QList<Patient> allStored(const QString& database)
    {
        Store store;
        store.open(database);
        return store.patients();
    }

    // A patient with consent and a responsible clinician, ready for MME.
    bool importSendableProband()
    {
        return ok({QStringLiteral("import"), fixture("proband.json")}).exitCode == 0 &&
               ok({QStringLiteral("patients"), QStringLiteral("contact"), QStringLiteral("--patient"),
                   kProband, QStringLiteral("--name"), QStringLiteral("Dr Local"), QStringLiteral("--email"),
                   QStringLiteral("local@example.org"), QStringLiteral("--role"),
                   QStringLiteral("clinician")})
                       .exitCode == 0 &&
               ok({QStringLiteral("patients"), QStringLiteral("consent"), QStringLiteral("--patient"),
                   kProband, QStringLiteral("--state"), QStringLiteral("granted"), QStringLiteral("--date"),
                   QStringLiteral("2024-01-02")})
                       .exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(ProcessRunner::executable(QStringLiteral("matchdesk-cli")))) {
            QSKIP("matchdesk-cli is not built");
        }
    }

    // A fresh profile per test; child processes inherit the environment.
    void init()
    {
        m_profile = std::make_unique<TemporaryProfile>();
        QVERIFY(m_profile->isValid());
        qputenv("MATCHDESK_DB", db().toUtf8());
        qputenv("MATCHDESK_SETTINGS", m_profile->settingsPath().toUtf8());
        qputenv("MATCHDESK_POLICY_FILE", m_profile->filePath(QStringLiteral("no-policy.ini")).toUtf8());
        // A file, not "memory": the pseudonym key must survive from one process to the next.
        qputenv("MATCHDESK_KEYCHAIN",
                (QStringLiteral("file:") + m_profile->filePath(QStringLiteral("keys.json"))).toUtf8());
    }

    void cleanup() { m_profile.reset(); }

    void importsPhenopacket()
    {
        const auto r = ok({QStringLiteral("import"), fixture("proband.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("imported 1 patients"), r.out.constData());
        const auto p = stored(db(), kProband);
        QVERIFY(p);
        QCOMPARE(p->label, QStringLiteral("proband CLI-1"));
        QCOMPARE(p->sex, Sex::Female);
        QCOMPARE(p->observedCount(), 2);
        QCOMPARE(p->excludedCount(), 1);
        QCOMPARE(p->disorders.size(), 1);
        QCOMPARE(p->disorders.at(0).id, QStringLiteral("OMIM:142900"));
        QCOMPARE(p->variants.size(), 1);
        const Variant& v = p->variants.at(0);
        QCOMPARE(v.gene.hgncId, QStringLiteral("HGNC:11604"));
        QCOMPARE(v.gene.ensemblId, QStringLiteral("ENSG00000089225")); // completed from the catalog
        QCOMPARE(v.assembly, QStringLiteral("GRCh38"));
        QCOMPARE(v.chromosome, QStringLiteral("12"));
        QCOMPARE(v.position, 114401830);
        QCOMPARE(v.zygosity, Zygosity::Heterozygous);
    }

    void obsoleteHpoIdsAreMappedThroughTheOntology()
    {
        // HP:0009232 is obsolete, replaced by HP:0009177 (HPO 2026-02-16); the CLI loads the
        // ontology and maps it, naming file, line and field in its warning.
        const QString file = m_profile->filePath(QStringLiteral("obsolete.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"id":"CLI-OBS-1","subject":{"id":"o1"},"phenotypicFeatures":[{"type":{"id":"HP:0001250"}}],"metaData":{"phenopacketSchemaVersion":"2.0"}})"
            "\n"
            R"({"id":"CLI-OBS-2","subject":{"id":"o2"},"phenotypicFeatures":[{"type":{"id":"HP:0009232"}}],"metaData":{"phenopacketSchemaVersion":"2.0"}})"
            "\n");
        f.close();
        const auto r = ok({QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 0);
        const auto p = stored(db(), QStringLiteral("CLI-OBS-2"));
        QVERIFY(p);
        QCOMPARE(p->features.size(), 1);
        QCOMPARE(p->features.at(0).termId, QStringLiteral("HP:0009177"));
        QVERIFY2(
            r.err.contains("obsolete.jsonl, line 2: phenotypicFeatures[0].type.id: HP:0009232 is obsolete, "
                           "replaced by HP:0009177"),
            r.err.constData());
        QVERIFY2(!r.err.contains("kept as given"), r.err.constData());
    }

    void jsonLinesImportIsAllOrNothing()
    {
        // One bad line: nothing at all is stored, not even the other file of the same command.
        auto r = cli({QStringLiteral("import"), fixture("proband.json"), fixture("cases.jsonl")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains("cases.jsonl, line 2: phenotypicFeatures[0].type.id: 'Seizure' is not an HPO id"),
            r.err.constData());
        QVERIFY2(r.err.contains("nothing was imported"), r.err.constData());
        QVERIFY(allStored(db()).isEmpty());

        // --skip-invalid: the good documents come in, the bad one is listed with its reason.
        r = ok({QStringLiteral("import"), QStringLiteral("--skip-invalid"), fixture("cases.jsonl")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray skipped = "skipped " + fixture("cases.jsonl").toUtf8() +
                                   ", line 2: phenotypicFeatures[0].type.id: 'Seizure' is not an HPO id";
        QVERIFY2(r.err.contains(skipped), r.err.constData());
        QCOMPARE(r.err.count("skipped"), 1);
        QVERIFY2(r.out.contains("imported 2 patients (1 documents skipped)"), r.out.constData());
        QVERIFY(stored(db(), QStringLiteral("CLI-CASE-1")));
        QVERIFY(!stored(db(), QStringLiteral("CLI-CASE-2")));
        QCOMPARE(stored(db(), QStringLiteral("CLI-CASE-3"))->features.at(0).termId,
                 QStringLiteral("HP:0001263"));
    }

    void importsMmePatientFlaggingUnresolvedGenes()
    {
        const auto r = ok({QStringLiteral("import"), fixture("mme-patient.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("patient.genomicFeatures[1].gene.id: gene 'NOTAGENE1' not found in the HGNC "
                                "catalog, kept as given"),
                 r.err.constData());
        QVERIFY2(
            r.err.contains("patient.genomicFeatures[2].gene.id: gene 'CAR' is ambiguous in the HGNC catalog"),
            r.err.constData());
        QVERIFY(!r.err.contains("genomicFeatures[0]"));
        const auto p = stored(db(), QStringLiteral("CLI-MME-1"));
        QVERIFY(p);
        QCOMPARE(p->contact.name, QStringLiteral("Dr Remote"));
        QCOMPARE(p->sex, Sex::Male);
        QCOMPARE(p->observedCount(), 1);
        QCOMPARE(p->excludedCount(), 1);
        QCOMPARE(p->disorders.at(0).id, QStringLiteral("OMIM:608716"));
        QCOMPARE(p->variants.size(), 3);
        QCOMPARE(p->variants.at(0).gene.hgncId, QStringLiteral("HGNC:19048"));
        QCOMPARE(p->variants.at(0).gene.symbol, QStringLiteral("ASPM"));
        QCOMPARE(p->variants.at(0).position, 197111001); // MME start is 0-based
        QCOMPARE(p->variants.at(0).zygosity, Zygosity::Homozygous);
        // Unresolvable genes are kept exactly as given.
        QCOMPARE(p->variants.at(1).gene,
                 (Gene{QString(), QStringLiteral("NOTAGENE1"), QString(), QString()}));
        QCOMPARE(p->variants.at(2).gene, (Gene{QString(), QStringLiteral("CAR"), QString(), QString()}));
    }

    void importsChosenVcfSample()
    {
        const auto r =
            ok({QStringLiteral("import"), fixture("proband.vcf"), QStringLiteral("--sample"),
                QStringLiteral("PROBAND"), QStringLiteral("--patient"), QStringLiteral("CLI-VCF-1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("sample PROBAND, 3 records, 2 new variants for CLI-VCF-1"),
                 r.out.constData());
        const auto p = stored(db(), QStringLiteral("CLI-VCF-1"));
        QVERIFY(p);
        QCOMPARE(p->variants.size(), 2); // the third record is 0/0 in the proband
        QCOMPARE(p->variants.at(0).position, 114401830);
        QCOMPARE(p->variants.at(0).zygosity, Zygosity::Heterozygous);
        QCOMPARE(p->variants.at(1).position, 114403000);
        QCOMPARE(p->variants.at(1).zygosity, Zygosity::Homozygous);
        for (const Variant& v : p->variants) {
            QCOMPARE(v.gene.hgncId, QStringLiteral("HGNC:11604"));
            QCOMPARE(v.assembly, QStringLiteral("GRCh38"));
            QCOMPARE(v.chromosome, QStringLiteral("12"));
        }
    }

    void wrongVcfSampleImportsNothing()
    {
        auto r = cli({QStringLiteral("import"), fixture("proband.json"), fixture("proband.vcf"),
                      QStringLiteral("--sample"), QStringLiteral("CHILD"), QStringLiteral("--patient"),
                      QStringLiteral("CLI-VCF-2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains("proband.vcf: sample: no sample 'CHILD' in the file (samples: MOTHER, PROBAND)"),
            r.err.constData());
        QVERIFY2(r.err.contains("nothing was imported"), r.err.constData());
        QVERIFY(allStored(db()).isEmpty());
        // A VCF needs the patient it belongs to.
        r = cli({QStringLiteral("import"), fixture("proband.vcf"), QStringLiteral("--sample"),
                 QStringLiteral("PROBAND")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("a VCF needs --patient ID"), r.err.constData());
        QVERIFY(allStored(db()).isEmpty());
    }

    void phenopacketExportIsLocalAndReimportsTheSamePatient()
    {
        QVERIFY(ok({QStringLiteral("import"), fixture("proband.json")}).exitCode == 0);
        const auto original = stored(db(), kProband);
        QVERIFY(original);

        const auto toStdout = ok({QStringLiteral("export"), QStringLiteral("--patient"), kProband,
                                  QStringLiteral("--format"), QStringLiteral("phenopacket")});
        QCOMPARE(toStdout.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(toStdout.out).object();
        QCOMPARE(doc.value(QLatin1String("id")).toString(), kProband); // local: keeps the local id
        const QString file = m_profile->filePath(QStringLiteral("export.json"));
        QCOMPARE(
            ok({QStringLiteral("export"), QStringLiteral("--patient"), kProband, QStringLiteral("--format"),
                QStringLiteral("phenopacket"), QStringLiteral("--out"), file})
                .exitCode,
            0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // The same document (but for the time it was created).
        auto withoutCreated = [](QJsonObject o) {
            QJsonObject meta = o.value(QLatin1String("metaData")).toObject();
            meta.remove(QStringLiteral("created"));
            o.insert(QStringLiteral("metaData"), meta);
            return o;
        };
        QCOMPARE(withoutCreated(QJsonDocument::fromJson(f.readAll()).object()), withoutCreated(doc));

        // Into an empty database: the same patient comes back.
        const QString other = m_profile->filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("--db"), other, file}).exitCode, 0);
        auto back = stored(other, kProband);
        QVERIFY(back);
        QCOMPARE(back->source, QStringLiteral("export.json"));
        back->source = original->source;
        QVERIFY(back->sameContent(*original));
        // Into the same database: replaces the patient with identical content, no duplicate.
        QCOMPARE(ok({QStringLiteral("import"), file}).exitCode, 0);
        QCOMPARE(allStored(db()).size(), 1);
        back = stored(db(), kProband);
        back->source = original->source;
        QVERIFY(back->sameContent(*original));
    }

    void mmeExportCarriesTheQueryPseudonym()
    {
        QVERIFY(importSendableProband());
        const auto toStdout = ok({QStringLiteral("export"), QStringLiteral("--patient"), kProband,
                                  QStringLiteral("--format"), QStringLiteral("mme")});
        QCOMPARE(toStdout.exitCode, 0);
        const QJsonObject patient =
            QJsonDocument::fromJson(toStdout.out).object().value(QLatin1String("patient")).toObject();
        const QString id = patient.value(QLatin1String("id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^md-[0-9a-f]{32}$")).match(id).hasMatch(),
                 qPrintable(id));
        // Neither the local id nor the local label leaves in an MME export.
        QVERIFY(!toStdout.out.contains(kProband.toUtf8()));
        QVERIFY(!toStdout.out.contains("proband CLI-1"));
        QVERIFY(!patient.contains(QLatin1String("label")));

        const QString file = m_profile->filePath(QStringLiteral("export.mme.json"));
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("--patient"), kProband,
                     QStringLiteral("--format"), QStringLiteral("mme"), QStringLiteral("--out"), file})
                     .exitCode,
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QLatin1String("patient")).toObject(),
                 patient);

        // The id a node receives in a query is the same.
        QCOMPARE(ok({QStringLiteral("nodes"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("local"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:9"),
                     QStringLiteral("--token-stdin")},
                    "token\n")
                     .exitCode,
                 0);
        const auto preview = ok({QStringLiteral("query"), QStringLiteral("--patient"), kProband,
                                 QStringLiteral("--preview"), QStringLiteral("--json")});
        QCOMPARE(preview.exitCode, 0);
        const QJsonArray requests = QJsonDocument::fromJson(preview.out).array();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)
                     .toObject()
                     .value(QLatin1String("body"))
                     .toObject()
                     .value(QLatin1String("patient"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 id);

        // Re-imported elsewhere, the MME export is the same case under its pseudonym.
        const QString other = m_profile->filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("--db"), other, file}).exitCode, 0);
        const auto original = stored(db(), kProband);
        const auto back = stored(other, id);
        QVERIFY(original && back);
        QCOMPARE(back->contact.name, QStringLiteral("Dr Local"));
        QCOMPARE(back->sex, original->sex);
        QCOMPARE(back->features.size(), original->features.size());
        for (qsizetype i = 0; i < back->features.size(); ++i) {
            QCOMPARE(back->features.at(i).termId, original->features.at(i).termId);
            QCOMPARE(back->features.at(i).excluded, original->features.at(i).excluded);
        }
        QCOMPARE(back->disorders.at(0).id, original->disorders.at(0).id);
        QCOMPARE(back->variants.size(), 1);
        const Variant& v = back->variants.at(0);
        const Variant& o = original->variants.at(0);
        QCOMPARE(v.gene, o.gene);
        QCOMPARE(v.assembly, o.assembly);
        QCOMPARE(v.chromosome, o.chromosome);
        QCOMPARE(v.position, o.position);
        QCOMPARE(v.ref, o.ref);
        QCOMPARE(v.alt, o.alt);
        QCOMPARE(v.zygosity, o.zygosity);

        // Only an explicit --mme-id writes another id.
        const auto chosen =
            ok({QStringLiteral("export"), QStringLiteral("--patient"), kProband, QStringLiteral("--format"),
                QStringLiteral("mme"), QStringLiteral("--mme-id"), QStringLiteral("CASE-7")});
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(chosen.out)
                     .object()
                     .value(QLatin1String("patient"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("CASE-7"));
    }

    void exportHelpSaysWhichFormIsLocal()
    {
        const auto r = ok({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("phenopacket  a local document: it keeps the local patient id"),
                 r.out.constData());
        QVERIFY2(r.out.contains("its id is the patient's pseudonym"), r.out.constData());
    }

    void exportOfUnknownPatientFails()
    {
        QVERIFY(importSendableProband());
        const QString file = m_profile->filePath(QStringLiteral("none.json"));
        for (const QString& format : {QStringLiteral("phenopacket"), QStringLiteral("mme")}) {
            const auto r =
                cli({QStringLiteral("export"), QStringLiteral("--patient"), QStringLiteral("NO-SUCH-1"),
                     QStringLiteral("--format"), format, QStringLiteral("--out"), file});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("export: no patient 'NO-SUCH-1'"), r.err.constData());
            QVERIFY(r.out.isEmpty());
            QVERIFY(!QFileInfo::exists(file));
        }
        const auto r = cli({QStringLiteral("export"), QStringLiteral("--patient"), kProband,
                            QStringLiteral("--format"), QStringLiteral("vcf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportExportCli)
#include "TestImportExportCli.moc"
