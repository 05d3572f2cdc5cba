#pragma once
// Reading a route's JSON argument the way Dropbox's Stone-generated validation does, and
// resolving the user and group selectors it names. Shared by SimApi's read and write routes.

#include "sim/SimApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace dbx {
namespace sim {
namespace simapi {

// Reads one JSON object the way Dropbox's Stone-generated validation does: unknown fields,
// wrong types and out-of-range values are bad input (400), reported once, first one wins.
class Reader
{
public:
    Reader(SimApi::Call &call, const QJsonObject &o, const QString &path = QString())
        : m_call(call), m_o(o), m_path(path)
    {}

    bool ok() const { return m_call.badInput.isEmpty(); }

    void fail(const QString &what)
    {
        if (m_call.badInput.isEmpty())
            m_call.badInput = what;
    }

    QString where(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QString::fromLatin1(key);
    }

    bool allow(std::initializer_list<const char *> keys)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                if (it.key() == QLatin1String(k))
                    known = true;
            if (!known) {
                const QString p = m_path.isEmpty() ? it.key() : m_path + QLatin1Char('.') + it.key();
                fail(QStringLiteral("unknown field '%1'").arg(p));
                return false;
            }
        }
        return true;
    }

    bool has(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }

    QJsonValue value(const char *key, bool required)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && required)
            fail(QStringLiteral("missing required field '%1'").arg(where(key)));
        return v;
    }

    // The value of key when it is there and of the type `is` checks; a missing required one, or
    // one of another type ("<field>: expected <type>"), is bad input.
    std::optional<QJsonValue> typed(const char *key, bool required, bool (QJsonValue::*is)() const, const char *type)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!(v.*is)()) {
            fail(QStringLiteral("%1: expected %2").arg(where(key), QLatin1String(type)));
            return std::nullopt;
        }
        return v;
    }

    QString string(const char *key, bool required, int maxLength = -1)
    {
        const auto v = typed(key, required, &QJsonValue::isString, "string");
        if (!v)
            return QString();
        const QString s = v->toString();
        if (maxLength >= 0 && s.size() > maxLength)
            fail(QStringLiteral("%1: '%2' must be at most %3 characters").arg(where(key), s).arg(maxLength));
        return s;
    }

    bool boolean(const char *key, bool def)
    {
        const auto v = typed(key, false, &QJsonValue::isBool, "boolean");
        return v ? v->toBool() : def;
    }

    qint64 integer(const char *key, qint64 def, qint64 min, qint64 max)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull())
            return def;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d)) {
            fail(QStringLiteral("%1: expected integer").arg(where(key)));
            return def;
        }
        if (d < double(min) || d > double(max)) {
            fail(
                QStringLiteral("%1: %2 is not within range [%3, %4]").arg(where(key)).arg(qint64(d)).arg(min).arg(max));
            return def;
        }
        return qint64(d);
    }

    QJsonArray list(const char *key, bool required)
    {
        const auto v = typed(key, required, &QJsonValue::isArray, "list");
        return v ? v->toArray() : QJsonArray();
    }

    // The member (or group) the selector v at key names, read once the other fields were fine: its
    // index in the team, -1 when the team holds none; nullopt on bad input (this or an earlier field).
    std::optional<int> user(const SimTeam &team, const QJsonValue &v, const char *key);
    std::optional<int> group(const SimTeam &team, const QJsonValue &v, const char *key);

private:
    SimApi::Call &m_call;
    QJsonObject m_o;
    QString m_path;
};

struct Selector {
    QString tag;
    QString value;
};

// A union with a primitive member: {".tag": "email", "email": "a@b"}.
bool readSelector(SimApi::Call &c, const QJsonValue &v, const QString &path, std::initializer_list<const char *> tags,
                  Selector *out);
bool readUser(SimApi::Call &c, const QJsonValue &v, const QString &path, Selector *out);
bool readGroup(SimApi::Call &c, const QJsonValue &v, const QString &path, Selector *out);
// A void union member, either form Stone accepts: "owner" or {".tag": "owner"}.
bool readAccessType(SimApi::Call &c, const QJsonValue &v, const QString &path, bool *owner);

int resolveGroup(const SimTeam &team, const Selector &s);
int resolveUser(const SimTeam &team, const Selector &s);

} // namespace simapi
} // namespace sim
} // namespace dbx
