// Writing runs: begin, commit a snapshot in one transaction, abandon, prune. (Appending rows
// while the sync lists them: RunAppend.cpp.)
#include "store/RawQuery.h"
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <QElapsedTimer>
#include <QStringView>

#include <algorithm>
#include <utility>
#include <vector>

namespace dbx {

using namespace sqlstore;

namespace {

// A row's natural key: one id, or two (a membership's group and member); compared as SQLite's
// primary key would be, near enough (see keyOrder).
using RowKey = std::pair<QStringView, QStringView>;

// Two ids compared; the same string shared (a group's id in each of its memberships) is equal
// at once, without reading its text.
int compareIds(QStringView a, QStringView b)
{
    if (a.data() == b.data() && a.size() == b.size())
        return 0;
    return a.compare(b);
}

int compareKeys(const RowKey &a, const RowKey &b)
{
    const int first = compareIds(a.first, b.first);
    return first != 0 ? first : compareIds(a.second, b.second);
}

// How many UTF-16 units every id of `ids` begins with (every team member id begins "dbmid:").
template <typename Id>
qsizetype commonPrefix(qsizetype n, Id id)
{
    if (n == 0)
        return 0;
    const QStringView first = id(0);
    qsizetype common = first.size();
    for (qsizetype i = 1; i < n && common > 0; ++i) {
        const QStringView other = id(i);
        qsizetype k = 0;
        const qsizetype limit = std::min(common, other.size());
        while (k < limit && other[k] == first[k])
            ++k;
        common = k;
    }
    return common;
}

// The four UTF-16 units of `id` from `from` on, in one number that orders as they do: the
// first unit highest, a missing one (past the end) as 0, which is below any other, as a shorter
// string is below any string it begins.
quint64 packedAfter(QStringView id, qsizetype from)
{
    quint64 packed = 0;
    for (qsizetype i = from; i < from + 4; ++i)
        packed = (packed << 16) | (i < id.size() ? id[i].unicode() : 0u);
    return packed;
}

// A row's key as the sort reads it: after the part all keys of the batch share, the next four
// units of each id packed in a number, compared first, so that most comparisons end in the
// sort's own array without reading the ids' text from wherever each string lives (perf of the
// sync's writer at 100k members: the sort took 7.9% of its samples, mostly string comparisons
// reading cold text, and 2.1% after).
struct SortKey {
    quint64 first;
    quint64 second;
    RowKey key;
    int index;
};

bool sortsBefore(const SortKey &a, const SortKey &b)
{
    if (a.first != b.first)
        return a.first < b.first;
    if (const int c = compareIds(a.key.first, b.key.first); c != 0)
        return c < 0;
    if (a.second != b.second)
        return a.second < b.second;
    return compareIds(a.key.second, b.key.second) < 0;
}

// The order in which to insert rows: by primary key, so that SQLite appends to the b-tree's
// rightmost page instead of splitting pages all over the file (measured: several times faster
// for half a million memberships). The key order only needs to be close to SQLite's (UTF-8
// bytes), not equal: it is a speed hint, and `seq` keeps the real order. UTF-16 units order as
// UTF-8 bytes do but for characters beyond U+FFFF.
template <typename Key>
std::vector<SortKey> keyOrder(qsizetype n, Key key)
{
    const qsizetype firstCommon = commonPrefix(n, [&](qsizetype i) { return key(i).first; });
    const qsizetype secondCommon = commonPrefix(n, [&](qsizetype i) { return key(i).second; });
    std::vector<SortKey> keys;
    keys.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const RowKey k = key(i);
        keys.push_back({packedAfter(k.first, firstCommon), packedAfter(k.second, secondCommon), k, int(i)});
    }
    std::sort(keys.begin(), keys.end(), sortsBefore);
    return keys;
}

// Inserts the rows `order` names, one statement per row through SQLite's C API (RawQuery): a
// prepared insert is cheap to run again; Qt's QSqlQuery paid per value bound (a QVariant copy
// and a placeholder name looked up) and per exec, measured at half the commit's CPU for a
// 100,000-member run.
template <typename Bind>
Expected<void> insertRows(const QSqlDatabase &db, const QString &sql, const std::vector<SortKey> &order, Bind bind)
{
    RawQuery q(db, sql);
    if (Expected<void> ok = q.ok(); !ok)
        return ok;
    for (const SortKey &k : order) {
        bind(q, 1, k.index);
        if (Expected<void> done = q.exec(); !done)
            return done;
    }
    return {};
}

// One table of a commit: its rows go in sorted by key (see keyOrder); a key listed twice is
// caught here, where it can be named, rather than as SQLite's bare UNIQUE error.
struct TableRows {
    qint64 runId;
    const char *what;  // one row, in the sentence "the snapshot lists <what> <id> twice"
    const char *table; // also the plural in "cannot save the <table>"
    QString insert;    // "INSERT INTO table(run_id, ...) VALUES (<run>, ?, ...)"
};

template <typename T, typename Key, typename Bind>
Expected<void> insertTable(const QSqlDatabase &db, const TableRows &t, const QVector<T> &items, Key key, Bind bind)
{
    if (items.isEmpty())
        return {};
    const std::vector<SortKey> order = keyOrder(items.size(), [&](qsizetype i) { return key(items.at(i)); });
    for (size_t i = 1; i < order.size(); ++i) {
        const RowKey &k = order[i].key;
        if (compareKeys(k, order[i - 1].key) == 0) {
            const QString id
                = k.second.isEmpty() ? k.first.toString() : k.first.toString() + QLatin1Char('/') + k.second.toString();
            qCWarning(lcStore) << "commit of run" << t.runId << "refused: duplicate" << t.what << id;
            return fail(Error::Kind::Invalid, tr("the snapshot lists %1 %2 twice").arg(QLatin1String(t.what), id));
        }
    }
    const Expected<void> done = insertRows(db, t.insert, order, bind);
    if (!done) {
        qCWarning(lcStore) << "commit of run" << t.runId << "failed:" << done.error().message();
        return fail(Error::Kind::Database,
                    tr("cannot save the %1: %2").arg(QLatin1String(t.table), done.error().message()));
    }
    return {};
}

// staged: into the connection's staging table for the table (see RunAppend.cpp).
TableRows tableRows(qint64 runId, const char *what, const char *table, const QString &columns, int params, bool staged)
{
    return {runId, what, table,
            QStringLiteral("INSERT INTO %1%2(run_id, %3) VALUES (%4, %5)")
                .arg(staged ? QStringLiteral("temp.stage_") : QString(), QLatin1String(table), columns,
                     QString::number(runId), placeholders(params))};
}

} // namespace

