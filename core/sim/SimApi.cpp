#include "sim/SimApi.h"

#include "sim/JsonWriter.h"
#include "sim/SimLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <cmath>

namespace dbx {
namespace sim {

namespace {

constexpr int kMaxAddMembers = 20;
constexpr int kAsyncAddThreshold = 5;     // more members than this: the add runs as a job

// --- reading arguments ---------------------------------------------------------------------

// Reads one JSON object the way Dropbox's Stone-generated validation does: unknown fields,
// wrong types and out-of-range values are bad input (400), reported once, first one wins.
class Reader
{
public:
    Reader(SimApi::Call &call, const QJsonObject &o, const QString &path = QString())
        : m_call(call), m_o(o), m_path(path) {}

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

    QString string(const char *key, bool required, int maxLength = -1)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString()) {
            fail(QStringLiteral("%1: expected string").arg(where(key)));
            return QString();
        }
        const QString s = v.toString();
        if (maxLength >= 0 && s.size() > maxLength)
            fail(QStringLiteral("%1: '%2' must be at most %3 characters").arg(where(key), s).arg(maxLength));
        return s;
    }

    bool boolean(const char *key, bool def)
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull())
            return def;
        if (!v.isBool()) {
            fail(QStringLiteral("%1: expected boolean").arg(where(key)));
            return def;
        }
        return v.toBool();
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
            fail(QStringLiteral("%1: %2 is not within range [%3, %4]").arg(where(key)).arg(qint64(d)).arg(min).arg(max));
            return def;
        }
        return qint64(d);
    }

    QJsonArray list(const char *key, bool required)
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray()) {
            fail(QStringLiteral("%1: expected list").arg(where(key)));
            return QJsonArray();
        }
        return v.toArray();
    }

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
bool readSelector(SimApi::Call &c, const QJsonValue &v, const QString &path,
                  std::initializer_list<const char *> tags, Selector *out)
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

// A void union member, either form Stone accepts: "owner" or {".tag": "owner"}.
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

// --- writing -------------------------------------------------------------------------------

// "%Y-%m-%dT%H:%M:%SZ" without QDateTime: a page of 1000 members carries up to 2000 of them.
void writeTimestamp(JsonWriter &w, qint64 secs)
{
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    char buf[128];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(rem / 3600),
                  static_cast<long long>((rem / 60) % 60), static_cast<long long>(rem % 60));
    w.value(static_cast<const char *>(buf));
}

const char *statusTag(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active: return "active";
    case AccountStatus::Invited: return "invited";
    case AccountStatus::Suspended: return "suspended";
    case AccountStatus::Removed: return "removed";
    case AccountStatus::Unknown: break;
    }
    return "active";
}

const char *managementTag(GroupManagementType t)
{
    switch (t) {
    case GroupManagementType::UserManaged: return "user_managed";
    case GroupManagementType::CompanyManaged: return "company_managed";
    case GroupManagementType::SystemManaged: return "system_managed";
    case GroupManagementType::Unknown: break;
    }
    return "user_managed";
}

const char kPolicies[] =
    "{\"sharing\":{\"shared_folder_member_policy\":{\".tag\":\"team\"},"
    "\"shared_folder_join_policy\":{\".tag\":\"from_anyone\"},"
    "\"shared_link_create_policy\":{\".tag\":\"team_only\"},"
    "\"group_creation_policy\":{\".tag\":\"admins_only\"},"
    "\"shared_folder_link_restriction_policy\":{\".tag\":\"anyone\"},"
    "\"enforce_link_password_policy\":{\".tag\":\"optional\"},"
    "\"default_link_expiration_days_policy\":{\".tag\":\"none\"},"
    "\"shared_link_default_permissions_policy\":{\".tag\":\"default\"}},"
    "\"emm_state\":{\".tag\":\"disabled\"},\"office_addin\":{\".tag\":\"disabled\"},"
    "\"suggest_members_policy\":{\".tag\":\"enabled\"},"
    "\"top_level_content_policy\":{\".tag\":\"admin_only\"}}";

// Dropbox pads error_summary with dots; clients must not compare it whole.
QByteArray summary(const char *tag)
{
    return QByteArray(tag) + "/...";
}

HttpResponse withList(const char *tag, const QStringList &items)
{
    JsonWriter w;
    w.beginObject().key("error_summary").value(summary(tag)).key("error").beginObject().tag(tag).key(tag).beginArray();
    for (const QString &s : items)
        w.value(s);
    w.endArray().endObject().endObject();
    return HttpResponse::json(409, w.take());
}

HttpResponse nullResult()
{
    return HttpResponse::json(200, QByteArrayLiteral("null"));
}

} // namespace


