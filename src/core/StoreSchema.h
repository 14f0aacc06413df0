#pragma once

#include <QList>

// The database schema as forward migrations: entry i brings user_version i to i+1.
// Never edit a released migration; append a new one and raise Store::kSchemaVersion.
namespace StoreSchema {
QList<const char*> migrations();
constexpr int kApplicationId = 0x4D444B31; // "MDK1": marks a MatchDesk database file
} // namespace StoreSchema
