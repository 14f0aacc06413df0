#pragma once

#include "core/Patient.h"

#include <QList>
#include <QStringList>

struct PhenopacketReadResult
{
    QList<Patient> patients;
    QStringList skipped;  // one entry per skipped document: "<file>, line N: <field>: <reason>"
    QStringList warnings; // non-fatal: HPO ids remapped or unchecked, unknown schema versions ...
};
