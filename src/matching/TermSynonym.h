#pragma once

#include <QString>

// One synonym of an ontology term with its OBO scope.
struct TermSynonym
{
    enum class Scope
    {
        Exact,
        Related,
        Broad,
        Narrow,
    };
    QString text;
    Scope scope = Scope::Exact;
    QString type; // synonym type, e.g. "layperson", "abbreviation"; empty if none

    bool operator==(const TermSynonym&) const = default;
};
