#pragma once
// The simulator's own JSON writer: appends straight into one QByteArray. A page of 1000 member
// profiles is written thousands of times in a benchmark, so building QJsonObjects first would
// cost more than the whole reply is worth. Keys are ASCII literals chosen by the simulator;
// string values are escaped.

#include <QByteArray>
#include <QString>

#include <vector>

namespace dbx {
namespace sim {

class JsonWriter
{
public:
    explicit JsonWriter(int reserve = 256);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *asciiKey);

    JsonWriter &value(const QByteArray &utf8);
    JsonWriter &value(const QString &s);
    JsonWriter &value(const char *utf8);
    JsonWriter &value(bool b);
    JsonWriter &value(int n);
    JsonWriter &value(qint64 n);
    JsonWriter &value(quint64 n);
    JsonWriter &null();
    // Inserts already valid JSON as one value.
    JsonWriter &raw(const QByteArray &json);

    // `".tag": tag` inside the current object: the start of a flattened union.
    JsonWriter &tag(const char *tagName) { return key(".tag").value(tagName); }
    // `key: {".tag": tag}`: a void union member.
    JsonWriter &voidUnion(const char *asciiKey, const char *tagName);

    const QByteArray &data() const { return m_out; }
    QByteArray take();

    static void appendEscaped(QByteArray &out, const char *s, qsizetype n);

private:
    void separate();
    JsonWriter &open(char bracket); // '{' or '[': a new level
    JsonWriter &close(char bracket);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace sim
} // namespace dbx
