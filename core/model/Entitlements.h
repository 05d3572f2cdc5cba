#pragma once
// ConductorOne's vocabulary over the snapshot: resources, entitlements and grants, with the ids
// the official baton-dropbox connector uses, so that the GUI, the exports and the c1z agree.

#include "model/Types.h"

namespace dbx {

namespace resource_type {
inline const QString user() { return QStringLiteral("user"); }
inline const QString group() { return QStringLiteral("group"); }
inline const QString role() { return QStringLiteral("role"); }
// The team's seats, as baton-dropbox models them: one resource "full" (the membership type that
// consumes a seat), entitlement slug "assigned".
inline const QString license() { return QStringLiteral("license"); }
} // namespace resource_type

namespace license {
inline const QString full() { return QStringLiteral("full"); }
inline const QString assigned() { return QStringLiteral("assigned"); }
} // namespace license

// "<type>:<resource id>:<slug>", e.g. "group:g:1a2b:member", "role:pid_dbtmr:1:member".
QString entitlementId(const QString &resourceType, const QString &resourceId, const QString &slug);
// "<entitlement id>:user:<team_member_id>"
QString grantId(const QString &entitlementId, const QString &teamMemberId);

struct Grant {
    QString resourceType; // "group", "role" or "license"
    QString resourceId;   // group_id, role_id or "full"
    QString slug;         // "member", "owner" or "assigned"
    QString teamMemberId; // the principal (a user)
    QString entitlementId() const { return dbx::entitlementId(resourceType, resourceId, slug); }
    QString id() const { return grantId(entitlementId(), teamMemberId); }
    friend bool operator==(const Grant &a, const Grant &b)
    {
        return a.resourceType == b.resourceType && a.resourceId == b.resourceId && a.slug == b.slug
            && a.teamMemberId == b.teamMemberId;
    }
};

// Every grant of a snapshot: one per group membership (member or owner) and one per held role.
QVector<Grant> grantsOf(const Snapshot &s);

// Whether the account holds a seat, by baton-dropbox's rule: membership type "full" and status
// active or suspended (a suspended member keeps, and is billed for, the seat; an invited one has
// not taken it yet, a removed one has left).
bool holdsLicense(const Account &a);
// One grant of "license:full:assigned" per seat holder, in the order of the accounts.
QVector<Grant> licenseGrantsOf(const Snapshot &s);

} // namespace dbx
