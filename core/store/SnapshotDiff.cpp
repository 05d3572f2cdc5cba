// The difference between two complete runs, computed by SQLite.
#include "model/Entitlements.h"
#include "store/RawQuery.h"
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace dbx {

using namespace sqlstore;

QStringList changedAccountFields(const Account &before, const Account &after)
{
    QStringList f;
    auto check = [&f](bool differs, const char *name) {
        if (differs)
            f.push_back(QLatin1String(name));
    };
    check(before.teamMemberId != after.teamMemberId, "team_member_id");
    check(before.status != after.status, "status");
    check(before.email != after.email, "email");
    check(before.emailVerified != after.emailVerified, "email_verified");
    check(before.displayName != after.displayName, "display_name");
    check(before.givenName != after.givenName, "given_name");
    check(before.surname != after.surname, "surname");
    check(before.familiarName != after.familiarName, "familiar_name");
    check(before.abbreviatedName != after.abbreviatedName, "abbreviated_name");
    check(before.membershipType != after.membershipType, "membership_type");
    check(before.roleId != after.roleId, "role_id");
    check(before.externalId != after.externalId, "external_id");
    check(before.groupIds != after.groupIds, "groups");
    check(before.removedIsRecoverable != after.removedIsRecoverable, "removed_is_recoverable");
    check(before.removedIsDisconnected != after.removedIsDisconnected, "removed_is_disconnected");
    check(before.memberFolderId != after.memberFolderId, "member_folder_id");
    check(before.rootFolderId != after.rootFolderId, "root_folder_id");
    check(before.accountId != after.accountId, "account_id");
    check(before.persistentId != after.persistentId, "persistent_id");
    check(before.profilePhotoUrl != after.profilePhotoUrl, "profile_photo_url");
    check(!(before.secondaryEmails == after.secondaryEmails), "secondary_emails");
    check(before.invitedOn != after.invitedOn, "invited_on");
    check(before.joinedOn != after.joinedOn, "joined_on");
    check(before.suspendedOn != after.suspendedOn, "suspended_on");
    check(before.isDirectoryRestricted != after.isDirectoryRestricted, "is_directory_restricted");
    return f;
}

bool SnapshotDiff::isEmpty() const
{
    return accountsAdded.isEmpty() && accountsRemoved.isEmpty() && accountsChanged.isEmpty() && groupsAdded.isEmpty()
        && groupsRemoved.isEmpty() && grantsAdded.isEmpty() && grantsRemoved.isEmpty();
}

namespace {

// One run's memberships in key order (group, member): the table's own b-tree order, so SQLite
// sorts nothing.
struct MembershipCursor {
    RawQuery q;
    bool atEnd = false;
    MembershipCursor(const QSqlDatabase &db, qint64 runId)
        : q(db,
            QStringLiteral("SELECT group_id, team_member_id, access_type, seq FROM memberships"
                           " WHERE run_id = ? ORDER BY group_id, team_member_id"))
    {
        q.bind(1, runId);
    }
    Expected<void> next()
    {
        const Expected<bool> row = q.next();
        if (!row)
            return unexpected(row.error());
        atEnd = !*row;
        return {};
    }
    // SQLite's BINARY collation is the byte order of the UTF-8 text: the order of this compare.
    int compare(const MembershipCursor &o) const
    {
        if (const int c = q.bytes(0).compare(o.q.bytes(0)); c != 0)
            return c;
        return q.bytes(1).compare(o.q.bytes(1));
    }
    bool sameAccess(const MembershipCursor &o) const { return q.bytes(2) == o.q.bytes(2); }
    std::pair<qint64, Grant> grant() const
    {
        return {q.integer(3), Grant{resource_type::group(), q.text(0), q.text(2), q.text(1)}};
    }
};

// The grants only one of the runs has, each list in its run's listing order. Both runs'
// memberships are walked side by side once, instead of one key lookup in the other run per row
// (which was most of what a diff of two 500,000-membership runs cost).
Expected<void> diffGrants(const QSqlDatabase &db, qint64 fromRun, qint64 toRun, QVector<Grant> *added,
                          QVector<Grant> *removed)
{
    MembershipCursor from(db, fromRun);
    MembershipCursor to(db, toRun);
    for (MembershipCursor *c : {&from, &to}) {
        if (Expected<void> ok = c->q.ok(); !ok)
            return ok;
        if (Expected<void> ok = c->next(); !ok)
            return ok;
    }
    std::vector<std::pair<qint64, Grant>> gone;
    std::vector<std::pair<qint64, Grant>> come;
    while (!from.atEnd || !to.atEnd) {
        const int c = from.atEnd ? 1 : to.atEnd ? -1 : from.compare(to);
        const bool advanceFrom = c <= 0;
        const bool advanceTo = c >= 0;
        if (c < 0) {
            gone.push_back(from.grant());
        } else if (c > 0) {
            come.push_back(to.grant());
        } else if (!from.sameAccess(to)) {
            gone.push_back(from.grant());
            come.push_back(to.grant());
        }
        if (advanceFrom) {
            if (Expected<void> ok = from.next(); !ok)
                return ok;
        }
        if (advanceTo) {
            if (Expected<void> ok = to.next(); !ok)
                return ok;
        }
    }
    const auto bySeq
        = [](const std::pair<qint64, Grant> &a, const std::pair<qint64, Grant> &b) { return a.first < b.first; };
    for (auto [list, into] : {std::make_pair(&gone, removed), std::make_pair(&come, added)}) {
        std::stable_sort(list->begin(), list->end(), bySeq);
        into->reserve(into->size() + qsizetype(list->size()));
        for (auto &g : *list)
            into->push_back(std::move(g.second));
    }
    return {};
}

} // namespace

SnapshotDiff SnapshotStore::diff(qint64 fromRun, qint64 toRun) const
{
    SnapshotDiff out;
    out.fromRun = fromRun;
    out.toRun = toRun;
    if (!d->open)
        return out;
    Transaction tx(d->db);
    Expected<void> why = tx.begin(Transaction::Read);
    if (why)
        why = d->requireComplete(fromRun);
    if (why)
        why = d->requireComplete(toRun);
    if (!why) {
        qCWarning(lcStore) << "diff" << fromRun << toRun << ":" << why.error().message();
        return out;
    }

    // SQLite compares the two runs itself, one key lookup per row inside the engine, so only the
    // differences ever become Qt values: a diff of two 100k-account runs costs a fraction of
    // loading one of them.
    const QString from = QString::number(fromRun);
    const QString to = QString::number(toRun);
    auto select = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &row) {
        if (!why)
            return;
        Expected<QSqlQuery> q = runQuery(d->db, sql);
        if (!q) {
            why = unexpected(q.error());
            return;
        }
        while (q->next())
            row(*q);
    };
    // Rows of `table` in run `in` whose key is not in run `notIn`.
    auto onlyIn = [](const char *table, const char *columns, const char *key, const QString &in, const QString &notIn) {
        return QStringLiteral("SELECT %2 FROM %1 a WHERE a.run_id = %4 AND NOT EXISTS"
                              " (SELECT 1 FROM %1 b WHERE b.run_id = %5 AND b.%3 = a.%3) ORDER BY a.seq")
            .arg(QLatin1String(table), prefixedColumns(columns, QStringLiteral("a")), QLatin1String(key), in, notIn);
    };
    select(onlyIn("accounts", kAccountColumns, "team_member_id", to, from),
           [&](const QSqlQuery &q) { out.accountsAdded.push_back(readAccount(q, 0)); });
    select(onlyIn("accounts", kAccountColumns, "team_member_id", from, to),
           [&](const QSqlQuery &q) { out.accountsRemoved.push_back(readAccount(q, 0)); });
    {
        // NULL and '' are the same to Account (an empty QString either way), so they compare equal here too.
        QStringList differs;
        for (const QString &c : QString::fromLatin1(kAccountColumns).split(QLatin1Char(','))) {
            if (c.trimmed() != QLatin1String("team_member_id"))
                differs << QStringLiteral("IFNULL(a.%1, '') <> IFNULL(b.%1, '')").arg(c.trimmed());
        }
        select(QStringLiteral("SELECT %1, %2 FROM accounts a JOIN accounts b ON b.run_id = %3"
                              " AND b.team_member_id = a.team_member_id WHERE a.run_id = %4 AND (%5) ORDER BY a.seq")
                   .arg(prefixedColumns(kAccountColumns, QStringLiteral("b")),
                        prefixedColumns(kAccountColumns, QStringLiteral("a")), from, to,
                        differs.join(QStringLiteral(" OR "))),
               [&](const QSqlQuery &q) {
                   AccountChange c{readAccount(q, 0), readAccount(q, kAccountColumnCount), {}};
                   c.fields = changedAccountFields(c.before, c.after);
                   if (!c.fields.isEmpty())
                       out.accountsChanged.push_back(std::move(c));
               });
    }
    select(onlyIn("groups", kGroupColumns, "group_id", to, from),
           [&](const QSqlQuery &q) { out.groupsAdded.push_back(readGroup(q, 0)); });
    select(onlyIn("groups", kGroupColumns, "group_id", from, to),
           [&](const QSqlQuery &q) { out.groupsRemoved.push_back(readGroup(q, 0)); });

    // Group grants. access_type is part of the comparison, so an owner<->member change is one
    // removed grant and one added.
    if (why)
        why = diffGrants(d->db, fromRun, toRun, &out.grantsAdded, &out.grantsRemoved);

    // Role grants follow from the accounts (after the group grants, as in grantsOf()).
    const QString member = QStringLiteral("member");
    auto roleGrant = [&member](const Account &a) {
        return Grant{resource_type::role(), a.roleId, member, a.teamMemberId};
    };
    for (const Account &a : std::as_const(out.accountsAdded)) {
        if (!a.roleId.isEmpty())
            out.grantsAdded.push_back(roleGrant(a));
    }
    for (const AccountChange &c : std::as_const(out.accountsChanged)) {
        if (c.before.roleId == c.after.roleId)
            continue;
        if (!c.before.roleId.isEmpty())
            out.grantsRemoved.push_back(roleGrant(c.before));
        if (!c.after.roleId.isEmpty())
            out.grantsAdded.push_back(roleGrant(c.after));
    }
    for (const Account &a : std::as_const(out.accountsRemoved)) {
        if (!a.roleId.isEmpty())
            out.grantsRemoved.push_back(roleGrant(a));
    }
    if (!why) {
        qCWarning(lcStore) << "diff" << fromRun << toRun << ":" << why.error().message();
        SnapshotDiff empty;
        empty.fromRun = fromRun;
        empty.toRun = toRun;
        return empty;
    }
    (void)tx.commit();
    return out;
}

} // namespace dbx
