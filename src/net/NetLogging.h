#pragma once

#include <QLoggingCategory>

// matchdesk.net: transport, MME client, federated query. Never logs tokens or payloads.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
