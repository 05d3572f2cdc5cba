#include "conductorone/C1Model.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/struct.pb.h>

namespace dbx {
namespace c1 {

namespace {

void setField(google::protobuf::Struct *s, const char *key, const QString &value)
{
    (*s->mutable_fields())[key].set_string_value(toStd(value));
}

v2::ResourceType makeType(const char *id, const char *displayName, v2::ResourceType::Trait trait,
                          std::initializer_list<const char *> permissions)
{
    v2::ResourceType t;
    t.set_id(id);
    t.set_display_name(displayName);
    t.add_traits(trait);
    v2::CapabilityPermissions perms;
    for (const char *p : permissions)
        perms.add_permissions()->set_permission(p);
    t.add_annotations()->PackFrom(perms);
    return t;
}

v2::CapabilityPermissions permissionsOf(const v2::ResourceType &type)
{
    v2::CapabilityPermissions perms;
    findAnnotation(type.annotations(), &perms);
    return perms;
}

v2::ResourceId resourceId(const QString &type, const QString &id)
{
    v2::ResourceId rid;
    rid.set_resource_type(toStd(type));
    rid.set_resource(toStd(id));
    return rid;
}

v2::Entitlement assignment(const v2::Resource &resource, const char *slug, const QString &displayName,
                           const QString &description)
{
    v2::Entitlement e;
    *e.mutable_resource() = resource;
    e.set_id(toStd(
        entitlementId(fromStd(resource.id().resource_type()), fromStd(resource.id().resource()), QLatin1String(slug))));
    e.set_display_name(toStd(displayName));
    e.set_description(toStd(description));
    *e.add_grantable_to() = userResourceType();
    e.set_purpose(v2::Entitlement::PURPOSE_VALUE_ASSIGNMENT);
    e.set_slug(slug);
    return e;
}

::c1::config::v1::Field stringField(const char *name, const char *displayName, const char *description, bool required)
{
    ::c1::config::v1::Field f;
    f.set_name(name);
    f.set_display_name(displayName);
    f.set_description(description);
    f.set_is_required(required);
    f.mutable_string_field();
    return f;
}

::c1::config::v1::Field boolField(const char *name, const char *displayName, const char *description)
{
    ::c1::config::v1::Field f;
    f.set_name(name);
    f.set_display_name(displayName);
    f.set_description(description);
    f.mutable_bool_field();
    return f;
}

// A group or a role: its id, its name as display name, both in the profile.
v2::Resource namedResource(const QString &type, const QString &id, const QString &name)
{
    v2::Resource r;
    *r.mutable_id() = resourceId(type, id);
    r.set_display_name(toStd(name));
    setField(r.mutable_profile(), "id", id);
    setField(r.mutable_profile(), "name", name);
    return r;
}

} // namespace

std::string toStd(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

QString fromStd(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

std::string serializeDeterministic(const google::protobuf::MessageLite &message)
{
    std::string out;
    {
        google::protobuf::io::StringOutputStream stream(&out);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message.SerializeToCodedStream(&coded);
    }
    return out;
}

v2::ResourceType userResourceType()
{
    return makeType("user", "User", v2::ResourceType::TRAIT_USER, {"members.read", "members.write", "members.delete"});
}

v2::ResourceType groupResourceType()
{
    return makeType("group", "Group", v2::ResourceType::TRAIT_GROUP, {"groups.read", "groups.write"});
}

v2::ResourceType roleResourceType()
{
    return makeType("role", "Role", v2::ResourceType::TRAIT_ROLE, {"members.read", "members.write"});
}

v2::ResourceType licenseResourceType()
{
    // Annotations in baton-dropbox's order: its licenses come from the member list (users carry
    // the grants), so the type has neither entitlements to list nor grants of its own.
    v2::ResourceType t;
    t.set_id("license");
    t.set_display_name("License");
    t.add_traits(v2::ResourceType::TRAIT_LICENSE_PROFILE);
    t.add_annotations()->PackFrom(v2::SkipGrants());
    t.add_annotations()->PackFrom(v2::SkipEntitlements());
    v2::CapabilityPermissions perms;
    perms.add_permissions()->set_permission("members.read");
    t.add_annotations()->PackFrom(perms);
    return t;
}

QVector<v2::ResourceType> syncedResourceTypes(bool licenses)
{
    v2::ResourceType user = userResourceType();
    if (!licenses) {
        user.add_annotations()->PackFrom(v2::SkipEntitlementsAndGrants());
        return {user, roleResourceType(), groupResourceType()};
    }
    user.add_annotations()->PackFrom(v2::SkipEntitlements());
    return {user, roleResourceType(), groupResourceType(), licenseResourceType()};
}

v2::UserTrait::Status::Status userTraitStatus(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
    case AccountStatus::Invited: return v2::UserTrait::Status::STATUS_ENABLED;
    case AccountStatus::Suspended: return v2::UserTrait::Status::STATUS_DISABLED;
    case AccountStatus::Removed: return v2::UserTrait::Status::STATUS_DELETED;
    case AccountStatus::Unknown: break;
    }
    return v2::UserTrait::Status::STATUS_UNSPECIFIED;
}

v2::Status::ResourceStatus resourceStatus(AccountStatus status)
{
    // The two enums share their numbers, as baton relies on.
    return v2::Status::ResourceStatus(int(userTraitStatus(status)));
}

v2::Resource userResource(const Account &account)
{
    v2::Resource r;
    *r.mutable_id() = resourceId(resource_type::user(), account.teamMemberId);
    r.set_display_name(toStd(account.email));

    const QString tag = toWire(account.status);
    v2::Status *status = r.mutable_status();
    status->set_status(resourceStatus(account.status));
    status->set_details(toStd(tag));

    google::protobuf::Struct *profile = r.mutable_profile();
    setField(profile, "id", account.accountId);
    setField(profile, "email", account.email);
    setField(profile, "first_name", account.givenName);
    setField(profile, "last_name", account.surname);
    setField(profile, "team_member_id", account.teamMemberId);
    setField(profile, "status", tag);
    setField(profile, "membership_type", toWire(account.membershipType));

    v2::UserTrait trait;
    if (!account.email.isEmpty()) {
        v2::UserTrait::Email *email = trait.add_emails();
        email->set_address(toStd(account.email));
        email->set_is_primary(true);
        trait.set_login(toStd(account.email));
    }
    trait.mutable_status()->set_status(userTraitStatus(account.status));
    trait.set_account_type(v2::UserTrait::ACCOUNT_TYPE_HUMAN);
    if (account.lastActive.isValid()) {
        // The last sign-in, as baton-dropbox fills it when its --sync-user-last-login is on.
        const qint64 ms = account.lastActive.toMSecsSinceEpoch();
        trait.mutable_last_login()->set_seconds(ms / 1000);
        trait.mutable_last_login()->set_nanos(int(ms % 1000) * 1000000);
    }
    r.add_annotations()->PackFrom(trait);
    return r;
}

v2::Resource groupResource(const Group &group)
{
    v2::Resource r = namedResource(resource_type::group(), group.id, group.name);
    r.add_annotations()->PackFrom(v2::GroupTrait());
    return r;
}

v2::Resource roleResource(const Role &role)
{
    v2::Resource r = namedResource(resource_type::role(), role.id, role.name);
    setField(r.mutable_profile(), "description", role.description);
    r.add_annotations()->PackFrom(v2::RoleTrait());
    return r;
}

v2::Resource licenseResource(const TeamInfo &team)
{
    const QString full = license::full();
    v2::Resource r;
    *r.mutable_id() = resourceId(resource_type::license(), full);
    r.set_display_name(toStd(full));
    v2::LicenseProfileTrait trait;
    trait.set_license_name(toStd(full));
    trait.set_purchased_seats(team.numLicensedUsers);
    trait.set_consumed_seats(team.numUsedLicenses);
    trait.add_entitlement_ids(toStd(entitlementId(resource_type::license(), full, license::assigned())));
    r.add_annotations()->PackFrom(trait);
    return r;
}

v2::Entitlement groupEntitlement(const v2::Resource &group, AccessType access)
{
    // Wording (and its capitalisation) as baton-dropbox writes it: ConductorOne shows it.
    const QString name = fromStd(group.display_name());
    if (access == AccessType::Owner) {
        return assignment(group, "owner", name + QLatin1String(" group owner"),
                          QLatin1String("Owner of ") + name + QLatin1String(" dropbox group"));
    }
    return assignment(group, "member", name + QLatin1String(" Group member"),
                      QLatin1String("Member of ") + name + QLatin1String(" Dropbox group"));
}

v2::Entitlement roleEntitlement(const v2::Resource &role)
{
    const QString name = fromStd(role.display_name());
    return assignment(role, "member", name + QLatin1String(" Role member"),
                      QLatin1String("Member of ") + name + QLatin1String(" Dropbox role"));
}

v2::Entitlement licenseEntitlement(const v2::Resource &license)
{
    return assignment(license, "assigned", QStringLiteral("Assigned"),
                      QStringLiteral("User holds a full Dropbox license seat"));
}

v2::Grant grantMessage(const v2::Resource &resource, const QString &slug, const QString &teamMemberId)
{
    v2::Grant g;
    const QString entId
        = entitlementId(fromStd(resource.id().resource_type()), fromStd(resource.id().resource()), slug);
    v2::Entitlement *e = g.mutable_entitlement();
    e->set_id(toStd(entId));
    *e->mutable_resource() = resource;
    *g.mutable_principal()->mutable_id() = resourceId(resource_type::user(), teamMemberId);
    g.set_id(toStd(grantId(entId, teamMemberId)));
    return g;
}

v2::ConnectorMetadata connectorMetadata(bool provisioning)
{
    v2::ConnectorMetadata md;
    md.set_display_name("Dropbox");
    md.set_description("Syncs the accounts, admin roles and groups of a Dropbox team, with account "
                       "provisioning and deprovisioning.");

    v2::ConnectorCapabilities *caps = md.mutable_capabilities();
    auto addType = [caps](const v2::ResourceType &type, std::initializer_list<v2::Capability> list) {
        v2::ResourceTypeCapability *rtc = caps->add_resource_type_capabilities();
        *rtc->mutable_resource_type() = type;
        for (v2::Capability c : list)
            rtc->add_capabilities(c);
        *rtc->mutable_permissions() = permissionsOf(type);
    };
    // Sorted by id, as baton-sdk lists them.
    if (provisioning) {
        addType(groupResourceType(), {v2::CAPABILITY_SYNC, v2::CAPABILITY_PROVISION});
        addType(licenseResourceType(), {v2::CAPABILITY_SYNC});
        addType(roleResourceType(), {v2::CAPABILITY_SYNC, v2::CAPABILITY_PROVISION});
        addType(userResourceType(),
                {v2::CAPABILITY_SYNC, v2::CAPABILITY_ACCOUNT_PROVISIONING, v2::CAPABILITY_RESOURCE_DELETE});
        for (v2::Capability c : {v2::CAPABILITY_PROVISION, v2::CAPABILITY_SYNC, v2::CAPABILITY_ACCOUNT_PROVISIONING,
                                 v2::CAPABILITY_RESOURCE_DELETE, v2::CAPABILITY_ACTIONS})
            caps->add_connector_capabilities(c);
        v2::CredentialDetailsAccountProvisioning *acct
            = caps->mutable_credential_details()->mutable_capability_account_provisioning();
        acct->add_supported_credential_options(v2::CAPABILITY_DETAIL_CREDENTIAL_OPTION_NO_PASSWORD);
        acct->set_preferred_credential_option(v2::CAPABILITY_DETAIL_CREDENTIAL_OPTION_NO_PASSWORD);

        v2::ConnectorAccountCreationSchema::Field email;
        email.set_display_name("Email");
        email.set_required(true);
        email.set_description("Email address for the user account. Dropbox will send an invitation "
                              "to this address.");
        email.set_placeholder("john@doe.com");
        email.set_order(0);
        email.mutable_string_field();
        (*md.mutable_account_creation_schema()->mutable_field_map())["email"] = email;
    } else {
        for (const v2::ResourceType &type :
             {groupResourceType(), licenseResourceType(), roleResourceType(), userResourceType()})
            addType(type, {v2::CAPABILITY_SYNC});
        caps->add_connector_capabilities(v2::CAPABILITY_SYNC);
    }
    return md;
}

QString enableUserAction() { return QStringLiteral("enable_user"); }

QString disableUserAction() { return QStringLiteral("disable_user"); }

QVector<v2::BatonActionSchema> actionSchemas()
{
    auto make = [](const QString &name, const char *display, const char *description, const char *argDescription,
                   const char *resultDescription, v2::ActionType type) {
        v2::BatonActionSchema s;
        s.set_name(toStd(name));
        s.set_display_name(display);
        s.set_description(description);
        *s.add_arguments() = stringField("user_id", "User Team Member ID", argDescription, true);
        *s.add_return_types() = boolField("success", "Success", resultDescription);
        s.add_action_type(type);
        return s;
    };
    return {
        make(disableUserAction(), "Disable User", "Disables a user's access to Dropbox Team (suspends the account)",
             "The team member ID of the user to disable", "Whether the user was disabled successfully",
             v2::ACTION_TYPE_ACCOUNT_DISABLE),
        make(enableUserAction(), "Enable User", "Enables a user's access to Dropbox Team (unsuspends the account)",
             "The team member ID of the user to enable", "Whether the user was enabled successfully",
             v2::ACTION_TYPE_ACCOUNT_ENABLE),
    };
}

} // namespace c1
} // namespace dbx
