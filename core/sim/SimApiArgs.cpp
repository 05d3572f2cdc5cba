#include "sim/SimApiArgs.h"

namespace dbx {
namespace sim {
namespace simapi {

bool readSelector(SimApi::Call &c, const QJsonValue &v, const QString &path, std::initializer_list<const char *> tags,
                  Selector *out)
{
    Reader fail(c, QJsonObject());
    if (!v.isObject()) {
        fail.fail(QStringLiteral("%1: expected object").arg(path));
        return false;
    }
    const QJsonObject o = v.toObject();
    const QString tag = o.value(QLatin1String(".tag")).toString();
    bool known = false;
    for (const char *t : tags)
        if (tag == QLatin1String(t))
            known = true;
    if (!known) {
        fail.fail(QStringLiteral("%1: unknown tag '%2'").arg(path, tag));
        return false;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String(".tag") && it.key() != tag) {
            fail.fail(QStringLiteral("%1: unknown field '%2'").arg(path, it.key()));
            return false;
        }
    }
    const QJsonValue inner = o.value(tag);
    if (!inner.isString()) {
        fail.fail(QStringLiteral("%1: missing required field '%2'").arg(path, tag));
        return false;
    }
    out->tag = tag;
    out->value = inner.toString();
    return true;
}

bool readUser(SimApi::Call &c, const QJsonValue &v, const QString &path, Selector *out)
{
    if (!readSelector(c, v, path, {"team_member_id", "external_id", "email"}, out))
        return false;
    if (out->tag == QLatin1String("email") && !out->value.contains(QLatin1Char('@'))) {
        Reader(c, QJsonObject()).fail(QStringLiteral("%1: '%2' is not a valid email address").arg(path, out->value));
        return false;
    }
    return true;
}

bool readGroup(SimApi::Call &c, const QJsonValue &v, const QString &path, Selector *out)
{
    return readSelector(c, v, path, {"group_id", "group_external_id"}, out);
}

bool readAccessType(SimApi::Call &c, const QJsonValue &v, const QString &path, bool *owner)
{
    QString tag;
    if (v.isString()) {
        tag = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        tag = o.value(QLatin1String(".tag")).toString();
        if (o.size() != 1)
            tag.clear();
    }
    if (tag == QLatin1String("owner") || tag == QLatin1String("member")) {
        *owner = tag == QLatin1String("owner");
        return true;
    }
    Reader(c, QJsonObject()).fail(QStringLiteral("%1: expected 'member' or 'owner'").arg(path));
    return false;
}

std::optional<int> Reader::user(const SimTeam &team, const QJsonValue &v, const char *key)
{
    Selector s;
    if (!ok() || !readUser(m_call, v, where(key), &s))
        return std::nullopt;
    return resolveUser(team, s);
}

std::optional<int> Reader::group(const SimTeam &team, const QJsonValue &v, const char *key)
{
    Selector s;
    if (!ok() || !readGroup(m_call, v, where(key), &s))
        return std::nullopt;
    return resolveGroup(team, s);
}

int resolveGroup(const SimTeam &team, const Selector &s)
{
    const int g = s.tag == QLatin1String("group_id") ? team.findGroupById(s.value.toUtf8())
                                                     : team.findGroupByExternalId(s.value.toUtf8());
    return g >= 0 && !team.group(g).deleted ? g : -1;
}

int resolveUser(const SimTeam &team, const Selector &s)
{
    int i = -1;
    if (s.tag == QLatin1String("team_member_id"))
        i = team.findMemberById(s.value.toUtf8());
    else if (s.tag == QLatin1String("email"))
        i = team.findMemberByEmail(s.value.toUtf8());
    else
        i = team.findMemberByExternalId(s.value.toUtf8());
    return i >= 0 && !team.member(i).deleted ? i : -1;
}

} // namespace simapi
} // namespace sim
} // namespace dbx
