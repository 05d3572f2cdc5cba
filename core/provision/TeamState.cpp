#include "provision/TeamState.h"

#include "provision/ErrorText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dbx {

namespace {
const char *const kCtx = "dbx::provision";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

QString statusWords(const Account &a)
{
    switch (a.status) {
    case AccountStatus::Active: return tr("active");
    case AccountStatus::Invited: return tr("invited");
    case AccountStatus::Suspended: return tr("suspended");
    case AccountStatus::Removed: return tr("removed");
    case AccountStatus::Unknown: break;
    }
    return tr("in an unknown state");
}

QString who(const Account &a) { return a.email.isEmpty() ? a.teamMemberId : a.email; }

Precheck invalid(Precheck p, const QString &reason)
{
    p.verdict = Precheck::Verdict::Invalid;
    p.reason = reason;
    return p;
}

Precheck alreadySo(Precheck p, const QString &reason)
{
    p.verdict = Precheck::Verdict::AlreadySo;
    p.reason = reason;
    return p;
}

QString quoted(const QString &s) { return QStringLiteral("\"%1\"").arg(s); }
} // namespace

bool validEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^['#&A-Za-z0-9._%+-]+@[A-Za-z0-9-][A-Za-z0-9.-]*\\.[A-Za-z]{2,15}$"));
    return email.size() <= 255 && re.match(email).hasMatch();
}

bool validNamePart(const QString &name)
{
    static const QRegularExpression bad(QStringLiteral("[/:?*<>\"|]"));
    return name.size() <= 50 && !bad.match(name).hasMatch();
}

TeamState::TeamState(const Snapshot &snapshot) : m_snapshot(snapshot)
{
    for (int i = 0; i < m_snapshot.accounts.size(); ++i)
        indexAccount(i);
    for (int i = 0; i < m_snapshot.groups.size(); ++i) {
        m_groups.insert(m_snapshot.groups[i].id, i);
        m_groupsByName.insert(m_snapshot.groups[i].name, i);
    }
    for (int i = 0; i < m_snapshot.roles.size(); ++i) {
        m_roles.insert(m_snapshot.roles[i].id, i);
        m_rolesByName.insert(m_snapshot.roles[i].name, i);
    }
    for (const Membership &m : m_snapshot.memberships)
        m_members[m.groupId].insert(m.teamMemberId, m.accessType);
    m_snapshot.memberships.clear();
}

void TeamState::indexAccount(int row)
{
    const Account &a = m_snapshot.accounts[row];
    m_accounts.insert(a.teamMemberId, row);
    const auto prefer = [&](QHash<QString, QString> &index, const QString &key) {
        if (key.isEmpty())
            return;
        const auto it = index.constFind(key);
        if (it != index.constEnd() && it.value() != a.teamMemberId) {
            const Account *other = account(it.value());
            if (other && other->status != AccountStatus::Removed && a.status == AccountStatus::Removed)
                return; // a current member wins over a removed one
        }
        index.insert(key, a.teamMemberId);
    };
    prefer(m_byEmail, a.email.toLower());
    prefer(m_byExternalId, a.externalId);
}

Account *TeamState::account(const QString &teamMemberId)
{
    const auto it = m_accounts.constFind(teamMemberId);
    return it == m_accounts.constEnd() ? nullptr : &m_snapshot.accounts[it.value()];
}

