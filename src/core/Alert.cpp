#include "Alert.h"

QString Alert::kindKey(Kind k)
{
    switch (k) {
    case Kind::ChangedMatch: return QStringLiteral("changed");
    case Kind::WithdrawnMatch: return QStringLiteral("withdrawn");
    case Kind::NewMatch: break;
    }
    return QStringLiteral("new");
}

Alert::Kind Alert::kindFromKey(const QString& key)
{
    if (key == QLatin1String("changed")) {
        return Kind::ChangedMatch;
    }
    if (key == QLatin1String("withdrawn")) {
        return Kind::WithdrawnMatch;
    }
    return Kind::NewMatch;
}
