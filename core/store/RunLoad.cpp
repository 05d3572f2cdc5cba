// Reading runs: the list of runs and one run's whole snapshot.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
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
    r.id = q.value(0).toLongLong();
    r.startedAt = timeFrom(q.value(1));
    r.finishedAt = timeFrom(q.value(2));
    r.status = q.value(3).toString();
    r.error = q.value(4).toString();
    r.teamName = q.value(5).toString();
    r.accounts = q.value(6).toInt();
    r.groups = q.value(7).toInt();
    r.roles = q.value(8).toInt();
    r.memberships = q.value(9).toInt();
    r.requests = q.value(10).toLongLong();
    return r;
}

} // namespace

QVector<Account> SnapshotStore::Private::loadAccounts(qint64 runId, int sizeHint, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, %1 FROM accounts WHERE run_id = ?").arg(QLatin1String(kAccountColumns)));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Account> rows;
    std::vector<qint64> seqs;
    rows.reserve(sizeHint);
    seqs.reserve(size_t(sizeHint));
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        rows.push_back(readAccount(q, 1));
    }
    if (q.lastError().isValid())
        setError(error, sqlError(q));
    return inSeqOrder(rows, seqs);
}

QVector<Group> SnapshotStore::Private::loadGroups(qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, %1 FROM groups WHERE run_id = ?").arg(QLatin1String(kGroupColumns)));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Group> rows;
    std::vector<qint64> seqs;
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        rows.push_back(readGroup(q, 1));
    }
    return inSeqOrder(rows, seqs);
}

QVector<Role> SnapshotStore::Private::loadRoles(qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, role_id, name, description FROM roles WHERE run_id = ?"));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Role> rows;
    std::vector<qint64> seqs;
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        rows.push_back(Role{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return inSeqOrder(rows, seqs);
}

QVector<Membership> SnapshotStore::Private::loadMemberships(qint64 runId, int sizeHint, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // access_type comes back as 0/1: an integer costs no string per row, and there are many rows.
    q.prepare(QStringLiteral("SELECT seq, group_id, team_member_id, access_type = 'owner' FROM memberships WHERE run_id = ?"));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return {};
    }
    QVector<Membership> rows;
    std::vector<qint64> seqs;
    rows.reserve(sizeHint);
    seqs.reserve(size_t(sizeHint));
    // Rows come in key order, so one group's id repeats in a run: share one string for it rather
    // than hold a copy per membership.
    QString groupId;
    while (q.next()) {
        seqs.push_back(q.value(0).toLongLong());
        const QVariant g = q.value(1);
        if (g.toString() != groupId)
            groupId = g.toString();
        rows.push_back({groupId, q.value(2).toString(),
                        q.value(3).toInt() != 0 ? AccessType::Owner : AccessType::Member});
    }
    if (q.lastError().isValid())
        setError(error, sqlError(q));
    return inSeqOrder(rows, seqs);
}

QVector<RunInfo> SnapshotStore::runs() const
{
    QVector<RunInfo> out;
    if (!d->open)
        return out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_runs ORDER BY id DESC").arg(QLatin1String(kRunColumns)))) {
        qCWarning(lcStore) << "runs:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.push_back(readRun(q));
    return out;
}

std::optional<RunInfo> SnapshotStore::run(qint64 runId) const
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sync_runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    q.bindValue(0, runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRun(q);
}

qint64 SnapshotStore::latestCompleteRun() const
{
    return previousCompleteRun(std::numeric_limits<qint64>::max());
}

qint64 SnapshotStore::previousCompleteRun(qint64 runId) const
{
    if (!d->open)
        return 0;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MAX(id) FROM sync_runs WHERE status = 'complete' AND id < ?"));
    q.bindValue(0, runId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<Snapshot> SnapshotStore::load(qint64 runId, QString *error) const
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return std::nullopt;
    }
    // One read transaction: a writer committing meanwhile cannot show through between tables.
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Read, error) || !d->requireComplete(runId, error))
        return std::nullopt;
    Snapshot s;
    s.runId = runId;
    int accountsHint = 0;
    int membershipsHint = 0;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT started_at, finished_at, team_name, team_id, num_licensed, num_provisioned,"
                                 " num_used, admin_member_id, admin_email, admin_name, admin_account_id,"
                                 " num_accounts, num_memberships FROM sync_runs WHERE id = ?"));
        q.bindValue(0, runId);
        if (!q.exec() || !q.next()) {
            setError(error, sqlError(q));
            return std::nullopt;
        }
        s.startedAt = timeFrom(q.value(0));
        s.finishedAt = timeFrom(q.value(1));
        s.team.name = q.value(2).toString();
        s.team.teamId = q.value(3).toString();
        s.team.numLicensedUsers = q.value(4).toInt();
        s.team.numProvisionedUsers = q.value(5).toInt();
        s.team.numUsedLicenses = q.value(6).toInt();
        s.admin.teamMemberId = q.value(7).toString();
        s.admin.email = q.value(8).toString();
        s.admin.displayName = q.value(9).toString();
        s.admin.accountId = q.value(10).toString();
        accountsHint = q.value(11).toInt();
        membershipsHint = q.value(12).toInt();
    }
    QString why;
    QElapsedTimer clock;
    clock.start();
    s.roles = d->loadRoles(runId, &why);
    if (why.isEmpty())
        s.groups = d->loadGroups(runId, &why);
    if (why.isEmpty())
        s.accounts = d->loadAccounts(runId, accountsHint, &why);
    const qint64 accountsMs = clock.restart();
    if (why.isEmpty())
        s.memberships = d->loadMemberships(runId, membershipsHint, &why);
    qCDebug(lcStore) << "loaded run" << runId << ": accounts" << accountsMs << "ms, memberships" << clock.elapsed() << "ms";
    if (!why.isEmpty()) {
        setError(error, why);
        return std::nullopt;
    }
    tx.commit(nullptr);
    return s;
}

} // namespace dbx
