#include "provision/PlanCsv.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::provision", s); }
} // namespace

void CsvReader::skipCommentLines()
{
    const char *d = m_data.data();
    const qsizetype n = m_data.size();
    for (;;) {
        qsizetype p = m_pos;
        while (p < n && isBlank(d[p]))
            ++p;
        if (p >= n || d[p] != '#')
            return;
        while (p < n && d[p] != '\n' && d[p] != '\r')
            ++p;
        if (p < n)
            p += (d[p] == '\r' && p + 1 < n && d[p + 1] == '\n') ? 2 : 1;
        m_pos = p;
        ++m_line;
    }
}

bool CsvReader::next(QList<QByteArray> *fields, int *line)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    skipCommentLines();
    const char *d = m_data.data();
    const qsizetype n = m_data.size();
    if (m_pos >= n)
        return false;
    *line = m_line;
    for (;;) {
        qsizetype p = m_pos;
        while (p < n && isBlank(d[p]))
            ++p;
        if (p < n && d[p] == '"') {
            const int quoteLine = m_line;
            QByteArray field;
            ++p;
            for (;;) {
                if (p >= n) {
                    return fail(quoteLine,
                                tr("Line %1: a quoted field starts here and is never closed, so "
                                   "every line after it would be read as part of it (a quote inside "
                                   "a quoted field is written twice: \"\").")
                                    .arg(quoteLine));
                }
                if (d[p] == '"') {
                    if (p + 1 < n && d[p + 1] == '"') {
                        field += '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (d[p] == '\n' || (d[p] == '\r' && !(p + 1 < n && d[p + 1] == '\n')))
                    ++m_line;
                field += d[p++];
            }
            while (p < n && isBlank(d[p]))
                ++p;
            if (p < n && !endsField(d[p])) {
                return fail(m_line,
                            tr("Line %1: text follows the closing quote of a field (quote the whole "
                               "field, and write a quote inside it twice: \"\").")
                                .arg(m_line));
            }
            fields->append(field);
        } else {
            for (; p < n && !endsField(d[p]); ++p) {
                if (d[p] == '"') {
                    return fail(m_line,
                                tr("Line %1: a quote inside a field that does not start with one "
                                   "(quote the whole field, and write a quote inside it twice: "
                                   "\"O\"\"Neil\").")
                                    .arg(m_line));
                }
            }
            fields->append(QByteArray(d + m_pos, p - m_pos));
        }
        m_pos = p;
        if (p >= n)
            return true;
        if (d[p] == ',') {
            m_pos = p + 1;
            continue;
        }
        // The record ends: \n, \r\n, or a lone \r (old Mac files).
        m_pos = p + ((d[p] == '\r' && p + 1 < n && d[p + 1] == '\n') ? 2 : 1);
        ++m_line;
        return true;
    }
}

} // namespace dbx
