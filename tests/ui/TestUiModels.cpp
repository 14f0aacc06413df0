// Every custom model of the desktop application under QAbstractItemModelTester, plus the
// behaviour the views rely on (filters, warnings, sorting roles).
#include "TemporaryProfile.h"
#include "core/Settings.h"
#include "core/Store.h"
#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "matching/TermSearch.h"
#include "ui/AuditModel.h"
#include "ui/HpoTermLabels.h"
#include "ui/MatchDetailWidget.h"
#include "ui/MatchFilterModel.h"
#include "ui/MatchModel.h"
#include "ui/NodeModel.h"
#include "ui/PatientFilterModel.h"
#include "ui/PatientListModel.h"
#include "ui/PhenotypeFeatureModel.h"
#include "ui/TermSuggestionModel.h"
#include "ui/VariantModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTest>

namespace {
const QByteArray kObo = R"(format-version: 1.2
data-version: hp/releases/2026-02-16

[Term]
id: HP:0000001
name: All

[Term]
id: HP:0000118
name: Phenotypic abnormality
is_a: HP:0000001

[Term]
id: HP:0001250
name: Seizure
def: "A seizure is an intermittent abnormality of nervous system physiology." []
synonym: "Epileptic seizure" EXACT []
is_a: HP:0000118

[Term]
id: HP:0020219
name: Motor seizure
is_a: HP:0001250

[Term]
id: HP:0001263
name: Global developmental delay
is_a: HP:0000118
)";

