#pragma once
// The snapshot in ConductorOne's words: resource types, resources, entitlements and grants as
// c1.connector.v2 messages, filled the way the official baton-dropbox connector fills them
// (so ConductorOne sees the same thing whichever connector pushed), plus the connector
// metadata sent in Hello and the schemas of the enable/disable account actions.
//
// What baton-dropbox does, and so what this does:
//   user  : display name = email; UserTrait {emails [email, primary], login = email,
//           account_type HUMAN, status}; Resource.status {ENABLED active/invited,
//           DISABLED suspended, DELETED removed; details = the Dropbox status tag};
//           Resource.profile {id = account_id, email, first_name, last_name, team_member_id,
//           status, membership_type}.
//   group : display name = name; empty GroupTrait; profile {id, name}.
//   role  : display name = name; empty RoleTrait; profile {id, name, description}.
//   entitlements: group "member" and "owner", role "member"; purpose ASSIGNMENT, grantable to
//           user, id "<type>:<id>:<slug>", the whole resource embedded.
//   grants: entitlement {id, whole resource}, principal {id user:<team_member_id>},
//           id "<entitlement id>:user:<team_member_id>".
//   license: one resource "full" (display name "full", LicenseProfileTrait {license_name "full",
//           entitlement_ids ["license:full:assigned"]}); its type (TRAIT_LICENSE_PROFILE) says
//           SkipEntitlements and SkipGrants; one entitlement "assigned" ("Assigned", "User holds a
//           full Dropbox license seat"); a grant "license:full:assigned:user:<team_member_id>" for
//           each full member who is active or suspended (holdsLicense). With licenses synced the
//           user type says SkipEntitlements (its grants are the license grants), else
//           SkipEntitlementsAndGrants.
// Differences on purpose: every role is exported (baton-dropbox lists only roles someone
// holds), and the deprecated UserTrait.status carries the real status too (baton-dropbox
// leaves it at the SDK default ENABLED) so that older readers see suspended users as such; the
// license carries the seat counts team/get_info reports (purchased = num_licensed_users, consumed
// = num_used_licenses), which baton-dropbox leaves empty.

#include "c1/connector/v2/action.pb.h"
#include "c1/connector/v2/annotation_grant.pb.h"
#include "c1/connector/v2/annotation_resource_tree.pb.h"
#include "c1/connector/v2/annotation_trait.pb.h"
#include "c1/connector/v2/connector.pb.h"
#include "c1/connector/v2/entitlement.pb.h"
#include "c1/connector/v2/grant.pb.h"
#include "c1/connector/v2/resource.pb.h"
#include "model/Entitlements.h"
#include "model/Types.h"

#include <QString>
#include <QVector>

#include <google/protobuf/any.pb.h>
#include <google/protobuf/repeated_ptr_field.h>

#include <string>

namespace dbx {
namespace c1 {

namespace v2 = ::c1::connector::v2;

// --- small conversions -------------------------------------------------------------------
std::string toStd(const QString &s);
QString fromStd(const std::string &s);

// Deterministic serialization (map entries sorted), as baton writes c1z rows.
std::string serializeDeterministic(const google::protobuf::MessageLite &message);

template <class T>
bool findAnnotation(const google::protobuf::RepeatedPtrField<google::protobuf::Any> &annotations, T *out)
{
    for (const google::protobuf::Any &any : annotations) {
        if (any.Is<T>())
            return any.UnpackTo(out);
    }
    return false;
}

template <class T>
bool hasAnnotation(const google::protobuf::RepeatedPtrField<google::protobuf::Any> &annotations)
{
    T scratch;
    return findAnnotation(annotations, &scratch);
}

// --- resource types ----------------------------------------------------------------------
// As declared by baton-dropbox (id, display name, trait, CapabilityPermissions with the Dropbox
// scopes); this is the form embedded in Entitlement.grantable_to.
v2::ResourceType userResourceType();
v2::ResourceType groupResourceType();
v2::ResourceType roleResourceType();
v2::ResourceType licenseResourceType();
// As a sync lists them (the c1z's v1_resource_types): user, role, group, then license when
// licenses are synced. The user type also says SkipEntitlements (its only grants are the license
// grants), or SkipEntitlementsAndGrants without licenses.
QVector<v2::ResourceType> syncedResourceTypes(bool licenses = true);

// --- resources, entitlements, grants -----------------------------------------------------
v2::UserTrait::Status::Status userTraitStatus(AccountStatus status);
v2::Status::ResourceStatus resourceStatus(AccountStatus status);

v2::Resource userResource(const Account &account);
v2::Resource groupResource(const Group &group);
v2::Resource roleResource(const Role &role);
// The "full" license with the team's seat counts (0 when get_info did not report them).
v2::Resource licenseResource(const TeamInfo &team);

v2::Entitlement groupEntitlement(const v2::Resource &group, AccessType access);
v2::Entitlement roleEntitlement(const v2::Resource &role);
v2::Entitlement licenseEntitlement(const v2::Resource &license);
// slug "member"/"owner"/"assigned"; the principal is always a user.
v2::Grant grantMessage(const v2::Resource &resource, const QString &slug, const QString &teamMemberId);

// --- Hello and actions -------------------------------------------------------------------
// Display name "Dropbox", description, resource type capabilities (user: sync, account
// provisioning, delete; group and role: sync, provision), connector capabilities, the account
// creation schema (email). With provisioning off only the sync capabilities are announced.
v2::ConnectorMetadata connectorMetadata(bool provisioning);

// "enable_user" / "disable_user" with one argument "user_id" (a team_member_id), as
// baton-dropbox registers them.
QString enableUserAction();
QString disableUserAction();
QVector<v2::BatonActionSchema> actionSchemas();

} // namespace c1
} // namespace dbx
