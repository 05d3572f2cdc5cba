#pragma once
// The programs' language. Each program embeds its translations under :/i18n/
// (cmake/Translations.cmake); this loads the one for the system's languages, or for the language
// the user chose, together with Qt's own translations of its standard texts (buttons, dialogs).

#include <QString>

namespace dbx {

// Installs the translations for language ("de", "de_DE"; empty: the system locale's UI
// languages, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG). Returns the language loaded, or ""
// when the texts stay in English (the source language, or no translation for that language).
QString installTranslations(const QString &language = QString());

} // namespace dbx
