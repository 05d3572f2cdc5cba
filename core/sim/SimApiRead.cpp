#include "sim/JsonWriter.h"
#include "sim/SimApi.h"
#include "sim/SimApiArgs.h"
#include "sim/SimApiJson.h"

namespace dbx {
namespace sim {

using namespace simapi;

namespace {

const char kPolicies[] = "{\"sharing\":{\"shared_folder_member_policy\":{\".tag\":\"team\"},"
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

// The entries of one page of a list that skips some (removed members, deleted groups): up to limit
// entries from pos that listed() accepts, each an object write() fills. Returns where the next page
// starts: past the entries skipped after this page, so has_more is false when none is left to list.
template <typename Listed, typename Write>
qint64 writeListedPage(JsonWriter &w, qint64 pos, qint64 n, int limit, Listed listed, Write write)
{
    int count = 0;
    qint64 i = pos;
    for (; i < n && count < limit; ++i) {
        if (!listed(i))
            continue;
        w.beginObject();
        write(i);
        w.endObject();
        ++count;
    }
    while (i < n && !listed(i))
        ++i;
    return i;
}

} // namespace

// --- pages ---------------------------------------------------------------------------------

HttpResponse SimApi::endPage(JsonWriter &w, const QByteArray &cursorPayload, bool hasMore) const
{
    w.endArray();
    w.key("cursor").value(makeCursor(cursorPayload));
    w.key("has_more").value(hasMore);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

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
    const qint64 next = writeListedPage(w, pos, n, limit, listed, [&](qint64 i) { writeMemberInfo(w, int(i)); });
    const char removed = includeRemoved ? '1' : '0';
    return endPage(w, "m:" + QByteArray::number(next) + ':' + QByteArray::number(limit) + ':' + removed, next < n);
}

HttpResponse SimApi::groupsPage(qint64 pos, int limit)
{
    const auto &groups = m_team.groups();
    const qint64 n = qint64(groups.size());
    JsonWriter w(limit * 200 + 256);
    w.beginObject().key("groups").beginArray();
    const qint64 next = writeListedPage(
        w, pos, n, limit, [&](qint64 i) { return !groups[size_t(i)].deleted; },
        [&](qint64 i) { writeGroupSummaryFields(w, int(i)); });
    return endPage(w, "g:" + QByteArray::number(next) + ':' + QByteArray::number(limit), next < n);
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
    const qint64 next = qMax(pos, end);
    return endPage(w,
                   "gm:" + QByteArray::number(group) + ':' + QByteArray::number(next) + ':' + QByteArray::number(limit),
                   next < n);
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
    const auto cursor = continueCursor(c, "m", 4);
    if (!cursor)
        return error409("invalid_cursor");
    const QList<QByteArray> &f = *cursor;
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
        const int idx = resolveUser(m_team, s);
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
    const auto cursor = continueCursor(c, "g", 3);
    if (!cursor)
        return error409("invalid_cursor");
    const QList<QByteArray> &f = *cursor;
    return groupsPage(f[1].toLongLong(), f[2].toInt());
}

HttpResponse SimApi::groupMembersList(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "limit"});
    const QJsonValue gv = r.value("group", true);
    const int limit = int(r.integer("limit", 1000, 1, 1000));
    const std::optional<int> g = r.group(m_team, gv, "group");
    if (!g)
        return HttpResponse();
    if (*g < 0)
        return error409("group_not_found");
    return groupMembersPage(*g, 0, limit);
}

HttpResponse SimApi::groupMembersListContinue(Call &c)
{
    const auto cursor = continueCursor(c, "gm", 4);
    if (!cursor)
        return error409("invalid_cursor");
    const QList<QByteArray> &f = *cursor;
    const int g = f[1].toInt();
    if (g < 0 || g >= int(m_team.groups().size()) || m_team.group(g).deleted)
        return error409("invalid_cursor");
    return groupMembersPage(g, f[2].toLongLong(), f[3].toInt());
}

HttpResponse SimApi::teamGetInfo(Call &)
{
    JsonWriter w;
    w.beginObject()
        .key("name")
        .value(m_team.teamName())
        .key("team_id")
        .value(m_team.teamId())
        .key("num_licensed_users")
        .value(m_team.licenseLimit())
        .key("num_provisioned_users")
        .value(m_team.provisionedUsers())
        .key("num_used_licenses")
        .value(m_team.usedLicenses())
        .key("policies")
        .raw(QByteArray(kPolicies))
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
} // namespace sim
} // namespace dbx