SimApi::SimApi(SimTeam &team) : m_team(team)
{
    m_cursorKey = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

const SimApi::Route *SimApi::route(const QByteArray &name) const
{
    static const Route routes[] = {
        {"team/members/list_v2", "members.read", &SimApi::membersList, true, false},
        {"team/members/list/continue_v2", "members.read", &SimApi::membersListContinue, true, true},
        {"team/members/get_info_v2", "members.read", &SimApi::membersGetInfo, true, false},
        {"team/members/get_available_team_member_roles", "members.read", &SimApi::availableRoles, false, false},
        {"team/groups/list", "groups.read", &SimApi::groupsList, true, false},
        {"team/groups/list/continue", "groups.read", &SimApi::groupsListContinue, true, true},
        {"team/groups/members/list", "groups.read", &SimApi::groupMembersList, true, false},
        {"team/groups/members/list/continue", "groups.read", &SimApi::groupMembersListContinue, true, true},
        {"team/get_info", "team_info.read", &SimApi::teamGetInfo, false, false},
        {"team/token/get_authenticated_admin", "team_info.read", &SimApi::authenticatedAdmin, false, false},
        {"team/members/add_v2", "members.write", &SimApi::membersAdd, true, false},
        {"team/members/add/job_status/get_v2", "members.write", &SimApi::membersAddJobStatus, true, false},
        {"team/members/remove", "members.delete", &SimApi::membersRemove, true, false},
        {"team/members/remove/job_status/get", "members.delete", &SimApi::membersRemoveJobStatus, true, false},
        {"team/members/suspend", "members.write", &SimApi::membersSuspend, true, false},
        {"team/members/unsuspend", "members.write", &SimApi::membersUnsuspend, true, false},
        {"team/members/set_admin_permissions_v2", "members.write", &SimApi::setAdminPermissions, true, false},
        {"team/groups/members/add", "groups.write", &SimApi::groupMembersAdd, true, false},
        {"team/groups/members/remove", "groups.write", &SimApi::groupMembersRemove, true, false},
        {"team/groups/members/set_access_type", "groups.write", &SimApi::groupMembersSetAccessType, true, false},
        {"team/groups/job_status/get", "groups.write", &SimApi::groupsJobStatus, true, false},
    };
    for (const Route &r : routes)
        if (name == r.name)
            return &r;
    return nullptr;
}

HttpResponse SimApi::call(const Route &route, const HttpRequest &req, qint64 nowSecs)
{
    const QByteArray prefix = QByteArray("Error in call to API function \"") + route.name + "\": ";
    Call c;
    c.route = &route;
    c.now = nowSecs;
    const QByteArray body = req.body.trimmed();
    const QByteArray contentType = req.header("content-type").toLower();
    if (!body.isEmpty() && !contentType.startsWith("application/json")
        && !contentType.startsWith("text/plain; charset=dropbox-cors-hack")) {
        return HttpResponse::text(400, prefix + "Bad HTTP \"Content-Type\" header: \"" + req.header("content-type")
                                           + "\".  Expecting one of \"application/json\", \"application/json; charset=utf-8\", "
                                             "\"text/plain; charset=dropbox-cors-hack\".");
    }
    if (!route.takesArg) {
        if (!body.isEmpty() && body != "null")
            return HttpResponse::text(400, prefix + "request body: expected null, got value");
    } else {
        if (body.isEmpty())
            return HttpResponse::text(400, prefix + "request body: expected an object, got nothing");
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError)
            return HttpResponse::text(400, prefix + "request body: could not decode input as JSON");
        if (!doc.isObject())
            return HttpResponse::text(400, prefix + "request body: expected an object");
        c.arg = doc.object();
    }
    HttpResponse r = (this->*route.handler)(c);
    if (!c.badInput.isEmpty())
        return HttpResponse::text(400, prefix + "request body: " + c.badInput.toUtf8());
    return r;
}

HttpResponse SimApi::callRepeatingCursor(const Route &route, const HttpRequest &req, qint64 nowSecs)
{
    HttpResponse r = call(route, req, nowSecs);
    if (r.status != 200)
        return r;
    const QString sent = QJsonDocument::fromJson(req.body).object().value(QLatin1String("cursor")).toString();
    QJsonObject page = QJsonDocument::fromJson(r.body).object();
    page.insert(QLatin1String("cursor"), sent);
    page.insert(QLatin1String("has_more"), true);
    r.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    return r;
}

bool SimApi::deleteGroupIfListed(const Route &route, const HttpRequest &req, const QByteArray &groupId, bool onContinue)
{
    const int g = m_team.findGroupById(groupId);
    if (g < 0 || m_team.group(g).deleted)
        return false;
    const QJsonObject arg = QJsonDocument::fromJson(req.body).object();
    bool listed = false;
    if (!onContinue && qstrcmp(route.name, "team/groups/members/list") == 0) {
        const QJsonObject selector = arg.value(QLatin1String("group")).toObject();
        listed = selector.value(QLatin1String(".tag")).toString() == QLatin1String("group_id")
            && selector.value(QLatin1String("group_id")).toString().toUtf8() == groupId;
    } else if (onContinue && qstrcmp(route.name, "team/groups/members/list/continue") == 0) {
        QByteArray payload;
        listed = readCursor(arg.value(QLatin1String("cursor")).toString().toLatin1(), &payload)
            && payload.startsWith("gm:") && payload.split(':').value(1).toInt() == g;
    }
    if (!listed)
        return false;
    qCInfo(lcSim) << "fault: group" << groupId << "deleted while its members are listed";
    m_team.deleteGroup(g);
    return true;
}

HttpResponse SimApi::error409(const char *tag)
{
    JsonWriter w;
    w.beginObject().key("error_summary").value(summary(tag)).key("error").beginObject().tag(tag).endObject().endObject();
    return HttpResponse::json(409, w.take());
}

HttpResponse SimApi::authError(const char *tag, const QString &requiredScope)
{
    JsonWriter w;
    w.beginObject().key("error_summary").value(summary(tag)).key("error").beginObject().tag(tag);
    if (!requiredScope.isEmpty())
        w.key("required_scope").value(requiredScope);
    w.endObject().endObject();
    return HttpResponse::json(401, w.take());
}

