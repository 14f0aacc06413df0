#pragma once

#include "GenotypeMatch.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Why a case scored as it did against a query.
class MatchExplanation
{
public:
    // For one observed query term: its best-matching observed case term and their most informative
    // common ancestor (MICA) with its information content.
    struct TermMatch
    {
        QString queryTermId;
        QString queryLabel;
        QString caseTermId; // empty when the case has no observed terms
        QString caseLabel;
        QString commonAncestorId;
        QString commonAncestorLabel;
        double commonAncestorIc = 0; // = Resnik similarity of the pair
        double queryTermIc = 0;
        bool exact = false; // same term on both sides
    };

    QList<TermMatch> terms;
    QStringList contradictions; // "HP:x observed in query, excluded in case" style notes
    GenotypeMatch genotype;
    double exactScore = 0;       // component E
    double ontologyScore = 0;    // component O
    double geneProfileScore = 0; // component G
    double phenotypeScore = 0;
    double genotypeScore = 0;
    double score = 0;
    QString measure;

    QJsonObject toJson() const;
};
