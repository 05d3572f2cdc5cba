#include "provision/Operation.h"

#include "model/EnumNames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dbx {

namespace {
const char *const kCtx = "dbx::provision";
QString tr(const char *s) { return QCoreApplication::translate(kCtx, s); }

// The audit log's and the CLI's name of each outcome, and its word for people (model/EnumNames.h).
const EnumName<Outcome> kOutcomes[] = {
    {Outcome::Success, "success", QT_TRANSLATE_NOOP("dbx::provision", "Done")},
     {Outcome::NoChange, "no_change", QT_TRANSLATE_NOOP("dbx::provision", "No change")},
      {Outcome::Failed, "failed", QT_TRANSLATE_NOOP("dbx::provision", "Failed")},
       {Outcome::Invalid, "invalid", QT_TRANSLATE_NOOP("dbx::provision", "Invalid")},
        {Outcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("dbx::provision", "Cancelled")},
         {Outcome::Unknown, "unknown", QT_TRANSLATE_NOOP("dbx::provision", "Unknown: sync to confirm")},
};

const Account *findAccount(const Snapshot *s, const UserSelector &u)
{
    if (!s || u.isEmpty())
        return nullptr;
    const Account *fallback = nullptr;
    for (const Account &a : s->accounts) {
        bool match = false;
        switch (u.kind) {
        case UserSelector::Kind::TeamMemberId: match = a.teamMemberId == u.value; break;
        case UserSelector::Kind::Email: match = a.email.compare(u.value, Qt::CaseInsensitive) == 0; break;
        case UserSelector::Kind::ExternalId: match = !a.externalId.isEmpty() && a.externalId == u.value; break;
        case UserSelector::Kind::None: break;
        }
        if (!match)
            continue;
        if (a.status != AccountStatus::Removed)
            return &a;
        fallback = &a; // a removed member only when no current one matches
    }
    return fallback;
}

QString userName(const Snapshot *s, const UserSelector &u)
{
    const Account *a = findAccount(s, u);
    if (!a)
        return u.value;
    if (!a->displayName.isEmpty() && a->displayName != a->email)
        return QStringLiteral("%1 <%2>").arg(a->displayName, a->email);
    return a->email.isEmpty() ? u.value : a->email;
}

// The quoted name of the group or role whose id is ref; ref itself when that has no name, ref
// quoted when the snapshot does not hold it.
template <typename T>
QString nameOf(const QVector<T> *rows, const QString &ref)
{
    if (rows) {
        for (const T &row : *rows) {
            if (row.id == ref)
                return row.name.isEmpty() ? ref : QStringLiteral("\"%1\"").arg(row.name);
        }
    }
    return QStringLiteral("\"%1\"").arg(ref);
}

QString groupName(const Snapshot *s, const QString &ref) { return nameOf(s ? &s->groups : nullptr, ref); }
QString roleName(const Snapshot *s, const QString &ref) { return nameOf(s ? &s->roles : nullptr, ref); }

QString accessWords(AccessType a) { return a == AccessType::Owner ? tr("an owner") : tr("a member"); }
} // namespace

// OperationLifecycle.cpp: the group lifecycle and member upkeep in words and as details.
QString describeLifecycle(const Operation &op, const Snapshot *s);
QString confirmLifecycle(const Operation &op, const Snapshot *s);
void lifecycleDetails(const Operation &op, QJsonObject *o);
bool lifecycleFromAudit(const QJsonObject &d, Operation *op);

UserSelector UserSelector::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const auto prefixed = [&](const char *prefix, Kind kind, UserSelector *out) {
        const QLatin1String p(prefix);
        if (!text.startsWith(p, Qt::CaseInsensitive))
            return false;
        *out = {kind, text.mid(p.size()).trimmed()};
        return true;
    };
    UserSelector s;
    if (prefixed("email:", Kind::Email, &s) || prefixed("external_id:", Kind::ExternalId, &s)
        || prefixed("id:", Kind::TeamMemberId, &s))
        return s;
    if (text.startsWith(QLatin1String("dbmid:")))
        return byId(text);
    if (text.contains(QLatin1Char('@')))
        return byEmail(text);
    return byId(text);
}