PhenotypeFeature feature(const QString& id, bool excluded = false)
{
    PhenotypeFeature f;
    f.termId = id;
    f.excluded = excluded;
    return f;
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        Settings::setInstance(
            new Settings(m_profile.settingsPath(), m_profile.filePath(QStringLiteral("policy.ini"))));
        m_ontology =
            std::make_shared<const HpoOntology>(HpoOntology::parse(kObo, QStringLiteral("test.obo")));
    }

    void patientListModel()
    {
        Store store;
        store.open(m_profile.databasePath());
        for (int i = 0; i < 3; ++i) {
            Patient p;
            p.localId = QStringLiteral("P-%1").arg(i);
            p.label = QStringLiteral("patient %1").arg(i);
            if (i == 1) {
                p.consent = {Consent::State::Granted, QDate(2024, 1, 2)};
            }
            store.savePatient(p);
            if (i == 2) {
                Match m;
                m.patientRowId = p.rowId;
                m.nodeName = QStringLiteral("n");
                m.remotePatientId = QStringLiteral("r");
                m.firstSeen = m.lastSeen = QDateTime::currentDateTimeUtc();
                store.upsertMatch(m);
            }
        }
        PatientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(store);
        QCOMPARE(model.rowCount(), 3);
        PatientFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilter(PatientFilterModel::Filter::ConsentMissing);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilter(PatientFilterModel::Filter::NewMatches);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("patient 2"));
        proxy.setFilter(PatientFilterModel::Filter::NeverQueried);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilter(PatientFilterModel::Filter::All);
        proxy.setSearchText(QStringLiteral("P-1"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setHidden({model.summary(0).rowId});
        QCOMPARE(model.rowCount(), 2);
    }

    void phenotypeFeatureModelWarnings()
    {
        PhenotypeFeatureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOntology(m_ontology, nullptr);
        model.setFeatures({feature(QStringLiteral("HP:0001250")), feature(QStringLiteral("HP:0020219")),
                           feature(QStringLiteral("HP:0001263"))});
        // Seizure is redundant next to its descendant Motor seizure.
        QVERIFY(model.index(0, 0)
                    .data(PhenotypeFeatureModel::WarningRole)
                    .toString()
                    .startsWith(QStringLiteral("Redundant")));
        QVERIFY(model.index(1, 0).data(PhenotypeFeatureModel::WarningRole).toString().isEmpty());
        QCOMPARE(model.warnings().size(), 1);
        // Excluding an ancestor of an observed term is a conflict.
        model.setFeatures(
            {feature(QStringLiteral("HP:0020219")), feature(QStringLiteral("HP:0001250"), true)});
        QVERIFY(model.index(1, 0)
                    .data(PhenotypeFeatureModel::WarningRole)
                    .toString()
                    .startsWith(QStringLiteral("Conflict")));
        // Excluding a descendant of an observed term is fine.
        model.setFeatures(
            {feature(QStringLiteral("HP:0001250")), feature(QStringLiteral("HP:0020219"), true)});
        QVERIFY(model.warnings().isEmpty());
        QCOMPARE(model.index(1, PhenotypeFeatureModel::StatusColumn).data().toString(),
                 QStringLiteral("excluded"));
    }

    void termSuggestionModel()
    {
        TermSearch search(m_ontology);
        TermSuggestionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOntology(m_ontology);
        model.setHits(search.search(QStringLiteral("seiz")));
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.index(0).data(TermSuggestionModel::TermIdRole).toString(),
                 QStringLiteral("HP:0001250"));
        model.setHits(search.search(QStringLiteral("epileptic")));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("synonym")));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }

    void variantModel()
    {
        VariantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Variant v;
        v.gene.symbol = QStringLiteral("KMT2D");
        v.gene.hgncId = QStringLiteral("HGNC:7133");
        v.assembly = QStringLiteral("GRCh38");
        v.chromosome = QStringLiteral("12");
        v.position = 49031238;
        v.ref = QStringLiteral("C");
        v.alt = QStringLiteral("T");
        v.acmgClass = AcmgClass::Pathogenic;
        model.setVariants({v, Variant{}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, VariantModel::GeneColumn).data().toString(), QStringLiteral("KMT2D"));
        QVERIFY(model.index(0, VariantModel::CoordinatesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("49031238")));
        QCOMPARE(model.index(0, VariantModel::AcmgColumn).data().toString(), QStringLiteral("Pathogenic"));
    }

    void matchModelAndFilter()
    {
        MatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Match> matches;
        for (int i = 0; i < 3; ++i) {
            Match m;
            m.rowId = i + 1;
            m.nodeName = QStringLiteral("node%1").arg(i);
            m.remotePatientId = QStringLiteral("r%1").arg(i);
            m.localScore = 0.3 * i;
            m.nodeScore = 10 - i;
            m.status = i == 2 ? TriageStatus::NotRelevant : TriageStatus::New;
            m.remoteRecord =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("contact"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr %1").arg(i)},
                                             {QStringLiteral("href"),
                                              QStringLiteral("mailto:dr%1@example.org").arg(i)}}}})
                    .toJson(QJsonDocument::Compact);
            matches << m;
        }
        model.setMatches(matches);
        QCOMPARE(model.row(1).email, QStringLiteral("dr1@example.org"));
        MatchFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(MatchModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, MatchModel::NodeColumn).data().toString(), QStringLiteral("node2"));
        proxy.setStatusFilter(MatchFilterModel::StatusFilter::Open);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("Dr 1"));
        QCOMPARE(proxy.rowCount(), 1);
        Match changed = matches[1];
        changed.status = TriageStatus::Contacted;
        model.updateMatch(changed);
        QCOMPARE(model.index(1, MatchModel::StatusColumn).data().toString(), QStringLiteral("contacted"));
    }

    // The shared phenotypes and the explanation show the HPO labels of the chosen language (English
    // in the tooltip, candidate translations in italics), while the stored explanation stays English;
    // the filter finds a match by either label.
    void matchTermsInHpoLanguage()
    {
        auto french = std::make_shared<HpoTranslations>(m_ontology, QStringLiteral("fr"));
        french->readBabelon("subject_id\tsource_language\ttranslation_language\tpredicate_id\tsource_value\t"
                            "translation_status\ttranslation_value\n"
                            "HP:0001250\ten\tfr\trdfs:label\tSeizure\tOFFICIAL\tCrise épileptique\n"
                            "HP:0000118\ten\tfr\trdfs:label\tPhenotypic abnormality\tCANDIDATE\t"
                            "Anomalie phénotypique\n",
                            QStringLiteral("hp-fr.babelon.tsv"));
        auto term = [](const char* id, const char* label) {
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                               {QStringLiteral("label"), QString::fromLatin1(label)},
                               {QStringLiteral("ic"), 1.0}};
        };
        const QJsonObject seizure = term("HP:0001250", "Seizure");
        const QJsonObject explanation{
            {QStringLiteral("terms"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("queryTerm"), seizure},
                             {QStringLiteral("caseTerm"), seizure},
                             {QStringLiteral("commonAncestor"), seizure},
                             {QStringLiteral("exact"), true}},
                 QJsonObject{{QStringLiteral("queryTerm"), term("HP:0001263", "Global developmental delay")},
                             {QStringLiteral("caseTerm"), term("HP:0020219", "Motor seizure")},
                             {QStringLiteral("commonAncestor"), term("HP:0000118", "Phenotypic abnormality")},
                             {QStringLiteral("exact"), false}}}}};
        Match m;
        m.rowId = 1;
        m.nodeName = QStringLiteral("node");
        m.status = TriageStatus::Reviewed;
        m.explanation = QJsonDocument(explanation).toJson(QJsonDocument::Compact);
        MatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatches({m});
        MatchFilterModel proxy;
        proxy.setSourceModel(&model);
        MatchDetailWidget detail;
        detail.showMatch(&model.row(0));
        const QModelIndex cell = model.index(0, MatchModel::PhenotypesColumn);
        const QAbstractItemModel* terms = detail.explanationView()->model();
        auto showsEnglish = [&] {
            QCOMPARE(cell.data().toString(), QStringLiteral("Seizure; Phenotypic abnormality"));
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                     QStringLiteral("Seizure\nPhenotypic abnormality"));
            QVERIFY(!cell.data(Qt::FontRole).value<QFont>().italic());
            QCOMPARE(terms->index(0, 0).data().toString(), QStringLiteral("Seizure"));
            QCOMPARE(terms->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("HP:0001250"));
            QCOMPARE(terms->index(0, 1).data().toString(), QStringLiteral("= Seizure"));
            QCOMPARE(terms->index(1, 1).data().toString(),
                     QStringLiteral("Motor seizure (via Phenotypic abnormality)"));
            QVERIFY(!terms->index(1, 1).data(Qt::FontRole).value<QFont>().italic());
            proxy.setText(QStringLiteral("crise"));
            QCOMPARE(proxy.rowCount(), 0);
        };
        showsEnglish();

        model.setTermLabels(HpoTermLabels(m_ontology, french));
        detail.setTermLabels(HpoTermLabels(m_ontology, french));
        QCOMPARE(cell.data().toString(), QStringLiteral("Crise épileptique; Anomalie phénotypique"));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QStringLiteral(
                     "Crise épileptique — English: Seizure\nAnomalie phénotypique — English: Phenotypic "
                     "abnormality (machine translation, not yet approved)"));
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic()); // a candidate translation is shown
        QCOMPARE(proxy.rowCount(), 1);                            // "crise"
        proxy.setText(QStringLiteral("seizure"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("convulsion"));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(terms->index(0, 0).data().toString(), QStringLiteral("Crise épileptique"));
        QCOMPARE(terms->index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("HP:0001250\nEnglish: Seizure"));
        QVERIFY(!terms->index(0, 0).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(terms->index(0, 1).data().toString(), QStringLiteral("= Crise épileptique"));
        QCOMPARE(terms->index(1, 0).data().toString(), QStringLiteral("Global developmental delay"));
        QCOMPARE(terms->index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("HP:0001263"));
        QCOMPARE(terms->index(1, 1).data().toString(),
                 QStringLiteral("Motor seizure (via Anomalie phénotypique)"));
        QVERIFY(terms->index(1, 1).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(
            terms->index(1, 1)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral(
                    "Anomalie phénotypique — English: Phenotypic abnormality (machine translation, not yet "
                    "approved)\nInformation content of the shared ancestor: ")));
        // Display only: the stored explanation keeps its English labels.
        QCOMPARE(model.row(0).match.explanation, m.explanation);
        QCOMPARE(model.row(0).sharedPhenotypes.at(0).label, QStringLiteral("Seizure"));

        model.setTermLabels(HpoTermLabels(m_ontology, nullptr));
        detail.setTermLabels(HpoTermLabels(m_ontology, nullptr));
        showsEnglish();
    }

    void nodeAndAuditModels()
    {
        NodeModel nodes;
        QAbstractItemModelTester tester(&nodes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Node n;
        n.name = QStringLiteral("a");
        n.baseUrl = QUrl(QStringLiteral("https://a.example.org/mme"));
        Node locked = n;
        locked.name = QStringLiteral("b");
        locked.lockedByPolicy = true;
        nodes.setNodes({n, locked});
        nodes.setStatus(QStringLiteral("a"), QStringLiteral("ok"));
        QCOMPARE(nodes.index(0, NodeModel::StatusColumn).data().toString(), QStringLiteral("ok"));
        QCOMPARE(nodes.index(1, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Set by your IT department"));

        AuditModel audit;
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.action = QStringLiteral("mme.match");
        e.patientRowId = 7;
        e.destination = QStringLiteral("a https://a.example.org/mme");
        e.fieldsSent = {QStringLiteral("patient.id")};
        audit.setEntries({e}, {{7, QStringLiteral("patient 7")}});
        QCOMPARE(audit.index(0, AuditModel::PatientColumn).data().toString(), QStringLiteral("patient 7"));
        QCOMPARE(audit.index(0, AuditModel::FieldsColumn).data().toString(), QStringLiteral("1 field(s)"));
    }

private:
    TemporaryProfile m_profile;
    std::shared_ptr<const HpoOntology> m_ontology;
};

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"