// The run's row once its snapshot is in: complete, with the team, the admin and the counts.
Expected<void> SnapshotStore::Private::markComplete(qint64 runId, const Snapshot &s, const RunCounts &counts,
                                                    qint64 requests) const
{
    return runStatement(
        db,
        QStringLiteral("UPDATE sync_runs SET status = 'complete', error = NULL,"
                       " started_at = COALESCE(?, started_at), finished_at = ?,"
                       " team_name = ?, team_id = ?, num_licensed = ?, num_provisioned = ?, num_used = ?,"
                       " admin_member_id = ?, admin_email = ?, admin_name = ?, admin_account_id = ?, requests = ?,"
                       " num_accounts = ?, num_roles = ?, num_groups = ?, num_memberships = ? WHERE id = ?"),
        {timeValue(s.startedAt),
         s.finishedAt.isValid() ? s.finishedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(), s.team.name,
         s.team.teamId, s.team.numLicensedUsers, s.team.numProvisionedUsers, s.team.numUsedLicenses,
         s.admin.teamMemberId, s.admin.email, s.admin.displayName, s.admin.accountId, requests, counts.accounts,
         counts.roles, counts.groups, counts.memberships, runId});
}

Expected<qint64> SnapshotStore::beginRun()
{
    if (!d->open)
        return notOpen();
    Expected<QSqlQuery> q
        = runQuery(d->db, QStringLiteral("INSERT INTO sync_runs(started_at, status) VALUES (?, 'running')"),
                   {QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return unexpected(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    d->live(id, true);
    qCDebug(lcStore) << "began sync run" << id;
    return id;
}

Expected<void> SnapshotStore::Private::insertSnapshot(qint64 runId, const RunRows &s, bool staged) const
{
    Expected<void> done = insertTable(
        db, tableRows(runId, "role", "roles", QStringLiteral("role_id, seq, name, description"), 4, staged), s.roles,
        [](const Role &r) { return RowKey(r.id, {}); },
        [&s](RawQuery &q, int p, int i) {
            const Role &r = s.roles.at(i);
            q.bind(p, r.id);
            q.bind(p + 1, s.roleSeq + i);
            q.bind(p + 2, r.name);
            q.bind(p + 3, r.description);
        });
    if (!done)
        return done;
    done = insertTable(
        db,
        tableRows(runId, "group", "groups",
                  QStringLiteral("group_id, seq, name, management_type, external_id, member_count"), 6, staged),
        s.groups, [](const Group &g) { return RowKey(g.id, {}); },
        [&s](RawQuery &q, int p, int i) {
            const Group &g = s.groups.at(i);
            q.bind(p, g.id);
            q.bind(p + 1, s.groupSeq + i);
            q.bind(p + 2, g.name);
            q.bind(p + 3, toWire(g.managementType));
            q.bind(p + 4, g.externalId);
            q.bind(p + 5, countValue(g.memberCount));
        });
    if (!done)
        return done;
    QElapsedTimer clock;
    clock.start();
    done = insertTable(
        db,
        tableRows(runId, "account", "accounts", QStringLiteral("seq, ") + QLatin1String(kAccountColumns),
                  kAccountColumnCount + 1, staged),
        s.accounts, [](const Account &a) { return RowKey(a.teamMemberId, {}); },
        [&s](RawQuery &q, int p, int i) {
            q.bind(p, s.accountSeq + i);
            bindAccount(q, p + 1, s.accounts.at(i));
        });
    if (!done)
        return done;
    const qint64 accountsMs = clock.restart();
    const QString member = toWire(AccessType::Member);
    const QString owner = toWire(AccessType::Owner);
    done = insertTable(
        db,
        tableRows(runId, "membership", "memberships", QStringLiteral("group_id, team_member_id, seq, access_type"), 4,
                  staged),
        s.memberships, [](const Membership &m) { return RowKey(m.groupId, m.teamMemberId); },
        [&](RawQuery &q, int p, int i) {
            const Membership &m = s.memberships.at(i);
            q.bind(p, m.groupId);
            q.bind(p + 1, m.teamMemberId);
            q.bind(p + 2, s.membershipSeq + i);
            q.bind(p + 3, m.accessType == AccessType::Owner ? owner : member);
        });
    qCDebug(lcStore) << "commit of run" << runId << ": accounts" << accountsMs << "ms, memberships" << clock.elapsed()
                     << "ms";
    return done;
}

Expected<void> SnapshotStore::commitRun(qint64 runId, const Snapshot &s, qint64 requests)
{
    if (!d->open)
        return notOpen();
    Transaction tx(d->db);
    if (Expected<void> ready = d->beginOnRun(tx, Transaction::Write, runId, Private::RunNeed::Writable); !ready)
        return ready;
    // Leftovers cannot exist (a commit is all or nothing), but a run must only ever hold its own rows.
    for (const char *table : {"accounts", "roles", "groups", "memberships"}) {
        const Expected<void> cleared
            = d->exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId));
        if (!cleared)
            return cleared;
    }
    RunRows rows; // shares the snapshot's vectors: no copy
    rows.accounts = s.accounts;
    rows.roles = s.roles;
    rows.groups = s.groups;
    rows.memberships = s.memberships;
    Expected<void> done = d->insertSnapshot(runId, rows);
    if (done)
        done = d->markComplete(
            runId, s, {int(s.accounts.size()), int(s.roles.size()), int(s.groups.size()), int(s.memberships.size())},
            requests);
    if (done)
        done = tx.commit();
    if (!done)
        return done;
    d->live(runId, false);
    qCInfo(lcStore) << "sync run" << runId << "complete:" << s.accounts.size() << "accounts," << s.groups.size()
                    << "groups," << s.memberships.size() << "memberships";
    return {};
}

bool SnapshotStore::abandonRun(qint64 runId, const QString &status, const QString &error)
{
    if (!d->open)
        return false;
    QString st = status;
    if (st != QLatin1String("failed") && st != QLatin1String("cancelled")) {
        qCWarning(lcStore) << "abandonRun with status" << status << "- recorded as failed";
        st = QStringLiteral("failed");
    }
    d->live(runId, false);
    const Expected<QSqlQuery> q
        = runQuery(d->db,
                   QStringLiteral("UPDATE sync_runs SET status = ?, error = ?, finished_at = ?"
                                  " WHERE id = ? AND status IN ('running', 'interrupted')"),
                   {st, error.isEmpty() ? QVariant() : QVariant(error), QDateTime::currentMSecsSinceEpoch(), runId});
    if (!q) {
        qCWarning(lcStore) << "cannot abandon run" << runId << q.error().detail;
        return false;
    }
    if (q->numRowsAffected() <= 0)
        return false;
    // Rows saved while the sync listed go with it; a run that never finished holds none.
    if (const Expected<void> deleted = d->deleteRunRows(runId); !deleted)
        qCWarning(lcStore) << "cannot delete the rows of run" << runId << deleted.error().detail;
    return true;
}

Expected<int> SnapshotStore::Private::prune(int keep) const
{
    Transaction tx(db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return unexpected(begun.error());
    qint64 oldestKept = 0;
    {
        Expected<QSqlQuery> q = runQuery(
            db, QStringLiteral("SELECT id FROM sync_runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1 OFFSET ?"),
            {keep - 1});
        if (!q)
            return unexpected(q.error());
        if (!q->next())
            return 0; // fewer complete runs than keep
        oldestKept = q->value(0).toLongLong();
    }
    // Runs older than the oldest kept snapshot go, failed ones too: they carry no rows, and a
    // failure from before every kept snapshot no longer explains anything the views show.
    QVector<qint64> doomed;
    int complete = 0;
    {
        Expected<QSqlQuery> q = runQuery(
            db, QStringLiteral("SELECT id, status FROM sync_runs WHERE id < ? AND status <> 'running'"), {oldestKept});
        if (!q)
            return unexpected(q.error());
        while (q->next()) {
            doomed.push_back(q->value(0).toLongLong());
            if (q->value(1).toString() == kComplete)
                ++complete;
        }
    }
    for (qint64 id : std::as_const(doomed)) {
        for (const char *table : {"memberships", "accounts", "groups", "roles"}) {
            const Expected<void> done
                = exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(id));
            if (!done)
                return unexpected(done.error());
        }
        if (Expected<void> done = exec(QStringLiteral("DELETE FROM sync_runs WHERE id = %1").arg(id)); !done)
            return unexpected(done.error());
    }
    if (Expected<void> done = tx.commit(); !done)
        return unexpected(done.error());
    if (!doomed.isEmpty())
        qCInfo(lcStore) << "pruned" << doomed.size() << "runs," << complete << "of them complete";
    return complete;
}

int SnapshotStore::pruneRuns(int keep)
{
    if (!d->open)
        return 0;
    // The newest complete run is what every view shows: never prune it, whatever keep says.
    const Expected<int> pruned = d->prune(std::max(keep, 1));
    if (!pruned) {
        qCWarning(lcStore) << "prune:" << pruned.error().message();
        return 0;
    }
    return *pruned;
}

} // namespace dbx