// --- writing -------------------------------------------------------------------------------

void SimApi::writeRole(JsonWriter &w, const SimRole &r)
{
    w.beginObject().key("role_id").value(r.id).key("name").value(r.name).key("description").value(r.description).endObject();
}

void SimApi::writeProfile(JsonWriter &w, int i, bool teamProfile) const
{
    const SimMember &m = m_team.member(i);
    w.beginObject();
    w.key("team_member_id").value(m.teamMemberId);
    if (!m.externalId.isEmpty())
        w.key("external_id").value(m.externalId);
    if (!m.accountId.isEmpty())
        w.key("account_id").value(m.accountId);
    w.key("email").value(m.email);
    w.key("email_verified").value(m.emailVerified);
    if (!m.secondaryEmail.isEmpty()) {
        w.key("secondary_emails").beginArray().beginObject()
            .key("email").value(m.secondaryEmail).key("is_verified").value(m.secondaryEmailVerified)
            .endObject().endArray();
    }
    w.key("status").beginObject().tag(statusTag(m.status));
    if (m.status == AccountStatus::Removed)
        w.key("is_recoverable").value(m.removedRecoverable).key("is_disconnected").value(m.removedDisconnected);
    w.endObject();
    w.key("name").beginObject()
        .key("given_name").value(m.givenName)
        .key("surname").value(m.surname)
        .key("familiar_name").value(m.givenName)
        .key("display_name").value(m.displayName)
        .key("abbreviated_name").value(m.abbreviatedName)
        .endObject();
    w.voidUnion("membership_type", m.membershipType == MembershipType::Limited ? "limited" : "full");
    if (m.invitedOn) {
        w.key("invited_on");
        writeTimestamp(w, m.invitedOn);
    }
    if (m.joinedOn) {
        w.key("joined_on");
        writeTimestamp(w, m.joinedOn);
    }
    if (m.suspendedOn) {
        w.key("suspended_on");
        writeTimestamp(w, m.suspendedOn);
    }
    if (!m.persistentId.isEmpty())
        w.key("persistent_id").value(m.persistentId);
    if (m.directoryRestricted >= 0)
        w.key("is_directory_restricted").value(m.directoryRestricted == 1);
    if (!m.profilePhotoUrl.isEmpty())
        w.key("profile_photo_url").value(m.profilePhotoUrl);
    if (teamProfile) {
        w.key("groups").beginArray();
        for (int g : m.groups)
            w.value(m_team.group(g).id);
        w.endArray();
        w.key("member_folder_id").value(QByteArray::number(m.memberFolderId));
        w.key("root_folder_id").value(QByteArray::number(m.rootFolderId));
    }
    w.endObject();
}

void SimApi::writeRoles(JsonWriter &w, int member) const
{
    // Members without a role get an empty list, as live teams answer.
    w.key("roles").beginArray();
    const int role = m_team.member(member).role;
    if (role >= 0)
        writeRole(w, m_team.roles()[size_t(role)]);
    w.endArray();
}

void SimApi::writeMemberInfo(JsonWriter &w, int member) const
{
    w.key("profile");
    writeProfile(w, member, true);
    writeRoles(w, member);
}

void SimApi::writeGroupSummaryFields(JsonWriter &w, int group) const
{
    const SimGroup &g = m_team.group(group);
    w.key("group_name").value(g.name);
    w.key("group_id").value(g.id);
    if (!g.externalId.isEmpty())
        w.key("group_external_id").value(g.externalId);
    w.key("member_count").value(qint64(g.members.size()));
    w.voidUnion("group_management_type", managementTag(g.type));
}

void SimApi::writeGroupFullInfoFields(JsonWriter &w, int group, bool withMembers) const
{
    writeGroupSummaryFields(w, group);
    const SimGroup &g = m_team.group(group);
    if (withMembers && g.type != GroupManagementType::SystemManaged) {
        w.key("members").beginArray();
        for (const SimGroupEntry &e : g.members) {
            w.beginObject().key("profile");
            writeProfile(w, e.member, false);
            w.voidUnion("access_type", e.owner ? "owner" : "member");
            w.endObject();
        }
        w.endArray();
    }
    w.key("created").value(g.createdMs);
}

// --- cursors -------------------------------------------------------------------------------

QByteArray SimApi::makeCursor(const QByteArray &payload) const
{
    const QByteArray mac = QCryptographicHash::hash(m_cursorKey + payload, QCryptographicHash::Md5).toHex().left(12);
    return (payload + '|' + mac).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool SimApi::readCursor(const QByteArray &cursor, QByteArray *payload) const
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray raw = *decoded;
    const qsizetype bar = raw.lastIndexOf('|');
    if (bar < 0)
        return false;
    const QByteArray p = raw.left(bar);
    const QByteArray mac = QCryptographicHash::hash(m_cursorKey + p, QCryptographicHash::Md5).toHex().left(12);
    if (raw.mid(bar + 1) != mac)
        return false;
    *payload = p;
    return true;
}

// --- pages ---------------------------------------------------------------------------------

