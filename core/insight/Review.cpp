// Access reviews over a snapshot (Review.h): the rows of a scope and the plan of the revokes.
#include "insight/Review.h"

#include "store/Export.h"

#include <QCoreApplication>
#include <QHash>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::Review", s); }

ReviewItem accountRow(const Account &a, const QString &kind, const QString &objectId, const QString &objectName,
                      const QString &action)
{
    ReviewItem i;
    i.teamMemberId = a.teamMemberId;
    i.email = a.email;
    i.name = a.displayName;
    i.objectKind = kind;
    i.objectId = objectId;
    i.objectName = objectName;
    i.revokeAction = action;
    return i;
}

const Group *findGroup(const Snapshot &s, const QString &idOrName)
{
    for (const Group &g : s.groups) {
        if (g.id == idOrName)
            return &g;
    }
    const Group *byName = nullptr;
    for (const Group &g : s.groups) {
        if (g.name == idOrName) {
            if (byName)
                return nullptr; // two groups share the name: only the id says which
            byName = &g;
        }
    }
    return byName;
}

const Role *findRole(const Snapshot &s, const QString &idOrName)
{
    for (const Role &r : s.roles) {
        if (r.id == idOrName || r.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}
} // namespace

Expected<ReviewScope> ReviewScope::parse(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    ReviewScope s;
    s.kind = (colon < 0 ? text : text.left(colon)).trimmed().toLower();
    s.value = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    const bool needsValue = s.kind == QLatin1String("group") || s.kind == QLatin1String("role")
        || s.kind == QLatin1String("inactive") || s.kind == QLatin1String("finding");
    if (s.kind == QLatin1String("admins") && s.value.isEmpty())
        return s;
    if (needsValue && !s.value.isEmpty()) {
        bool ok = true;
        if (s.kind == QLatin1String("inactive") && (s.value.toInt(&ok) < 1 || !ok))
            return unexpected(Error::make(Error::Kind::Invalid, tr("inactive:N takes a positive number of days.")));
        return s;
    }
    return unexpected(Error::make(Error::Kind::Invalid,
                                  tr("The scope '%1' is not one of group:GROUP, role:ROLE, admins, inactive:DAYS or "
                                     "finding:FINDING_ID.")
                                      .arg(text)));
}

QString ReviewScope::toString() const { return value.isEmpty() ? kind : kind + QLatin1Char(':') + value; }

Expected<Review> startReview(const Snapshot &snapshot, const ReviewScope &scope, const InsightSettings &settings,
                             const QString &reviewer, const QDateTime &now)
{
    Review r;
    r.scopeKind = scope.kind;
    r.scopeValue = scope.value;
    r.runId = snapshot.runId;
    r.reviewer = reviewer;
    r.connection = snapshot.team.name;
    r.createdAt = now.toUTC();
    QHash<QString, const Role *> roles;
    for (const Role &role : snapshot.roles)
        roles.insert(role.id, &role);

    if (scope.kind == QLatin1String("group")) {
        const Group *g = findGroup(snapshot, scope.value);
        if (!g) {
            return unexpected(Error::make(Error::Kind::NotFound,
                                          tr("No group '%1' in the snapshot (or several share that name: give its "
                                             "id).")
                                              .arg(scope.value)));
        }
        r.scopeValue = g->id;
        r.scopeLabel = tr("Members and owners of the group %1").arg(g->name);
        QHash<QString, const Account *> accounts;
        for (const Account &a : snapshot.accounts)
            accounts.insert(a.teamMemberId, &a);
        for (const Membership &m : snapshot.memberships) {
            const Account *a = accounts.value(m.teamMemberId);
            if (m.groupId != g->id || !a)
                continue;
            ReviewItem i = accountRow(*a, QStringLiteral("group"), g->id, g->name, QStringLiteral("remove-from-group"));
            i.objectName = m.accessType == AccessType::Owner ? tr("%1 (owner)").arg(g->name) : g->name;
            r.items.push_back(i);
        }
    } else if (scope.kind == QLatin1String("role") || scope.kind == QLatin1String("admins")) {
        const Role *only = nullptr;
        if (scope.kind == QLatin1String("role")) {
            only = findRole(snapshot, scope.value);
            if (!only)
                return unexpected(
                    Error::make(Error::Kind::NotFound, tr("No admin role '%1' in the snapshot.").arg(scope.value)));
            r.scopeValue = only->id;
            r.scopeLabel = tr("Holders of the admin role %1").arg(only->name);
        } else {
            r.scopeLabel = tr("Every holder of an admin role");
        }
        for (const Account &a : snapshot.accounts) {
            if (a.status == AccountStatus::Removed || a.roleId.isEmpty() || (only && a.roleId != only->id))
                continue;
            const Role *role = roles.value(a.roleId);
            r.items.push_back(accountRow(a, QStringLiteral("role"), a.roleId, role ? role->name : a.roleId,
                                         QStringLiteral("clear-role")));
        }
    } else if (scope.kind == QLatin1String("inactive")) {
        if (!snapshot.activityReadAt.isValid()) {
            return unexpected(Error::make(Error::Kind::Invalid,
                                          tr("Sign-in activity is not read for this team, so inactive members cannot "
                                             "be chosen. Turn on \"Read sign-in activity\" (CLI: "
                                             "--sync-user-last-login) and sync, or review a group, a role, all admins "
                                             "or a finding instead.")));
        }
        const int days = scope.value.toInt();
        if (snapshot.activityDays < days) {
            return unexpected(Error::make(Error::Kind::Invalid,
                                          tr("Sign-in was read for the last %1 days only, so who has not signed in for "
                                             "%2 days cannot be told. Choose %1 days or fewer, or read more days.")
                                              .arg(snapshot.activityDays)
                                              .arg(days)));
        }
        r.scopeLabel = tr("Active members with no sign-in for %1 days").arg(days);
        for (const Account &a : snapshot.accounts) {
            if (!inactiveFor(a, snapshot, days, now))
                continue;
            r.items.push_back(accountRow(a, QStringLiteral("account"), QString(),
                                         a.lastActive.isValid()
                                             ? tr("last sign-in %1").arg(a.lastActive.toUTC().toString(Qt::ISODate))
                                             : tr("no sign-in in the %1 days read").arg(snapshot.activityDays),
                                         QStringLiteral("suspend")));
        }
    } else if (scope.kind == QLatin1String("finding")) {
        const QVector<Finding> findings = computeFindings(snapshot, settings, now);
        const Finding *finding = nullptr;
        for (const Finding &f : findings) {
            if (f.id == scope.value)
                finding = &f;
        }
        if (!finding) {
            return unexpected(Error::make(
                Error::Kind::NotFound,
                tr("No finding '%1': the findings are %2.").arg(scope.value, findingIds().join(QLatin1String(", ")))));
        }
        r.scopeLabel = tr("Rows of the finding: %1").arg(finding->title);
        const QString action = finding->planAction.isEmpty() ? QStringLiteral("suspend") : finding->planAction;
        QHash<QString, const Account *> accounts;
        for (const Account &a : snapshot.accounts)
            accounts.insert(a.teamMemberId, &a);
        for (const FindingItem &item : finding->items) {
            const Account *a = accounts.value(item.id);
            if (item.kind != QLatin1String("account") || !a)
                continue;
            const Role *role = roles.value(a->roleId);
            if (action == QLatin1String("clear-role"))
                r.items.push_back(
                    accountRow(*a, QStringLiteral("role"), a->roleId, role ? role->name : a->roleId, action));
            else
                r.items.push_back(accountRow(*a, QStringLiteral("account"), QString(), item.detail, action));
        }
        if (r.items.isEmpty() && !finding->items.isEmpty()) {
            return unexpected(
                Error::make(Error::Kind::Invalid,
                            tr("The finding %1 lists groups; a review covers people's access.").arg(finding->id)));
        }
    } else {
        return unexpected(Error::make(Error::Kind::Invalid, tr("Unknown review scope '%1'.").arg(scope.kind)));
    }
    if (r.items.isEmpty())
        return unexpected(
            Error::make(Error::Kind::NotFound, tr("Nothing to review: %1 covers no one.").arg(r.scopeLabel)));
    int seq = 0;
    for (ReviewItem &i : r.items)
        i.seq = ++seq;
    r.itemCount = static_cast<int>(r.items.size());
    r.title = tr("%1 (sync run %2)").arg(r.scopeLabel).arg(r.runId);
    return r;
}

QString reviewProgress(const Review &review)
{
    return tr("%1 of %2 decided").arg(review.decided()).arg(review.items.size());
}

QByteArray reviewPlanCsv(const Review &review)
{
    QByteArray csv = "action,email_or_id,group_or_role,options\n";
    for (const ReviewItem &i : review.items) {
        if (i.decision != QLatin1String("revoke"))
            continue;
        // The group (remove-from-group) goes in the third column by id; clear-role, suspend and
        // remove-account name only the member.
        const QString object = i.revokeAction == QLatin1String("remove-from-group") ? i.objectId : QString();
        QByteArray row = csvRow({i.revokeAction, i.teamMemberId, object, QString()}, CsvFormulas::Keep);
        row.chop(2); // CRLF -> LF, as the plan files people write
        csv += row + '\n';
    }
    return csv;
}

} // namespace dbx