Precheck TeamState::precheck(const Operation &op) const
{
    Precheck p;
    if (m_snapshot.runId == 0 && m_accounts.isEmpty())
        return invalid(p, tr("There is no snapshot of the team yet; run a sync first."));
    if (isLifecycle(op.type))
        return precheckLifecycle(op);

    // The member concerned.
    const Account *user = nullptr;
    if (op.type == OperationType::CreateAccount) {
        if (op.user.kind != UserSelector::Kind::Email || !validEmail(op.user.value))
            return invalid(p, tr("%1 is not a valid email address.").arg(quoted(op.user.value)));
        if (!validNamePart(op.givenName) || !validNamePart(op.surname))
            return invalid(p, tr("Given name and surname must be at most 50 characters, without / : ? * < > \" |."));
        if (op.externalId.size() > 64)
            return invalid(p, tr("The external id is longer than Dropbox's 64 characters."));
        if (!op.role.isEmpty() && !resolveRole(op.role, &p))
            return p;
        const Account *existing = findUser(op.user);
        if (existing) {
            p.teamMemberId = existing->teamMemberId;
            if (existing->status != AccountStatus::Removed)
                return alreadySo(p, tr("%1 is already on the team (%2).").arg(who(*existing), statusWords(*existing)));
            if (existing->removedIsRecoverable)
                return invalid(p,
                               tr("%1 was removed but can still be restored; Dropbox refuses to add them again "
                                  "until then. Restore them in the admin console instead.")
                                   .arg(who(*existing)));
        }
        if (!op.externalId.isEmpty()) {
            const QString holder = m_byExternalId.value(op.externalId);
            if (!holder.isEmpty() && (!existing || holder != existing->teamMemberId)) {
                const auto row = m_accounts.value(holder, -1);
                return invalid(p,
                               tr("The external id %1 already belongs to %2.")
                                   .arg(quoted(op.externalId), row >= 0 ? who(m_snapshot.accounts[row]) : holder));
            }
        }
        p.verdict = Precheck::Verdict::WillChange;
        return p;
    }

    if (op.user.isEmpty())
        return invalid(p, tr("No member is named."));
    user = findUser(op.user);
    if (!user)
        return invalid(p,
                       tr("There is no member %1 in the newest snapshot (sync first if they joined since).")
                           .arg(quoted(op.user.value)));
    p.teamMemberId = user->teamMemberId;
    p.previousRoleId = user->roleId;
    const bool removed = user->status == AccountStatus::Removed;
    const auto removedInvalid = [&] { return invalid(p, tr("%1 was removed from the team.").arg(who(*user))); };

    // The group, for group operations.
    const Group *group = nullptr;
    if (op.type == OperationType::AddToGroup || op.type == OperationType::RemoveFromGroup
        || op.type == OperationType::SetAccessType) {
        group = resolveGroup(op.group, &p);
        if (!group)
            return p;
        if (group->managementType == GroupManagementType::SystemManaged)
            return invalid(
                p,
                tr("Cannot change %1: %2.")
                    .arg(quoted(group->name), explainTag(QStringLiteral("system_managed_group_disallowed"))));
    }

    switch (memberKind(op.type)) {
    case MemberKind::CreateAccount: break; // above
    case MemberKind::RemoveAccount: {
        if (removed)
            return alreadySo(p, tr("%1 is already removed from the team.").arg(who(*user)));
        const auto because = [&](const char *tag) {
            return invalid(p, tr("Cannot remove %1: %2.").arg(who(*user), explainTag(QString::fromLatin1(tag))));
        };
        if (op.keepAccount && op.wipeData)
            return because("cannot_keep_account_and_delete_data");
        if (op.keepAccount && !op.transferDest.isEmpty())
            return because("cannot_keep_account_and_transfer");
        if (op.retainTeamShares && !op.keepAccount)
            return because("cannot_retain_shares_when_no_account_kept");
        if (op.retainTeamShares && op.wipeData)
            return because("cannot_retain_shares_when_data_wiped");
        if (op.keepAccount && user->status == AccountStatus::Invited)
            return because("cannot_keep_invited_user_account");
        // Who gets the files, and who hears of transfer errors: a current member, not the one removed.
        const auto otherMember = [&](const UserSelector &selector, const char *notInTeam, const char *same,
                                     QString *teamMemberId) -> const char * {
            const Account *a = findUser(selector);
            if (!a || a->status == AccountStatus::Removed)
                return notInTeam;
            if (a->teamMemberId == user->teamMemberId)
                return same;
            *teamMemberId = a->teamMemberId;
            return nullptr;
        };
        if (!op.transferDest.isEmpty()) {
            if (const char *tag = otherMember(op.transferDest, "transfer_dest_user_not_in_team",
                                              "removed_and_transfer_dest_should_differ", &p.transferDestId))
                return because(tag);
            if (op.transferAdmin.isEmpty())
                return because("unspecified_transfer_admin_id");
        }
        if (!op.transferAdmin.isEmpty()) {
            if (const char *tag = otherMember(op.transferAdmin, "transfer_admin_user_not_in_team",
                                              "removed_and_transfer_admin_should_differ", &p.transferAdminId))
                return because(tag);
        }
        break;
    }
    case MemberKind::Suspend:
        if (removed)
            return removedInvalid();
        if (user->status == AccountStatus::Suspended)
            return alreadySo(p, tr("%1 is already suspended.").arg(who(*user)));
        if (user->status == AccountStatus::Invited)
            return invalid(p,
                           tr("Cannot suspend %1: they are invited and have not joined yet; remove them instead.")
                               .arg(who(*user)));
        break;
    case MemberKind::Unsuspend:
        if (removed)
            return removedInvalid();
        if (user->status != AccountStatus::Suspended)
            return alreadySo(p, tr("%1 is not suspended (%2).").arg(who(*user), statusWords(*user)));
        break;
    case MemberKind::SetRole: {
        if (removed)
            return removedInvalid();
        if (op.role.trimmed().isEmpty())
            return invalid(p, tr("No role is named (use clear-role to make a member only)."));
        const Role *r = resolveRole(op.role, &p);
        if (!r)
            return p;
        if (user->roleId == r->id)
            return alreadySo(p, tr("%1 already holds the role %2.").arg(who(*user), quoted(r->name)));
        break;
    }
    case MemberKind::ClearRole:
        if (removed)
            return removedInvalid();
        if (user->roleId.isEmpty())
            return alreadySo(p, tr("%1 holds no admin role.").arg(who(*user)));
        break;
    case MemberKind::RemoveFromGroup:
        if (!membership(group->id, user->teamMemberId))
            return alreadySo(p, tr("%1 is not in %2.").arg(who(*user), quoted(group->name)));
        break;
    case MemberKind::AddToGroup:
    case MemberKind::SetAccessType: {
        if (removed)
            return removedInvalid();
        const bool adding = op.type == OperationType::AddToGroup;
        AccessType current = AccessType::Member;
        const bool inGroup = membership(group->id, user->teamMemberId, &current);
        if (!inGroup && !adding)
            return invalid(p, tr("%1 is not in %2; use add-to-group.").arg(who(*user), quoted(group->name)));
        if (inGroup && current == op.accessType)
            return alreadySo(p,
                             tr("%1 is already %2 of %3.")
                                 .arg(who(*user), current == AccessType::Owner ? tr("an owner") : tr("a member"),
                                      quoted(group->name)));
        if (inGroup && adding)
            return invalid(p,
                           tr("%1 is already in %2 as %3; use set-access-type to change that.")
                               .arg(who(*user), quoted(group->name), toWire(current)));
        if (op.accessType != AccessType::Owner)
            break;
        // Dropbox's two refusals of an owner, in its words.
        const QString cannot = adding ? tr("Cannot add %1: %2.") : tr("Cannot make %1 an owner: %2.");
        if (user->status == AccountStatus::Suspended)
            return invalid(p, cannot.arg(who(*user), explainTag(QStringLiteral("user_must_be_active_to_be_owner"))));
        if (group->managementType == GroupManagementType::CompanyManaged)
            return invalid(
                p,
                (adding ? tr("Cannot add %1 as owner: %2.") : cannot)
                    .arg(who(*user), explainTag(QStringLiteral("user_cannot_be_manager_of_company_managed_group"))));
        break;
    }
    }
    p.verdict = Precheck::Verdict::WillChange;
    return p;
}

