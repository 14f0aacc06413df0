#pragma once

#include <QString>

enum class Zygosity
{
    Unknown,
    Heterozygous,
    Homozygous,
    Hemizygous,
};

namespace ZygosityCodes {
QString toKey(Zygosity z);       // "unknown" | "heterozygous" | "homozygous" | "hemizygous"
Zygosity fromKey(const QString& key);
QString toGeno(Zygosity z);      // GENO:0000135 / GENO:0000136 / GENO:0000134; empty for Unknown
Zygosity fromGeno(const QString& genoId);
QString genoLabel(Zygosity z);   // "heterozygous" ...
int toMme(Zygosity z);           // MME: 1 = het or hemizygous, 2 = homozygous, 0 = not given
} // namespace ZygosityCodes
