#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtEndian>

namespace dbx {

namespace {

// Core files give their tr() helper one context for the whole file ("dbx::Insight",
// "dbx::provision"), while lupdate files each string under the class or namespace that calls the
// helper ("dbx", "dbx::TeamState", "dbx::SyncOutcome"). So a text the program asks for in its own
// context may sit in the .qm under another one: when the lookup in the asked context misses, this
// translator asks again in the other contexts that hold the same source text.
class ContextFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadWithIndex(const QLocale &locale)
    {
        if (!load(locale, QStringLiteral("dropbox-connector"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            return false;
        index();
        return true;
    }

    bool loadWithIndex(const QString &file)
    {
        if (!load(file))
            return false;
        index();
        return true;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || !sourceText)
            return text;
        const auto it = m_contexts.constFind(QByteArray(sourceText));
        if (it == m_contexts.cend())
            return text;
        for (const QByteArray &other : *it) {
            text = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return text;
    }

private:
    // The .qm format (QTranslator's own): a 16-byte magic, then blocks of (tag: 1 byte,
    // length: 4 bytes big-endian, data). The messages block is a run of messages, each a run of
    // tagged fields ending with Tag_End; lrelease stores each message's context and source text.
    void index()
    {
        QFile file(filePath());
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray qm = file.readAll();
        constexpr qsizetype kMagic = 16;
        constexpr uchar kMessagesBlock = 0x69;
        qsizetype at = kMagic;
        while (at + 5 <= qm.size()) {
            const uchar tag = static_cast<uchar>(qm.at(at));
            const auto length = static_cast<qsizetype>(qFromBigEndian<quint32>(qm.constData() + at + 1));
            at += 5;
            if (length > qm.size() - at)
                return;
            if (tag == kMessagesBlock)
                indexMessages(qm.mid(at, length));
            at += length;
        }
    }

    void indexMessages(const QByteArray &block)
    {
        enum Tag : uchar {
            End = 1,
            SourceText16 = 2,
            Translation = 3,
            Context16 = 4,
            Obsolete1 = 5,
            SourceText = 6,
            Context = 7,
            Comment = 8,
        };
        QByteArray context, source;
        qsizetype at = 0;
        while (at < block.size()) {
            const uchar tag = static_cast<uchar>(block.at(at++));
            if (tag == End) {
                if (!source.isEmpty() && !m_contexts.value(source).contains(context))
                    m_contexts[source].append(context);
                context.clear();
                source.clear();
                continue;
            }
            if (tag == Obsolete1) {
                at += 4;
                continue;
            }
            if (tag != Translation && tag != SourceText && tag != Context && tag != Comment && tag != SourceText16
                && tag != Context16)
                return; // an unknown field: stop rather than misread the rest
            if (at + 4 > block.size())
                return;
            const quint32 length = qFromBigEndian<quint32>(block.constData() + at);
            at += 4;
            if (length == 0xffffffffU) // a null translation carries no data
                continue;
            if (static_cast<qsizetype>(length) > block.size() - at)
                return;
            if (tag == SourceText)
                source = block.mid(at, length);
            else if (tag == Context)
                context = block.mid(at, length);
            at += length;
        }
    }

    QHash<QByteArray, QList<QByteArray>> m_contexts; // source text -> the contexts that hold it
};

} // namespace

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new ContextFallbackTranslator(QCoreApplication::instance());
    if (!translator->loadWithIndex(locale)) {
        // No translation for that language: English, whose file holds the plural forms of the
        // source texts ("%n change(s)" becomes "1 change", "2 changes").
        if (translator->loadWithIndex(QStringLiteral(":/i18n/dropbox-connector_en.qm")))
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
