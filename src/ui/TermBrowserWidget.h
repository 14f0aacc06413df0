#pragma once

#include <QWidget>
#include <memory>

class HpoOntology;
class HpoTranslations;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;

// The detail pane of the Phenotypes tab: one HPO term with its definition and synonyms, and its
// parents and children to walk the ontology (Enter on a parent or child opens it).
class TermBrowserWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TermBrowserWidget(QWidget* parent = nullptr);
    void setOntology(std::shared_ptr<const HpoOntology> ontology);
    // Labels and definitions in the UI language (null = English), English label shown beneath.
    void setTranslations(std::shared_ptr<const HpoTranslations> translations);
    void showTerm(const QString& termId);
    QString termId() const { return m_termId; }
    QListView* parentsView() const { return m_parentsView; }
    QListView* childrenView() const { return m_childrenView; }

protected:
    void changeEvent(QEvent* event) override;

signals:
    void addRequested(const QString& termId, bool excluded);

private:
    void retranslateUi();
    QString label(int term) const;
    std::shared_ptr<const HpoOntology> m_ontology;
    std::shared_ptr<const HpoTranslations> m_translations;
    QLabel* m_parentsLabel = nullptr;
    QLabel* m_childrenLabel = nullptr;
    QString m_termId;
    QLabel* m_title;
    QTextBrowser* m_definition;
    QStandardItemModel* m_parents;
    QStandardItemModel* m_children;
    QListView* m_parentsView;
    QListView* m_childrenView;
    QPushButton* m_addObserved;
    QPushButton* m_addExcluded;
};
