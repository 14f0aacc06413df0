#pragma once

#include <QString>

// Variant consequence terms of the Sequence Ontology as written by VEP (CSQ), SnpEff (ANN) and
// ClinVar (MC), ordered by Ensembl's severity ranking.
class SequenceOntology
{
public:
    enum class Impact
    {
        Modifier = 0,
        Low = 1,
        Moderate = 2,
        High = 3,
    };

    struct Term
    {
        QString id;    // "SO:0001587"
        QString name;  // "stop_gained"
        Impact impact = Impact::Modifier;
        int rank = -1; // 0 = most severe; -1 unknown
        bool isValid() const { return rank >= 0; }
    };

    // A consequence name (VEP/SnpEff spelling, several joined by '&' allowed: the most severe wins)
    // or an SO id.
    static Term lookup(const QString& nameOrId);
    static Impact impactFromName(const QString& name, bool* ok = nullptr); // HIGH|MODERATE|LOW|MODIFIER
    static QString impactName(Impact impact);
};
