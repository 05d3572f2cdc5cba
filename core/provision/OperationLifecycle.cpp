// The group lifecycle (create, rename, edit, delete) and member upkeep (recover, resend the
// invite, edit the profile) as sentences, as the audit log's details and back.
#include "provision/Operation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dbx {

namespace {
QString tr(const char *s, const char *c = nullptr, int n = -1)
{
    return QCoreApplication::translate("dbx::provision", s, c, n);
}

QString quoted(const QString &s) { return QStringLiteral("\"%1\"").arg(s); }

const Group *findGroup(const Snapshot *s, const QString &ref)
{
    if (!s)
        return nullptr;
    for (const Group &g : s->groups) {
        if (g.id == ref)
            return &g;
    }
    const Group *byName = nullptr;
    for (const Group &g : s->groups) {
        if (g.name == ref) {
            if (byName)
                return nullptr; // ambiguous: say the reference as given
            byName = &g;
        }
    }
    return byName;
}

QString groupWords(const Snapshot *s, const QString &ref)
{
    const Group *g = findGroup(s, ref);
    return quoted(g && !g->name.isEmpty() ? g->name : ref);
}

QString memberWords(const Snapshot *s, const UserSelector &u)
{
    if (s) {
        for (const Account &a : s->accounts) {
            const bool match = (u.kind == UserSelector::Kind::TeamMemberId && a.teamMemberId == u.value)
                || (u.kind == UserSelector::Kind::Email && a.email.compare(u.value, Qt::CaseInsensitive) == 0)
                || (u.kind == UserSelector::Kind::ExternalId && !a.externalId.isEmpty() && a.externalId == u.value);
            if (match)
                return a.email.isEmpty() ? u.value : a.email;
        }
    }
    return u.value;
}

QString managementWords(GroupManagementType t)
{
    return t == GroupManagementType::CompanyManaged ? tr("managed by admins only (company managed)")
                                                    : tr("managed by its owners (user managed)");
}

QString externalIdWords(const QString &id)
{
    return id.isEmpty() ? tr("no external id") : tr("the external id %1").arg(quoted(id));
}

// SetProfile's changes, as "given name Ann, email ann@example.com".
QStringList profileChanges(const Operation &op)
{
    QStringList parts;
    if (!op.givenName.isEmpty())
        parts << tr("given name %1").arg(quoted(op.givenName));
    if (!op.surname.isEmpty())
        parts << tr("surname %1").arg(quoted(op.surname));
    if (!op.newEmail.isEmpty())
        parts << tr("email %1").arg(op.newEmail);
    if (op.changeExternalId)
        parts << externalIdWords(op.externalId);
    return parts;
}

// SetGroup's changes.
QStringList groupChanges(const Operation &op)
{
    QStringList parts;
    if (op.changeExternalId)
        parts << externalIdWords(op.externalId);
    if (op.managementType == GroupManagementType::UserManaged
        || op.managementType == GroupManagementType::CompanyManaged)
        parts << managementWords(op.managementType);
    return parts;
}
} // namespace

Operation Operation::createGroup(const QString &name, const QString &externalId, GroupManagementType management,
                                 bool creatorAsOwner)
{
    Operation op;
    op.type = OperationType::CreateGroup;
    op.group = name;
    op.externalId = externalId;
    op.managementType = management;
    op.creatorAsOwner = creatorAsOwner;
    return op;
}

Operation Operation::renameGroup(const QString &group, const QString &newName)
{
    Operation op = forGroup(OperationType::RenameGroup, group);
    op.newName = newName;
    return op;
}

Operation Operation::setGroup(const QString &group, const std::optional<QString> &externalId,
                              GroupManagementType management)
{
    Operation op = forGroup(OperationType::SetGroup, group);
    op.changeExternalId = externalId.has_value();
    op.externalId = externalId.value_or(QString());
    op.managementType = management;
    return op;
}

Operation Operation::deleteGroup(const QString &group) { return forGroup(OperationType::DeleteGroup, group); }

Operation Operation::recoverAccount(const UserSelector &user) { return forUser(OperationType::RecoverAccount, user); }

Operation Operation::resendInvite(const UserSelector &user) { return forUser(OperationType::ResendInvite, user); }

Operation Operation::setProfile(const UserSelector &user, const QString &givenName, const QString &surname,
                                const QString &newEmail, const std::optional<QString> &externalId)
{
    Operation op = forUser(OperationType::SetProfile, user);
    op.givenName = givenName;
    op.surname = surname;
    op.newEmail = newEmail;
    op.changeExternalId = externalId.has_value();
    op.externalId = externalId.value_or(QString());
    return op;
}

