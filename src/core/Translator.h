#pragma once

#include <QString>
#include <QStringList>

// Installs MatchDesk's and Qt's own translations for a language, replacing the previous ones so the
// language can change at run time. The English catalogue is always loaded underneath (it holds the
// English plural forms), after KeePassXC's Translator.
class Translator
{
public:
    // language: "de", "fr", ...; empty = the system's UI languages in order, then English.
    // Returns the language actually used.
    static QString install(const QString& language = {});
    // Languages with an embedded MatchDesk catalogue ("en", "de", ...).
    static QStringList availableLanguages();
};