HttpResponse SimApi::membersPage(qint64 pos, int limit, bool includeRemoved)
{
    const auto &members = m_team.members();
    const qint64 n = qint64(members.size());
    auto listed = [&](qint64 i) {
        const SimMember &m = members[size_t(i)];
        return !m.deleted && (includeRemoved || m.status != AccountStatus::Removed);
    };
    JsonWriter w(limit * 1100 + 256);
    w.beginObject().key("members").beginArray();
    int count = 0;
    qint64 i = pos;
    for (; i < n && count < limit; ++i) {
        if (!listed(i))
            continue;
        w.beginObject();
        writeMemberInfo(w, int(i));
        w.endObject();
        ++count;
    }
    qint64 next = i;
    while (next < n && !listed(next))
        ++next;
    w.endArray();
    w.key("cursor").value(makeCursor("m:" + QByteArray::number(next) + ':' + QByteArray::number(limit) + ':'
                                     + (includeRemoved ? '1' : '0')));
    w.key("has_more").value(next < n);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupsPage(qint64 pos, int limit)
{
    const auto &groups = m_team.groups();
    const qint64 n = qint64(groups.size());
    JsonWriter w(limit * 200 + 256);
    w.beginObject().key("groups").beginArray();
    int count = 0;
    qint64 i = pos;
    for (; i < n && count < limit; ++i) {
        if (groups[size_t(i)].deleted)
            continue;
        w.beginObject();
        writeGroupSummaryFields(w, int(i));
        w.endObject();
        ++count;
    }
    qint64 next = i;
    while (next < n && groups[size_t(next)].deleted)
        ++next;
    w.endArray();
    w.key("cursor").value(makeCursor("g:" + QByteArray::number(next) + ':' + QByteArray::number(limit)));
    w.key("has_more").value(next < n);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupMembersPage(int group, qint64 pos, int limit)
{
    const SimGroup &g = m_team.group(group);
    const qint64 n = qint64(g.members.size());
    const qint64 end = qMin(n, pos + limit);
    JsonWriter w(int(qMax<qint64>(0, end - pos)) * 700 + 256);
    w.beginObject().key("members").beginArray();
    for (qint64 i = pos; i < end; ++i) {
        const SimGroupEntry &e = g.members[size_t(i)];
        w.beginObject().key("profile");
        writeProfile(w, e.member, false);
        w.voidUnion("access_type", e.owner ? "owner" : "member");
        w.endObject();
    }
    w.endArray();
    const qint64 next = qMax(pos, end);
    w.key("cursor").value(makeCursor("gm:" + QByteArray::number(group) + ':' + QByteArray::number(next) + ':'
                                     + QByteArray::number(limit)));
    w.key("has_more").value(next < n);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

// --- read routes ---------------------------------------------------------------------------

HttpResponse SimApi::membersList(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"limit", "include_removed"});
    const int limit = int(r.integer("limit", 1000, 1, 1000));
    const bool includeRemoved = r.boolean("include_removed", false);
    if (!r.ok())
        return HttpResponse();
    return membersPage(0, limit, includeRemoved);
}

HttpResponse SimApi::membersListContinue(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"cursor"});
    const QString cursor = r.string("cursor", true);
    if (!r.ok())
        return HttpResponse();
    QByteArray payload;
    if (!readCursor(cursor.toLatin1(), &payload) || !payload.startsWith("m:"))
        return error409("invalid_cursor");
    const QList<QByteArray> f = payload.split(':');
    if (f.size() != 4)
        return error409("invalid_cursor");
    return membersPage(f[1].toLongLong(), f[2].toInt(), f[3] == "1");
}

HttpResponse SimApi::membersGetInfo(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"members"});
    const QJsonArray list = r.list("members", true);
    if (!r.ok())
        return HttpResponse();
    std::vector<Selector> sels(size_t(list.size()));
    for (int i = 0; i < list.size(); ++i)
        if (!readUser(c, list.at(i), QStringLiteral("members.%1").arg(i), &sels[size_t(i)]))
            return HttpResponse();
    JsonWriter w(int(sels.size()) * 1100 + 64);
    w.beginObject().key("members_info").beginArray();
    for (const Selector &s : sels) {
        int idx = -1;
        if (s.tag == QLatin1String("team_member_id"))
            idx = m_team.findMemberById(s.value.toUtf8());
        else if (s.tag == QLatin1String("email"))
            idx = m_team.findMemberByEmail(s.value.toUtf8());
        else
            idx = m_team.findMemberByExternalId(s.value.toUtf8());
        if (idx >= 0 && m_team.member(idx).deleted)
            idx = -1;
        w.beginObject();
        if (idx < 0) {
            w.tag("id_not_found").key("id_not_found").value(s.value);
        } else {
            w.tag("member_info");
            writeMemberInfo(w, idx);
        }
        w.endObject();
    }
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::availableRoles(Call &)
{
    JsonWriter w;
    w.beginObject().key("roles").beginArray();
    for (const SimRole &role : m_team.roles())
        writeRole(w, role);
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupsList(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"limit"});
    const int limit = int(r.integer("limit", 1000, 1, 1000));
    if (!r.ok())
        return HttpResponse();
    return groupsPage(0, limit);
}

HttpResponse SimApi::groupsListContinue(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"cursor"});
    const QString cursor = r.string("cursor", true);
    if (!r.ok())
        return HttpResponse();
    QByteArray payload;
    if (!readCursor(cursor.toLatin1(), &payload) || !payload.startsWith("g:"))
        return error409("invalid_cursor");
    const QList<QByteArray> f = payload.split(':');
    if (f.size() != 3)
        return error409("invalid_cursor");
    return groupsPage(f[1].toLongLong(), f[2].toInt());
}

namespace {
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
} // namespace

