#include "HpoTermLabels.h"

#include "matching/HpoOntology.h"

HpoTermLabels::HpoTermLabels(std::shared_ptr<const HpoOntology> ontology,
                             std::shared_ptr<const HpoTranslations> translations)
    : m_ontology(std::move(ontology))
    , m_translations(m_ontology ? std::move(translations) : nullptr)
{}

HpoTermLabels::Label HpoTermLabels::label(const QString& id, const QString& storedLabel) const
{
    Label l{id, storedLabel, storedLabel, HpoTranslations::Status::None};
    const int term = m_ontology && !id.isEmpty() ? m_ontology->indexOf(id) : -1;
    if (term < 0) {
        return l;
    }
    l.english = m_ontology->name(term);
    l.text = m_translations ? m_translations->displayLabel(term, &l.status) : l.english;
    return l;
}

HpoTermLabels::Label HpoTermLabels::label(const QJsonObject& term) const
{
    return label(term.value(QStringLiteral("id")).toString(), term.value(QStringLiteral("label")).toString());
}