QJsonObject UserSelector::toJson() const
{
    QString tag;
    switch (kind) {
    case Kind::TeamMemberId: tag = QStringLiteral("team_member_id"); break;
    case Kind::Email: tag = QStringLiteral("email"); break;
    case Kind::ExternalId: tag = QStringLiteral("external_id"); break;
    case Kind::None: return QJsonObject();
    }
    return QJsonObject{{QStringLiteral(".tag"), tag}, {tag, value}};
}

Operation Operation::forUser(OperationType type, const UserSelector &user)
{
    Operation op;
    op.type = type;
    op.user = user;
    return op;
}

Operation Operation::forGroup(OperationType type, const QString &group)
{
    Operation op;
    op.type = type;
    op.group = group;
    return op;
}

Operation Operation::forMembership(OperationType type, const UserSelector &user, const QString &group,
                                   AccessType access)
{
    Operation op = forUser(type, user);
    op.group = group;
    op.accessType = access;
    return op;
}

Operation Operation::createAccount(const QString &email, const QString &givenName, const QString &surname,
                                   const QString &externalId, bool sendWelcomeEmail, const QString &role)
{
    Operation op;
    op.type = OperationType::CreateAccount;
    op.user = UserSelector::byEmail(email.trimmed());
    op.givenName = givenName;
    op.surname = surname;
    op.externalId = externalId;
    op.sendWelcomeEmail = sendWelcomeEmail;
    op.role = role;
    return op;
}

Operation Operation::removeAccount(const UserSelector &user, bool wipeData, bool keepAccount,
                                   const UserSelector &transferDest, const UserSelector &transferAdmin,
                                   bool retainTeamShares)
{
    Operation op = forUser(OperationType::RemoveAccount, user);
    op.wipeData = wipeData;
    op.keepAccount = keepAccount;
    op.transferDest = transferDest;
    op.transferAdmin = transferAdmin;
    op.retainTeamShares = retainTeamShares;
    return op;
}

Operation Operation::suspend(const UserSelector &user, bool wipeData)
{
    Operation op = forUser(OperationType::Suspend, user);
    op.wipeData = wipeData;
    return op;
}

Operation Operation::unsuspend(const UserSelector &user) { return forUser(OperationType::Unsuspend, user); }

Operation Operation::setRole(const UserSelector &user, const QString &role)
{
    Operation op = forUser(OperationType::SetRole, user);
    op.role = role;
    return op;
}

Operation Operation::clearRole(const UserSelector &user) { return forUser(OperationType::ClearRole, user); }

Operation Operation::addToGroup(const UserSelector &user, const QString &group, AccessType access)
{
    return forMembership(OperationType::AddToGroup, user, group, access);
}

Operation Operation::removeFromGroup(const UserSelector &user, const QString &group)
{
    return forMembership(OperationType::RemoveFromGroup, user, group);
}

Operation Operation::setAccessType(const UserSelector &user, const QString &group, AccessType access)
{
    return forMembership(OperationType::SetAccessType, user, group, access);
}

QString Operation::describe(const Snapshot *s) const
{
    if (isLifecycle(type))
        return describeLifecycle(*this, s);
    const QString who = userName(s, user);
    switch (memberKind(type)) {
    case MemberKind::CreateAccount: {
        QString name = QString(givenName + QLatin1Char(' ') + surname).trimmed();
        QString text = name.isEmpty() ? tr("Create an account for %1").arg(user.value)
                                      : tr("Create an account for %1 <%2>").arg(name, user.value);
        if (!role.isEmpty())
            text += tr(" with the role %1").arg(roleName(s, role));
        text += sendWelcomeEmail ? tr(", sending a welcome email.") : tr(", without a welcome email.");
        return text;
    }
    case MemberKind::RemoveAccount: {
        QString text = tr("Remove %1 from the team").arg(who);
        if (keepAccount)
            text += tr(", keeping their account as a Basic account");
        if (!transferDest.isEmpty())
            text += tr(", transferring their files to %1").arg(userName(s, transferDest));
        text
            += wipeData ? tr(", wiping their data from linked devices.") : tr(", without wiping their linked devices.");
        return text;
    }
    case MemberKind::Suspend:
        return wipeData ? tr("Suspend %1 and wipe their data from linked devices.").arg(who)
                        : tr("Suspend %1.").arg(who);
    case MemberKind::Unsuspend: return tr("Unsuspend %1.").arg(who);
    case MemberKind::SetRole: return tr("Give %1 the admin role %2.").arg(who, roleName(s, role));
    case MemberKind::ClearRole: return tr("Take the admin role from %1 (member only).").arg(who);
    case MemberKind::AddToGroup:
        return tr("Add %1 to the group %2 as %3.").arg(who, groupName(s, group), accessWords(accessType));
    case MemberKind::RemoveFromGroup: return tr("Remove %1 from the group %2.").arg(who, groupName(s, group));
    case MemberKind::SetAccessType:
        return tr("Make %1 %2 of the group %3.").arg(who, accessWords(accessType), groupName(s, group));
    }
    return QString();
}

