#include "model/Entitlements.h"

namespace dbx {

QString entitlementId(const QString &resourceType, const QString &resourceId, const QString &slug)
{
    return resourceType + QLatin1Char(':') + resourceId + QLatin1Char(':') + slug;
}

QString grantId(const QString &entitlement, const QString &teamMemberId)
{
    return entitlement + QLatin1String(":user:") + teamMemberId;
}

QVector<Grant> grantsOf(const Snapshot &s)
{
    QVector<Grant> out;
    out.reserve(s.memberships.size() + s.accounts.size() / 16);
    for (const Membership &m : s.memberships)
        out.push_back({resource_type::group(), m.groupId, toWire(m.accessType), m.teamMemberId});
    for (const Account &a : s.accounts) {
        if (!a.roleId.isEmpty())
            out.push_back({resource_type::role(), a.roleId, QStringLiteral("member"), a.teamMemberId});
    }
    return out;
}

bool holdsLicense(const Account &a)
{
    return a.membershipType == MembershipType::Full
        && (a.status == AccountStatus::Active || a.status == AccountStatus::Suspended);
}

QVector<Grant> licenseGrantsOf(const Snapshot &s)
{
    QVector<Grant> out;
    for (const Account &a : s.accounts) {
        if (holdsLicense(a))
            out.push_back({resource_type::license(), license::full(), license::assigned(), a.teamMemberId});
    }
    return out;
}

} // namespace dbx
