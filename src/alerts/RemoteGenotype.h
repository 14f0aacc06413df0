#pragma once

#include "core/Patient.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

// The genes and variants of a remote MME patient record, as comparable keys, so that two versions
// of a record can be diffed ("new shared gene", "new variant").
class RemoteGenotype
{
public:
    static RemoteGenotype fromMmeRecord(const QByteArray& patientJson);

    // Display names (symbol when known) of the remote genes that the local patient also has.
    QStringList sharedGenes(const Patient& local) const;
    const QSet<QString>& variantKeys() const { return m_variants; }

    // Lower-cased identifiers of a local gene (HGNC id, symbol, Ensembl, Entrez).
    static QSet<QString> geneKeys(const Gene& gene);

private:
    struct RemoteGene
    {
        QSet<QString> keys;
        QString display;
    };
    QList<RemoteGene> m_genes;
    QSet<QString> m_variants; // "GRCh38:7:117559590:A:G"
};
