#include "DemoProfile.h"

#include "core/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
PhenotypeFeature feature(const char* id, const char* label, bool excluded = false)
{
    PhenotypeFeature f;
    f.termId = QString::fromLatin1(id);
    f.label = QString::fromLatin1(label);
    f.excluded = excluded;
    return f;
}

// The HPO ids of the labels used below (HPO 2026-02-16), as real explanations carry them.
QJsonObject term(const QString& label)
{
    static const QHash<QString, QString> ids = {
        {QStringLiteral("Low-set ears"), QStringLiteral("HP:0000369")},
        {QStringLiteral("Cleft palate"), QStringLiteral("HP:0000175")},
        {QStringLiteral("Narrow mouth"), QStringLiteral("HP:0000160")},
        {QStringLiteral("Abnormality of the face"), QStringLiteral("HP:0000271")}};
    QJsonObject o{{QStringLiteral("label"), label}};
    if (ids.contains(label)) {
        o.insert(QStringLiteral("id"), ids.value(label));
    }
    return o;
}

QByteArray explanation(const QList<std::pair<QString, QString>>& terms, const QString& gene)
{
    QJsonArray array;
    for (const auto& [query, match] : terms) {
        const bool exact = query == match;
        QJsonObject ancestor = term(exact ? query : QStringLiteral("Abnormality of the face"));
        ancestor.insert(QStringLiteral("ic"), exact ? 5.1 : 2.3);
        array.append(QJsonObject{{QStringLiteral("queryTerm"), term(query)},
                                 {QStringLiteral("caseTerm"), term(match)},
                                 {QStringLiteral("commonAncestor"), ancestor},
                                 {QStringLiteral("exact"), exact}});
    }
    QJsonArray genes;
    if (!gene.isEmpty()) {
        genes.append(QJsonObject{{QStringLiteral("symbol"), gene},
                                 {QStringLiteral("sameVariants"), QJsonArray{}},
                                 {QStringLiteral("sameZygosity"), true}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("terms"), array},
                           {QStringLiteral("genotype"), QJsonObject{{QStringLiteral("sharedGenes"), genes}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray record(const QString& id, const QString& name, const QString& institution, const QString& gene)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("id"), id},
                   {QStringLiteral("contact"),
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("institution"), institution},
                                {QStringLiteral("href"), QStringLiteral("mailto:genetics@example.org")}}},
                   {QStringLiteral("genomicFeatures"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("gene"), QJsonObject{{QStringLiteral("id"), gene}}}}}},
               })
        .toJson(QJsonDocument::Compact);
}
} // namespace

