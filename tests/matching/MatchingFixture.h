#pragma once

#include "TestConfig.h"
#include "core/Patient.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"

#include <QString>
#include <memory>

// The fixture ontology tests/data/matching/mini.obo and a hand-made disease corpus:
//   D1 {Focal seizure 21, Cataract 41}, D2 {Generalized seizure 22}, D3 {Ataxia 30, Congenital cataract 42},
//   D4 {Seizure 20, Ataxia 30}.
// Propagated counts (N = 4): All/118/10: 4; Seizure 20: 3; 21: 1; 22: 1; Ataxia 30: 2; eye 40: 2;
// Cataract 41: 2; 42: 1; Congenital abnormality 50: 1; Mode of inheritance 5: 0 (-> max IC ln 4).
namespace MatchingFixture {

inline QString oboPath()
{
    return QStringLiteral(MATCHDESK_TEST_FIXTURES_DIR "/matching/mini.obo");
}

inline std::shared_ptr<const HpoOntology> ontology()
{
    static auto o = std::make_shared<const HpoOntology>(HpoOntology::load(oboPath()));
    return o;
}

inline int t(const char* id)
{
    return ontology()->indexOf(QString::fromLatin1(id));
}

inline std::shared_ptr<const InformationContent> ic()
{
    static auto ic = std::make_shared<const InformationContent>(
        InformationContent::fromEntities(*ontology(), {{t("HP:0000021"), t("HP:0000041")},
                                                       {t("HP:0000022")},
                                                       {t("HP:0000030"), t("HP:0000042")},
                                                       {t("HP:0000020"), t("HP:0000030")}}));
    return ic;
}

inline Patient patient(const QString& id, const QStringList& observed, const QString& gene = {},
                       const QString& pmid = {}, const QStringList& excluded = {})
{
    Patient p;
    p.localId = id;
    for (const QString& term : observed) {
        PhenotypeFeature f;
        f.termId = term;
        p.features.append(f);
    }
    for (const QString& term : excluded) {
        PhenotypeFeature f;
        f.termId = term;
        f.excluded = true;
        p.features.append(f);
    }
    if (!gene.isEmpty()) {
        Variant v;
        v.gene.symbol = gene;
        v.gene.hgncId = QStringLiteral("HGNC:") + QString::number(qHash(gene) % 100000);
        p.variants.append(v);
    }
    if (!pmid.isEmpty()) {
        ExternalReference r;
        r.id = pmid;
        p.references.append(r);
    }
    return p;
}

} // namespace MatchingFixture
