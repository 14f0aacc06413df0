#pragma once

#include <QtGlobal>

#include <functional>

class HpoOntology;
class GeneCatalog;

struct PhenopacketReadOptions
{
    // false: the first invalid document aborts the whole import (FormatError, nothing returned);
    // true: invalid documents are left out and listed in PhenopacketReadResult::skipped.
    bool skipInvalid = false;
    // When set, alternative and obsolete HPO ids are mapped to current ids (each mapping is listed
    // in warnings); ids unknown to the ontology are kept and flagged. When null, ids are kept as
    // given and flagged as unchecked.
    const HpoOntology* ontology = nullptr;
    // Called between documents with (documents done, documents total); returning false cancels
    // the import (FormatError, nothing returned).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Optional: completes gene records (Ensembl, Entrez, symbol) from the HGNC id.
    const GeneCatalog* geneCatalog = nullptr;
};