void TeamState::setMembership(const QString &groupId, const QString &teamMemberId, bool present, AccessType access)
{
    if (present)
        m_members[groupId].insert(teamMemberId, access);
    else if (m_members.contains(groupId))
        m_members[groupId].remove(teamMemberId);
    if (Account *a = account(teamMemberId)) {
        if (present && !a->groupIds.contains(groupId))
            a->groupIds << groupId;
        else if (!present)
            a->groupIds.removeAll(groupId);
    }
}

TeamState::Patch TeamState::apply(const OperationResult &r)
{
    Patch patch;
    patch.runId = runId();
    if (r.outcome != Outcome::Success)
        return patch;
    const Operation &op = r.operation;
    if (isLifecycle(op.type))
        return applyLifecycle(r);
    if (op.type == OperationType::CreateAccount) {
        Account a = r.account;
        if (a.teamMemberId.isEmpty())
            return patch;
        if (Account *old = account(a.teamMemberId)) {
            *old = a;
        } else {
            m_snapshot.accounts.push_back(a);
        }
        indexAccount(m_accounts.contains(a.teamMemberId) ? m_accounts.value(a.teamMemberId)
                                                         : int(m_snapshot.accounts.size() - 1));
        // profile.groups already lists the groups a new member is in (e.g. "Everyone at ...").
        for (const QString &g : a.groupIds) {
            if (!membership(g, a.teamMemberId) && m_groups.contains(g)) {
                setMembership(g, a.teamMemberId, true, AccessType::Member);
                patch.memberships << Membership{g, a.teamMemberId, AccessType::Member};
            }
        }
        patch.accounts << a;
        return patch;
    }
    Account *a = account(r.teamMemberId);
    if (!a)
        return patch;
    switch (memberKind(op.type)) {
    case MemberKind::CreateAccount: break; // above
    case MemberKind::RemoveAccount: {
        a->status = AccountStatus::Removed;
        a->removedIsRecoverable = !op.keepAccount && op.transferDest.isEmpty();
        a->removedIsDisconnected = op.keepAccount;
        a->roleId.clear();
        a->suspendedOn = QDateTime();
        for (const QString &g : groupsOf(a->teamMemberId)) {
            setMembership(g, a->teamMemberId, false, AccessType::Member);
            patch.removedMemberships << Membership{g, a->teamMemberId, AccessType::Member};
        }
        a->groupIds.clear();
        break;
    }
    case MemberKind::Suspend:
        a->status = AccountStatus::Suspended;
        a->suspendedOn = QDateTime::currentDateTimeUtc();
        break;
    case MemberKind::Unsuspend:
        a->status = AccountStatus::Active;
        a->suspendedOn = QDateTime();
        break;
    case MemberKind::SetRole:
    case MemberKind::ClearRole: a->roleId = r.roleId; break;
    case MemberKind::AddToGroup:
    case MemberKind::SetAccessType:
        setMembership(r.groupId, a->teamMemberId, true, op.accessType);
        patch.memberships << Membership{r.groupId, a->teamMemberId, op.accessType};
        break;
    case MemberKind::RemoveFromGroup:
        setMembership(r.groupId, a->teamMemberId, false, AccessType::Member);
        patch.removedMemberships << Membership{r.groupId, a->teamMemberId, AccessType::Member};
        break;
    }
    patch.accounts << *a;
    return patch;
}

