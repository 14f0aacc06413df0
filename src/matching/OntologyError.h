#pragma once

#include "core/MatchDeskError.h"

// Thrown when an ontology or annotation file cannot be read or is malformed; the message names the
// file and, for syntax errors, the line.
class OntologyError : public MatchDeskError
{
public:
    using MatchDeskError::MatchDeskError;
};
