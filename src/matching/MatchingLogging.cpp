#include "MatchingLogging.h"

Q_LOGGING_CATEGORY(lcMatching, "matchdesk.matching")
