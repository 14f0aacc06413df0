#pragma once

#include "Node.h"

#include <QList>

class Settings;
class Store;

// The nodes this installation queries: those deployed by IT policy (read-only, they win on a name
// clash) followed by the user's own, sorted by name within each group.
class NodeDirectory
{
public:
    static QList<Node> all(Store& store, const Settings& settings);
};
