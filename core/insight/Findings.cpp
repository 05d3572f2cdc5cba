// The hygiene rules: each reads the snapshot and lists the accounts or groups it concerns.
#include "insight/Insight.h"
#include "store/Export.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::Insight", s); }
// A sentence in its one and its many form (the English texts carry no plural marks); each text is
// wrapped in QT_TRANSLATE_NOOP at the call so lupdate files both under this context.
QString trn(const char *one, const char *many, int n)
{
    return QCoreApplication::translate("dbx::Insight", n == 1 ? one : many).arg(n);
}

FindingItem accountItem(const Account &a, const QString &detail)
{
    return {QStringLiteral("account"), a.teamMemberId, a.email.isEmpty() ? a.displayName : a.email, detail};
}

FindingItem groupItem(const Group &g, const QString &detail) { return {QStringLiteral("group"), g.id, g.name, detail}; }

Finding make(const char *id, const QString &title, const QString &why, const QString &planAction = QString())
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.title = title;
    f.why = why;
    f.planAction = planAction;
    return f;
}

struct GroupCounts {
    int members = 0;
    int owners = 0;
};

} // namespace

bool isTeamAdminRole(const Role &role)
{
    return role.name.compare(QLatin1String("Team admin"), Qt::CaseInsensitive) == 0;
}

QStringList findingIds()
{
    return {QStringLiteral("group_without_owner"),   QStringLiteral("suspended_admin"),
            QStringLiteral("suspended_group_owner"), QStringLiteral("stale_invite"),
            QStringLiteral("inactive_member"),       QStringLiteral("admin_count"),
            QStringLiteral("recoverable_removed"),   QStringLiteral("empty_group")};
}

