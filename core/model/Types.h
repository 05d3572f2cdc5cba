#pragma once
// Plain value types shared by every layer. Ids are Dropbox's own: team_member_id, group_id,
// role_id. Enum <-> wire string conversions live in Types.cpp; unknown wire values map to
// Unknown so that an open union gaining a tag never breaks a sync.

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dbx {

enum class AccountStatus {
    Active,
    Invited,
    Suspended,
    Removed,
    Unknown
};
enum class MembershipType {
    Full,
    Limited,
    Unknown
};
enum class AccessType {
    Member,
    Owner
};
enum class GroupManagementType {
    UserManaged,
    CompanyManaged,
    SystemManaged,
    Unknown
};

QString toWire(AccountStatus s);       // "active", "invited", "suspended", "removed", "unknown"
QString toWire(MembershipType t);      // "full", "limited", "unknown"
QString toWire(AccessType a);          // "member", "owner"
QString toWire(GroupManagementType t); // "user_managed", "company_managed", "system_managed", "unknown"
AccountStatus accountStatusFromWire(const QString &s);
MembershipType membershipTypeFromWire(const QString &s);
bool accessTypeFromWire(const QString &s, AccessType *out); // false for an unknown tag
GroupManagementType managementTypeFromWire(const QString &s);

// Words for people (translated): "Active", "Company managed", ...
QString displayName(AccountStatus s);
QString displayName(MembershipType t);
QString displayName(AccessType a);
QString displayName(GroupManagementType t);

struct SecondaryEmail {
    QString email;
    bool isVerified = false;
    friend bool operator==(const SecondaryEmail &a, const SecondaryEmail &b)
    {
        return a.email == b.email && a.isVerified == b.isVerified;
    }
};

struct Account {
    QString teamMemberId;
    QString email;
    bool emailVerified = false;
    AccountStatus status = AccountStatus::Active;
    bool removedIsRecoverable = false; // only meaningful for Removed
    bool removedIsDisconnected = false;
    QString givenName;
    QString surname;
    QString familiarName;
    QString displayName;
    QString abbreviatedName;
    MembershipType membershipType = MembershipType::Full;
    QStringList groupIds; // profile.groups as Dropbox reports them
    QString memberFolderId;
    QString rootFolderId;
    QString accountId; // absent for invited members
    QString externalId;
    QString persistentId;
    QString profilePhotoUrl;
    QVector<SecondaryEmail> secondaryEmails;
    QDateTime invitedOn;
    QDateTime joinedOn;
    QDateTime suspendedOn;
    bool isDirectoryRestricted = false;
    QString roleId; // the one admin role, empty = member only
    // Last sign-in as the team's event log shows it (team_log login_success), UTC; invalid = none
    // seen in the window read (Snapshot::activityDays), or the log was not read (activityReadAt).
    QDateTime lastActive;

    bool operator==(const Account &o) const;
    bool operator!=(const Account &o) const { return !(*this == o); }
};

struct Role {
    QString id;
    QString name;
    QString description;
    friend bool operator==(const Role &a, const Role &b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description;
    }
};

struct Group {
    QString id;
    QString name;
    GroupManagementType managementType = GroupManagementType::UserManaged;
    QString externalId;
    int memberCount = -1; // -1 = Dropbox did not say
    friend bool operator==(const Group &a, const Group &b)
    {
        return a.id == b.id && a.name == b.name && a.managementType == b.managementType && a.externalId == b.externalId
            && a.memberCount == b.memberCount;
    }
};

struct Membership {
    QString groupId;
    QString teamMemberId;
    AccessType accessType = AccessType::Member;
    friend bool operator==(const Membership &a, const Membership &b)
    {
        return a.groupId == b.groupId && a.teamMemberId == b.teamMemberId && a.accessType == b.accessType;
    }
};

struct TeamInfo {
    QString name;
    QString teamId;
    int numLicensedUsers = 0;
    int numProvisionedUsers = 0;
    int numUsedLicenses = 0;
};

// Who authorized the connection (token/get_authenticated_admin).
struct AdminProfile {
    QString teamMemberId;
    QString email;
    QString displayName;
    QString accountId;
};

// One complete picture of a team, as one sync run saw it.
struct Snapshot {
    qint64 runId = 0; // 0 = not stored yet
    QDateTime startedAt;
    QDateTime finishedAt;
    TeamInfo team;
    AdminProfile admin; // may be empty when the token cannot tell
    QVector<Account> accounts;
    QVector<Role> roles; // every available role, held or not
    QVector<Group> groups;
    QVector<Membership> memberships; // group member/owner grants
    // Sign-in activity (Account::lastActive): when the event log was last read (invalid = never:
    // the connection does not read it) and how many days back it looked.
    QDateTime activityReadAt;
    int activityDays = 0;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::Account)
Q_DECLARE_METATYPE(dbx::Role)
Q_DECLARE_METATYPE(dbx::Group)
Q_DECLARE_METATYPE(dbx::Membership)
Q_DECLARE_METATYPE(dbx::TeamInfo)
Q_DECLARE_METATYPE(dbx::AdminProfile)
Q_DECLARE_METATYPE(dbx::Snapshot)
