#pragma once

#include "matching/HpoTranslations.h"

#include <QJsonObject>
#include <QString>
#include <memory>

class HpoOntology;

// Display labels of HPO terms that stored data (match explanations) names by id and English
// label: the label in the HPO language (as on the Phenotypes page), else the current English
// label of the ontology, else the stored label (unknown id, ontology not loaded yet). Display
// only: what is stored or sent keeps its English labels.
class HpoTermLabels
{
public:
    struct Label
    {
        QString id;
        QString text;    // what to show
        QString english; // the English label (the stored one when the ontology does not know the id)
        HpoTranslations::Status status = HpoTranslations::Status::None;

        bool isCandidate() const { return status == HpoTranslations::Status::Candidate; }
    };

    HpoTermLabels() = default;
    // Null translations = English.
    HpoTermLabels(std::shared_ptr<const HpoOntology> ontology,
                  std::shared_ptr<const HpoTranslations> translations);

    Label label(const QString& id, const QString& storedLabel) const;
    // A term object of an explanation: {"id": "HP:…", "label": "…"}.
    Label label(const QJsonObject& term) const;

private:
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const HpoTranslations> m_translations;
};
