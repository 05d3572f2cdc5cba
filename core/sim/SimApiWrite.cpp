#include "sim/JsonWriter.h"
#include "sim/SimApi.h"
#include "sim/SimApiArgs.h"
#include "sim/SimApiJson.h"

#include <QSet>

#include <optional>

namespace dbx {
namespace sim {

using namespace simapi;

namespace {

constexpr int kMaxAddMembers = 20;
constexpr int kAsyncAddThreshold = 5; // more members than this: the add runs as a job

// The 409 tag when member i (resolveUser's answer) cannot be the subject of a write: unknown
// (notFound), or removed from the team (notInTeam); nullptr when it can.
const char *notOnTeam(const SimTeam &team, int i, const char *notFound, const char *notInTeam)
{
    if (i < 0)
        return notFound;
    if (team.member(i).status == AccountStatus::Removed)
        return notInTeam;
    return nullptr;
}

} // namespace

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
        m.allow({"member_email", "member_given_name", "member_surname", "member_external_id", "member_persistent_id",
                 "send_welcome_email", "is_directory_restricted", "role_ids"});
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
        const int existingExt
            = it.member.externalId.isEmpty() ? -1 : m_team.findMemberByExternalId(it.member.externalId.toUtf8());
        const QByteArray domain = email.mid(email.indexOf('@') + 1).toLower();
        if (existing >= 0 && !m_team.member(existing).deleted
            && !(m_team.member(existing).status == AccountStatus::Removed
                 && !m_team.member(existing).removedRecoverable))
            failure = "user_already_on_team";
        else if (domain.startsWith("other-team.")) // a hook for tests: these people belong elsewhere
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

HttpResponse SimApi::membersAddJobStatus(Call &c) { return pollJob(c, JobKind::MembersAdd); }

HttpResponse SimApi::membersRemove(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user", "wipe_data", "transfer_dest_id", "transfer_admin_id", "keep_account", "retain_team_shares",
             "permanently_delete_files"});
    const QJsonValue userValue = r.value("user", true);
    const bool wipeData = r.boolean("wipe_data", true);
    const bool hasDest = r.has("transfer_dest_id");
    const bool hasAdmin = r.has("transfer_admin_id");
    const bool keepAccount = r.boolean("keep_account", false);
    const bool retainShares = r.boolean("retain_team_shares", false);
    const bool deleteFiles = r.boolean("permanently_delete_files", false);
    const std::optional<int> found = r.user(m_team, userValue, "user");
    const std::optional<int> d = hasDest ? r.user(m_team, r.value("transfer_dest_id", false), "transfer_dest_id") : -1;
    const std::optional<int> a
        = hasAdmin ? r.user(m_team, r.value("transfer_admin_id", false), "transfer_admin_id") : -1;
    if (!found || !d || !a)
        return HttpResponse();

