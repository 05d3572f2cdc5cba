// TeamState: prechecks and folding-in for the group lifecycle (create, rename, edit, delete) and
// member upkeep (recover, resend the invite, edit the profile); the group and role references
// both kinds of precheck resolve.
#include "provision/ErrorText.h"
#include "provision/TeamState.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::provision", s); }
QString quoted(const QString &s) { return QStringLiteral("\"%1\"").arg(s); }
QString who(const Account &a) { return a.email.isEmpty() ? a.teamMemberId : a.email; }

Precheck verdict(Precheck p, Precheck::Verdict v, const QString &reason)
{
    p.verdict = v;
    p.reason = reason;
    return p;
}
Precheck invalid(const Precheck &p, const QString &reason) { return verdict(p, Precheck::Verdict::Invalid, reason); }
Precheck alreadySo(const Precheck &p, const QString &reason)
{
    return verdict(p, Precheck::Verdict::AlreadySo, reason);
}
QString because(const char *tag) { return explainTag(QString::fromLatin1(tag)); }

bool sameName(const QString &a, const QString &b) { return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0; }

// What resolveGroup and resolveRole share: the row found, its id noted; or null, and why not in *p.
template <typename T, typename WhyNot>
const T *noteFound(const T *row, QString *id, Precheck *p, WhyNot whyNot)
{
    if (row)
        *id = row->id;
    else
        *p = invalid(*p, whyNot());
    return row;
}
} // namespace

const Group *TeamState::resolveGroup(const QString &ref, Precheck *p) const
{
    if (ref.trimmed().isEmpty()) {
        *p = invalid(*p, tr("No group is named."));
        return nullptr;
    }
    bool several = false;
    return noteFound(findGroup(ref, &several), &p->groupId, p, [&] {
        return several ? tr("Several groups are named %1; name the group by its id.").arg(quoted(ref))
                       : tr("There is no group %1 on this team.").arg(quoted(ref));
    });
}

const Role *TeamState::resolveRole(const QString &ref, Precheck *p) const
{
    bool several = false;
    return noteFound(findRole(ref, &several), &p->roleId, p, [&] {
        return several ? tr("Several roles are named %1; name the role by its id.").arg(quoted(ref))
                       : tr("There is no role %1 on this team.").arg(quoted(ref));
    });
}

