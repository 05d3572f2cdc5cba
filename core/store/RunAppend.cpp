// Saving while listing: a running run's rows go in as the pages arrive, and the run is finished
// (skipped groups dropped, counts written, status flipped) in one transaction at the end.
//
// Accounts, roles and groups go first into this connection's staging tables (TEMP tables: no
// lock on the file, nothing another connection or process can see, gone with the connection if
// the process dies). They come in the order Dropbox lists them, not in key order: staged, their
// per-row work (binding values, the b-tree) happens while the listing goes on, and finishing
// copies them into the run's tables in key order inside SQLite, which appends to the b-trees
// instead of splitting pages all over them (measured: saving in short transactions straight
// into the run's tables, in the random order pages arrive, took three times as long as one
// sorted commit at the end).
//
// Memberships come in the order of the run's key already: the sync hands over a group's
// memberships once the group is listed whole, and lists the groups in id order. So they go
// straight into the run's table, sorted within each call: mostly an append to its b-tree, with
// no staged copy to write, sort, copy and delete (at 100k members, 500,000 rows).
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <QSqlError>

namespace dbx {

using namespace sqlstore;

namespace {

const char *const kTables[] = {"accounts", "roles", "groups", "memberships"};
// The tables whose rows are staged first (memberships go straight into the run's table).
const char *const kStagedTables[] = {"accounts", "roles", "groups"};

// The primary key of each table after run_id: the order rows are copied in.
const char *keyColumns(const char *table)
{
    const QLatin1String t(table);
    if (t == QLatin1String("accounts"))
        return "team_member_id";
    if (t == QLatin1String("roles"))
        return "role_id";
    return "group_id";
}

// A key listed twice (on two pages, or two batches) meets the table's primary key: said as
// what it is rather than as SQLite's bare constraint message.
Error duplicateOrFailure(const Error &e)
{
    const QString text = e.message() + QLatin1Char(' ') + e.detail;
    if (!text.contains(QLatin1String("UNIQUE constraint failed")))
        return e;
    const char *what = text.contains(QLatin1String("memberships.")) ? "group membership"
        : text.contains(QLatin1String("accounts."))                 ? "member"
        : text.contains(QLatin1String("groups."))                   ? "group"
                                                                    : "role";
    return Error::make(
        Error::Kind::Invalid,
        tr("Dropbox listed the same %1 twice in one sync, so the listing cannot be trusted.").arg(QLatin1String(what)),
        e.detail);
}

// Copies a running run's staged rows of one table into the run's table, in key order.
Expected<void> copyStaged(const QSqlDatabase &db, qint64 runId, const char *table)
{
    const Expected<void> copied
        = runStatement(db,
                       QStringLiteral("INSERT INTO main.%1 SELECT * FROM temp.stage_%1 WHERE run_id = ? ORDER BY %2")
                           .arg(QLatin1String(table), QLatin1String(keyColumns(table))),
                       {runId});
    if (!copied)
        return unexpected(duplicateOrFailure(copied.error()));
    return {};
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

Expected<void> SnapshotStore::Private::ensureStage() const
{
    for (const char *table : kStagedTables) {
        const Expected<void> done
            = exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS stage_%1 AS SELECT * FROM main.%1 WHERE 0")
                       .arg(QLatin1String(table)));
        if (!done)
            return done;
    }
    return {};
}

Expected<void> SnapshotStore::Private::beginOnStage(Transaction &tx, qint64 runId) const
{
    if (Expected<void> ready = beginOnRun(tx, Transaction::Write, runId, RunNeed::Writable); !ready)
        return ready;
    return ensureStage();
}

Expected<void> SnapshotStore::appendRun(qint64 runId, const RunRows &rows)
{
    if (!d->open)
        return notOpen();
    if (rows.size() == 0)
        return {};
    if (Expected<void> staged = d->ensureStage(); !staged)
        return staged;
    // Deferred when only the TEMP database is written: the file's write lock is not taken.
    const bool memberships = !rows.memberships.isEmpty();
    Transaction tx(d->db);
    if (Expected<void> ready
        = d->beginOnRun(tx, memberships ? Transaction::Write : Transaction::Read, runId, Private::RunNeed::Writable);
        !ready)
        return ready;
    RunRows staged = rows; // shares the rows: no copy
    staged.memberships.clear();
    Expected<void> done = d->insertSnapshot(runId, staged, true);
    if (done && memberships) {
        RunRows direct;
        direct.memberships = rows.memberships;
        direct.membershipSeq = rows.membershipSeq;
        done = d->insertSnapshot(runId, direct, false);
    }
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
            {runId, QString(QStringLiteral("%\"") + groupId + QStringLiteral("\"%"))});
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

Expected<void> SnapshotStore::finishAccounts(qint64 runId)
{
    if (!d->open)
        return notOpen();
    Transaction tx(d->db);
    if (Expected<void> ready = d->beginOnStage(tx, runId); !ready)
        return ready;
    if (d->accountsMoved.contains(runId))
        return fail(Error::Kind::Invalid, tr("the accounts of sync run %1 are already saved").arg(runId));
    if (Expected<void> copied = copyStaged(d->db, runId, "accounts"); !copied)
        return copied;
    if (Expected<void> done = tx.commit(); !done)
        return done;
    // Their staged copies stay until the run is finished or abandoned; finishRun() skips them.
    d->accountsMoved.insert(runId);
    return {};
}

Expected<RunCounts> SnapshotStore::finishRun(qint64 runId, const Snapshot &header, const QStringList &droppedGroupIds,
                                             qint64 requests, StagedRows afterwards)
{
    if (!d->open)
        return notOpen();
    Transaction tx(d->db);
    if (Expected<void> ready = d->beginOnStage(tx, runId); !ready)
        return unexpected(ready.error());
    const bool accountsMoved = d->accountsMoved.contains(runId);
    for (const char *table : kStagedTables) {
        if (accountsMoved && qstrcmp(table, "accounts") == 0)
            continue;
        if (Expected<void> copied = copyStaged(d->db, runId, table); !copied)
            return unexpected(copied.error());
    }
    if (afterwards == StagedRows::Clear) {
        for (const char *table : kStagedTables) {
            const Expected<void> cleared = runStatement(
                d->db, QStringLiteral("DELETE FROM temp.stage_%1 WHERE run_id = ?").arg(QLatin1String(table)), {runId});
            if (!cleared)
                return unexpected(cleared.error());
        }
    }
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
    d->accountsMoved.remove(runId);
    qCInfo(lcStore) << "sync run" << runId << "complete:" << counts->accounts << "accounts," << counts->groups
                    << "groups," << counts->memberships << "memberships";
    return counts;
}

Expected<void> SnapshotStore::Private::deleteRunRows(qint64 runId)
{
    accountsMoved.remove(runId);
    if (Expected<void> staged = ensureStage(); !staged)
        return staged;
    Transaction tx(db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    for (const char *table : kTables) {
        const Expected<void> done
            = exec(QStringLiteral("DELETE FROM main.%1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId));
        if (!done)
            return done;
    }
    for (const char *table : kStagedTables) {
        const Expected<void> done
            = exec(QStringLiteral("DELETE FROM temp.stage_%1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId));
        if (!done)
            return done;
    }
    return tx.commit();
}

} // namespace dbx