qint64 DemoProfile::fill(Store& store)
{
    Patient kabuki;
    kabuki.localId = QStringLiteral("P-2024-017");
    kabuki.label = QStringLiteral("Kabuki-like, boy 2019");
    kabuki.sex = Sex::Male;
    kabuki.consent = {Consent::State::Granted, QDate(2024, 3, 12)};
    kabuki.contact = {QStringLiteral("Dr. Anna Berger"),
                      QStringLiteral("University Hospital Genetics"),
                      QStringLiteral("a.berger@example.org"),
                      QStringLiteral("mailto:a.berger@example.org"),
                      {QStringLiteral("clinician")}};
    kabuki.features = {
        feature("HP:0000369", "Low-set ears"),          feature("HP:0001263", "Global developmental delay"),
        feature("HP:0000175", "Cleft palate"),          feature("HP:0001252", "Hypotonia"),
        feature("HP:0000160", "Narrow mouth"),          feature("HP:0001250", "Seizure", true),
        feature("HP:0000118", "Phenotypic abnormality")};
    Variant v;
    v.gene = {QStringLiteral("HGNC:7133"), QStringLiteral("KMT2D"), QStringLiteral("ENSG00000167548"),
              QStringLiteral("8085")};
    v.assembly = QStringLiteral("GRCh38");
    v.chromosome = QStringLiteral("12");
    v.position = 49031238;
    v.ref = QStringLiteral("C");
    v.alt = QStringLiteral("T");
    v.zygosity = Zygosity::Heterozygous;
    v.hgvsC = QStringLiteral("NM_003482.4:c.15061C>T");
    v.hgvsP = QStringLiteral("NP_003473.3:p.(Arg5021Ter)");
    v.acmgClass = AcmgClass::Pathogenic;
    kabuki.variants << v;
    Variant v2;
    v2.gene = {QStringLiteral("HGNC:20261"), QStringLiteral("CHD7"), {}, {}};
    v2.hgvsC = QStringLiteral("NM_017780.4:c.2238+5G>A");
    v2.zygosity = Zygosity::Heterozygous;
    v2.acmgClass = AcmgClass::UncertainSignificance;
    kabuki.variants << v2;
    kabuki.source = QStringLiteral("manual");
    store.savePatient(kabuki);

    Patient second;
    second.localId = QStringLiteral("P-2024-021");
    second.label = QStringLiteral("Epileptic encephalopathy, girl 2021");
    second.sex = Sex::Female;
    second.features = {feature("HP:0001250", "Seizure"), feature("HP:0001263", "Global developmental delay")};
    second.source = QStringLiteral("phenopacket");
    store.savePatient(second);

    Patient third;
    third.localId = QStringLiteral("P-2023-104");
    third.label = QStringLiteral("Skeletal dysplasia, family 12");
    third.consent = {Consent::State::Granted, QDate(2023, 11, 2)};
    third.features = {feature("HP:0004322", "Short stature")};
    store.savePatient(third);

    for (const char* name : {"GeneMatcher (test)", "University node"}) {
        Node n;
        n.name = QString::fromLatin1(name);
        n.baseUrl = QUrl(
            QStringLiteral("https://mme.example.org/%1").arg(QString::fromLatin1(name).left(4).toLower()));
        store.saveNode(n);
    }

    const QList<std::tuple<QString, QString, QString, double, double, QString>> matches = {
        {QStringLiteral("GeneMatcher (test)"), QStringLiteral("gm-8812"), QStringLiteral("Dr. Luis Ortega"),
         0.82, 0.91, QStringLiteral("KMT2D")},
        {QStringLiteral("University node"), QStringLiteral("un-17"), QStringLiteral("Prof. Mei Chen"), 0.64,
         12.5, QStringLiteral("KMT2D")},
        {QStringLiteral("University node"), QStringLiteral("un-44"), QStringLiteral("Dr. Sara Nilsson"), 0.31,
         4.2, QStringLiteral("KDM6A")},
    };
    int i = 0;
    for (const auto& [node, id, contact, local, nodeScore, gene] : matches) {
        Match m;
        m.patientRowId = kabuki.rowId;
        m.nodeName = node;
        m.remotePatientId = id;
        m.localScore = local;
        m.nodeScore = nodeScore;
        m.phenotypeScore = local;
        m.genotypeScore = gene == QLatin1String("KMT2D") ? 1.0 : 0.0;
        m.remoteRecord = record(id, contact, QStringLiteral("Clinical Genetics Centre"), gene);
        m.explanation = explanation({{QStringLiteral("Low-set ears"), QStringLiteral("Low-set ears")},
                                     {QStringLiteral("Cleft palate"), QStringLiteral("Cleft palate")},
                                     {QStringLiteral("Narrow mouth"), QStringLiteral("Microstomia")}},
                                    gene == QLatin1String("KMT2D") ? gene : QString());
        m.disclaimer = QStringLiteral(
            "Data are provided for research matchmaking only; confirm every finding clinically.");
        m.firstSeen = m.lastSeen = QDateTime::currentDateTimeUtc();
        store.upsertMatch(m);
        if (i++ == 1) {
            store.setTriage(m.rowId, TriageStatus::Contacted, QStringLiteral("E-mailed 12 March"));
        }
    }
    AuditEntry a;
    a.time = QDateTime::currentDateTimeUtc();
    a.action = QStringLiteral("mme.match");
    a.patientRowId = kabuki.rowId;
    a.pseudonym = QStringLiteral("md-3f2a9c01d4e5b6a7980f1e2d3c4b5a69");
    a.destination = QStringLiteral("University node https://mme.example.org/univ");
    a.payloadSha256 = QByteArrayLiteral("9c1e7b2f5d4a3c8e0f6b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f");
    a.fieldsSent = {QStringLiteral("patient.id"), QStringLiteral("patient.contact.name"),
                    QStringLiteral("patient.features[].id")};
    a.outcome = QStringLiteral("ok 2 results");
    store.appendAudit(a);
    return kabuki.rowId;
}
