#include "CoreLogging.h"

Q_LOGGING_CATEGORY(lcCore, "matchdesk.core")
Q_LOGGING_CATEGORY(lcStore, "matchdesk.store")
