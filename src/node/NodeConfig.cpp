#include "NodeConfig.h"

QString NodeConfig::normaliseBasePath(const QString& path)
{
    QString p = path.trimmed();
    while (p.endsWith(QLatin1Char('/'))) {
        p.chop(1);
    }
    if (!p.isEmpty() && !p.startsWith(QLatin1Char('/'))) {
        p.prepend(QLatin1Char('/'));
    }
    return p;
}