    const int i = *found;
    if (const char *tag = notOnTeam(m_team, i, "user_not_found", "user_not_in_team"))
        return error409(tag);
    const SimMember &m = m_team.member(i);
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
        if (const char *tag = notOnTeam(m_team, *d, "transfer_dest_user_not_found", "transfer_dest_user_not_in_team"))
            return error409(tag);
        if (*d == i)
            return error409("removed_and_transfer_dest_should_differ");
    }
    if (hasAdmin) {
        if (const char *tag = notOnTeam(m_team, *a, "transfer_admin_user_not_found", "transfer_admin_user_not_in_team"))
            return error409(tag);
        if (*a == i)
            return error409("removed_and_transfer_admin_should_differ");
        if (m_team.member(*a).role != m_team.teamAdminRole() || m_team.member(*a).status != AccountStatus::Active)
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

HttpResponse SimApi::membersRemoveJobStatus(Call &c) { return pollJob(c, JobKind::MembersRemove); }

HttpResponse SimApi::membersSuspend(Call &c) { return changeSuspension(c, true); }

HttpResponse SimApi::membersUnsuspend(Call &c) { return changeSuspension(c, false); }

// members/suspend and members/unsuspend read the same "user" argument (suspend also a wipe_data)
// and name the member the same way; they differ in the state the member must be in, in what else
// can refuse the change (the last admin; the license limit) and in the change itself.
HttpResponse SimApi::changeSuspension(Call &c, bool suspend)
{
    Reader r(c, c.arg.toObject());
    if (suspend)
        r.allow({"user", "wipe_data"});
    else
        r.allow({"user"});
    const QJsonValue userValue = r.value("user", true);
    if (suspend)
        r.boolean("wipe_data", true);
    const std::optional<int> found = r.user(m_team, userValue, "user");
    if (!found)
        return HttpResponse();
    const int i = *found;
    if (const char *tag = notOnTeam(m_team, i, "user_not_found", "user_not_in_team"))
        return error409(tag);
    const SimMember &m = m_team.member(i);
    if (suspend) {
        if (m.status != AccountStatus::Active)
            return error409("suspend_inactive_user");
        if (m.role == m_team.teamAdminRole() && m_team.activeTeamAdminCount() <= 1)
            return error409("suspend_last_admin");
        m_team.suspendMember(i, c.now);
    } else {
        if (m.status != AccountStatus::Suspended)
            return error409("unsuspend_non_suspended_member");
        if (m_team.usedLicenses() > m_team.licenseLimit())
            return error409("team_license_limit");
        m_team.unsuspendMember(i);
    }
    return nullResult();
}

HttpResponse SimApi::setAdminPermissions(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user", "new_roles"});
    const QJsonValue userValue = r.value("user", true);
    const QJsonArray roles = r.list("new_roles", false);
    const std::optional<int> found = r.user(m_team, userValue, "user");
    if (!found)
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
    const int i = *found;
    if (const char *tag = notOnTeam(m_team, i, "user_not_found", "user_not_in_team"))
        return error409(tag);
    const SimMember &m = m_team.member(i);
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

// The 409 tag when group g (resolveGroup's answer) cannot have its members changed: unknown, or
// system-managed; nullptr when it can.
const char *notEditableGroup(const SimTeam &team, int g)
{
    if (g < 0)
        return "group_not_found";
    if (team.group(g).type == GroupManagementType::SystemManaged)
        return "system_managed_group_disallowed";
    return nullptr;
}

// The arguments groups/members/add and /remove share: the group (resolveGroup's answer), the list
// under listKey and return_members. Nothing on bad input (c.badInput says why).
struct GroupChange {
    int group = -1;
    QJsonArray list;
    bool returnMembers = true;
};
std::optional<GroupChange> readGroupChange(SimApi::Call &c, const SimTeam &team, const char *listKey)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", listKey, "return_members"});
    const QJsonValue groupValue = r.value("group", true);
    GroupChange change;
    change.list = r.list(listKey, true);
    change.returnMembers = r.boolean("return_members", true);
    const std::optional<int> group = r.group(team, groupValue, "group");
    if (!group)
        return std::nullopt;
    change.group = *group;
    return change;
}

// Resolves the users a group change names into *who, in order. When some are unknown or
// removed: the 409 that lists every one of them (users_not_found first, then
// members_not_in_team), as Dropbox answers.
std::optional<HttpResponse> resolveMembers(const SimTeam &team, const std::vector<Selector> &users,
                                           std::vector<int> *who)
{
    QStringList notFound, notInTeam;
    for (const Selector &s : users) {
        const int i = resolveUser(team, s);
        if (i < 0)
            notFound.append(shown(s));
        else if (team.member(i).status == AccountStatus::Removed)
            notInTeam.append(shown(s));
        who->push_back(i);
    }
    if (!notFound.isEmpty())
        return withList("users_not_found", notFound);
    if (!notInTeam.isEmpty())
        return withList("members_not_in_team", notInTeam);
    return std::nullopt;
}

} // namespace