QString describeLifecycle(const Operation &op, const Snapshot *s)
{
    const QString who = memberWords(s, op.user);
    switch (op.type) {
    case OperationType::CreateGroup: {
        QStringList parts;
        if (!op.externalId.isEmpty())
            parts << externalIdWords(op.externalId);
        if (op.managementType == GroupManagementType::CompanyManaged)
            parts << managementWords(op.managementType);
        if (op.creatorAsOwner && op.managementType != GroupManagementType::CompanyManaged)
            parts << tr("you as its owner");
        return parts.isEmpty()
            ? tr("Create the group %1.").arg(quoted(op.group))
            : tr("Create the group %1 with %2.").arg(quoted(op.group), parts.join(QStringLiteral(", ")));
    }
    case OperationType::RenameGroup:
        return tr("Rename the group %1 to %2.").arg(groupWords(s, op.group), quoted(op.newName));
    case OperationType::SetGroup: {
        const QStringList parts = groupChanges(op);
        return parts.isEmpty()
            ? tr("Change nothing of the group %1.").arg(groupWords(s, op.group))
            : tr("Give the group %1 %2.").arg(groupWords(s, op.group), parts.join(QStringLiteral(", ")));
    }
    case OperationType::DeleteGroup: return tr("Delete the group %1.").arg(groupWords(s, op.group));
    case OperationType::RecoverAccount: return tr("Recover %1, who was removed from the team.").arg(who);
    case OperationType::ResendInvite: return tr("Send the welcome email to %1 again.").arg(who);
    case OperationType::SetProfile: {
        const QStringList parts = profileChanges(op);
        return parts.isEmpty() ? tr("Change nothing of %1's profile.").arg(who)
                               : tr("Give %1 the %2.").arg(who, parts.join(QStringLiteral(", ")));
    }
    default: break;
    }
    return QString();
}

QString confirmLifecycle(const Operation &op, const Snapshot *s)
{
    const QString who = memberWords(s, op.user);
    switch (op.type) {
    case OperationType::CreateGroup:
        return tr("A new, empty group %1 will be created; folders can then be shared with it.").arg(quoted(op.group));
    case OperationType::RenameGroup:
        return tr("The group %1 will be called %2; its members and folders stay as they are.")
            .arg(groupWords(s, op.group), quoted(op.newName));
    case OperationType::SetGroup:
        return op.managementType == GroupManagementType::CompanyManaged
            ? tr("The group %1 will be managed by admins only: its owners can no longer manage its members.")
                  .arg(groupWords(s, op.group))
            : tr("The group %1 changes as described; its members and folders stay as they are.")
                  .arg(groupWords(s, op.group));
    case OperationType::DeleteGroup: {
        const Group *g = findGroup(s, op.group);
        const int n = g ? g->memberCount : -1;
        const QString members = n < 0 ? tr("Every member of the group") : tr("%n member(s)", nullptr, n);
        return tr("The group %1 will be deleted. %2 will lose access to the folders shared with it (folders "
                  "shared with them directly stay). This cannot be undone.")
            .arg(groupWords(s, op.group), members);
    }
    case OperationType::RecoverAccount:
        return tr("%1 will be back on the team with their account and files, and will use a licence again; "
                  "their groups and admin role are not restored.")
            .arg(who);
    case OperationType::ResendInvite: return tr("%1 will receive Dropbox's invitation email again.").arg(who);
    case OperationType::SetProfile:
        return op.newEmail.isEmpty()
            ? tr("%1's profile changes as described.").arg(who)
            : tr("%1 will sign in with %2 from now on; Dropbox asks them to verify the new address.")
                  .arg(who, op.newEmail);
    default: break;
    }
    return QString();
}

void lifecycleDetails(const Operation &op, QJsonObject *o)
{
    switch (op.type) {
    case OperationType::CreateGroup:
        o->insert(QStringLiteral("group"), op.group);
        if (!op.externalId.isEmpty())
            o->insert(QStringLiteral("external_id"), op.externalId);
        if (op.managementType != GroupManagementType::Unknown)
            o->insert(QStringLiteral("management_type"), toWire(op.managementType));
        o->insert(QStringLiteral("creator_as_owner"), op.creatorAsOwner);
        break;
    case OperationType::RenameGroup:
        o->insert(QStringLiteral("group"), op.group);
        o->insert(QStringLiteral("new_name"), op.newName);
        break;
    case OperationType::SetGroup:
    case OperationType::SetProfile:
        if (op.type == OperationType::SetGroup)
            o->insert(QStringLiteral("group"), op.group);
        if (op.changeExternalId)
            o->insert(QStringLiteral("external_id"), op.externalId);
        if (op.managementType != GroupManagementType::Unknown)
            o->insert(QStringLiteral("management_type"), toWire(op.managementType));
        if (!op.givenName.isEmpty())
            o->insert(QStringLiteral("given_name"), op.givenName);
        if (!op.surname.isEmpty())
            o->insert(QStringLiteral("surname"), op.surname);
        if (!op.newEmail.isEmpty())
            o->insert(QStringLiteral("new_email"), op.newEmail);
        break;
    case OperationType::DeleteGroup: o->insert(QStringLiteral("group"), op.group); break;
    default: break;
    }
}

bool lifecycleFromAudit(const QJsonObject &d, Operation *op)
{
    op->newName = d.value(QLatin1String("new_name")).toString();
    op->newEmail = d.value(QLatin1String("new_email")).toString();
    op->creatorAsOwner = d.value(QLatin1String("creator_as_owner")).toBool(true);
    op->changeExternalId = (op->type == OperationType::SetGroup || op->type == OperationType::SetProfile)
        && d.contains(QLatin1String("external_id"));
    const QString management = d.value(QLatin1String("management_type")).toString();
    op->managementType = management.isEmpty() ? GroupManagementType::Unknown : managementTypeFromWire(management);
    if (isGroupLifecycle(op->type) && op->group.isEmpty())
        return false;
    return true;
}

} // namespace dbx