HttpResponse SimApi::groupMembersList(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "limit"});
    const QJsonValue gv = r.value("group", true);
    const int limit = int(r.integer("limit", 1000, 1, 1000));
    if (!r.ok())
        return HttpResponse();
    Selector gs;
    if (!readGroup(c, gv, QStringLiteral("group"), &gs))
        return HttpResponse();
    const int g = resolveGroup(m_team, gs);
    if (g < 0)
        return error409("group_not_found");
    return groupMembersPage(g, 0, limit);
}

HttpResponse SimApi::groupMembersListContinue(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"cursor"});
    const QString cursor = r.string("cursor", true);
    if (!r.ok())
        return HttpResponse();
    QByteArray payload;
    if (!readCursor(cursor.toLatin1(), &payload) || !payload.startsWith("gm:"))
        return error409("invalid_cursor");
    const QList<QByteArray> f = payload.split(':');
    if (f.size() != 4)
        return error409("invalid_cursor");
    const int g = f[1].toInt();
    if (g < 0 || g >= int(m_team.groups().size()) || m_team.group(g).deleted)
        return error409("invalid_cursor");
    return groupMembersPage(g, f[2].toLongLong(), f[3].toInt());
}

HttpResponse SimApi::teamGetInfo(Call &)
{
    JsonWriter w;
    w.beginObject()
        .key("name").value(m_team.teamName())
        .key("team_id").value(m_team.teamId())
        .key("num_licensed_users").value(m_team.licenseLimit())
        .key("num_provisioned_users").value(m_team.provisionedUsers())
        .key("num_used_licenses").value(m_team.usedLicenses())
        .key("policies").raw(QByteArray(kPolicies))
        .endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::authenticatedAdmin(Call &)
{
    const int a = m_team.adminIndex();
    if (a < 0)
        return error409("mapping_not_found");
    const SimMember &m = m_team.member(a);
    if (m.deleted || m.status != AccountStatus::Active || m.role != m_team.teamAdminRole())
        return error409("admin_not_active");
    JsonWriter w(1200);
    w.beginObject().key("admin_profile");
    writeProfile(w, a, true);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

// --- async jobs ----------------------------------------------------------------------------

QByteArray SimApi::startJob(JobKind kind, const QByteArray &completeJson)
{
    const QByteArray id = m_team.newId("dbjid:AA", 38);
    m_jobs.insert(id, {kind, 2, completeJson});
    return id;
}

HttpResponse SimApi::pollJob(Call &c, JobKind kind)
{
    Reader r(c, c.arg.toObject());
    r.allow({"async_job_id"});
    const QString id = r.string("async_job_id", true);
    if (!r.ok())
        return HttpResponse();
    if (id.isEmpty()) {
        r.fail(QStringLiteral("async_job_id: must be at least 1 character"));
        return HttpResponse();
    }
    // groups/members/add and /remove answer the legacy job id " ": always complete.
    if (kind == JobKind::Groups && id == QLatin1String(" "))
        return HttpResponse::json(200, QByteArrayLiteral("{\".tag\":\"complete\"}"));
    auto it = m_jobs.find(id.toUtf8());
    if (it == m_jobs.end() || it->kind != kind)
        return error409("invalid_async_job_id");
    if (it->pollsLeft > 0) {
        --it->pollsLeft;
        return HttpResponse::json(200, QByteArrayLiteral("{\".tag\":\"in_progress\"}"));
    }
    return HttpResponse::json(200, it->completeJson);
}

// --- write routes --------------------------------------------------------------------------

HttpResponse SimApi::membersAdd(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"new_members", "force_async"});
    const QJsonArray list = r.list("new_members", true);
    const bool forceAsync = r.boolean("force_async", false);
    if (!r.ok())
        return HttpResponse();
    if (list.size() > kMaxAddMembers) {
        r.fail(QStringLiteral("new_members: at most %1 members per call, got %2").arg(kMaxAddMembers).arg(list.size()));
        return HttpResponse();
    }

    struct Item {
        NewMember member;
        bool hasPersistentId = false;
        QString roleId;
    };
    std::vector<Item> items;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("new_members.%1").arg(i);
        if (!list.at(i).isObject()) {
            r.fail(QStringLiteral("%1: expected object").arg(path));
            return HttpResponse();
        }
        Reader m(c, list.at(i).toObject(), path);
        m.allow({"member_email", "member_given_name", "member_surname", "member_external_id",
                 "member_persistent_id", "send_welcome_email", "is_directory_restricted", "role_ids"});
        Item it;
        it.member.email = m.string("member_email", true, 255);
        it.member.givenName = m.string("member_given_name", false, 100);
        it.member.surname = m.string("member_surname", false, 100);
        it.member.externalId = m.string("member_external_id", false, 64);
        it.hasPersistentId = m.has("member_persistent_id");
        m.string("member_persistent_id", false);
        m.boolean("send_welcome_email", true);
        m.boolean("is_directory_restricted", false);
        const QJsonArray roles = m.list("role_ids", false);
        if (!m.ok())
            return HttpResponse();
        if (!it.member.email.contains(QLatin1Char('@'))) {
            m.fail(QStringLiteral("%1.member_email: '%2' is not a valid email address").arg(path, it.member.email));
            return HttpResponse();
        }
        if (roles.size() > 1) {
            m.fail(QStringLiteral("%1.role_ids: at most 1 item").arg(path));
            return HttpResponse();
        }
        if (roles.size() == 1) {
            it.roleId = roles.at(0).toString();
            if (!it.roleId.startsWith(QLatin1String("pid_dbtmr:"))) {
                m.fail(QStringLiteral("%1.role_ids.0: '%2' did not match pattern 'pid_dbtmr:.*'").arg(path, it.roleId));
                return HttpResponse();
            }
        }
        items.push_back(it);
    }

    JsonWriter w(int(items.size()) * 1200 + 64);
    w.beginArray();
    for (Item &it : items) {
        const QByteArray email = it.member.email.toUtf8();
        const char *failure = nullptr;
        const int existing = m_team.findMemberByEmail(email);
        const int existingExt = it.member.externalId.isEmpty() ? -1 : m_team.findMemberByExternalId(it.member.externalId.toUtf8());
        const QByteArray domain = email.mid(email.indexOf('@') + 1).toLower();
        if (existing >= 0 && !m_team.member(existing).deleted
            && !(m_team.member(existing).status == AccountStatus::Removed && !m_team.member(existing).removedRecoverable))
            failure = "user_already_on_team";
        else if (domain.startsWith("other-team."))    // a hook for tests: these people belong elsewhere
            failure = "user_on_another_team";
        else if (existingExt >= 0 && !m_team.member(existingExt).deleted)
            failure = "duplicate_external_member_id";
        else if (it.hasPersistentId)
            failure = "persistent_id_disabled";
        else if (!it.roleId.isEmpty() && m_team.findRole(it.roleId.toUtf8()) < 0)
            failure = "user_creation_failed";
        else if (m_team.usedLicenses() >= m_team.licenseLimit())
            failure = "team_license_limit";

        w.beginObject();
        if (failure) {
            w.tag(failure).key(failure).value(email);
        } else {
            it.member.roleId = it.roleId;
            const int idx = m_team.addMember(it.member, c.now);
            w.tag("success");
            writeMemberInfo(w, idx);
        }
        w.endObject();
    }
    w.endArray();
    const QByteArray results = w.take();

    if (forceAsync || items.size() > size_t(kAsyncAddThreshold)) {
        const QByteArray id = startJob(JobKind::MembersAdd, "{\".tag\":\"complete\",\"complete\":" + results + '}');
        JsonWriter out;
        out.beginObject().tag("async_job_id").key("async_job_id").value(id).endObject();
        return HttpResponse::json(200, out.take());
    }
    return HttpResponse::json(200, "{\".tag\":\"complete\",\"complete\":" + results + '}');
}

