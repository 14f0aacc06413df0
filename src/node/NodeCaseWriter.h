#pragma once

#include "core/Contact.h"
#include "core/Patient.h"

#include <QJsonObject>
#include <QString>

// A node case as an MME patient object (search-api.md). The local label never leaves the node;
// the id is the case's public id. Cases without a contact get the node's default contact.
namespace NodeCaseWriter {
QJsonObject toMme(const Patient& patient, const QString& publicId, const Contact& defaultContact);
// The MME gene id of a model gene: Ensembl id, else HGNC symbol, else Entrez id, else HGNC id.
QString mmeGeneId(const Gene& gene);
} // namespace NodeCaseWriter