QVector<Finding> computeFindings(const Snapshot &snapshot, const InsightSettings &settings, const QDateTime &now)
{
    QHash<QString, GroupCounts> groupCounts;
    QHash<QString, int> ownedGroups; // team_member_id -> groups it owns
    for (const Membership &m : snapshot.memberships) {
        GroupCounts &c = groupCounts[m.groupId];
        if (m.accessType == AccessType::Owner) {
            ++c.owners;
            ++ownedGroups[m.teamMemberId];
        } else {
            ++c.members;
        }
    }
    QHash<QString, const Role *> roles;
    for (const Role &r : snapshot.roles)
        roles.insert(r.id, &r);

    Finding noOwner = make("group_without_owner", tr("Groups with members and no owner"),
                           tr("Nobody on the team side answers for who may join or leave these groups."));
    Finding empty = make("empty_group", tr("Empty groups"),
                         tr("Groups nobody is in clutter sharing dialogs and may be granted access by mistake."));
    for (const Group &g : snapshot.groups) {
        const GroupCounts c = groupCounts.value(g.id);
        if (c.members + c.owners == 0) {
            empty.items.push_back(groupItem(g, tr("no members")));
        } else if (c.owners == 0 && g.managementType == GroupManagementType::UserManaged) {
            noOwner.items.push_back(
                groupItem(g,
                          trn(QT_TRANSLATE_NOOP("dbx::Insight", "%1 member, no owner"),
                                                QT_TRANSLATE_NOOP("dbx::Insight", "%1 members, no owner"), c.members)));
        }
    }

    Finding suspendedAdmin
        = make("suspended_admin", tr("Suspended members who hold an admin role"),
               tr("An admin role on a suspended account is a dormant key: unsuspending it restores admin power."),
               QStringLiteral("clear-role"));
    Finding suspendedOwner = make("suspended_group_owner", tr("Suspended members who own groups"),
                                  tr("Their groups have an owner who cannot act; membership requests go unanswered."));
    Finding stale = make("stale_invite", tr("Invitations older than %1 days").arg(settings.staleInviteDays),
                         tr("An invitation nobody accepted still holds a license and can be accepted by whoever "
                            "reads that mailbox later."),
                         QStringLiteral("remove-account"));
    Finding inactive
        = make("inactive_member", tr("Members with no sign-in for %1 days").arg(settings.inactiveDays),
               tr("Accounts nobody uses keep their access and a license; they are the easiest to take over."),
               QStringLiteral("suspend"));
    const bool signInRead = snapshot.activityReadAt.isValid();
    if (!signInRead) {
        inactive.notRead = true;
        inactive.note = tr("Sign-in activity is not read for this connection, so nobody is listed. Turn on "
                           "\"Read sign-in activity\" (CLI: --sync-user-last-login) and sync again.");
    } else if (snapshot.activityDays < settings.inactiveDays) {
        // A member with no sign-in in a shorter read may have signed in just before it.
        inactive.note = tr("Sign-in was read for the last %1 days only: members with no sign-in in those days are "
                           "not listed, as they may have signed in earlier. Read %2 days or more to list them.")
                            .arg(snapshot.activityDays)
                            .arg(settings.inactiveDays);
    }
    Finding admins = make("admin_count", tr("Team admins"),
                          tr("Too many team admins widen the blast radius of one stolen account; exactly one "
                             "leaves the team without a backup."));
    Finding recoverable = make("recoverable_removed", tr("Removed members still recoverable"),
                               tr("Their files can be restored to them: information only, know who could come back."));

    const qint64 staleSeconds = qint64(settings.staleInviteDays) * 86400;
    QVector<const Account *> teamAdmins;
    for (const Account &a : snapshot.accounts) {
        const Role *role = a.roleId.isEmpty() ? nullptr : roles.value(a.roleId);
        switch (a.status) {
        case AccountStatus::Suspended:
            if (!a.roleId.isEmpty())
                suspendedAdmin.items.push_back(accountItem(a, role ? role->name : a.roleId));
            if (const int owned = ownedGroups.value(a.teamMemberId); owned > 0)
                suspendedOwner.items.push_back(
                    accountItem(a,
                                trn(QT_TRANSLATE_NOOP("dbx::Insight", "owns %1 group"),
                                                      QT_TRANSLATE_NOOP("dbx::Insight", "owns %1 groups"), owned)));
            break;
        case AccountStatus::Invited:
            // An invitation without a date cannot be judged stale.
            if (a.invitedOn.isValid() && a.invitedOn.secsTo(now) > staleSeconds) {
                const int days = static_cast<int>(a.invitedOn.secsTo(now) / 86400);
                stale.items.push_back(
                    accountItem(a,
                                trn(QT_TRANSLATE_NOOP("dbx::Insight", "invited %1 day ago"),
                                                      QT_TRANSLATE_NOOP("dbx::Insight", "invited %1 days ago"), days)));
            }
            break;
        case AccountStatus::Removed:
            if (a.removedIsRecoverable)
                recoverable.items.push_back(accountItem(a, tr("recoverable")));
            break;
        case AccountStatus::Active:
            if (role && isTeamAdminRole(*role))
                teamAdmins.push_back(&a);
            if (inactiveFor(a, snapshot, settings.inactiveDays, now)) {
                inactive.items.push_back(accountItem(
                    a,
                    a.lastActive.isValid()
                    ? trn(QT_TRANSLATE_NOOP("dbx::Insight", "last sign-in %1 day ago"),
                                            QT_TRANSLATE_NOOP("dbx::Insight", "last sign-in %1 days ago"),
                                                              static_cast<int>(a.lastActive.secsTo(now) / 86400))
                          : trn(QT_TRANSLATE_NOOP("dbx::Insight", "no sign-in in the %1 day read"),
                                                  QT_TRANSLATE_NOOP("dbx::Insight", "no sign-in in the %1 days read"),
                                                                    snapshot.activityDays)));
            }
            break;
        case AccountStatus::Unknown: break;
        }
    }
    if (teamAdmins.size() > settings.maxAdmins || teamAdmins.size() == 1) {
        const QString detail = teamAdmins.size() == 1
            ? tr("the only team admin: no backup")
            : tr("one of %1 team admins (more than %2)").arg(teamAdmins.size()).arg(settings.maxAdmins);
        for (const Account *a : teamAdmins)
            admins.items.push_back(accountItem(*a, detail));
    }

    return {noOwner, suspendedAdmin, suspendedOwner, stale, inactive, admins, recoverable, empty};
}

QByteArray findingPlanCsv(const Finding &finding)
{
    if (finding.planAction.isEmpty() || finding.items.isEmpty())
        return {};
    QByteArray csv = "action,email_or_id,group_or_role,options\n";
    for (const FindingItem &item : finding.items) {
        if (item.kind != QLatin1String("account"))
            continue;
        // The team member id, not the email: an id names exactly one member, also when an
        // invitation and a removed account share an address.
        QStringList cells{finding.planAction, item.id, QString(), QString()};
        QByteArray row = csvRow(cells, CsvFormulas::Keep);
        row.chop(2); // CRLF -> LF, as the plan files people write
        csv += row + '\n';
    }
    return csv;
}

} // namespace dbx