HttpResponse SimApi::membersAddJobStatus(Call &c)
{
    return pollJob(c, JobKind::MembersAdd);
}

HttpResponse SimApi::membersRemove(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user", "wipe_data", "transfer_dest_id", "transfer_admin_id", "keep_account",
             "retain_team_shares", "permanently_delete_files"});
    const QJsonValue userValue = r.value("user", true);
    const bool wipeData = r.boolean("wipe_data", true);
    const bool hasDest = r.has("transfer_dest_id");
    const bool hasAdmin = r.has("transfer_admin_id");
    const bool keepAccount = r.boolean("keep_account", false);
    const bool retainShares = r.boolean("retain_team_shares", false);
    const bool deleteFiles = r.boolean("permanently_delete_files", false);
    if (!r.ok())
        return HttpResponse();
    Selector user, dest, admin;
    if (!readUser(c, userValue, QStringLiteral("user"), &user))
        return HttpResponse();
    if (hasDest && !readUser(c, c.arg.toObject().value(QLatin1String("transfer_dest_id")), QStringLiteral("transfer_dest_id"), &dest))
        return HttpResponse();
    if (hasAdmin && !readUser(c, c.arg.toObject().value(QLatin1String("transfer_admin_id")), QStringLiteral("transfer_admin_id"), &admin))
        return HttpResponse();

    const int i = resolveUser(m_team, user);
    if (i < 0)
        return error409("user_not_found");
    const SimMember &m = m_team.member(i);
    if (m.status == AccountStatus::Removed)
        return error409("user_not_in_team");
    if (keepAccount && m.status == AccountStatus::Invited)
        return error409("cannot_keep_invited_user_account");
    if (keepAccount && wipeData)
        return error409("cannot_keep_account_and_delete_data");
    if (keepAccount && hasDest)
        return error409("cannot_keep_account_and_transfer");
    if (keepAccount && deleteFiles)
        return error409("cannot_keep_account_and_permanently_delete");
    if (deleteFiles && hasDest)
        return error409("cannot_permanently_delete_and_transfer");
    if (retainShares && !keepAccount)
        return error409("cannot_retain_shares_when_no_account_kept");
    if (retainShares && wipeData)
        return error409("cannot_retain_shares_when_data_wiped");
    if (hasDest) {
        if (!hasAdmin)
            return error409("unspecified_transfer_admin_id");
        const int d = resolveUser(m_team, dest);
        if (d < 0)
            return error409("transfer_dest_user_not_found");
        if (m_team.member(d).status == AccountStatus::Removed)
            return error409("transfer_dest_user_not_in_team");
        if (d == i)
            return error409("removed_and_transfer_dest_should_differ");
    }
    if (hasAdmin) {
        const int a = resolveUser(m_team, admin);
        if (a < 0)
            return error409("transfer_admin_user_not_found");
        if (m_team.member(a).status == AccountStatus::Removed)
            return error409("transfer_admin_user_not_in_team");
        if (a == i)
            return error409("removed_and_transfer_admin_should_differ");
        if (m_team.member(a).role != m_team.teamAdminRole() || m_team.member(a).status != AccountStatus::Active)
            return error409("transfer_admin_is_not_admin");
    }
    if (m.role == m_team.teamAdminRole() && m.status == AccountStatus::Active && m_team.activeTeamAdminCount() <= 1)
        return error409("remove_last_admin");

    m_team.removeMember(i, keepAccount, c.now);
    // Moving files takes a while on the real service: a transfer runs as a job.
    if (hasDest) {
        const QByteArray id = startJob(JobKind::MembersRemove, QByteArrayLiteral("{\".tag\":\"complete\"}"));
        JsonWriter out;
        out.beginObject().tag("async_job_id").key("async_job_id").value(id).endObject();
        return HttpResponse::json(200, out.take());
    }
    return HttpResponse::json(200, QByteArrayLiteral("{\".tag\":\"complete\"}"));
}