QString Operation::confirmationText(const Snapshot *s) const
{
    if (isLifecycle(type))
        return confirmLifecycle(*this, s);
    const QString who = userName(s, user);
    const Account *a = findAccount(s, user);
    switch (memberKind(type)) {
    case MemberKind::CreateAccount:
        return sendWelcomeEmail
            ? tr("%1 will be invited to the team by email and will use one licence once they join.").arg(user.value)
            : tr("%1 will be added to the team as invited, without a welcome email (for example when "
                 "single sign-on announces accounts itself); they will use one licence.")
                  .arg(user.value);
    case MemberKind::RemoveAccount: {
        QStringList parts;
        parts
            << tr("%1 will leave the team and lose access to its shared folders, groups and any admin role.").arg(who);
        if (keepAccount) {
            parts << tr("Their account becomes a personal Basic account: they keep the email address and "
                        "the files that are not restricted to the team.");
            parts << (retainTeamShares ? tr("Folders explicitly shared with them (not through a group) stay shared, "
                                            "where the folder allows sharing outside the team.")
                                       : tr("Folders shared with them by the team are no longer shared with them."));
        } else if (!transferDest.isEmpty()) {
            parts << tr("Their files will be transferred to %1; errors of the transfer are emailed to %2.")
                         .arg(userName(s, transferDest),
                              transferAdmin.isEmpty() ? tr("(no admin given)") : userName(s, transferAdmin));
        } else {
            parts << tr("Their files stay with the team: an admin can transfer them to another member from "
                        "the admin console later, and the member can be restored for 7 days.");
        }
        parts << (wipeData ? tr("Their Dropbox files will be deleted from their linked computers and phones the next "
                                "time those come online.")
                           : tr("Copies already on their linked computers and phones are not wiped."));
        return parts.join(QLatin1Char(' '));
    }
    case MemberKind::Suspend:
        return tr("%1 will no longer be able to sign in. Their files, groups and role are kept and they "
                  "still use a licence; unsuspend gives access back.%2")
            .arg(who,
                 wipeData ? tr(" Their Dropbox files will also be deleted from their linked devices.") : QString());
    case MemberKind::Unsuspend:
        return tr("%1 will be able to sign in again, with the groups and role they had.").arg(who);
    case MemberKind::SetRole: {
        const QString current = a ? a->roleId : QString();
        if (current.isEmpty())
            return tr("%1 holds no admin role now and will become %2.").arg(who, roleName(s, role));
        if (current == role)
            return tr("%1 already holds the role %2.").arg(who, roleName(s, role));
        return tr("A member holds one admin role at most: %1's role %2 will be replaced by %3.")
            .arg(who, roleName(s, current), roleName(s, role));
    }
    case MemberKind::ClearRole: {
        const QString current = a ? a->roleId : QString();
        if (current.isEmpty())
            return tr("%1 holds no admin role; nothing will change.").arg(who);
        return tr("%1 will lose the admin role %2 and become a member only.").arg(who, roleName(s, current));
    }
    case MemberKind::AddToGroup:
        return accessType == AccessType::Owner
            ? tr("%1 will join %2 as an owner: they get the group's shared folders and can manage its members.")
                  .arg(who, groupName(s, group))
            : tr("%1 will join %2 and get access to the folders shared with the group.").arg(who, groupName(s, group));
    case MemberKind::RemoveFromGroup:
        return tr("%1 will leave %2 and lose access to the folders shared with the group (folders shared "
                  "with them directly stay).")
            .arg(who, groupName(s, group));
    case MemberKind::SetAccessType:
        return accessType == AccessType::Owner
            ? tr("%1 stays in %2 and becomes an owner who can manage its members.").arg(who, groupName(s, group))
            : tr("%1 stays in %2 as a member and can no longer manage its members.").arg(who, groupName(s, group));
    }
    return QString();
}

