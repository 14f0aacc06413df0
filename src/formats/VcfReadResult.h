#pragma once

#include "core/Variant.h"

#include <QList>
#include <QString>
#include <QStringList>

struct VcfReadResult
{
    QList<Variant> variants;   // empty when a sink consumed them
    QString sample;            // the proband column used (empty for sites-only files)
    QString assembly;          // as used for the variants
    qint64 records = 0;        // data lines / BCF records read
    qint64 alleles = 0;        // ALT alleles considered
    qint64 imported = 0;       // variants produced
    qint64 filtered = 0;       // alleles dropped by the filters
    qint64 noCalls = 0;        // records skipped because the proband's GT is missing
    qint64 notCarried = 0;     // alleles the proband does not carry
    QStringList warnings;
};