HttpResponse SimApi::membersRemoveJobStatus(Call &c)
{
    return pollJob(c, JobKind::MembersRemove);
}

HttpResponse SimApi::membersSuspend(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user", "wipe_data"});
    const QJsonValue userValue = r.value("user", true);
    r.boolean("wipe_data", true);
    if (!r.ok())
        return HttpResponse();
    Selector user;
    if (!readUser(c, userValue, QStringLiteral("user"), &user))
        return HttpResponse();
    const int i = resolveUser(m_team, user);
    if (i < 0)
        return error409("user_not_found");
    const SimMember &m = m_team.member(i);
    if (m.status == AccountStatus::Removed)
        return error409("user_not_in_team");
    if (m.status != AccountStatus::Active)
        return error409("suspend_inactive_user");
    if (m.role == m_team.teamAdminRole() && m_team.activeTeamAdminCount() <= 1)
        return error409("suspend_last_admin");
    m_team.suspendMember(i, c.now);
    return nullResult();
}

HttpResponse SimApi::membersUnsuspend(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user"});
    const QJsonValue userValue = r.value("user", true);
    if (!r.ok())
        return HttpResponse();
    Selector user;
    if (!readUser(c, userValue, QStringLiteral("user"), &user))
        return HttpResponse();
    const int i = resolveUser(m_team, user);
    if (i < 0)
        return error409("user_not_found");
    const SimMember &m = m_team.member(i);
    if (m.status == AccountStatus::Removed)
        return error409("user_not_in_team");
    if (m.status != AccountStatus::Suspended)
        return error409("unsuspend_non_suspended_member");
    if (m_team.usedLicenses() > m_team.licenseLimit())
        return error409("team_license_limit");
    m_team.unsuspendMember(i);
    return nullResult();
}

