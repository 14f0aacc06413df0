#include "AboutDialog.h"

#include "AppContext.h"
#include "core/DataPaths.h"
#include "core/VersionInfo.h"
#include "matching/HpoOntology.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString readNotice(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}
} // namespace

AboutDialog::AboutDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About MatchDesk"));
    const auto ontology = context->ontology();
    const QString hpoVersion = ontology ? ontology->dataVersion() : tr("not loaded");

    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("aboutHeader"));
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);
    header->setOpenExternalLinks(true);
    header->setText(tr("<h2>MatchDesk</h2><p>Federated rare-disease patient matching over the Matchmaker Exchange API."
                       "</p><pre>%1</pre>")
                        .arg(VersionInfo::text(QStringLiteral("matchdesk")).toHtmlEscaped()));

    auto* credits = new QTextBrowser(this);
    credits->setObjectName(QStringLiteral("aboutCredits"));
    credits->setOpenExternalLinks(true);
    credits->setHtml(
        tr("<h3>Human Phenotype Ontology</h3>"
           "<p>This application uses the Human Phenotype Ontology (release <b>%1</b>). "
           "Find out more at <a href='https://hpo.jax.org'>hpo.jax.org</a>. "
           "The HPO is developed by the HPO Consortium; please cite Gargano MA et al., "
           "“The Human Phenotype Ontology in 2024: phenotypes around the world”, Nucleic Acids Research 2024.</p>"
           "<h3>HGNC</h3><p>Gene symbols and identifiers from the HUGO Gene Nomenclature Committee "
           "(<a href='https://www.genenames.org'>genenames.org</a>), freely available without restriction "
           "(Seal RL et al., Nucleic Acids Research 2023).</p>"
           "<h3>Phenopacket store</h3><p>Example cases from the GA4GH phenopacket-store (see its licence notice "
           "below).</p>")
            .arg(hpoVersion.toHtmlEscaped()));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(credits, tr("Credits"));
    const QList<std::pair<QString, QString>> notices = {
        {tr("HPO licence"), DataPaths::hpoDir() + QStringLiteral("/SOURCE.txt")},
        {tr("HGNC licence"), DataPaths::genesDir() + QStringLiteral("/SOURCE.txt")},
        {tr("Phenopacket store licence"), DataPaths::phenopacketsDir() + QStringLiteral("/SOURCE.txt")},
    };
    for (const auto& [title, path] : notices) {
        const QString text = readNotice(path);
        if (text.isEmpty()) {
            continue;
        }
        auto* browser = new QTextBrowser(this);
        browser->setPlainText(text);
        browser->setLineWrapMode(QTextEdit::WidgetWidth);
        tabs->addTab(browser, title);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}
