#include "sim/SimTeam.h"

#include "sim/Names.h"

#include <QSet>
#include <QString>
#include <algorithm>
#include <cmath>

namespace dbx {
namespace sim {

namespace {

// Generated dates are relative to a fixed instant so that a seed always yields the same team.
constexpr qint64 kReferenceNow = 1717243200;   // 2024-06-01T12:00:00Z
constexpr qint64 kDay = 86400;

struct RoleDef {
    const char *id;
    const char *name;
    const char *description;
};

// The admin roles of get_available_team_member_roles. The Team admin id is the one live teams
// report; the others follow the same opaque format (role ids are the same across all teams,
// but only that one could be confirmed from public material).
const RoleDef kRoles[] = {
    {"pid_dbtmr:AAAAAFMcx6E0tax39Kb0H671TzWLeE07dwaqFQ5fDRy2", "Team admin",
     "Manage everything and access all permissions"},
    {"pid_dbtmr:AAAAAI5vXqAZmYCaR1sQw8TfXjMzJtN0kVdCqQ2pUwfA", "User management admin",
     "Add, remove, and manage member accounts"},
    {"pid_dbtmr:AAAAAPbW3l9zCk7rYy2oVsQeN1gHhLmT0xUaFd6iRjKc", "Support admin",
     "Help members with limited tasks, including password reset"},
    {"pid_dbtmr:AAAAAD4sGk2HwqLr9mXbYtZcVn3eJp7fUaKoQ1iRsTyE", "Billing admin",
     "Manage billing and licenses"},
    {"pid_dbtmr:AAAAAKx8QmVnT2bYr5LwZcHs0gJdPfU3kEaNo6iRtGyB", "Compliance admin",
     "Manage compliance features, such as legal holds and data governance"},
    {"pid_dbtmr:AAAAAHq1RzUo7WcXs3VbNmKd9gTfLy2eJaPi0kBnCtQw", "Content admin",
     "Manage team folders and content settings"},
    {"pid_dbtmr:AAAAAMw6YtRe2QpLs8KzXcVb1nHgUj4fDaTo9iSmEyNr", "Security admin",
     "Manage security settings and review security events"},
    {"pid_dbtmr:AAAAAGn5TsWq3ErYu7IoPaLkSd0fJhZx2cVbMn4iQwEr", "Reporting admin",
     "View team activity and reports"},
};
constexpr int kUnheldRole = int(std::size(kRoles)) - 1;   // exists, held by nobody

const char kIdAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

QString str(const QByteArray &b) { return QString::fromUtf8(b); }

QDateTime stamp(qint64 secs)
{
    return secs ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

QByteArray abbreviation(const QByteArray &given, const QByteArray &surname)
{
    const QString g = QString::fromUtf8(given);
    const QString s = QString::fromUtf8(surname);
    QString out;
    if (!g.isEmpty())
        out += g.left(g.at(0).isHighSurrogate() ? 2 : 1).toUpper();
    if (!s.isEmpty())
        out += s.left(s.at(0).isHighSurrogate() ? 2 : 1).toUpper();
    return out.toUtf8();
}

QByteArray displayOf(const QByteArray &given, const QByteArray &surname, bool surnameFirst)
{
    if (given.isEmpty())
        return surname;
    if (surname.isEmpty())
        return given;
    return surnameFirst ? surname + ' ' + given : given + ' ' + surname;
}

} // namespace

SimTeam::SimTeam(const TeamSpec &spec) : m_rng(spec.seed)
{
    for (const RoleDef &r : kRoles)
        m_roles.push_back({QByteArray(r.id), QByteArray(r.name), QByteArray(r.description)});
    generate(spec);
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

void SimTeam::generate(const TeamSpec &spec)
{
    QRandomGenerator &rng = m_rng;
    m_teamName = spec.teamName.isEmpty() ? randomTeamName(rng) : spec.teamName.toUtf8();
    m_domain = asciiSlug(m_teamName) + ".example.com";
    m_teamId = newId("dbtid:AA", 30);
    m_groupIdPrefix = QByteArray::number(rng.generate64() | (quint64(1) << 63), 16).left(16);
    m_adminUid = QByteArray::number(100000000 + rng.bounded(900000000));
    m_nextFolderId = 10000000000LL + rng.bounded(1000000000);

    // --- members -------------------------------------------------------------------------
    const int n = qMax(0, spec.members);
    m_members.reserve(size_t(n));
    m_byId.reserve(n);
    m_byEmail.reserve(n);
    QHash<QByteArray, int> localUses;
    for (int i = 0; i < n; ++i) {
        SimMember m;
        const Person p = randomPerson(rng);
        m.givenName = p.givenName;
        m.surname = p.surname;
        m.displayName = displayOf(p.givenName, p.surname, p.surnameFirst);
        m.abbreviatedName = abbreviation(p.givenName, p.surname);
        // Common names repeat thousands of times in a big team: remember each local part's
        // last number instead of probing 2, 3, 4, ... again.
        const QByteArray local = p.asciiGiven + '.' + p.asciiSurname;
        int &uses = localUses[local];
        QByteArray email = uses == 0 ? local + '@' + m_domain : local + QByteArray::number(uses + 1) + '@' + m_domain;
        ++uses;
        while (m_byEmail.contains(email))
            email = local + QByteArray::number(++uses) + '@' + m_domain;
        m.email = email;
        m.teamMemberId = newId("dbmid:AA", 35);
        m.memberFolderId = m_nextFolderId++;
        m.rootFolderId = m_nextFolderId++;

        // Member 0 is the admin who authorized the app: active, Team admin.
        const int r = i == 0 ? 999 : rng.bounded(1000);
        if (r < 40)
            m.status = AccountStatus::Removed;
        else if (r < 90)
            m.status = AccountStatus::Invited;
        else if (r < 140)
            m.status = AccountStatus::Suspended;
        else
            m.status = AccountStatus::Active;

        if (m.status == AccountStatus::Invited) {
            m.emailVerified = false;
            m.invitedOn = kReferenceNow - rng.bounded(int(60 * kDay));
        } else {
            m.accountId = newId("dbid:AA", 33);
            m.emailVerified = rng.bounded(100) < 97;
            m.joinedOn = kReferenceNow - 30 * kDay - rng.bounded(int(6 * 365 * kDay));
            if (m.status == AccountStatus::Suspended)
                m.suspendedOn = m.joinedOn + rng.bounded(int(qMax<qint64>(1, kReferenceNow - m.joinedOn)));
            if (m.status == AccountStatus::Removed) {
                switch (rng.bounded(3)) {
                case 0: m.removedRecoverable = true; break;
                case 1: break;
                default: m.removedDisconnected = true; break;
                }
            }
        }
        if (m.status == AccountStatus::Active && i != 0 && rng.bounded(100) < 3)
            m.membershipType = MembershipType::Limited;
        if (rng.bounded(100) < 30)
            m.externalId = "emp-" + QByteArray::number(100000 + i);
        if (m.status == AccountStatus::Active && rng.bounded(100) < 10)
            m.profilePhotoUrl = "https://dl-web.dropbox.com/account_photo/get/dbaphid%3A"
                + newId("AA", 32) + "?size=128x128&vers=" + QByteArray::number(1556069330102LL + i);
        if (rng.bounded(100) < 4) {
            m.secondaryEmail = p.asciiGiven + QByteArray::number(rng.bounded(100)) + "@old-" + m_domain;
            m.secondaryEmailVerified = rng.bounded(2) == 0;
        }
        if (rng.bounded(100) < 20)
            m.directoryRestricted = rng.bounded(100) < 25 ? 1 : 0;
        m_members.push_back(std::move(m));
        indexMember(i);
    }
    if (n > 0)
        m_admin = 0;

    // --- roles: the admin is Team admin; a few active members hold one role each; the last
    // role is held by nobody (roles must be listed even when unheld).
    if (n > 0)
        m_members[0].role = 0;
    {
        std::vector<int> candidates;
        for (int i = 1; i < n; ++i)
            if (m_members[size_t(i)].status == AccountStatus::Active)
                candidates.push_back(i);
        const int perRole = qMax(1, n / 2000);
        for (int role = 0; role < kUnheldRole; ++role) {
            for (int k = 0; k < perRole && !candidates.empty(); ++k) {
                const int pickAt = rng.bounded(int(candidates.size()));
                m_members[size_t(candidates[size_t(pickAt)])].role = role;
                candidates[size_t(pickAt)] = candidates.back();
                candidates.pop_back();
            }
        }
    }

    // --- groups --------------------------------------------------------------------------
    const int g = qMax(0, spec.groups);
    std::vector<int> eligible;            // members that can be in groups: not removed
    for (int i = 0; i < n; ++i)
        if (m_members[size_t(i)].status != AccountStatus::Removed)
            eligible.push_back(i);
    QHash<QByteArray, int> nameUses;
    for (int i = 0; i < g; ++i) {
        SimGroup grp;
        grp.id = "g:" + m_groupIdPrefix + QByteArray::number(quint64(i + 1), 16).rightJustified(16, '0');
        grp.createdMs = (kReferenceNow - 30 * kDay - rng.bounded(int(5 * 365 * kDay))) * 1000;
        if (i == 0) {
            grp.name = "Everyone at " + m_teamName;
            grp.type = GroupManagementType::SystemManaged;
        } else if (i == g - 1) {
            grp.name = "Archive – 2019 offsite";
            grp.type = GroupManagementType::UserManaged;   // stays empty
        } else {
            grp.type = rng.bounded(100) < 30 ? GroupManagementType::CompanyManaged
                                             : GroupManagementType::UserManaged;
            QByteArray base = randomGroupBaseName(rng);
            const int used = nameUses.value(base, 0);
            nameUses.insert(base, used + 1);
            grp.name = used == 0 ? base : base + ' ' + QByteArray::number(used + 1);
            const int extChance = grp.type == GroupManagementType::CompanyManaged ? 60 : 10;
            if (rng.bounded(100) < extChance)
                grp.externalId = "grp-" + QByteArray::number(10000 + i);
        }
        m_groups.push_back(std::move(grp));
        m_groupById.insert(m_groups.back().id, i);
        if (!m_groups.back().externalId.isEmpty())
            m_groupByExternalId.insert(m_groups.back().externalId, i);
    }

    // --- memberships: Everyone holds every member that is not removed; the rest is spread
    // over the other groups with a long tail (a few big groups, many small ones).
    const qint64 target = spec.memberships < 0 ? qint64(n) * 3 : spec.memberships;
    const qint64 e = qint64(eligible.size());
    std::vector<qint64> sizes(static_cast<size_t>(g), 0);
    if (g >= 1)
        sizes[0] = e;
    const int firstOther = 1;
    const int lastOther = g - 2;          // the last group stays empty
    const int others = lastOther >= firstOther ? lastOther - firstOther + 1 : 0;
    if (others > 0 && e > 0) {
        const qint64 rest = qMax<qint64>(0, target - e);
        std::vector<double> weights(static_cast<size_t>(others));
        std::vector<int> rank(static_cast<size_t>(others));
        for (int k = 0; k < others; ++k)
            rank[size_t(k)] = k;
        for (int k = others - 1; k > 0; --k)
            std::swap(rank[size_t(k)], rank[size_t(rng.bounded(k + 1))]);
        double sum = 0;
        for (int k = 0; k < others; ++k) {
            weights[size_t(k)] = 1.0 / std::pow(double(rank[size_t(k)] + 1), 0.9);
            sum += weights[size_t(k)];
        }
        qint64 assigned = 0;
        int biggest = 0;
        for (int k = 0; k < others; ++k) {
            qint64 s = qint64(double(rest) * weights[size_t(k)] / sum);
            s = qMin(s, e);
            sizes[size_t(firstOther + k)] = s;
            assigned += s;
            if (rank[size_t(k)] == 0)
                biggest = k;
        }
        // Big teams get one ordinary group over 1000 members, so that listing a group's
        // members has to continue even for a client that skips system groups.
        if (n >= 1100 && e > 1000) {
            qint64 &s = sizes[size_t(firstOther + biggest)];
            if (s < 1001) {
                assigned += 1001 - s;
                s = 1001;
            }
        }
        // Rounding left a remainder: hand it out one by one where there is room.
        qint64 left = rest - assigned;
        while (left > 0) {
            bool progressed = false;
            for (int k = 0; k < others && left > 0; ++k) {
                qint64 &s = sizes[size_t(firstOther + k)];
                if (s < e) {
                    ++s;
                    --left;
                    progressed = true;
                }
            }
            if (!progressed)
                break;
        }
    }

    std::vector<int> mark(static_cast<size_t>(n), -1);
    for (int gi = 0; gi < g; ++gi) {
        SimGroup &grp = m_groups[size_t(gi)];
        const qint64 want = sizes[size_t(gi)];
        if (want <= 0)
            continue;
        grp.members.reserve(size_t(want));
        if (want * 2 > e) {
            // Dense: selection sampling keeps member order and needs no retries.
            qint64 needed = want;
            for (qint64 k = 0; k < e && needed > 0; ++k) {
                if (qint64(rng.bounded(quint32(e - k))) < needed) {
                    grp.members.push_back({eligible[size_t(k)], false});
                    --needed;
                }
            }
        } else {
            while (qint64(grp.members.size()) < want) {
                const int who = eligible[size_t(rng.bounded(quint32(e)))];
                if (mark[size_t(who)] == gi)
                    continue;
                mark[size_t(who)] = gi;
                grp.members.push_back({who, false});
            }
        }
        for (const SimGroupEntry &entry : grp.members)
            m_members[size_t(entry.member)].groups.push_back(gi);   // gi ascending: sorted
        if (grp.type == GroupManagementType::UserManaged) {
            const int owners = grp.members.size() > 20 ? 2 : 1;
            int made = 0;
            for (int attempt = 0; attempt < 20 && made < owners; ++attempt) {
                SimGroupEntry &entry = grp.members[size_t(rng.bounded(quint32(grp.members.size())))];
                if (!entry.owner && m_members[size_t(entry.member)].status == AccountStatus::Active) {
                    entry.owner = true;
                    ++made;
                }
            }
        }
    }

    m_licenseLimit = int(std::ceil(double(usedLicenses()) * 1.1)) + 5;
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
    switch (status) {
    case AccountStatus::Removed:
        removeMember(i, false, now);
        return;
    case AccountStatus::Suspended:
        if (m.accountId.isEmpty())
            m.accountId = newId("dbid:AA", 33);
        if (!m.joinedOn)
            m.joinedOn = now;
        m.invitedOn = 0;
        suspendMember(i, now);
        break;
    case AccountStatus::Active:
        if (m.accountId.isEmpty())
            m.accountId = newId("dbid:AA", 33);
        if (!m.joinedOn)
            m.joinedOn = now;
        m.invitedOn = 0;
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
    case AccountStatus::Unknown:
        return;
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

QStringList SimTeam::applyRandomChanges(int n, quint32 seed, qint64 now)
{
    QRandomGenerator r(seed);
    QStringList done;
    const int memberCount = int(m_members.size());
    const int groupCount = int(m_groups.size());
    auto pickMember = [&](auto pred) -> int {
        for (int attempt = 0; attempt < 200 && memberCount > 0; ++attempt) {
            const int i = r.bounded(memberCount);
            if (i != m_admin && !m_members[size_t(i)].deleted && pred(m_members[size_t(i)]))
                return i;
        }
        return -1;
    };
    auto pickGroup = [&](auto pred) -> int {
        for (int attempt = 0; attempt < 200 && groupCount > 0; ++attempt) {
            const int g = r.bounded(groupCount);
            const SimGroup &grp = m_groups[size_t(g)];
            if (!grp.deleted && grp.type != GroupManagementType::SystemManaged && pred(grp))
                return g;
        }
        return -1;
    };
    auto name = [&](int i) { return str(m_members[size_t(i)].email); };
    auto gname = [&](int g) { return str(m_groups[size_t(g)].name); };

    for (int k = 0, guard = 0; k < n && guard < n * 50; ++guard) {
        QString line;
        switch (r.bounded(9)) {
        case 0: {   // a new member, invited
            const Person p = randomPerson(r);
            NewMember nm;
            nm.givenName = str(p.givenName);
            nm.surname = str(p.surname);
            QByteArray email = p.asciiGiven + '.' + p.asciiSurname + '@' + m_domain;
            for (int j = 2; m_byEmail.contains(email.toLower()); ++j)
                email = p.asciiGiven + '.' + p.asciiSurname + QByteArray::number(j) + '@' + m_domain;
            nm.email = str(email);
            addMember(nm, now);
            line = QStringLiteral("invited %1").arg(nm.email);
            break;
        }
        case 1: {
            const int i = pickMember([](const SimMember &m) { return m.status == AccountStatus::Active; });
            if (i >= 0) {
                suspendMember(i, now);
                line = QStringLiteral("suspended %1").arg(name(i));
            }
            break;
        }
        case 2: {
            const int i = pickMember([](const SimMember &m) { return m.status == AccountStatus::Suspended; });
            if (i >= 0) {
                unsuspendMember(i);
                line = QStringLiteral("unsuspended %1").arg(name(i));
            }
            break;
        }
        case 3: {
            const int i = pickMember([](const SimMember &m) {
                return m.status == AccountStatus::Active || m.status == AccountStatus::Invited;
            });
            if (i >= 0) {
                removeMember(i, false, now);
                line = QStringLiteral("removed %1").arg(name(i));
            }
            break;
        }
        case 4: {
            const int i = pickMember([](const SimMember &m) { return m.status == AccountStatus::Active; });
            if (i >= 0) {
                // Any role but the one nobody holds, or none.
                int role = r.bounded(kUnheldRole + 1) - 1;
                if (role == m_members[size_t(i)].role)
                    role = role < 0 ? 1 : -1;
                setRole(i, role);
                line = role < 0 ? QStringLiteral("made %1 a member only").arg(name(i))
                                : QStringLiteral("gave %1 the role %2").arg(name(i), str(m_roles[size_t(role)].name));
            }
            break;
        }
        case 5: {
            const int g = pickGroup([](const SimGroup &) { return true; });
            const int i = pickMember([](const SimMember &m) { return m.status != AccountStatus::Removed; });
            if (g >= 0 && i >= 0 && findInGroup(g, i) < 0) {
                addToGroup(g, i, false);
                line = QStringLiteral("added %1 to %2").arg(name(i), gname(g));
            }
            break;
        }
        case 6: {
            const int g = pickGroup([](const SimGroup &grp) { return !grp.members.empty(); });
            if (g >= 0) {
                const int i = m_groups[size_t(g)].members[size_t(r.bounded(int(m_groups[size_t(g)].members.size())))].member;
                removeFromGroup(g, i);
                line = QStringLiteral("removed %1 from %2").arg(name(i), gname(g));
            }
            break;
        }
        case 7: {
            const int g = pickGroup([](const SimGroup &) { return true; });
            if (g >= 0) {
                const QByteArray newName = m_groups[size_t(g)].name + " (renamed " + QByteArray::number(r.bounded(1000)) + ')';
                line = QStringLiteral("renamed %1 to %2").arg(gname(g), str(newName));
                renameGroup(g, newName);
            }
            break;
        }
        default: {
            const int g = pickGroup([](const SimGroup &grp) {
                return grp.type == GroupManagementType::UserManaged && !grp.members.empty();
            });
            if (g >= 0) {
                const SimGroupEntry e = m_groups[size_t(g)].members[size_t(r.bounded(int(m_groups[size_t(g)].members.size())))];
                const bool owner = !e.owner && m_members[size_t(e.member)].status == AccountStatus::Active;
                if (owner != e.owner) {
                    setAccessType(g, e.member, owner);
                    line = QStringLiteral("made %1 %2 of %3").arg(name(e.member), owner ? QStringLiteral("an owner") : QStringLiteral("a member"), gname(g));
                }
            }
            break;
        }
        }
        if (!line.isEmpty()) {
            done.append(line);
            ++k;
        }
    }
    return done;
}

} // namespace sim
} // namespace dbx