HttpResponse SimApi::setAdminPermissions(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user", "new_roles"});
    const QJsonValue userValue = r.value("user", true);
    const QJsonArray roles = r.list("new_roles", false);
    if (!r.ok())
        return HttpResponse();
    Selector user;
    if (!readUser(c, userValue, QStringLiteral("user"), &user))
        return HttpResponse();
    if (roles.size() > 1) {
        r.fail(QStringLiteral("new_roles: at most 1 item"));
        return HttpResponse();
    }
    int role = -1;
    if (roles.size() == 1) {
        const QString id = roles.at(0).toString();
        if (!roles.at(0).isString() || !id.startsWith(QLatin1String("pid_dbtmr:"))) {
            r.fail(QStringLiteral("new_roles.0: '%1' did not match pattern 'pid_dbtmr:.*'").arg(id));
            return HttpResponse();
        }
        role = m_team.findRole(id.toUtf8());
        if (role < 0)
            return error409("role_not_found");
    }
    const int i = resolveUser(m_team, user);
    if (i < 0)
        return error409("user_not_found");
    const SimMember &m = m_team.member(i);
    if (m.status == AccountStatus::Removed)
        return error409("user_not_in_team");
    if (m.status == AccountStatus::Suspended)
        return error409("cannot_set_permissions");
    if (m.role == m_team.teamAdminRole() && role != m_team.teamAdminRole() && m.status == AccountStatus::Active
        && m_team.activeTeamAdminCount() <= 1)
        return error409("last_admin");
    m_team.setRole(i, role);
    JsonWriter w;
    w.beginObject().key("team_member_id").value(m.teamMemberId);
    writeRoles(w, i);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

namespace {
// The identifier as the caller gave it, for error lists such as users_not_found.
QString shown(const Selector &s) { return s.value; }
} // namespace

HttpResponse SimApi::groupMembersAdd(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "members", "return_members"});
    const QJsonValue groupValue = r.value("group", true);
    const QJsonArray list = r.list("members", true);
    const bool returnMembers = r.boolean("return_members", true);
    if (!r.ok())
        return HttpResponse();
    Selector gs;
    if (!readGroup(c, groupValue, QStringLiteral("group"), &gs))
        return HttpResponse();
    struct Want {
        Selector user;
        bool owner = false;
    };
    std::vector<Want> wants;
    for (int k = 0; k < list.size(); ++k) {
        const QString path = QStringLiteral("members.%1").arg(k);
        if (!list.at(k).isObject()) {
            r.fail(QStringLiteral("%1: expected object").arg(path));
            return HttpResponse();
        }
        Reader m(c, list.at(k).toObject(), path);
        m.allow({"user", "access_type"});
        const QJsonValue u = m.value("user", true);
        const QJsonValue a = m.value("access_type", true);
        if (!m.ok())
            return HttpResponse();
        Want want;
        if (!readUser(c, u, path + QStringLiteral(".user"), &want.user)
            || !readAccessType(c, a, path + QStringLiteral(".access_type"), &want.owner))
            return HttpResponse();
        wants.push_back(want);
    }

    const int g = resolveGroup(m_team, gs);
    if (g < 0)
        return error409("group_not_found");
    const SimGroup &group = m_team.group(g);
    if (group.type == GroupManagementType::SystemManaged)
        return error409("system_managed_group_disallowed");
    QStringList notFound, notInTeam, cannotManage;
    std::vector<int> who;
    for (const Want &want : wants) {
        const int i = resolveUser(m_team, want.user);
        if (i < 0)
            notFound.append(shown(want.user));
        else if (m_team.member(i).status == AccountStatus::Removed)
            notInTeam.append(shown(want.user));
        else if (want.owner && group.type == GroupManagementType::CompanyManaged)
            cannotManage.append(shown(want.user));
        who.push_back(i);
    }
    if (!notFound.isEmpty())
        return withList("users_not_found", notFound);
    if (!notInTeam.isEmpty())
        return withList("members_not_in_team", notInTeam);
    QSet<int> seen;
    for (int i : who) {
        if (m_team.findInGroup(g, i) >= 0 || seen.contains(i))
            return error409("duplicate_user");
        seen.insert(i);
    }
    if (!cannotManage.isEmpty())
        return withList("user_cannot_be_manager_of_company_managed_group", cannotManage);
    for (size_t k = 0; k < wants.size(); ++k)
        if (wants[k].owner && m_team.member(who[k]).status != AccountStatus::Active)
            return error409("user_must_be_active_to_be_owner");

    for (size_t k = 0; k < wants.size(); ++k)
        m_team.addToGroup(g, who[k], wants[k].owner);
    JsonWriter w;
    w.beginObject().key("group_info").beginObject();
    writeGroupFullInfoFields(w, g, returnMembers);
    w.endObject().key("async_job_id").value(" ").endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupMembersRemove(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "users", "return_members"});
    const QJsonValue groupValue = r.value("group", true);
    const QJsonArray list = r.list("users", true);
    const bool returnMembers = r.boolean("return_members", true);
    if (!r.ok())
        return HttpResponse();
    Selector gs;
    if (!readGroup(c, groupValue, QStringLiteral("group"), &gs))
        return HttpResponse();
    std::vector<Selector> users(size_t(list.size()));
    for (int k = 0; k < list.size(); ++k)
        if (!readUser(c, list.at(k), QStringLiteral("users.%1").arg(k), &users[size_t(k)]))
            return HttpResponse();

    const int g = resolveGroup(m_team, gs);
    if (g < 0)
        return error409("group_not_found");
    if (m_team.group(g).type == GroupManagementType::SystemManaged)
        return error409("system_managed_group_disallowed");
    QStringList notFound, notInTeam;
    std::vector<int> who;
    for (const Selector &s : users) {
        const int i = resolveUser(m_team, s);
        if (i < 0)
            notFound.append(shown(s));
        else if (m_team.member(i).status == AccountStatus::Removed)
            notInTeam.append(shown(s));
        who.push_back(i);
    }
    if (!notFound.isEmpty())
        return withList("users_not_found", notFound);
    if (!notInTeam.isEmpty())
        return withList("members_not_in_team", notInTeam);
    for (int i : who)
        if (m_team.findInGroup(g, i) < 0)
            return error409("member_not_in_group");
    for (int i : who)
        m_team.removeFromGroup(g, i);
    JsonWriter w;
    w.beginObject().key("group_info").beginObject();
    writeGroupFullInfoFields(w, g, returnMembers);
    w.endObject().key("async_job_id").value(" ").endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupMembersSetAccessType(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "user", "access_type", "return_members"});
    const QJsonValue groupValue = r.value("group", true);
    const QJsonValue userValue = r.value("user", true);
    const QJsonValue accessValue = r.value("access_type", true);
    const bool returnMembers = r.boolean("return_members", true);
    if (!r.ok())
        return HttpResponse();
    Selector gs, user;
    bool owner = false;
    if (!readGroup(c, groupValue, QStringLiteral("group"), &gs) || !readUser(c, userValue, QStringLiteral("user"), &user)
        || !readAccessType(c, accessValue, QStringLiteral("access_type"), &owner))
        return HttpResponse();
    const int g = resolveGroup(m_team, gs);
    if (g < 0)
        return error409("group_not_found");
    const SimGroup &group = m_team.group(g);
    if (group.type == GroupManagementType::SystemManaged)
        return error409("system_managed_group_disallowed");
    const int i = resolveUser(m_team, user);
    if (i < 0 || m_team.findInGroup(g, i) < 0)
        return error409("member_not_in_group");
    if (owner && group.type == GroupManagementType::CompanyManaged)
        return error409("user_cannot_be_manager_of_company_managed_group");
    m_team.setAccessType(g, i, owner);
    JsonWriter w;
    w.beginArray().beginObject().tag("group_info");
    writeGroupFullInfoFields(w, g, returnMembers);
    w.endObject().endArray();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupsJobStatus(Call &c)
{
    return pollJob(c, JobKind::Groups);
}

} // namespace sim
} // namespace dbx
