#pragma once
// The simulated team's state: members, admin roles, groups and memberships, generated
// deterministically from a TeamSpec and changed by the write routes and by tests. Strings are
// kept as UTF-8 QByteArrays because they are mostly written out as JSON; names shared between
// members share their bytes (implicit sharing), which keeps 100,000 members small.
// Not thread-safe: SimServer guards it with its mutex.

#include "model/Types.h"
#include "sim/SimTypes.h"

#include <QByteArray>
#include <QHash>
#include <QRandomGenerator>

#include <optional>
#include <vector>

namespace dbx {
namespace sim {

struct SimMember {
    QByteArray teamMemberId;
    QByteArray accountId; // empty for invited members
    QByteArray email;
    QByteArray givenName;
    QByteArray surname;
    QByteArray displayName;
    QByteArray abbreviatedName;
    QByteArray externalId;
    QByteArray persistentId;
    QByteArray profilePhotoUrl;
    QByteArray secondaryEmail; // at most one in the simulation
    bool secondaryEmailVerified = false;
    qint64 memberFolderId = 0;
    qint64 rootFolderId = 0;
    qint64 invitedOn = 0; // seconds since the epoch, 0 = absent
    qint64 joinedOn = 0;
    qint64 suspendedOn = 0;
    AccountStatus status = AccountStatus::Active;
    bool removedRecoverable = false;
    bool removedDisconnected = false;
    bool emailVerified = true;
    MembershipType membershipType = MembershipType::Full;
    qint8 directoryRestricted = -1; // -1 absent, 0 false, 1 true
    int role = -1;                  // index into roles, -1 = member only
    bool deleted = false;           // gone for good (purged): never listed
    std::vector<int> groups;        // group indices, ascending: profile.groups order
};

struct SimGroupEntry {
    int member = 0;
    bool owner = false;
};

struct SimGroup {
    QByteArray id;
    QByteArray name;
    QByteArray externalId;
    GroupManagementType type = GroupManagementType::UserManaged;
    qint64 createdMs = 0;
    bool deleted = false;
    std::vector<SimGroupEntry> members; // listing order of groups/members/list
};

// One event of the team's log (team_log/get_events), category logins. Events are kept in the
// order the log received them (seq), which is not their timestamps' order.
struct SimLogEvent {
    qint64 seq = 0;
    qint64 at = 0; // seconds since the epoch
    int member = 0;
    bool asAdmin = false;              // actor .tag admin (an admin signing in) rather than user
    QByteArray type = "login_success"; // login_success, login_fail, logout
};

struct SimRole {
    QByteArray id;
    QByteArray name;
    QByteArray description;
};

// A member to add (members/add_v2 and tests).
struct NewMember {
    QString email;
    QString givenName;
    QString surname;
    QString externalId;
    QString roleId;      // empty = member only
    bool active = false; // false: invited, like the API does; true: joined
};

class SimTeam
{
public:
    explicit SimTeam(const TeamSpec &spec);

    // --- reading -------------------------------------------------------------------------
    const std::vector<SimMember> &members() const { return m_members; }
    const std::vector<SimGroup> &groups() const { return m_groups; }
    const std::vector<SimRole> &roles() const { return m_roles; }
    const SimMember &member(int i) const { return m_members[size_t(i)]; }
    const SimGroup &group(int i) const { return m_groups[size_t(i)]; }
    QByteArray teamName() const { return m_teamName; }
    QByteArray teamId() const { return m_teamId; }
    int adminIndex() const { return m_admin; }
    QByteArray adminUid() const { return m_adminUid; }
    int teamAdminRole() const { return 0; }
    int licenseLimit() const { return m_licenseLimit; }
    quint64 generation() const { return m_generation; }
    int groupMemberCount(int g) const { return int(m_groups[size_t(g)].members.size()); }