namespace {
// The few rows an operation's words name, looked up through the state's indexes: describing the
// operation against this excerpt says what describing it against the whole snapshot would.
Snapshot excerptFor(const TeamState &state, const Operation &op)
{
    Snapshot s;
    for (const UserSelector *u : {&op.user, &op.transferDest, &op.transferAdmin}) {
        if (const Account *a = u->isEmpty() ? nullptr : state.findUser(*u))
            s.accounts.push_back(*a);
    }
    if (const Group *g = op.group.isEmpty() ? nullptr : state.findGroup(op.group))
        s.groups.push_back(*g);
    if (const Role *r = op.role.isEmpty() ? nullptr : state.findRole(op.role))
        s.roles.push_back(*r);
    return s;
}
} // namespace

QString TeamState::describe(const Operation &op) const
{
    const Snapshot s = excerptFor(*this, op);
    return op.describe(&s);
}

QString TeamState::confirmationText(const Operation &op) const
{
    const Snapshot s = excerptFor(*this, op);
    return op.confirmationText(&s);
}

TeamState::Patch TeamState::correctMembership(const QString &groupId, const QString &teamMemberId, bool present,
                                              AccessType access)
{
    Patch patch;
    patch.runId = runId();
    setMembership(groupId, teamMemberId, present, access);
    if (present)
        patch.memberships << Membership{groupId, teamMemberId, access};
    else
        patch.removedMemberships << Membership{groupId, teamMemberId, AccessType::Member};
    return patch;
}

TeamState::Patch TeamState::correctAccount(const Account &account)
{
    Patch patch;
    patch.runId = runId();
    Account *a = this->account(account.teamMemberId);
    if (!a)
        return patch;
    *a = account;
    indexAccount(m_accounts.value(account.teamMemberId));
    patch.accounts << account;
    return patch;
}

void TeamState::applyPredicted(const Operation &op, const Precheck &check)
{
    if (check.verdict != Precheck::Verdict::WillChange)
        return;
    OperationResult r;
    r.operation = op;
    r.outcome = Outcome::Success;
    r.teamMemberId = check.teamMemberId;
    r.groupId = check.groupId;
    r.roleId = op.type == OperationType::ClearRole ? QString() : check.roleId;
    if (op.type == OperationType::CreateAccount) {
        r.account.teamMemberId = QStringLiteral("planned:%1").arg(++m_predicted);
        r.account.email = op.user.value;
        r.account.givenName = op.givenName;
        r.account.surname = op.surname;
        r.account.externalId = op.externalId;
        r.account.status = AccountStatus::Invited;
        r.account.roleId = check.roleId;
    }
    if (op.type == OperationType::CreateGroup) {
        // A later row of the plan may name the new group (add-to-group "Sales").
        r.groupId = QStringLiteral("planned-group:%1").arg(++m_predicted);
        r.group.id = r.groupId;
    }
    apply(r);
}

} // namespace dbx
