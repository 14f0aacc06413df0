#include "NodeLogging.h"

Q_LOGGING_CATEGORY(lcNode, "matchdesk.node")
