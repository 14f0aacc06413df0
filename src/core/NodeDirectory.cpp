#include "NodeDirectory.h"

#include "Settings.h"
#include "Store.h"

#include <QSet>

QList<Node> NodeDirectory::all(Store& store, const Settings& settings)
{
    QList<Node> result = settings.policyNodes();
    QSet<QString> names;
    for (const Node& n : std::as_const(result)) {
        names.insert(n.name);
    }
    for (const Node& n : store.nodes()) {
        if (!names.contains(n.name)) {
            result.append(n);
        }
    }
    return result;
}
