#pragma once

#include "core/MatchDeskError.h"

// A node configuration or start-up problem (clients file, TLS files, listen address ...).
class NodeError : public MatchDeskError
{
public:
    using MatchDeskError::MatchDeskError;
};