QJsonObject Operation::details() const
{
    QJsonObject o;
    if (isLifecycle(type)) {
        lifecycleDetails(*this, &o);
        return o;
    }
    switch (memberKind(type)) {
    case MemberKind::CreateAccount:
        if (!givenName.isEmpty())
            o.insert(QStringLiteral("given_name"), givenName);
        if (!surname.isEmpty())
            o.insert(QStringLiteral("surname"), surname);
        if (!externalId.isEmpty())
            o.insert(QStringLiteral("external_id"), externalId);
        o.insert(QStringLiteral("send_welcome_email"), sendWelcomeEmail);
        if (!role.isEmpty())
            o.insert(QStringLiteral("role"), role);
        break;
    case MemberKind::RemoveAccount:
        o.insert(QStringLiteral("wipe_data"), wipeData);
        o.insert(QStringLiteral("keep_account"), keepAccount);
        o.insert(QStringLiteral("retain_team_shares"), retainTeamShares);
        if (!transferDest.isEmpty())
            o.insert(QStringLiteral("transfer_dest"), transferDest.value);
        if (!transferAdmin.isEmpty())
            o.insert(QStringLiteral("transfer_admin"), transferAdmin.value);
        break;
    case MemberKind::Suspend: o.insert(QStringLiteral("wipe_data"), wipeData); break;
    case MemberKind::SetRole: o.insert(QStringLiteral("role"), role); break;
    case MemberKind::AddToGroup:
    case MemberKind::SetAccessType:
        o.insert(QStringLiteral("group"), group);
        o.insert(QStringLiteral("access_type"), toWire(accessType));
        break;
    case MemberKind::RemoveFromGroup: o.insert(QStringLiteral("group"), group); break;
    case MemberKind::Unsuspend:
    case MemberKind::ClearRole: break;
    }
    return o;
}

bool Operation::fromAudit(const QString &action, const QJsonObject &d, Operation *out)
{
    OperationType type;
    if (!operationTypeFromPlanAction(action, &type))
        return false;
    const auto str = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    const auto flag = [&d](const char *key, bool fallback) { return d.value(QLatin1String(key)).toBool(fallback); };
    Operation op;
    op.type = type;
    op.user = UserSelector::parse(str("user"));
    op.givenName = str("given_name");
    op.surname = str("surname");
    op.externalId = str("external_id");
    op.sendWelcomeEmail = flag("send_welcome_email", true);
    op.role = str("role");
    op.group = str("group");
    if (!str("access_type").isEmpty() && !accessTypeFromWire(str("access_type"), &op.accessType))
        return false;
    op.wipeData = flag("wipe_data", type != OperationType::Suspend);
    op.keepAccount = flag("keep_account", false);
    op.retainTeamShares = flag("retain_team_shares", false);
    op.transferDest = UserSelector::parse(str("transfer_dest"));
    op.transferAdmin = UserSelector::parse(str("transfer_admin"));
    if (!lifecycleFromAudit(d, &op))
        return false;
    if (op.user.isEmpty() && !isGroupLifecycle(type))
        return false;
    *out = op;
    return true;
}

QString toWire(Outcome o) { return QLatin1String(rowOf(kOutcomes, o).wire); }
bool outcomeFromWire(const QString &wire, Outcome *out) { return fromWire(kOutcomes, wire, out); }
QString displayName(Outcome o) { return tr(rowOf(kOutcomes, o).display); }

} // namespace dbx
