#include "MatchExplanation.h"

#include <QJsonArray>

QJsonObject MatchExplanation::toJson() const
{
    QJsonArray termsJson;
    for (const TermMatch& t : terms) {
        termsJson.append(QJsonObject{
            {QStringLiteral("queryTerm"), QJsonObject{{QStringLiteral("id"), t.queryTermId},
                                                      {QStringLiteral("label"), t.queryLabel},
                                                      {QStringLiteral("ic"), t.queryTermIc}}},
            {QStringLiteral("caseTerm"),
             t.caseTermId.isEmpty() ? QJsonValue()
                                    : QJsonValue(QJsonObject{{QStringLiteral("id"), t.caseTermId},
                                                             {QStringLiteral("label"), t.caseLabel}})},
            {QStringLiteral("commonAncestor"),
             t.commonAncestorId.isEmpty()
                 ? QJsonValue()
                 : QJsonValue(QJsonObject{{QStringLiteral("id"), t.commonAncestorId},
                                          {QStringLiteral("label"), t.commonAncestorLabel},
                                          {QStringLiteral("ic"), t.commonAncestorIc}})},
            {QStringLiteral("exact"), t.exact},
        });
    }
    return QJsonObject{
        {QStringLiteral("score"), score},
        {QStringLiteral("phenotypeScore"), phenotypeScore},
        {QStringLiteral("genotypeScore"), genotypeScore},
        {QStringLiteral("measure"), measure},
        {QStringLiteral("phenotypeComponents"),
         QJsonObject{{QStringLiteral("exact"), exactScore},
                     {QStringLiteral("ontology"), ontologyScore},
                     {QStringLiteral("geneProfile"), geneProfileScore}}},
        {QStringLiteral("terms"), termsJson},
        {QStringLiteral("contradictions"), QJsonArray::fromStringList(contradictions)},
        {QStringLiteral("genotype"), genotype.toJson()},
    };
}
