#include "model/Types.h"

#include <QCoreApplication>

namespace dbx {

namespace {
const char *const kCtx = "dbx::model";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }
} // namespace

QString toWire(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active: return QStringLiteral("active");
    case AccountStatus::Invited: return QStringLiteral("invited");
    case AccountStatus::Suspended: return QStringLiteral("suspended");
    case AccountStatus::Removed: return QStringLiteral("removed");
    case AccountStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toWire(MembershipType t)
{
    switch (t) {
    case MembershipType::Full: return QStringLiteral("full");
    case MembershipType::Limited: return QStringLiteral("limited");
    case MembershipType::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toWire(AccessType a)
{
    return a == AccessType::Owner ? QStringLiteral("owner") : QStringLiteral("member");
}

QString toWire(GroupManagementType t)
{
    switch (t) {
    case GroupManagementType::UserManaged: return QStringLiteral("user_managed");
    case GroupManagementType::CompanyManaged: return QStringLiteral("company_managed");
    case GroupManagementType::SystemManaged: return QStringLiteral("system_managed");
    case GroupManagementType::Unknown: break;
    }
    return QStringLiteral("unknown");
}

AccountStatus accountStatusFromWire(const QString &s)
{
    if (s == QLatin1String("active")) return AccountStatus::Active;
    if (s == QLatin1String("invited")) return AccountStatus::Invited;
    if (s == QLatin1String("suspended")) return AccountStatus::Suspended;
    if (s == QLatin1String("removed")) return AccountStatus::Removed;
    return AccountStatus::Unknown;
}

MembershipType membershipTypeFromWire(const QString &s)
{
    if (s == QLatin1String("full")) return MembershipType::Full;
    if (s == QLatin1String("limited")) return MembershipType::Limited;
    return MembershipType::Unknown;
}

bool accessTypeFromWire(const QString &s, AccessType *out)
{
    if (s == QLatin1String("member")) { *out = AccessType::Member; return true; }
    if (s == QLatin1String("owner")) { *out = AccessType::Owner; return true; }
    return false;
}

GroupManagementType managementTypeFromWire(const QString &s)
{
    if (s == QLatin1String("user_managed")) return GroupManagementType::UserManaged;
    if (s == QLatin1String("company_managed")) return GroupManagementType::CompanyManaged;
    if (s == QLatin1String("system_managed")) return GroupManagementType::SystemManaged;
    return GroupManagementType::Unknown;
}

QString displayName(AccountStatus s)
{
    switch (s) {
    case AccountStatus::Active: return tr("Active");
    case AccountStatus::Invited: return tr("Invited");
    case AccountStatus::Suspended: return tr("Suspended");
    case AccountStatus::Removed: return tr("Removed");
    case AccountStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString displayName(MembershipType t)
{
    switch (t) {
    case MembershipType::Full: return tr("Full");
    case MembershipType::Limited: return tr("Limited");
    case MembershipType::Unknown: break;
    }
    return tr("Unknown");
}

QString displayName(AccessType a)
{
    return a == AccessType::Owner ? tr("Owner") : tr("Member");
}

QString displayName(GroupManagementType t)
{
    switch (t) {
    case GroupManagementType::UserManaged: return tr("User managed");
    case GroupManagementType::CompanyManaged: return tr("Company managed");
    case GroupManagementType::SystemManaged: return tr("System managed");
    case GroupManagementType::Unknown: break;
    }
    return tr("Unknown");
}

bool Account::operator==(const Account &o) const
{
    return teamMemberId == o.teamMemberId && email == o.email && emailVerified == o.emailVerified
        && status == o.status && removedIsRecoverable == o.removedIsRecoverable
        && removedIsDisconnected == o.removedIsDisconnected && givenName == o.givenName
        && surname == o.surname && familiarName == o.familiarName && displayName == o.displayName
        && abbreviatedName == o.abbreviatedName && membershipType == o.membershipType
        && groupIds == o.groupIds && memberFolderId == o.memberFolderId
        && rootFolderId == o.rootFolderId && accountId == o.accountId && externalId == o.externalId
        && persistentId == o.persistentId && profilePhotoUrl == o.profilePhotoUrl
        && secondaryEmails == o.secondaryEmails && invitedOn == o.invitedOn && joinedOn == o.joinedOn
        && suspendedOn == o.suspendedOn && isDirectoryRestricted == o.isDirectoryRestricted
        && roleId == o.roleId;
}

} // namespace dbx
