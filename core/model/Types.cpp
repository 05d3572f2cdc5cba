#include "model/Types.h"

#include "model/EnumNames.h"

#include <QCoreApplication>

namespace dbx {

namespace {
const char *const kCtx = "dbx::model";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

// One table per enum (model/EnumNames.h). The last row of each table is the fallback for an unknown
// value or tag.
const EnumName<AccountStatus> kAccountStatus[] = {
    {AccountStatus::Active, "active", QT_TRANSLATE_NOOP("dbx::model", "Active")},
     {AccountStatus::Invited, "invited", QT_TRANSLATE_NOOP("dbx::model", "Invited")},
      {AccountStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("dbx::model", "Suspended")},
       {AccountStatus::Removed, "removed", QT_TRANSLATE_NOOP("dbx::model", "Removed")},
        {AccountStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("dbx::model", "Unknown")},
};
const EnumName<MembershipType> kMembershipType[] = {
    {MembershipType::Full, "full", QT_TRANSLATE_NOOP("dbx::model", "Full")},
     {MembershipType::Limited, "limited", QT_TRANSLATE_NOOP("dbx::model", "Limited")},
      {MembershipType::Unknown, "unknown", QT_TRANSLATE_NOOP("dbx::model", "Unknown")},
};
// A closed union: an unknown tag is refused (accessTypeFromWire), never read as the fallback.
const EnumName<AccessType> kAccessType[] = {
    {AccessType::Owner, "owner", QT_TRANSLATE_NOOP("dbx::model", "Owner")},
     {AccessType::Member, "member", QT_TRANSLATE_NOOP("dbx::model", "Member")},
};
const EnumName<GroupManagementType> kManagementType[] = {
    {GroupManagementType::UserManaged, "user_managed", QT_TRANSLATE_NOOP("dbx::model", "User managed")},
     {GroupManagementType::CompanyManaged, "company_managed", QT_TRANSLATE_NOOP("dbx::model", "Company managed")},
      {GroupManagementType::SystemManaged, "system_managed", QT_TRANSLATE_NOOP("dbx::model", "System managed")},
       {GroupManagementType::Unknown, "unknown", QT_TRANSLATE_NOOP("dbx::model", "Unknown")},
};

} // namespace

QString toWire(AccountStatus s) { return QLatin1String(rowOf(kAccountStatus, s).wire); }
QString toWire(MembershipType t) { return QLatin1String(rowOf(kMembershipType, t).wire); }
QString toWire(AccessType a) { return QLatin1String(rowOf(kAccessType, a).wire); }
QString toWire(GroupManagementType t) { return QLatin1String(rowOf(kManagementType, t).wire); }

AccountStatus accountStatusFromWire(const QString &s) { return fromWire(kAccountStatus, s); }
MembershipType membershipTypeFromWire(const QString &s) { return fromWire(kMembershipType, s); }
GroupManagementType managementTypeFromWire(const QString &s) { return fromWire(kManagementType, s); }

bool accessTypeFromWire(const QString &s, AccessType *out) { return fromWire(kAccessType, s, out); }

QString displayName(AccountStatus s) { return tr(rowOf(kAccountStatus, s).display); }
QString displayName(MembershipType t) { return tr(rowOf(kMembershipType, t).display); }
QString displayName(AccessType a) { return tr(rowOf(kAccessType, a).display); }
QString displayName(GroupManagementType t) { return tr(rowOf(kManagementType, t).display); }

bool Account::operator==(const Account &o) const
{
    return teamMemberId == o.teamMemberId && email == o.email && emailVerified == o.emailVerified && status == o.status
        && removedIsRecoverable == o.removedIsRecoverable && removedIsDisconnected == o.removedIsDisconnected
        && givenName == o.givenName && surname == o.surname && familiarName == o.familiarName
        && displayName == o.displayName && abbreviatedName == o.abbreviatedName && membershipType == o.membershipType
        && groupIds == o.groupIds && memberFolderId == o.memberFolderId && rootFolderId == o.rootFolderId
        && accountId == o.accountId && externalId == o.externalId && persistentId == o.persistentId
        && profilePhotoUrl == o.profilePhotoUrl && secondaryEmails == o.secondaryEmails && invitedOn == o.invitedOn
        && joinedOn == o.joinedOn && suspendedOn == o.suspendedOn && isDirectoryRestricted == o.isDirectoryRestricted
        && roleId == o.roleId && lastActive == o.lastActive;
}

} // namespace dbx
