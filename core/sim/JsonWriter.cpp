#include "sim/JsonWriter.h"

#include <cstring>

namespace dbx {
namespace sim {

JsonWriter::JsonWriter(int reserve)
{
    m_out.reserve(reserve);
    m_first.reserve(16);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (m_first.back())
            m_first.back() = false;
        else
            m_out.append(',');
    }
}

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginObject() { return open('{'); }
JsonWriter &JsonWriter::endObject() { return close('}'); }
JsonWriter &JsonWriter::beginArray() { return open('['); }
JsonWriter &JsonWriter::endArray() { return close(']'); }

JsonWriter &JsonWriter::key(const char *asciiKey)
{
    separate();
    m_out.append('"');
    m_out.append(asciiKey);
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscaped(QByteArray &out, const char *s, qsizetype n)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(u, 6);
        }
        }
    }
    out.append(s + start, n - start);
    out.append('"');
}

JsonWriter &JsonWriter::value(const QByteArray &utf8)
{
    separate();
    appendEscaped(m_out, utf8.constData(), utf8.size());
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s) { return value(s.toUtf8()); }

JsonWriter &JsonWriter::value(const char *utf8)
{
    separate();
    appendEscaped(m_out, utf8, qsizetype(std::strlen(utf8)));
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    if (b)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

JsonWriter &JsonWriter::value(int n) { return value(qint64(n)); }

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    m_out.append(QByteArray::number(n));
    return *this;
}

JsonWriter &JsonWriter::value(quint64 n)
{
    separate();
    m_out.append(QByteArray::number(n));
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

JsonWriter &JsonWriter::voidUnion(const char *asciiKey, const char *tagName)
{
    key(asciiKey);
    beginObject();
    tag(tagName);
    endObject();
    return *this;
}

QByteArray JsonWriter::take()
{
    QByteArray out;
    out.swap(m_out);
    m_first.clear();
    m_afterKey = false;
    return out;
}

} // namespace sim
} // namespace dbx
