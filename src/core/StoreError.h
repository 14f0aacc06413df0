#pragma once

#include "MatchDeskError.h"

// A database problem: damaged file, full disk, locked too long, constraint violated ...
class StoreError : public MatchDeskError
{
public:
    using MatchDeskError::MatchDeskError;
};
