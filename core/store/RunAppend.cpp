// Saving while listing: a running run's rows go in as the pages arrive, and the run is finished
// (skipped groups dropped, counts written, status flipped) in one transaction at the end.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <QSqlError>

namespace dbx {

using namespace sqlstore;

namespace {

// A key listed twice (on two pages, or two batches) meets the table's primary key: said as
// what it is rather than as SQLite's bare constraint message.
Error duplicateOrFailure(const Error &e)
{
    if (!e.detail.contains(QLatin1String("UNIQUE constraint failed")))
        return e;
    const char *what = e.detail.contains(QLatin1String("memberships.")) ? "group membership"
        : e.detail.contains(QLatin1String("accounts."))                 ? "member"
        : e.detail.contains(QLatin1String("groups."))                   ? "group"
                                                                        : "role";
    return Error::make(
        Error::Kind::Invalid,
        tr("Dropbox listed the same %1 twice in one sync, so the listing cannot be trusted.").arg(QLatin1String(what)),
        e.detail);
}

} // namespace

void RunRows::clear()
{
    accountSeq += int(accounts.size());
    roleSeq += int(roles.size());
    groupSeq += int(groups.size());
    membershipSeq += int(memberships.size());
    accounts.clear();
    roles.clear();
    groups.clear();
    memberships.clear();
}

Expected<void> SnapshotStore::Private::requireWritable(qint64 runId) const
{
    const Expected<QString> st = status(runId);
    if (!st)
        return unexpected(st.error());
    // "interrupted" too: another process may have opened the file while this sync was alive
    // and taken it for a crash; the sync going on proves otherwise.
    if (st->isEmpty())
        return fail(Error::Kind::NotFound, tr("there is no sync run %1").arg(runId));
    if (*st != kRunning && *st != QLatin1String("interrupted"))
        return fail(Error::Kind::Invalid, tr("sync run %1 cannot be saved: it is already %2").arg(runId).arg(*st));
    return {};
}

Expected<void> SnapshotStore::appendRun(qint64 runId, const RunRows &rows)
{
    if (!d->open)
        return notOpen();
    if (rows.size() == 0)
        return {};
    Transaction tx(d->db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    if (Expected<void> writable = d->requireWritable(runId); !writable)
        return writable;
    Expected<void> done = d->insertSnapshot(runId, rows);
    if (done)
        done = tx.commit();
    if (!done)
        return unexpected(duplicateOrFailure(done.error()));
    return {};
}

Expected<void> SnapshotStore::Private::dropGroup(qint64 runId, const QString &groupId) const
{
    for (const char *table : {"groups", "memberships"}) {
        const Expected<void> done = runStatement(
            db, QStringLiteral("DELETE FROM %1 WHERE run_id = ? AND group_id = ?").arg(QLatin1String(table)),
            {runId, groupId});
        if (!done)
            return done;
    }
    // The accounts' group lists are JSON arrays of ids: only the rows that name the group change.
    QVector<QPair<QString, QStringList>> changed;
    {
        Expected<QSqlQuery> q = runQuery(
            db, QStringLiteral("SELECT team_member_id, group_ids FROM accounts WHERE run_id = ? AND group_ids LIKE ?"),
            {runId, QStringLiteral("%\"") + groupId + QStringLiteral("\"%")});
        if (!q)
            return unexpected(q.error());
        while (q->next()) {
            QStringList ids = stringListFrom(q->value(1));
            if (ids.removeAll(groupId) > 0)
                changed.append({q->value(0).toString(), ids});
        }
    }
    for (const auto &[memberId, ids] : std::as_const(changed)) {
        const Expected<void> done = runStatement(
            db, QStringLiteral("UPDATE accounts SET group_ids = ? WHERE run_id = ? AND team_member_id = ?"),
            {stringListValue(ids), runId, memberId});
        if (!done)
            return done;
    }
    return {};
}

Expected<RunCounts> SnapshotStore::Private::countRows(qint64 runId) const
{
    RunCounts c;
    int *targets[] = {&c.accounts, &c.roles, &c.groups, &c.memberships};
    const char *tables[] = {"accounts", "roles", "groups", "memberships"};
    for (int i = 0; i < 4; ++i) {
        Expected<QSqlQuery> q = runQuery(
            db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id = ?").arg(QLatin1String(tables[i])), {runId});
        if (!q)
            return unexpected(q.error());
        *targets[i] = q->next() ? q->value(0).toInt() : 0;
    }
    return c;
}

Expected<RunCounts> SnapshotStore::finishRun(qint64 runId, const Snapshot &header, const QStringList &droppedGroupIds,
                                             qint64 requests)
{
    if (!d->open)
        return notOpen();
    Transaction tx(d->db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return unexpected(begun.error());
    if (Expected<void> writable = d->requireWritable(runId); !writable)
        return unexpected(writable.error());
    for (const QString &groupId : droppedGroupIds) {
        if (Expected<void> dropped = d->dropGroup(runId, groupId); !dropped)
            return unexpected(dropped.error());
    }
    const Expected<RunCounts> counts = d->countRows(runId);
    if (!counts)
        return counts;
    if (Expected<void> done = d->markComplete(runId, header, *counts, requests); !done)
        return unexpected(done.error());
    if (Expected<void> done = tx.commit(); !done)
        return unexpected(done.error());
    d->live(runId, false);
    qCInfo(lcStore) << "sync run" << runId << "complete:" << counts->accounts << "accounts," << counts->groups
                    << "groups," << counts->memberships << "memberships";
    return counts;
}

Expected<void> SnapshotStore::Private::deleteRunRows(qint64 runId) const
{
    Transaction tx(db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    for (const char *table : {"memberships", "accounts", "groups", "roles"}) {
        const Expected<void> done
            = exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId));
        if (!done)
            return done;
    }
    return tx.commit();
}

} // namespace dbx