    int findMemberById(const QByteArray &teamMemberId) const;
    int findMemberByEmail(const QByteArray &email) const; // case-insensitive
    int findMemberByExternalId(const QByteArray &externalId) const;
    int findGroupById(const QByteArray &groupId) const;
    int findGroupByExternalId(const QByteArray &externalId) const;
    int findRole(const QByteArray &roleId) const;
    int findInGroup(int group, int member) const; // index in group.members or -1

    int activeTeamAdminCount() const;
    int usedLicenses() const;     // non-removed full members
    int provisionedUsers() const; // active + invited

    Snapshot truth() const;
    Account account(int i) const;

    // --- changing (each bumps generation()) ------------------------------------------------
    int addMember(const NewMember &m, qint64 now); // the new index; no validation here
    void removeMember(int i, bool keepAccount, qint64 now);
    void suspendMember(int i, qint64 now);
    void unsuspendMember(int i);
    void setStatus(int i, AccountStatus status, qint64 now);
    void setRole(int i, int role);
    bool addToGroup(int group, int member, bool owner);
    bool removeFromGroup(int group, int member);
    bool setAccessType(int group, int member, bool owner);
    void renameGroup(int group, const QByteArray &name);
    int addGroup(const QByteArray &name, GroupManagementType type, qint64 now);
    void deleteGroup(int group); // gone for good: its memberships go with it
    void setLicenseLimit(int n)
    {
        m_licenseLimit = n;
        ++m_generation;
    }

    // Group lifecycle (groups/create, groups/update): the external id index follows.
    void setGroupExternalId(int group, const QByteArray &externalId);
    void setGroupType(int group, GroupManagementType type);
    // members/recover: a recoverable removed member is back (active, or invited if they never
    // joined), with no groups and no role, as Dropbox restores them.
    void recoverMember(int i);
    // members/set_profile_v2: each part given replaces the member's; the indexes follow.
    void setProfile(int i, const std::optional<QByteArray> &email, const std::optional<QByteArray> &givenName,
                    const std::optional<QByteArray> &surname, const std::optional<QByteArray> &externalId);
    // Welcome emails sent again (members/send_welcome_email), per member: what a test can check.
    int welcomeEmailsSent(int i) const { return m_welcomeEmails.value(i); }
    void noteWelcomeEmail(int i) { ++m_welcomeEmails[i]; }

    // The team log: sign-in events generated with the team (over the 200 days before it was
    // made), and added by tests. logEvents() is in the order the log received them.
    const std::vector<SimLogEvent> &logEvents() const { return m_log; }
    void addLogEvent(int member, qint64 at, bool asAdmin, const char *type = "login_success");
    // Each member's newest login_success at or after `since` (seconds): the truth a reader of the
    // log must arrive at.
    QHash<QByteArray, qint64> lastSignIns(qint64 since) const;

    // Random, valid changes for tests that sync, change, and sync again. Returns one line per
    // change, in the words a person would use.
    QStringList applyRandomChanges(int n, quint32 seed, qint64 now);

    QByteArray newId(const char *prefix, int length); // random id from the team's own stream

private:
    void generate(const TeamSpec &spec);
    void indexMember(int i);
    void detachFromAllGroups(int i);
    void generateLog(quint32 seed);

    QRandomGenerator m_rng;
    std::vector<SimMember> m_members;
    std::vector<SimGroup> m_groups;
    std::vector<SimRole> m_roles;
    QHash<QByteArray, int> m_byId;
    QHash<QByteArray, int> m_byEmail; // lower-cased
    QHash<QByteArray, int> m_byExternalId;
    QHash<QByteArray, int> m_groupById;
    QHash<QByteArray, int> m_groupByExternalId;
    QByteArray m_teamName;
    QByteArray m_teamId;
    QByteArray m_domain;
    QByteArray m_groupIdPrefix; // 16 hex digits shared by the team's group ids
    QByteArray m_adminUid;
    int m_admin = -1;
    int m_licenseLimit = 0;
    qint64 m_nextFolderId = 0;
    quint64 m_generation = 1;
    std::vector<SimLogEvent> m_log;
    QHash<int, int> m_welcomeEmails;
};

} // namespace sim
} // namespace dbx