// groups/members/add and /remove answer the group as it is now, with the legacy job id " ".
HttpResponse SimApi::groupInfoReply(int group, bool withMembers) const
{
    JsonWriter w;
    w.beginObject().key("group_info").beginObject();
    writeGroupFullInfoFields(w, group, withMembers);
    w.endObject().key("async_job_id").value(" ").endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupMembersAdd(Call &c)
{
    const std::optional<GroupChange> change = readGroupChange(c, m_team, "members");
    if (!change)
        return HttpResponse();
    const QJsonArray &list = change->list;
    struct Want {
        Selector user;
        bool owner = false;
    };
    std::vector<Want> wants;
    for (int k = 0; k < list.size(); ++k) {
        const QString path = QStringLiteral("members.%1").arg(k);
        if (!list.at(k).isObject()) {
            Reader(c, QJsonObject()).fail(QStringLiteral("%1: expected object").arg(path));
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

    const int g = change->group;
    if (const char *tag = notEditableGroup(m_team, g))
        return error409(tag);
    const SimGroup &group = m_team.group(g);
    std::vector<Selector> users;
    for (const Want &want : wants)
        users.push_back(want.user);
    std::vector<int> who;
    if (const auto refused = resolveMembers(m_team, users, &who))
        return *refused;
    QStringList cannotManage;
    for (const Want &want : wants)
        if (want.owner && group.type == GroupManagementType::CompanyManaged)
            cannotManage.append(shown(want.user));
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
    return groupInfoReply(g, change->returnMembers);
}

HttpResponse SimApi::groupMembersRemove(Call &c)
{
    const std::optional<GroupChange> change = readGroupChange(c, m_team, "users");
    if (!change)
        return HttpResponse();
    const QJsonArray &list = change->list;
    std::vector<Selector> users(size_t(list.size()));
    for (int k = 0; k < list.size(); ++k)
        if (!readUser(c, list.at(k), QStringLiteral("users.%1").arg(k), &users[size_t(k)]))
            return HttpResponse();

    const int g = change->group;
    if (const char *tag = notEditableGroup(m_team, g))
        return error409(tag);
    std::vector<int> who;
    if (const auto refused = resolveMembers(m_team, users, &who))
        return *refused;
    for (int i : who)
        if (m_team.findInGroup(g, i) < 0)
            return error409("member_not_in_group");
    for (int i : who)
        m_team.removeFromGroup(g, i);
    return groupInfoReply(g, change->returnMembers);
}

HttpResponse SimApi::groupMembersSetAccessType(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "user", "access_type", "return_members"});
    const QJsonValue groupValue = r.value("group", true);
    const QJsonValue userValue = r.value("user", true);
    const QJsonValue accessValue = r.value("access_type", true);
    const bool returnMembers = r.boolean("return_members", true);
    const std::optional<int> found = r.group(m_team, groupValue, "group");
    const std::optional<int> i = found ? r.user(m_team, userValue, "user") : std::nullopt;
    bool owner = false;
    if (!i || !readAccessType(c, accessValue, QStringLiteral("access_type"), &owner))
        return HttpResponse();
    const int g = *found;
    if (const char *tag = notEditableGroup(m_team, g))
        return error409(tag);
    const SimGroup &group = m_team.group(g);
    if (*i < 0 || m_team.findInGroup(g, *i) < 0)
        return error409("member_not_in_group");
    if (owner && group.type == GroupManagementType::CompanyManaged)
        return error409("user_cannot_be_manager_of_company_managed_group");
    m_team.setAccessType(g, *i, owner);
    JsonWriter w;
    w.beginArray().beginObject().tag("group_info");
    writeGroupFullInfoFields(w, g, returnMembers);
    w.endObject().endArray();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupsJobStatus(Call &c) { return pollJob(c, JobKind::Groups); }

} // namespace sim
} // namespace dbx
