// Reading runs: the list of runs and one run's whole snapshot.
#include "store/RawQuery.h"
#include "store/RowCodec.h"
#include "store/SharedSnapshot.h"
#include "store/StorePrivate.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <algorithm>
#include <limits>
#include <thread>
#include <vector>

namespace dbx {

using namespace sqlstore;

namespace {

// Restores the listing order from `seq`. Reading in key order and sorting here is cheaper than
// ORDER BY seq, which makes SQLite build a temporary sorter of every full row.
// Sorting indexes, not rows: an Account is two dozen members, costly to shuffle around.
template <typename T>
QVector<T> inSeqOrder(QVector<T> &rows, const std::vector<qint64> &seqs)
{
    if (std::is_sorted(seqs.begin(), seqs.end()))
        return std::move(rows);
    std::vector<int> order(seqs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&seqs](int a, int b) { return seqs[size_t(a)] < seqs[size_t(b)]; });
    QVector<T> out;
    out.reserve(rows.size());
    for (const int i : order)
        out.push_back(std::move(rows[i]));
    return out;
}

const char *const kRunColumns = "id, started_at, finished_at, status, error, team_name, num_accounts, num_groups,"
                                " num_roles, num_memberships, requests";
RunInfo readRun(const QSqlQuery &q)
{
    RunInfo r;
    readColumns(q, r.id, r.startedAt, r.finishedAt, r.status, r.error, r.teamName, r.accounts, r.groups, r.roles,
                r.memberships, r.requests);
    return r;
}

// Reads one run's rows of a table in listing order; the query's first column is `seq`, its one
// placeholder the run. Through SQLite's C API (RawQuery.h): Qt's driver would wrap every value
// in a QVariant first, which doubled what a 100,000-account load costs.
template <typename T, typename Read>
Expected<QVector<T>> loadRows(sqlite3 *db, const QString &sql, qint64 runId, int sizeHint, Read read,
                              qint64 *nextSeq = nullptr)
{
    RawQuery q(db, sql);
    if (Expected<void> ok = q.ok(); !ok)
        return unexpected(ok.error());
    q.bind(1, runId);
    QVector<T> rows;
    std::vector<qint64> seqs;
    rows.reserve(sizeHint);
    seqs.reserve(size_t(sizeHint));
    for (;;) {
        const Expected<bool> row = q.next();
        if (!row)
            return unexpected(row.error());
        if (!*row)
            break;
        seqs.push_back(q.integer(0));
        rows.push_back(read(q));
    }
    if (nextSeq)
        *nextSeq = seqs.empty() ? 0 : *std::max_element(seqs.begin(), seqs.end()) + 1;
    return inSeqOrder(rows, seqs);
}

Expected<QVector<Membership>> loadMemberships(sqlite3 *db, qint64 runId, int sizeHint, qint64 *nextSeq)
{
    // Rows come in key order, so one group's id repeats in a run: share one string for it rather
    // than hold a copy per membership (compared as bytes: no string made to find it is the same).
    QString groupId;
    QByteArray groupBytes;
    // access_type comes back as 0/1: an integer costs no string per row, and there are many rows.
    return loadRows<Membership>(
        db,
        QStringLiteral("SELECT seq, group_id, team_member_id, access_type = 'owner' FROM memberships WHERE run_id = ?"),
        runId, sizeHint,
        [&groupId, &groupBytes](const RawQuery &q) {
            const QByteArrayView g = q.bytes(1);
            if (g != QByteArrayView(groupBytes)) {
                groupBytes = g.toByteArray();
                groupId = QString::fromUtf8(groupBytes);
            }
            return Membership{groupId, q.text(2), q.integer(3) != 0 ? AccessType::Owner : AccessType::Member};
        },
        nextSeq);
}

// Roles, groups and accounts.
Expected<void> loadEntities(sqlite3 *db, qint64 runId, int accountsHint, Snapshot *s, qint64 *accountsNext)
{
    auto roles
        = loadRows<Role>(db, QStringLiteral("SELECT seq, role_id, name, description FROM roles WHERE run_id = ?"),
                         runId, 0, [](const RawQuery &q) {
                             return Role{q.text(1), q.text(2), q.text(3)};
                         });
    if (!roles)
        return unexpected(roles.error());
    s->roles = std::move(*roles);
    auto groups = loadRows<Group>(
        db, QStringLiteral("SELECT seq, %1 FROM groups WHERE run_id = ?").arg(QLatin1String(kGroupColumns)), runId, 0,
        [](const RawQuery &q) { return readGroup(q, 1); });
    if (!groups)
        return unexpected(groups.error());
    s->groups = std::move(*groups);
    auto accounts = loadRows<Account>(
        db, QStringLiteral("SELECT seq, %1 FROM accounts WHERE run_id = ?").arg(QLatin1String(kAccountColumns)), runId,
        accountsHint, [](const RawQuery &q) { return readAccount(q, 1); }, accountsNext);
    if (!accounts)
        return unexpected(accounts.error());
    s->accounts = std::move(*accounts);
    return {};
}

// The run's own row: the team, the admin, and how many rows of each table it holds.
Expected<Snapshot> loadHeader(const QSqlDatabase &db, qint64 runId, RunCounts *counts)
{
    Expected<QSqlQuery> q
        = runQuery(db,
                   QStringLiteral("SELECT started_at, finished_at, team_name, team_id, num_licensed, num_provisioned,"
                                  " num_used, admin_member_id, admin_email, admin_name, admin_account_id,"
                                  " num_accounts, num_roles, num_groups, num_memberships FROM sync_runs WHERE id = ?"),
                   {runId});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return unexpected(sqlFailure(*q));
    Snapshot s;
    s.runId = runId;
    s.startedAt = timeFrom(q->value(0));
    s.finishedAt = timeFrom(q->value(1));
    s.team.name = q->value(2).toString();
    s.team.teamId = q->value(3).toString();
    s.team.numLicensedUsers = q->value(4).toInt();
    s.team.numProvisionedUsers = q->value(5).toInt();
    s.team.numUsedLicenses = q->value(6).toInt();
    s.admin.teamMemberId = q->value(7).toString();
    s.admin.email = q->value(8).toString();
    s.admin.displayName = q->value(9).toString();
    s.admin.accountId = q->value(10).toString();
    counts->accounts = q->value(11).toInt();
    counts->roles = q->value(12).toInt();
    counts->groups = q->value(13).toInt();
    counts->memberships = q->value(14).toInt();
    return s;
}

// Everything of a complete run but its header: roles, groups, accounts and memberships. With a
// second connection on the same data (SharedSnapshot.h), the memberships are read on a thread of
// their own meanwhile: they are about a third of the work, and a run's tables do not depend on
// each other. nextSeqs: "<table>#<run>" -> the next listing position, for patches to come
// (StorePrivate.h).
Expected<void> loadTables(const QSqlDatabase &db, sqlite3 *second, qint64 runId, int accountsHint, int membershipsHint,
                          Snapshot *s, QHash<QString, qint64> *nextSeqs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 accountsNext = 0;
    qint64 membershipsNext = 0;
    qint64 membershipsMs = 0;
    Expected<QVector<Membership>> memberships = QVector<Membership>();
    const auto readMemberships = [&](sqlite3 *on) {
        QElapsedTimer own;
        own.start();
        memberships = loadMemberships(on, runId, membershipsHint, &membershipsNext);
        membershipsMs = own.elapsed();
    };
    std::thread side;
    if (second)
        side = std::thread(readMemberships, second);
    const Expected<void> entities = loadEntities(sqliteHandle(db), runId, accountsHint, s, &accountsNext);
    const qint64 entitiesMs = clock.elapsed();
    if (side.joinable())
        side.join();
    else if (entities)
        readMemberships(sqliteHandle(db));
    qCDebug(lcStore) << "loaded run" << runId << (second ? "on two connections" : "on one connection")
                     << ": roles, groups, accounts" << entitiesMs << "ms, memberships" << membershipsMs << "ms, in all"
                     << clock.elapsed() << "ms";
    if (!entities)
        return entities;
    if (!memberships)
        return unexpected(memberships.error());
    s->memberships = std::move(*memberships);
    const QString run = QLatin1Char('#') + QString::number(runId);
    nextSeqs->insert(QStringLiteral("accounts") + run, accountsNext);
    nextSeqs->insert(QStringLiteral("memberships") + run, membershipsNext);
    return {};
}

} // namespace

