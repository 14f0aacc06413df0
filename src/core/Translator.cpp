#include "Translator.h"

#include "CoreLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}

void add(std::unique_ptr<QTranslator> t)
{
    QCoreApplication::installTranslator(t.get());
    installed().push_back(std::move(t));
}
} // namespace

QStringList Translator::availableLanguages()
{
    QStringList languages;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("matchdesk_*.qm")}, QDir::Files);
    for (const QString& f : files) {
        languages << f.mid(10, f.size() - 13); // matchdesk_XX.qm
    }
    languages.sort();
    return languages;
}

QString Translator::install(const QString& language)
{
    for (auto& t : installed()) {
        QCoreApplication::removeTranslator(t.get());
    }
    installed().clear();

    QStringList candidates;
    if (!language.isEmpty()) {
        candidates << language;
    } else {
        for (const QString& ui : QLocale::system().uiLanguages()) {
            candidates << QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        }
    }
    const QStringList available = availableLanguages();
    QString chosen = QStringLiteral("en");
    for (const QString& c : std::as_const(candidates)) {
        if (available.contains(c)) {
            chosen = c;
            break;
        }
    }
    // Later-installed translators are asked first: English goes in first, underneath.
    auto english = std::make_unique<QTranslator>();
    if (english->load(QStringLiteral(":/i18n/matchdesk_en.qm"))) {
        add(std::move(english));
    }
    if (chosen != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            add(std::move(qt));
        }
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/matchdesk_%1.qm").arg(chosen))) {
            add(std::move(app));
        } else {
            qCWarning(lcCore) << "no MatchDesk translation for" << chosen;
        }
    }
    QLocale::setDefault(QLocale(chosen == QLatin1String("en") && !language.isEmpty() ? QStringLiteral("en_GB") : chosen));
    return chosen;
}
