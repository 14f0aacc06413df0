#pragma once

#include "core/GeneCatalog.h"
#include "core/SecretStore.h"
#include "core/Store.h"

#include <QObject>
#include <QString>

#include <memory>

class HpoOntology;
class HpoTranslations;
class TermSearch;
class InformationContent;
class LocalRanker;

// What every view of the main window shares: the database, the reference data (loaded in the
// background at start-up) and the secret store. Emits change notifications so views refresh.
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    // Opens the database (throws StoreError).
    void openStore(const QString& path);
    Store& store() { return m_store; }
    // The user's nodes and those deployed by IT policy (read-only), by name.
    QList<Node> nodes();

    void setSecretStore(std::unique_ptr<SecretStore> secrets);
    SecretStore& secrets() { return *m_secrets; }

    // Loads the HPO ontology, its search index and the HGNC catalog on the thread pool; emits
    // ontologyReady() / genesReady() on the GUI thread. Never blocks.
    void startLoadingReferenceData();
    bool isOntologyReady() const { return m_ontology != nullptr; }
    std::shared_ptr<const HpoOntology> ontology() const { return m_ontology; }
    std::shared_ptr<const TermSearch> termSearch() const { return m_termSearch; }
    std::shared_ptr<const InformationContent> informationContent() const { return m_ic; }
    std::shared_ptr<const GeneCatalog> genes() const { return m_genes; }
    // Local re-scoring of remote matches (null until loaded: scores then stay 0).
    std::shared_ptr<const LocalRanker> ranker() const { return m_ranker; }
    // Installs reference data directly (tests, screenshot tool).
    void setOntology(std::shared_ptr<const HpoOntology> ontology);
    QString referenceDataError() const { return m_error; }
    // HPO labels in the UI language: sets the language ("en" = English only) and, once the
    // ontology is loaded, reloads the translations and a search index over them on the thread
    // pool; emits hpoLanguageChanged() when the new ones are in place. termSearch() finds terms
    // by translated labels and synonyms too. Null translations = English.
    void setHpoLanguage(const QString& language);
    QString hpoLanguage() const { return m_hpoLanguage; }
    std::shared_ptr<const HpoTranslations> hpoTranslations() const { return m_hpoTranslations; }

signals:
    void ontologyReady();
    void genesReady();
    void informationContentReady();
    void rankerReady();
    void referenceDataFailed(const QString& message);
    void hpoLanguageChanged();
    void patientsChanged();
    void patientSaved(qint64 rowId);
    void matchesChanged(qint64 patientRowId);
    void nodesChanged();

private:
    Store m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const TermSearch> m_termSearch;
    std::shared_ptr<const InformationContent> m_ic;
    std::shared_ptr<const GeneCatalog> m_genes;
    std::shared_ptr<const LocalRanker> m_ranker;
    QString m_error;
    void reloadHpoTranslations();
    QString m_hpoLanguage = QStringLiteral("en");
    std::shared_ptr<const HpoTranslations> m_hpoTranslations;
    int m_hpoGeneration = 0;
};