QVector<RunInfo> SnapshotStore::runs() const
{
    QVector<RunInfo> out;
    if (!d->open)
        return out;
    Expected<QSqlQuery> q
        = runQuery(d->db, QStringLiteral("SELECT %1 FROM sync_runs ORDER BY id DESC").arg(QLatin1String(kRunColumns)));
    if (!q) {
        qCWarning(lcStore) << "runs:" << q.error().detail;
        return out;
    }
    while (q->next())
        out.push_back(readRun(*q));
    return out;
}

std::optional<RunInfo> SnapshotStore::run(qint64 runId) const
{
    if (!d->open)
        return std::nullopt;
    Expected<QSqlQuery> q = runQuery(
        d->db, QStringLiteral("SELECT %1 FROM sync_runs WHERE id = ?").arg(QLatin1String(kRunColumns)), {runId});
    if (!q || !q->next())
        return std::nullopt;
    return readRun(*q);
}

qint64 SnapshotStore::latestCompleteRun() const { return previousCompleteRun(std::numeric_limits<qint64>::max()); }

qint64 SnapshotStore::previousCompleteRun(qint64 runId) const
{
    if (!d->open)
        return 0;
    Expected<QSqlQuery> q = runQuery(
        d->db, QStringLiteral("SELECT MAX(id) FROM sync_runs WHERE status = 'complete' AND id < ?"), {runId});
    if (!q || !q->next())
        return 0;
    return q->value(0).toLongLong();
}

