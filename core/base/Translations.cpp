#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dbx {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, QStringLiteral("dropbox-connector"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for that language: English, whose file holds the plural forms of the
        // source texts ("%n change(s)" becomes "1 change", "2 changes").
        if (translator->load(QStringLiteral(":/i18n/dropbox-connector_en.qm")))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
        return QString();
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own texts ("Cancel", "&Yes", the wizard's "< &Back"), from the system's Qt translations.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return translator->language();
}

} // namespace dbx
