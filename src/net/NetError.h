#pragma once

#include "core/MatchDeskError.h"

// A network, configuration or disclosure problem; the message names the node or the patient.
class NetError : public MatchDeskError
{
public:
    using MatchDeskError::MatchDeskError;
};