qint64 SnapshotStore::dataVersion() const
{
    if (!d->open)
        return 0;
    Expected<QSqlQuery> q = runQuery(d->db, QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return -1; // unknown: never equal to a version read before, so the holder reloads
    return q->value(0).toLongLong();
}

Expected<Snapshot> SnapshotStore::load(qint64 runId) const
{
    if (!d->open)
        return notOpen();
    // One read transaction (two, on the same data: SharedSnapshot.h): a writer committing
    // meanwhile cannot show through between tables.
    Transaction tx(d->db);
    SharedSnapshot shared;
    const Expected<void> ready = shared.begin(
        d->liveKeyPath, runId, [&] { return d->beginOnRun(tx, Transaction::Read, runId, Private::RunNeed::Complete); });
    if (!ready)
        return unexpected(ready.error());
    RunCounts hints;
    Expected<Snapshot> s = loadHeader(d->db, runId, &hints);
    if (!s)
        return s;
    if (Expected<void> tables
        = loadTables(d->db, shared.second(), runId, hints.accounts, hints.memberships, &*s, &d->nextSeqs);
        !tables)
        return unexpected(tables.error());
    if (Expected<void> activity = loadActivity(d->db, &*s); !activity)
        return unexpected(activity.error());
    (void)tx.commit();
    return s;
}

Expected<Snapshot> SnapshotStore::loadWithRows(qint64 runId, const Snapshot &rows) const
{
    if (!d->open)
        return notOpen();
    {
        // The counts are compared inside the read transaction that reads the header and the
        // sign-ins, so a write between the check and the read cannot slip through.
        Transaction tx(d->db);
        if (const Expected<void> ready = d->beginOnRun(tx, Transaction::Read, runId, Private::RunNeed::Complete);
            !ready)
            return unexpected(ready.error());
        RunCounts counts;
        Expected<Snapshot> s = loadHeader(d->db, runId, &counts);
        if (!s)
            return s;
        if (counts.accounts == rows.accounts.size() && counts.roles == rows.roles.size()
            && counts.groups == rows.groups.size() && counts.memberships == rows.memberships.size()) {
            s->accounts = rows.accounts;
            s->roles = rows.roles;
            s->groups = rows.groups;
            s->memberships = rows.memberships;
            if (Expected<void> activity = loadActivity(d->db, &*s); !activity)
                return unexpected(activity.error());
            (void)tx.commit();
            return s;
        }
    }
    qCWarning(lcStore) << "run" << runId << "holds other rows than the sync kept: read back from the file";
    return load(runId);
}

} // namespace dbx
