#include "Zygosity.h"

namespace ZygosityCodes {

QString toKey(Zygosity z)
{
    switch (z) {
    case Zygosity::Heterozygous: return QStringLiteral("heterozygous");
    case Zygosity::Homozygous: return QStringLiteral("homozygous");
    case Zygosity::Hemizygous: return QStringLiteral("hemizygous");
    case Zygosity::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Zygosity fromKey(const QString& key)
{
    if (key == QLatin1String("heterozygous")) {
        return Zygosity::Heterozygous;
    }
    if (key == QLatin1String("homozygous")) {
        return Zygosity::Homozygous;
    }
    if (key == QLatin1String("hemizygous")) {
        return Zygosity::Hemizygous;
    }
    return Zygosity::Unknown;
}

QString toGeno(Zygosity z)
{
    switch (z) {
    case Zygosity::Heterozygous: return QStringLiteral("GENO:0000135");
    case Zygosity::Homozygous: return QStringLiteral("GENO:0000136");
    case Zygosity::Hemizygous: return QStringLiteral("GENO:0000134");
    case Zygosity::Unknown: break;
    }
    return {};
}

Zygosity fromGeno(const QString& genoId)
{
    if (genoId == QLatin1String("GENO:0000135")) {
        return Zygosity::Heterozygous;
    }
    if (genoId == QLatin1String("GENO:0000136")) {
        return Zygosity::Homozygous;
    }
    if (genoId == QLatin1String("GENO:0000134")) {
        return Zygosity::Hemizygous;
    }
    return Zygosity::Unknown;
}

QString genoLabel(Zygosity z)
{
    return z == Zygosity::Unknown ? QString() : toKey(z);
}

int toMme(Zygosity z)
{
    switch (z) {
    case Zygosity::Heterozygous:
    case Zygosity::Hemizygous: return 1;
    case Zygosity::Homozygous: return 2;
    case Zygosity::Unknown: break;
    }
    return 0;
}

} // namespace ZygosityCodes
