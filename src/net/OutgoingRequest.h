#pragma once

#include "core/Node.h"
#include "core/Patient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class GeneCatalog;

// "What will be sent": the exact bytes of one POST <base>/match for one node, computable before
// anything leaves the machine. The patient id is the pseudonym; the label, local id, name and
// birth data are never included; the contact is the responsible clinician. For media type 1.0
// nodes the fields added in 1.1 (contact.email/roles, features[].label, disorders[].label) are
// left out. build() refuses (DisclosureError naming the patient) without consent for matching or
// without a responsible clinician contact.
struct OutgoingRequest
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingRequest)

public:
    struct Options
    {
        bool test = false;                        // "test": true (the node suppresses notifications)
        bool includeVariants = true;              // false: genes only, no coordinates
        const GeneCatalog* geneCatalog = nullptr; // Ensembl ids for gene.id
    };

    QString nodeName;
    QUrl url;             // <base>/match
    QByteArray mediaType; // Content-Type and Accept
    QString pseudonym;
    QByteArray body;        // the exact request body
    QByteArray sha256Hex;   // of body
    QStringList fieldsSent; // sorted JSON paths, e.g. "patient.features[].id"
    QStringList warnings;   // non-fatal omissions (unmappable disorder, gene without Ensembl id ...)

    // Throws DisclosureError.
    static OutgoingRequest build(const Patient& patient, const Node& node, const QString& pseudonym,
                                 const Options& options);
    // The checks alone (consent, contact, something to match on); throws DisclosureError.
    static void checkSendable(const Patient& patient);
    // JSON paths of every leaf of a JSON document ("patient.contact.name", "patient.features[].id").
    static QStringList fieldPaths(const QByteArray& json);
};
