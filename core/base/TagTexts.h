#pragma once
// Sentences keyed by Dropbox's error tags: a table of {tag, QT_TRANSLATE_NOOP(context, sentence)}
// rows and its lookup, shared by base/Error.cpp (the 409 tags of every route, as whole sentences)
// and provision/ErrorText.cpp (the write routes' tags, as clauses).

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstddef>

namespace dbx {

struct TagText {
    const char *tag;
    const char *text; // marked with QT_TRANSLATE_NOOP in the context the table is read in
};

// A table's sentences by tag, indexed once.
class TagTexts
{
public:
    template <std::size_t N>
    TagTexts(const char *context, const TagText (&table)[N]) : m_context(context)
    {
        m_texts.reserve(static_cast<qsizetype>(N));
        for (const TagText &row : table)
            m_texts.insert(QString::fromLatin1(row.tag), row.text);
    }

    // The translated sentence for tag; "" when the table has none.
    QString text(const QString &tag) const
    {
        const auto it = m_texts.constFind(tag);
        return it == m_texts.constEnd() ? QString() : QCoreApplication::translate(m_context, it.value());
    }

private:
    const char *m_context;
    QHash<QString, const char *> m_texts;
};

} // namespace dbx
