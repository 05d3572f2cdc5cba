#include "sim/SimTeam.h"

#include "sim/SimTeamParts.h"

#include <QDateTime>
#include <QString>

#include <algorithm>

namespace dbx {
namespace sim {

using namespace teamparts;

namespace {

const char kIdAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

QDateTime stamp(qint64 secs) { return secs ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime(); }

} // namespace

SimTeam::SimTeam(const TeamSpec &spec) : m_rng(spec.seed)
{
    for (const RoleDef &r : kRoles)
        m_roles.push_back({QByteArray(r.id), QByteArray(r.name), QByteArray(r.description)});
    generate(spec);
    // Its own random stream: the team's ids and names stay what they were before the log existed.
    generateLog(spec.seed);
}

QByteArray SimTeam::newId(const char *prefix, int length)
{
    QByteArray out(prefix);
    out.reserve(out.size() + length);
    for (int i = 0; i < length; ++i)
        out.append(kIdAlphabet[m_rng.bounded(64)]);
    return out;
}

void SimTeam::indexMember(int i)
{
    const SimMember &m = m_members[size_t(i)];
    m_byId.insert(m.teamMemberId, i);
    m_byEmail.insert(m.email.toLower(), i);
    if (!m.externalId.isEmpty())
        m_byExternalId.insert(m.externalId, i);
}
// --- reading -------------------------------------------------------------------------------

int SimTeam::findMemberById(const QByteArray &id) const { return m_byId.value(id, -1); }
int SimTeam::findMemberByEmail(const QByteArray &email) const { return m_byEmail.value(email.toLower(), -1); }
int SimTeam::findMemberByExternalId(const QByteArray &id) const { return m_byExternalId.value(id, -1); }
int SimTeam::findGroupById(const QByteArray &id) const { return m_groupById.value(id, -1); }
int SimTeam::findGroupByExternalId(const QByteArray &id) const { return m_groupByExternalId.value(id, -1); }

int SimTeam::findRole(const QByteArray &roleId) const
{
    for (size_t i = 0; i < m_roles.size(); ++i)
        if (m_roles[i].id == roleId)
            return int(i);
    return -1;
}

int SimTeam::findInGroup(int group, int member) const
{
    const auto &v = m_groups[size_t(group)].members;
    for (size_t i = 0; i < v.size(); ++i)
        if (v[i].member == member)
            return int(i);
    return -1;
}

int SimTeam::activeTeamAdminCount() const
{
    int count = 0;
    for (const SimMember &m : m_members)
        if (!m.deleted && m.role == 0 && m.status == AccountStatus::Active)
            ++count;
    return count;
}

int SimTeam::usedLicenses() const
{
    int count = 0;
    for (const SimMember &m : m_members)
        if (!m.deleted && m.status != AccountStatus::Removed && m.membershipType == MembershipType::Full)
            ++count;
    return count;
}

int SimTeam::provisionedUsers() const
{
    int count = 0;
    for (const SimMember &m : m_members)
        if (!m.deleted && (m.status == AccountStatus::Active || m.status == AccountStatus::Invited))
            ++count;
    return count;
}

Account SimTeam::account(int i) const
{
    const SimMember &m = m_members[size_t(i)];
    Account a;
    a.teamMemberId = str(m.teamMemberId);
    a.email = str(m.email);
    a.emailVerified = m.emailVerified;
    a.status = m.status;
    a.removedIsRecoverable = m.removedRecoverable;
    a.removedIsDisconnected = m.removedDisconnected;
    a.givenName = str(m.givenName);
    a.surname = str(m.surname);
    a.familiarName = a.givenName;
    a.displayName = str(m.displayName);
    a.abbreviatedName = str(m.abbreviatedName);
    a.membershipType = m.membershipType;
    for (int g : m.groups)
        a.groupIds.append(str(m_groups[size_t(g)].id));
    a.memberFolderId = QString::number(m.memberFolderId);
    a.rootFolderId = QString::number(m.rootFolderId);
    a.accountId = str(m.accountId);
    a.externalId = str(m.externalId);
    a.persistentId = str(m.persistentId);
    a.profilePhotoUrl = str(m.profilePhotoUrl);
    if (!m.secondaryEmail.isEmpty())
        a.secondaryEmails.append({str(m.secondaryEmail), m.secondaryEmailVerified});
    a.invitedOn = stamp(m.invitedOn);
    a.joinedOn = stamp(m.joinedOn);
    a.suspendedOn = stamp(m.suspendedOn);
    a.isDirectoryRestricted = m.directoryRestricted == 1;
    if (m.role >= 0)
        a.roleId = str(m_roles[size_t(m.role)].id);
    return a;
}

Snapshot SimTeam::truth() const
{
    Snapshot s;
    s.team.name = str(m_teamName);
    s.team.teamId = str(m_teamId);
    s.team.numLicensedUsers = m_licenseLimit;
    s.team.numProvisionedUsers = provisionedUsers();
    s.team.numUsedLicenses = usedLicenses();
    if (m_admin >= 0) {
        const SimMember &a = m_members[size_t(m_admin)];
        s.admin.teamMemberId = str(a.teamMemberId);
        s.admin.email = str(a.email);
        s.admin.displayName = str(a.displayName);
        s.admin.accountId = str(a.accountId);
    }
    s.accounts.reserve(int(m_members.size()));
    for (size_t i = 0; i < m_members.size(); ++i)
        if (!m_members[i].deleted)
            s.accounts.append(account(int(i)));
    for (const SimRole &r : m_roles)
        s.roles.append({str(r.id), str(r.name), str(r.description)});
    for (const SimGroup &g : m_groups) {
        if (g.deleted)
            continue;
        Group out;
        out.id = str(g.id);
        out.name = str(g.name);
        out.managementType = g.type;
        out.externalId = str(g.externalId);
        out.memberCount = int(g.members.size());
        s.groups.append(out);
        for (const SimGroupEntry &e : g.members)
            s.memberships.append({out.id, str(m_members[size_t(e.member)].teamMemberId),
                                  e.owner ? AccessType::Owner : AccessType::Member});
    }
    return s;
}

// --- changing ------------------------------------------------------------------------------

int SimTeam::addMember(const NewMember &nm, qint64 now)
{
    SimMember m;
    m.email = nm.email.toUtf8();
    m.givenName = nm.givenName.toUtf8();
    m.surname = nm.surname.toUtf8();
    if (m.givenName.isEmpty() && m.surname.isEmpty())
        m.givenName = m.email.left(qMax<qsizetype>(0, m.email.indexOf('@')));
    m.displayName = displayOf(m.givenName, m.surname, false);
    m.abbreviatedName = abbreviation(m.givenName, m.surname);
    m.externalId = nm.externalId.toUtf8();
    m.teamMemberId = newId("dbmid:AA", 35);
    m.memberFolderId = m_nextFolderId++;
    m.rootFolderId = m_nextFolderId++;
    if (nm.active) {
        m.status = AccountStatus::Active;
        m.accountId = newId("dbid:AA", 33);
        m.joinedOn = now;
        m.emailVerified = true;
    } else {
        m.status = AccountStatus::Invited;
        m.invitedOn = now;
        m.emailVerified = false;
    }
    m.role = nm.roleId.isEmpty() ? -1 : findRole(nm.roleId.toUtf8());
    const int i = int(m_members.size());
    m_members.push_back(std::move(m));
    indexMember(i);
    // The system group follows the team: every member that is not removed is in it.
    if (!m_groups.empty() && m_groups[0].type == GroupManagementType::SystemManaged && !m_groups[0].deleted)
        addToGroup(0, i, false);
    ++m_generation;
    return i;
}

void SimTeam::detachFromAllGroups(int i)
{
    SimMember &m = m_members[size_t(i)];
    const std::vector<int> groups = m.groups;
    for (int g : groups)
        removeFromGroup(g, i);
}

void SimTeam::removeMember(int i, bool keepAccount, qint64 now)
{
    Q_UNUSED(now)
    detachFromAllGroups(i);
    SimMember &m = m_members[size_t(i)];
    m.status = AccountStatus::Removed;
    m.removedRecoverable = !keepAccount;
    m.removedDisconnected = keepAccount;
    m.role = -1;
    m.suspendedOn = 0;
    m.invitedOn = 0;
    ++m_generation;
}

void SimTeam::suspendMember(int i, qint64 now)
{
    SimMember &m = m_members[size_t(i)];
    m.status = AccountStatus::Suspended;
    m.suspendedOn = now;
    ++m_generation;
}

void SimTeam::unsuspendMember(int i)
{
    SimMember &m = m_members[size_t(i)];
    m.status = AccountStatus::Active;
    m.suspendedOn = 0;
    ++m_generation;
}

void SimTeam::setStatus(int i, AccountStatus status, qint64 now)
{
    SimMember &m = m_members[size_t(i)];
    const bool wasRemoved = m.status == AccountStatus::Removed;
    // An invited member who becomes active or suspended has joined: an account, a join date.
    auto join = [&] {
        if (m.accountId.isEmpty())
            m.accountId = newId("dbid:AA", 33);
        if (!m.joinedOn)
            m.joinedOn = now;
        m.invitedOn = 0;
    };
    switch (status) {
    case AccountStatus::Removed: removeMember(i, false, now); return;
    case AccountStatus::Suspended:
        join();
        suspendMember(i, now);
        break;
    case AccountStatus::Active:
        join();
        m.status = AccountStatus::Active;
        m.suspendedOn = 0;
        break;
    case AccountStatus::Invited:
        m.status = AccountStatus::Invited;
        m.accountId.clear();
        m.joinedOn = 0;
        m.suspendedOn = 0;
        m.invitedOn = now;
        m.emailVerified = false;
        break;
    case AccountStatus::Unknown: return;
    }
    m.removedRecoverable = false;
    m.removedDisconnected = false;
    if (wasRemoved && !m_groups.empty() && m_groups[0].type == GroupManagementType::SystemManaged)
        addToGroup(0, i, false);
    ++m_generation;
}

void SimTeam::setRole(int i, int role)
{
    m_members[size_t(i)].role = role;
    ++m_generation;
}

bool SimTeam::addToGroup(int group, int member, bool owner)
{
    if (findInGroup(group, member) >= 0)
        return false;
    m_groups[size_t(group)].members.push_back({member, owner});
    auto &gs = m_members[size_t(member)].groups;
    gs.insert(std::lower_bound(gs.begin(), gs.end(), group), group);
    ++m_generation;
    return true;
}

void SimTeam::deleteGroup(int group)
{
    SimGroup &g = m_groups[size_t(group)];
    for (const SimGroupEntry &e : g.members) {
        auto &gs = m_members[size_t(e.member)].groups;
        const auto it = std::lower_bound(gs.begin(), gs.end(), group);
        if (it != gs.end() && *it == group)
            gs.erase(it);
    }
    g.members.clear();
    g.deleted = true;
    ++m_generation;
}

bool SimTeam::removeFromGroup(int group, int member)
{
    const int at = findInGroup(group, member);
    if (at < 0)
        return false;
    auto &v = m_groups[size_t(group)].members;
    v.erase(v.begin() + at);
    auto &gs = m_members[size_t(member)].groups;
    const auto it = std::lower_bound(gs.begin(), gs.end(), group);
    if (it != gs.end() && *it == group)
        gs.erase(it);
    ++m_generation;
    return true;
}

bool SimTeam::setAccessType(int group, int member, bool owner)
{
    const int at = findInGroup(group, member);
    if (at < 0)
        return false;
    m_groups[size_t(group)].members[size_t(at)].owner = owner;
    ++m_generation;
    return true;
}

void SimTeam::renameGroup(int group, const QByteArray &name)
{
    m_groups[size_t(group)].name = name;
    ++m_generation;
}

int SimTeam::addGroup(const QByteArray &name, GroupManagementType type, qint64 now)
{
    SimGroup g;
    const int i = int(m_groups.size());
    g.id = "g:" + m_groupIdPrefix + QByteArray::number(quint64(i + 1), 16).rightJustified(16, '0');
    g.name = name;
    g.type = type;
    g.createdMs = now * 1000;
    m_groups.push_back(std::move(g));
    m_groupById.insert(m_groups.back().id, i);
    ++m_generation;
    return i;
}
} // namespace sim
} // namespace dbx
