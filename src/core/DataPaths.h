#pragma once

#include <QString>

// Where reference data (HPO, HGNC, phenopackets) and the user's database live.
class DataPaths
{
public:
    // Reference data directory (holds hpo/, genes/, phenopackets/). Order: the
    // MATCHDESK_DATA_DIR environment variable, the installed share/matchdesk/data next to the
    // executable, then the build tree's configured data directory.
    static QString referenceDataDir();
    static QString hpoDir() { return referenceDataDir() + QStringLiteral("/hpo"); }
    static QString genesDir() { return referenceDataDir() + QStringLiteral("/genes"); }
    static QString phenopacketsDir() { return referenceDataDir() + QStringLiteral("/phenopackets"); }

    // The user's database: explicit path if given, else MATCHDESK_DB, else the per-user
    // application data directory (QStandardPaths::AppDataLocation)/matchdesk.sqlite.
    static QString databasePath(const QString& explicitPath = {});
};
