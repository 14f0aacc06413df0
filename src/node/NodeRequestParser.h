#pragma once

#include "core/Patient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class GeneCatalog;
class HpoOntology;

// Strict reading of an MME search request body (search-api.md): JSON syntax errors are 400,
// schema violations are 422 with a message naming the JSON field ("patient.features[2].id").
// Thread-safe (the catalog and ontology are read-only).
class NodeRequestParser
{
public:
    struct Result
    {
        int status = 200;  // 200, 400 or 422
        QString message;   // error text naming the field
        QString field;     // JSON path of the offending field
        Patient patient;   // the query as a Patient (variants 1-based VCF style)
        QString patientId; // patient.id as sent
        bool test = false; // patient.test
        bool ok() const { return status == 200; }
    };

    // catalog: when given (and loaded), gene ids must resolve to an HGNC gene.
    // ontology: when given, HPO ids must be known terms (alt ids accepted).
    NodeRequestParser(const GeneCatalog* catalog = nullptr, const HpoOntology* ontology = nullptr);

    Result parse(const QByteArray& body) const;
    Result parse(const QJsonObject& request) const;

private:
    const GeneCatalog* m_catalog;
    const HpoOntology* m_ontology;
};
