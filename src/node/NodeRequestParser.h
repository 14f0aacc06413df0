#pragma once

#include "core/Patient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class GeneCatalog;
class HpoOntology;

// Reading of an MME search request body (search-api.md). The patient object is read by the
// formats library's MmePatientReader (strict MME validation, errors naming the JSON path); this
// class adds what is specific to a request and to this node:
//  - JSON syntax errors are 400; a body that is not an object, a missing "patient", or a
//    "disclaimer"/"terms" that is not a string are 422;
//  - node policy on top of the reader: every HPO id must be a current term of the node's ontology
//    (alt ids accepted), and every gene id must resolve in the HGNC catalog when one is loaded
//    (else look like a gene identifier), because the node can only match what it can index.
// Every 422 names the JSON field ("patient.features[2].id") in `field` and at the start of
// `message`. Thread-safe (the catalog and ontology are read-only).
class NodeRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(NodeRequestParser)

public:
    struct Result
    {
        int status = 200;  // 200, 400 or 422
        QString message;   // error text, starting with the field
        QString field;     // JSON path of the offending field
        Patient patient;   // the query as a Patient (variants 1-based VCF style)
        QString patientId; // patient.id as sent
        bool test = false; // patient.test
        bool ok() const { return status == 200; }
    };

    NodeRequestParser(const GeneCatalog* catalog = nullptr, const HpoOntology* ontology = nullptr);

    Result parse(const QByteArray& body) const;
    Result parse(const QJsonObject& request) const;

private:
    const GeneCatalog* m_catalog;
    const HpoOntology* m_ontology;
};
