#include "AlertsLogging.h"

Q_LOGGING_CATEGORY(lcAlerts, "matchdesk.alerts")
