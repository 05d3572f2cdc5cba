#include "sim/SimApiJson.h"

#include "sim/SimApi.h"

#include <cstdio>

namespace dbx {
namespace sim {
namespace simapi {

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

QByteArray summary(const char *tag) { return QByteArray(tag) + "/..."; }

HttpResponse withList(const char *tag, const QStringList &items)
{
    JsonWriter w;
    w.beginObject().key("error_summary").value(summary(tag)).key("error").beginObject().tag(tag).key(tag).beginArray();
    for (const QString &s : items)
        w.value(s);
    w.endArray().endObject().endObject();
    return HttpResponse::json(409, w.take());
}

HttpResponse nullResult() { return HttpResponse::json(200, QByteArrayLiteral("null")); }
} // namespace simapi

using namespace simapi;

HttpResponse SimApi::error409(const char *tag)
{
    JsonWriter w;
    w.beginObject()
        .key("error_summary")
        .value(summary(tag))
        .key("error")
        .beginObject()
        .tag(tag)
        .endObject()
        .endObject();
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
    w.beginObject()
        .key("role_id")
        .value(r.id)
        .key("name")
        .value(r.name)
        .key("description")
        .value(r.description)
        .endObject();
}

void SimApi::writeProfile(JsonWriter &w, int i, bool teamProfile) const
{
    if (teamProfile)
        return writeProfileFields(w, i, true);
    if (m_groupProfilesGeneration != m_team.generation()) {
        m_groupProfiles.clear();
        m_groupProfilesGeneration = m_team.generation();
    }
    if (m_groupProfiles.size() <= size_t(i))
        m_groupProfiles.resize(m_team.members().size());
    QByteArray &json = m_groupProfiles[size_t(i)];
    if (json.isEmpty()) {
        JsonWriter one(512);
        writeProfileFields(one, i, false);
        json = one.take();
    }
    w.raw(json);
}

void SimApi::writeProfileFields(JsonWriter &w, int i, bool teamProfile) const
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
        w.key("secondary_emails")
            .beginArray()
            .beginObject()
            .key("email")
            .value(m.secondaryEmail)
            .key("is_verified")
            .value(m.secondaryEmailVerified)
            .endObject()
            .endArray();
    }
    w.key("status").beginObject().tag(statusTag(m.status));
    if (m.status == AccountStatus::Removed)
        w.key("is_recoverable").value(m.removedRecoverable).key("is_disconnected").value(m.removedDisconnected);
    w.endObject();
    w.key("name")
        .beginObject()
        .key("given_name")
        .value(m.givenName)
        .key("surname")
        .value(m.surname)
        .key("familiar_name")
        .value(m.givenName)
        .key("display_name")
        .value(m.displayName)
        .key("abbreviated_name")
        .value(m.abbreviatedName)
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

} // namespace sim
} // namespace dbx