Precheck TeamState::precheckLifecycle(const Operation &op) const
{
    Precheck p;
    const auto groupWithExternalId = [this](const QString &externalId, const QString &except) -> const Group * {
        for (const Group &g : m_snapshot.groups) {
            if (!externalId.isEmpty() && g.externalId == externalId && g.id != except)
                return &g;
        }
        return nullptr;
    };
    const auto groupNamed = [this](const QString &name, const QString &except) -> const Group * {
        for (const Group &g : m_snapshot.groups) {
            if (sameName(g.name, name) && g.id != except)
                return &g;
        }
        return nullptr;
    };
    if (op.managementType == GroupManagementType::SystemManaged)
        return invalid(p,
                       tr("Groups managed by Dropbox itself cannot be made or changed by hand; choose company or "
                          "user management."));

    if (isGroupLifecycle(op.type)) {
        if (op.type == OperationType::CreateGroup) {
            const QString name = op.group.trimmed();
            if (name.isEmpty())
                return invalid(p, tr("The new group has no name."));
            if (const Group *same = groupNamed(name, QString())) {
                p.groupId = same->id;
                if (op.externalId.isEmpty() || same->externalId == op.externalId)
                    return alreadySo(p, tr("The group %1 already exists.").arg(quoted(same->name)));
                return invalid(p, tr("Cannot create %1: %2.").arg(quoted(name), because("group_name_already_used")));
            }
            if (const Group *holder = groupWithExternalId(op.externalId, QString()))
                return invalid(p,
                               tr("Cannot create %1: the external id %2 already belongs to the group %3.")
                                   .arg(quoted(name), quoted(op.externalId), quoted(holder->name)));
            p.verdict = Precheck::Verdict::WillChange;
            return p;
        }
        const Group *g = resolveGroup(op.group, &p);
        if (!g)
            return p;
        if (g->managementType == GroupManagementType::SystemManaged)
            return invalid(p,
                           tr("Cannot change %1: it is managed by Dropbox itself (such as \"Everyone at ...\"), so "
                              "it cannot be renamed, edited or deleted.")
                               .arg(quoted(g->name)));
        switch (op.type) {
        case OperationType::RenameGroup: {
            const QString name = op.newName.trimmed();
            if (name.isEmpty())
                return invalid(p, tr("No new name is given for %1.").arg(quoted(g->name)));
            if (name == g->name)
                return alreadySo(p, tr("The group is already called %1.").arg(quoted(name)));
            if (const Group *other = groupNamed(name, g->id))
                return invalid(p,
                               tr("Cannot rename %1 to %2: the group %3 has that name already.")
                                   .arg(quoted(g->name), quoted(name), quoted(other->name)));
            break;
        }
        case OperationType::SetGroup: {
            if (!op.changeExternalId && op.managementType == GroupManagementType::Unknown)
                return invalid(
                    p, tr("Nothing to change for %1: give an external id or a management type.").arg(quoted(g->name)));
            const bool idSame = !op.changeExternalId || op.externalId == g->externalId;
            const bool typeSame
                = op.managementType == GroupManagementType::Unknown || op.managementType == g->managementType;
            if (idSame && typeSame)
                return alreadySo(p, tr("The group %1 is already like that.").arg(quoted(g->name)));
            if (const Group *holder = op.changeExternalId ? groupWithExternalId(op.externalId, g->id) : nullptr)
                return invalid(p,
                               tr("Cannot give %1 the external id %2: the group %3 has it already.")
                                   .arg(quoted(g->name), quoted(op.externalId), quoted(holder->name)));
            break;
        }
        default: break;
        }
        p.verdict = Precheck::Verdict::WillChange;
        return p;
    }

    // Member upkeep: the member concerned.
    if (op.user.isEmpty())
        return invalid(p, tr("No member is named."));
    const Account *user = findUser(op.user);
    if (!user)
        return invalid(p,
                       tr("There is no member %1 in the newest snapshot (sync first if they joined since).")
                           .arg(quoted(op.user.value)));
    p.teamMemberId = user->teamMemberId;
    const bool removed = user->status == AccountStatus::Removed;
    switch (op.type) {
    case OperationType::RecoverAccount:
        if (!removed)
            return alreadySo(p,
                             tr("%1 is on the team (%2), so there is nothing to recover.")
                                 .arg(who(*user), displayName(user->status).toLower()));
        if (!user->removedIsRecoverable)
            return invalid(p, tr("Cannot recover %1: %2.").arg(who(*user), because("user_unrecoverable")));
        break;
    case OperationType::ResendInvite:
        if (removed)
            return invalid(p, tr("Cannot send %1 an invite: they were removed from the team.").arg(who(*user)));
        if (user->status != AccountStatus::Invited)
            return alreadySo(
                p,
                tr("%1 has already joined the team; the welcome email only goes to invited members.").arg(who(*user)));
        break;
    case OperationType::SetProfile: {
        if (removed)
            return invalid(p, tr("Cannot change %1: %2.").arg(who(*user), because("set_profile_disallowed")));
        if (op.givenName.isEmpty() && op.surname.isEmpty() && op.newEmail.isEmpty() && !op.changeExternalId)
            return invalid(
                p, tr("Nothing to change for %1: give a given name, surname, email or external id.").arg(who(*user)));
        if (!validNamePart(op.givenName) || !validNamePart(op.surname))
            return invalid(p, tr("Given name and surname must be at most 50 characters, without / : ? * < > \" |."));
        if (!op.newEmail.isEmpty() && !validEmail(op.newEmail))
            return invalid(p, tr("%1 is not a valid email address.").arg(quoted(op.newEmail)));
        if (op.changeExternalId && op.externalId.size() > 64)
            return invalid(p, tr("The external id is longer than Dropbox's 64 characters."));
        if (op.changeExternalId && op.user.kind == UserSelector::Kind::ExternalId)
            return invalid(
                p, tr("Cannot change %1: %2.").arg(who(*user), because("external_id_and_new_external_id_unsafe")));
        if (!op.newEmail.isEmpty()) {
            const Account *other = findUser(UserSelector::byEmail(op.newEmail));
            if (other && other->teamMemberId != user->teamMemberId)
                return invalid(
                    p, tr("Cannot give %1 the email %2: it belongs to %3.").arg(who(*user), op.newEmail, who(*other)));
        }
        if (op.changeExternalId && !op.externalId.isEmpty()) {
            const Account *other = findUser(UserSelector::byExternalId(op.externalId));
            if (other && other->teamMemberId != user->teamMemberId)
                return invalid(p,
                               tr("Cannot give %1 the external id %2: it belongs to %3.")
                                   .arg(who(*user), quoted(op.externalId), who(*other)));
        }
        const bool same = (op.givenName.isEmpty() || op.givenName == user->givenName)
            && (op.surname.isEmpty() || op.surname == user->surname)
            && (op.newEmail.isEmpty() || op.newEmail.compare(user->email, Qt::CaseInsensitive) == 0)
            && (!op.changeExternalId || op.externalId == user->externalId);
        if (same)
            return alreadySo(p, tr("%1's profile already reads so.").arg(who(*user)));
        break;
    }
    default: break;
    }
    p.verdict = Precheck::Verdict::WillChange;
    return p;
}

