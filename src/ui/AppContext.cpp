#include "AppContext.h"

#include "UiLogging.h"
#include "core/DataPaths.h"
#include "core/MatchDeskError.h"
#include "core/MemorySecretStore.h"
#include "core/NodeDirectory.h"
#include "core/Settings.h"
#include "matching/HpoOntology.h"
#include "matching/HpoTranslations.h"
#include "matching/InformationContent.h"
#include "matching/TermSearch.h"
#include "net/LocalRanker.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QtConcurrent>

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_secrets(std::make_unique<MemorySecretStore>())
{}

AppContext::~AppContext() = default;

void AppContext::openStore(const QString& path)
{
    m_store.open(path);
}

QList<Node> AppContext::nodes()
{
    try {
        return NodeDirectory::all(m_store, *Settings::instance());
    } catch (const StoreError& e) {
        qCWarning(lcUi) << "cannot read nodes:" << e.message();
    }
    return Settings::instance()->policyNodes();
}

void AppContext::setSecretStore(std::unique_ptr<SecretStore> secrets)
{
    if (secrets) {
        m_secrets = std::move(secrets);
    }
}

void AppContext::setOntology(std::shared_ptr<const HpoOntology> ontology)
{
    m_ontology = std::move(ontology);
    if (m_ontology) {
        auto search = std::make_shared<TermSearch>(m_ontology);
        search->search(QStringLiteral("seizure"), 1); // builds the index now
        m_termSearch = search;
    }
    emit ontologyReady();
    reloadHpoTranslations();
}

void AppContext::setHpoLanguage(const QString& language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    if (lang == m_hpoLanguage) {
        return;
    }
    m_hpoLanguage = lang;
    reloadHpoTranslations();
}

void AppContext::reloadHpoTranslations()
{
    const auto ontology = m_ontology;
    if (!ontology) {
        return; // loaded once the ontology is ready
    }
    const int generation = ++m_hpoGeneration;
    const QString language = m_hpoLanguage;
    if (language == QLatin1String("en") && !m_hpoTranslations) {
        return; // the English index is already in place
    }
    QPointer<AppContext> self(this);
    (void)QtConcurrent::run([self, ontology, language, generation] {
        std::shared_ptr<const HpoTranslations> translations;
        auto search = std::make_shared<TermSearch>(ontology);
        if (language != QLatin1String("en")) {
            try {
                auto t = std::make_shared<HpoTranslations>(
                    HpoTranslations::load(ontology, language, HpoTranslations::defaultDirectory()));
                t->addTo(*search);
                translations = t;
            } catch (const MatchDeskError& e) {
                qCWarning(lcUi) << "HPO translations not loaded:" << e.message();
            }
        }
        search->search(QStringLiteral("seizure"), 1);
        std::shared_ptr<const TermSearch> constSearch = search;
        QMetaObject::invokeMethod(qApp, [self, ontology, translations, search = constSearch, generation] {
            if (self && generation == self->m_hpoGeneration && ontology == self->m_ontology) {
                self->m_hpoTranslations = translations;
                self->m_termSearch = search;
                emit self->hpoLanguageChanged();
            }
        });
    });
}

void AppContext::startLoadingReferenceData()
{
    QPointer<AppContext> self(this);
    // Ontology, its search index and the information content: one background job.
    (void)QtConcurrent::run([self] {
        QElapsedTimer timer;
        timer.start();
        try {
            auto ontology = HpoOntology::loadDefault();
            auto search = std::make_shared<TermSearch>(ontology);
            search->search(QStringLiteral("seizure"), 1); // builds the index here, not on the first keystroke
            std::shared_ptr<const TermSearch> constSearch = search;
            qCInfo(lcUi) << "ontology and term search ready in" << timer.elapsed() << "ms";
            QMetaObject::invokeMethod(qApp, [self, ontology, search = constSearch] {
                if (self) {
                    self->m_ontology = ontology;
                    self->m_termSearch = search;
                    emit self->ontologyReady();
                    self->reloadHpoTranslations();
                }
            });
            // Information content (profile specificity) once the picker is usable, then the local
            // ranker over the same ontology and IC (loaded once, not a second copy).
            std::shared_ptr<const InformationContent> ic;
            try {
                ic = std::make_shared<const InformationContent>(
                    InformationContent::loadCached(*ontology, DataPaths::hpoDir()));
                QMetaObject::invokeMethod(qApp, [self, ic] {
                    if (self) {
                        self->m_ic = ic;
                        emit self->informationContentReady();
                    }
                });
            } catch (const MatchDeskError& e) {
                qCWarning(lcUi) << "no information content:" << e.message();
                return;
            }
            try {
                auto ranker = LocalRanker::fromReferenceData(ontology, ic);
                QMetaObject::invokeMethod(qApp, [self, ranker] {
                    if (self) {
                        self->m_ranker = ranker;
                        emit self->rankerReady();
                    }
                });
            } catch (const MatchDeskError& e) {
                qCWarning(lcUi) << "no local ranker:" << e.message();
            }
        } catch (const MatchDeskError& e) {
            const QString message = e.message();
            QMetaObject::invokeMethod(qApp, [self, message] {
                if (self) {
                    self->m_error = message;
                    emit self->referenceDataFailed(message);
                }
            });
        }
    });
    (void)QtConcurrent::run([self] {
        try {
            auto genes = std::make_shared<GeneCatalog>();
            genes->load(GeneCatalog::defaultPath());
            QMetaObject::invokeMethod(qApp, [self, genes] {
                if (self) {
                    self->m_genes = genes;
                    emit self->genesReady();
                }
            });
        } catch (const MatchDeskError& e) {
            qCWarning(lcUi) << "gene catalog not loaded:" << e.message();
        }
    });
}
