// The simulated group lifecycle (groups/create, groups/update, groups/delete and its job) and the
// member routes around it (members/recover, members/send_welcome_email, members/set_profile_v2),
// each with the argument checks and error tags of team.stone.
#include "sim/JsonWriter.h"
#include "sim/SimApi.h"
#include "sim/SimApiArgs.h"
#include "sim/SimApiJson.h"

#include <QRegularExpression>

#include <optional>

namespace dbx {
namespace sim {

using namespace simapi;

namespace {

// GroupCreateError.group_name_invalid: "Group name is empty or has invalid characters."
bool invalidGroupName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return true;
    for (const QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Another live group already has the name (case-insensitive, as the admin console sees it).
bool nameTaken(const SimTeam &team, const QString &name, int except)
{
    for (int g = 0; g < int(team.groups().size()); ++g) {
        const SimGroup &other = team.group(g);
        if (g != except && !other.deleted
            && QString::fromUtf8(other.name).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool externalIdTaken(const SimTeam &team, const QString &externalId, int except)
{
    const int g = team.findGroupByExternalId(externalId.toUtf8());
    return g >= 0 && g != except && !team.group(g).deleted;
}

// team_common.GroupManagementType, either form Stone accepts; false (bad input) otherwise.
bool readManagement(Reader &r, const QJsonValue &v, const char *field, GroupManagementType *out)
{
    QString tag = v.isString() ? v.toString() : v.toObject().value(QLatin1String(".tag")).toString();
    if (tag == QLatin1String("user_managed"))
        *out = GroupManagementType::UserManaged;
    else if (tag == QLatin1String("company_managed"))
        *out = GroupManagementType::CompanyManaged;
    else if (tag == QLatin1String("system_managed"))
        *out = GroupManagementType::SystemManaged;
    else {
        r.fail(QStringLiteral("%1: unknown tag '%2'").arg(QLatin1String(field), tag));
        return false;
    }
    return true;
}

// common.OptionalNamePart: at most 50 characters, none of / : ? * < > " |.
bool validNamePart(Reader &r, const char *field, const QString &value)
{
    static const QRegularExpression bad(QStringLiteral("[/:?*<>\"|]"));
    if (value.size() > 50 || bad.match(value).hasMatch()) {
        r.fail(QStringLiteral("%1: '%2' does not match the name part pattern").arg(QLatin1String(field), value));
        return false;
    }
    return true;
}

} // namespace

// groups/create and /update answer the GroupFullInfo itself.
HttpResponse SimApi::groupFullInfoReply(int group, bool withMembers) const
{
    JsonWriter w;
    w.beginObject();
    writeGroupFullInfoFields(w, group, withMembers);
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::groupsCreate(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group_name", "add_creator_as_owner", "group_external_id", "group_management_type"});
    const QString name = r.string("group_name", true);
    const bool creatorOwner = r.boolean("add_creator_as_owner", false);
    const QString externalId = r.string("group_external_id", false);
    GroupManagementType type = GroupManagementType::UserManaged;
    if (r.has("group_management_type"))
        readManagement(r, r.value("group_management_type", false), "group_management_type", &type);
    if (!r.ok())
        return HttpResponse();
    if (type == GroupManagementType::SystemManaged)
        return error409("system_managed_group_disallowed");
    if (invalidGroupName(name))
        return error409("group_name_invalid");
    if (nameTaken(m_team, name, -1))
        return error409("group_name_already_used");
    if (!externalId.isEmpty() && externalIdTaken(m_team, externalId, -1))
        return error409("external_id_already_in_use");
    const int g = m_team.addGroup(name.toUtf8(), type, c.now);
    if (!externalId.isEmpty())
        m_team.setGroupExternalId(g, externalId.toUtf8());
    if (creatorOwner && m_team.adminIndex() >= 0)
        m_team.addToGroup(g, m_team.adminIndex(), true);
    return groupFullInfoReply(g, true);
}

HttpResponse SimApi::groupsUpdate(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"group", "new_group_name", "new_group_external_id", "new_group_management_type", "return_members"});
    const QJsonValue groupValue = r.value("group", true);
    const bool hasName = r.has("new_group_name");
    const QString name = r.string("new_group_name", false);
    const bool hasExternalId = r.has("new_group_external_id");
    const QString externalId = r.string("new_group_external_id", false);
    const bool returnMembers = r.boolean("return_members", true);
    const bool hasType = r.has("new_group_management_type");
    GroupManagementType type = GroupManagementType::UserManaged;
    if (hasType)
        readManagement(r, r.value("new_group_management_type", false), "new_group_management_type", &type);
    const std::optional<int> found = r.group(m_team, groupValue, "group");
    if (!found)
        return HttpResponse();
    const int g = *found;
    if (g < 0)
        return error409("group_not_found");
    if (m_team.group(g).type == GroupManagementType::SystemManaged
        || (hasType && type == GroupManagementType::SystemManaged))
        return error409("system_managed_group_disallowed");
    if (hasName && invalidGroupName(name))
        return error409("group_name_invalid");
    if (hasName && nameTaken(m_team, name, g))
        return error409("group_name_already_used");
    if (hasExternalId && !externalId.isEmpty() && externalIdTaken(m_team, externalId, g))
        return error409("external_id_already_in_use");
    if (hasName)
        m_team.renameGroup(g, name.toUtf8());
    if (hasExternalId) // "" clears it (team.stone)
        m_team.setGroupExternalId(g, externalId.toUtf8());
    if (hasType)
        m_team.setGroupType(g, type);
    return groupFullInfoReply(g, returnMembers);
}

HttpResponse SimApi::groupsDelete(Call &c)
{
    // The argument is the GroupSelector itself.
    Selector gs;
    if (!readGroup(c, c.arg, QStringLiteral("group"), &gs))
        return HttpResponse();
    const int any = gs.tag == QLatin1String("group_id") ? m_team.findGroupById(gs.value.toUtf8())
                                                        : m_team.findGroupByExternalId(gs.value.toUtf8());
    if (any < 0)
        return error409("group_not_found");
    if (m_team.group(any).deleted)
        return error409("group_already_deleted");
    if (m_team.group(any).type == GroupManagementType::SystemManaged)
        return error409("system_managed_group_disallowed");
    m_team.deleteGroup(any);
    // The group goes at once; revoking its folders is the job the client may poll.
    JsonWriter w;
    w.beginObject().tag("async_job_id").key("async_job_id").value(startJob(JobKind::Groups, "{\".tag\":\"complete\"}"));
    w.endObject();
    return HttpResponse::json(200, w.take());
}

HttpResponse SimApi::membersRecover(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user"});
    const std::optional<int> i = r.user(m_team, r.value("user", true), "user");
    if (!i)
        return HttpResponse();
    if (*i < 0)
        return error409("user_not_found");
    const SimMember &m = m_team.member(*i);
    if (m.status != AccountStatus::Removed || !m.removedRecoverable)
        return error409("user_unrecoverable");
    if (m_team.usedLicenses() >= m_team.licenseLimit())
        return error409("team_license_limit");
    m_team.recoverMember(*i);
    return nullResult();
}

HttpResponse SimApi::membersSendWelcomeEmail(Call &c)
{
    // The argument is the UserSelectorArg itself.
    Selector user;
    if (!readUser(c, c.arg, QStringLiteral("user"), &user))
        return HttpResponse();
    const int i = resolveUser(m_team, user);
    if (i < 0)
        return error409("user_not_found");
    if (m_team.member(i).status == AccountStatus::Removed)
        return error409("user_not_in_team");
    m_team.noteWelcomeEmail(i);
    return nullResult();
}

HttpResponse SimApi::membersSetProfile(Call &c)
{
    Reader r(c, c.arg.toObject());
    r.allow({"user", "new_email", "new_external_id", "new_given_name", "new_surname", "new_persistent_id",
             "new_is_directory_restricted"});
    const QJsonValue userValue = r.value("user", true);
    const bool hasEmail = r.has("new_email");
    const QString email = r.string("new_email", false, 255);
    const bool hasExternalId = r.has("new_external_id");
    const QString externalId = r.string("new_external_id", false, 64);
    const bool hasGiven = r.has("new_given_name");
    const QString given = r.string("new_given_name", false);
    const bool hasSurname = r.has("new_surname");
    const QString surname = r.string("new_surname", false);
    const bool hasPersistent = r.has("new_persistent_id");
    r.string("new_persistent_id", false);
    const bool hasRestricted = r.has("new_is_directory_restricted");
    r.boolean("new_is_directory_restricted", false);
    if (hasGiven)
        validNamePart(r, "new_given_name", given);
    if (hasSurname)
        validNamePart(r, "new_surname", surname);
    if (hasEmail && !email.isEmpty() && !email.contains(QLatin1Char('@')))
        r.fail(QStringLiteral("new_email: '%1' is not a valid email address").arg(email));
    if (!r.ok())
        return HttpResponse();
    Selector user;
    if (!readUser(c, userValue, QStringLiteral("user"), &user))
        return HttpResponse();
    if (user.tag == QLatin1String("external_id") && hasExternalId)
        return error409("external_id_and_new_external_id_unsafe");
    if (!hasEmail && !hasExternalId && !hasGiven && !hasSurname && !hasPersistent && !hasRestricted)
        return error409("no_new_data_specified");
    const int i = resolveUser(m_team, user);
    if (i < 0)
        return error409("user_not_found");
    if (m_team.member(i).status == AccountStatus::Removed)
        return error409("set_profile_disallowed");
    if (hasEmail && email.isEmpty())
        return error409("param_cannot_be_empty");
    if (hasPersistent)
        return error409("persistent_id_disabled");
    if (hasRestricted)
        return error409("directory_restricted_off");
    if (hasEmail) {
        const int other = m_team.findMemberByEmail(email.toUtf8());
        if (other >= 0 && other != i && !m_team.member(other).deleted)
            return error409("email_reserved_for_other_user");
    }
    if (hasExternalId && !externalId.isEmpty()) {
        const int other = m_team.findMemberByExternalId(externalId.toUtf8());
        if (other >= 0 && other != i && !m_team.member(other).deleted)
            return error409("external_id_used_by_other_user");
    }
    const auto part = [](bool has, const QString &v) {
        return has ? std::optional<QByteArray>(v.toUtf8()) : std::optional<QByteArray>();
    };
    m_team.setProfile(i, part(hasEmail, email), part(hasGiven, given), part(hasSurname, surname),
                      part(hasExternalId, externalId));
    JsonWriter w;
    w.beginObject().key("member_info").beginObject();
    writeMemberInfo(w, i);
    w.endObject().endObject();
    return HttpResponse::json(200, w.take());
}

} // namespace sim
} // namespace dbx
