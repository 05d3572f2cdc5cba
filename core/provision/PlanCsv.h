#pragma once
// The CSV records of a plan file, read from its bytes (Plan.cpp's parsePlan and parseCsv).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dbx {

// Reads CSV records one at a time from UTF-8 bytes (the structural characters are ASCII, so
// bytes are split safely without decoding). Strict where a mistake would change which rows exist:
// a quoted field must be closed, a quote may only open a field (after optional blanks) and only
// blanks may follow the closing quote. Lines whose first non-blank character is '#' are comments
// and skipped whatever they contain.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data) : m_data(data) {}

    // The next record's fields, quotes removed; false at the end or at a structural error.
    bool next(QList<QByteArray> *fields, int *line);
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool fail(int line, const QString &message)
    {
        m_errorLine = line;
        m_error = message;
        return false;
    }
    static bool isBlank(char c) { return c == ' ' || c == '\t'; }
    static bool endsField(char c) { return c == ',' || c == '\n' || c == '\r'; }
    void skipCommentLines();

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace dbx