void TeamState::reindexGroups()
{
    m_groups.clear();
    m_groupsByName.clear();
    for (int i = 0; i < m_snapshot.groups.size(); ++i) {
        m_groups.insert(m_snapshot.groups[i].id, i);
        m_groupsByName.insert(m_snapshot.groups[i].name, i);
    }
}

TeamState::Patch TeamState::applyLifecycle(const OperationResult &r)
{
    Patch patch;
    patch.runId = runId();
    const Operation &op = r.operation;
    switch (op.type) {
    case OperationType::CreateGroup: {
        Group g = r.group;
        if (g.id.isEmpty())
            g.id = r.groupId;
        if (g.id.isEmpty())
            return patch;
        if (g.name.isEmpty())
            g.name = op.group.trimmed();
        if (g.managementType == GroupManagementType::Unknown)
            g.managementType = op.managementType == GroupManagementType::CompanyManaged
                ? GroupManagementType::CompanyManaged
                : GroupManagementType::UserManaged;
        if (g.externalId.isEmpty())
            g.externalId = op.externalId;
        Group stored = g;
        stored.memberCount = 0; // the memberships below count themselves in
        m_snapshot.groups.push_back(stored);
        reindexGroups();
        patch.groups << stored;
        // The creator as owner: the members Dropbox listed in its reply.
        for (const Membership &m : r.groupMembers) {
            setMembership(g.id, m.teamMemberId, true, m.accessType);
            patch.memberships << Membership{g.id, m.teamMemberId, m.accessType};
            m_snapshot.groups.last().memberCount += 1;
        }
        return patch;
    }
    case OperationType::RenameGroup:
    case OperationType::SetGroup: {
        const auto row = m_groups.constFind(r.groupId);
        if (row == m_groups.constEnd())
            return patch;
        Group &g = m_snapshot.groups[row.value()];
        if (!r.group.id.isEmpty()) {
            g.name = r.group.name;
            g.externalId = r.group.externalId;
            if (r.group.managementType != GroupManagementType::Unknown)
                g.managementType = r.group.managementType;
        } else if (op.type == OperationType::RenameGroup) {
            g.name = op.newName.trimmed();
        } else {
            if (op.changeExternalId)
                g.externalId = op.externalId;
            if (op.managementType != GroupManagementType::Unknown)
                g.managementType = op.managementType;
        }
        patch.groups << g;
        reindexGroups();
        return patch;
    }
    case OperationType::DeleteGroup: {
        const auto row = m_groups.constFind(r.groupId);
        if (row == m_groups.constEnd())
            return patch;
        const QHash<QString, AccessType> members = m_members.value(r.groupId);
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (Account *a = account(it.key()))
                a->groupIds.removeAll(r.groupId);
        }
        m_members.remove(r.groupId);
        m_snapshot.groups.remove(row.value());
        reindexGroups();
        patch.removedGroups << r.groupId;
        return patch;
    }
    case OperationType::RecoverAccount: {
        Account *a = account(r.teamMemberId);
        if (!a)
            return patch;
        a->status = a->accountId.isEmpty() ? AccountStatus::Invited : AccountStatus::Active;
        a->removedIsRecoverable = false;
        a->removedIsDisconnected = false;
        patch.accounts << *a;
        return patch;
    }
    case OperationType::SetProfile: {
        Account *a = account(r.teamMemberId);
        if (!a)
            return patch;
        // The old email and external id no longer lead to them.
        if (m_byEmail.value(a->email.toLower()) == a->teamMemberId)
            m_byEmail.remove(a->email.toLower());
        if (m_byExternalId.value(a->externalId) == a->teamMemberId)
            m_byExternalId.remove(a->externalId);
        if (!r.account.teamMemberId.isEmpty()) {
            // Dropbox's own account after the change; memberships and role stay the snapshot's.
            Account after = r.account;
            after.groupIds = a->groupIds;
            after.roleId = a->roleId;
            after.lastActive = a->lastActive;
            *a = after;
        } else {
            if (!op.givenName.isEmpty())
                a->givenName = op.givenName;
            if (!op.surname.isEmpty())
                a->surname = op.surname;
            if (!op.newEmail.isEmpty())
                a->email = op.newEmail;
            if (op.changeExternalId)
                a->externalId = op.externalId;
        }
        indexAccount(m_accounts.value(a->teamMemberId));
        patch.accounts << *a;
        return patch;
    }
    default: break;
    }
    return patch;
}

} // namespace dbx
