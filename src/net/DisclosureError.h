#pragma once

#include "NetError.h"

// A patient that may not (or cannot) be sent to the network: no consent for matching, no
// responsible clinician, nothing to match on, identifying data detected in the payload.
class DisclosureError : public NetError
{
public:
    using NetError::NetError;
};
