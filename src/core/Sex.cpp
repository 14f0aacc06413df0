#include "Sex.h"

namespace SexCodes {

QString toPhenopacket(Sex sex)
{
    switch (sex) {
    case Sex::Female: return QStringLiteral("FEMALE");
    case Sex::Male: return QStringLiteral("MALE");
    case Sex::Other: return QStringLiteral("OTHER_SEX");
    case Sex::Unknown: break;
    }
    return QStringLiteral("UNKNOWN_SEX");
}

Sex fromPhenopacket(const QString& value, bool* ok)
{
    if (ok) {
        *ok = true;
    }
    if (value == QLatin1String("FEMALE")) {
        return Sex::Female;
    }
    if (value == QLatin1String("MALE")) {
        return Sex::Male;
    }
    if (value == QLatin1String("OTHER_SEX")) {
        return Sex::Other;
    }
    if (value != QLatin1String("UNKNOWN_SEX") && !value.isEmpty() && ok) {
        *ok = false;
    }
    return Sex::Unknown;
}

QString toKey(Sex sex)
{
    switch (sex) {
    case Sex::Female: return QStringLiteral("female");
    case Sex::Male: return QStringLiteral("male");
    case Sex::Other: return QStringLiteral("other");
    case Sex::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Sex fromKey(const QString& key)
{
    if (key == QLatin1String("female")) {
        return Sex::Female;
    }
    if (key == QLatin1String("male")) {
        return Sex::Male;
    }
    if (key == QLatin1String("other")) {
        return Sex::Other;
    }
    return Sex::Unknown;
}

} // namespace SexCodes
