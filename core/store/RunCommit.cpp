// Writing runs: begin, commit a snapshot in one transaction, abandon, prune.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace dbx {

using namespace sqlstore;

namespace {

// The order in which to insert rows: by primary key, so that SQLite appends to the b-tree's
// rightmost page instead of splitting pages all over the file (measured: several times faster
// for half a million memberships). The key order only needs to be close to SQLite's (UTF-8
// bytes), not equal: it is a speed hint, and `seq` keeps the real order.
template <typename Less>
std::vector<int> keyOrder(qsizetype n, Less less)
{
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < int(n); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), less);
    return order;
}

// Inserts the rows `order` names, several to a statement. Qt's QSQLITE driver pays per value
// bound and again per exec (reset, bookkeeping, a fresh step); several rows a statement cut the
// per-exec part. Measured for 500k memberships: ~35% less CPU at 10 rows a statement, no further
// gain past ~50. Under 999 values a statement suits even old SQLite builds.
template <typename Bind>
bool insertRows(const QSqlDatabase &db, const QString &head, const QString &row, int params,
                const std::vector<int> &order, Bind bind, QString *error)
{
    const size_t perStatement = size_t(std::max(1, std::min(50, 999 / params)));
    QSqlQuery many(db);
    QSqlQuery one(db);
    if (order.size() >= perStatement) {
        QStringList rows;
        for (size_t r = 0; r < perStatement; ++r)
            rows << row;
        if (!many.prepare(head + rows.join(QStringLiteral(", ")))) {
            setError(error, sqlError(many));
            return false;
        }
    }
    if (order.size() % perStatement && !one.prepare(head + row)) {
        setError(error, sqlError(one));
        return false;
    }
    for (size_t i = 0; i < order.size();) {
        const bool full = order.size() - i >= perStatement;
        QSqlQuery &q = full ? many : one;
        const size_t k = full ? perStatement : 1;
        for (size_t r = 0; r < k; ++r)
            bind(q, int(r) * params, order[i + r]);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        i += k;
    }
    return true;
}

} // namespace

qint64 SnapshotStore::beginRun(QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return 0;
    }
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT INTO sync_runs(started_at, status) VALUES (?, 'running')"));
    q.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        setError(error, sqlError(q));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    d->live(id, true);
    qCDebug(lcStore) << "began sync run" << id;
    return id;
}

bool SnapshotStore::commitRun(qint64 runId, const Snapshot &s, qint64 requests, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error))
        return false;
    {
        QString why;
        const QString status = d->status(runId, &why);
        if (!why.isEmpty()) {
            setError(error, why);
            return false;
        }
        // "interrupted" too: another process may have opened the file while this sync was alive
        // and taken it for a crash; the sync finishing proves otherwise.
        if (status != kRunning && status != QLatin1String("interrupted")) {
            setError(error, status.isEmpty() ? tr("there is no sync run %1").arg(runId)
                                             : tr("sync run %1 cannot be saved: it is already %2").arg(runId).arg(status));
            return false;
        }
    }
    // Leftovers cannot exist (a commit is all or nothing), but a run must only ever hold its own rows.
    for (const char *table : {"accounts", "roles", "groups", "memberships"}) {
        if (!d->exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId), error))
            return false;
    }

    // Rows go in sorted by key (see keyOrder); a key listed twice is caught here, where it can be
    // named, rather than as SQLite's bare UNIQUE error.
    const QString run = QString::number(runId);
    auto duplicate = [&](const char *what, const QString &id) {
        setError(error, tr("the snapshot lists %1 %2 twice").arg(QLatin1String(what), id));
        qCWarning(lcStore) << "commit of run" << runId << "refused: duplicate" << what << id;
        return false;
    };
    auto failed = [&](const char *what, const QString &why) {
        setError(error, tr("cannot save the %1: %2").arg(QLatin1String(what), why));
        qCWarning(lcStore) << "commit of run" << runId << "failed:" << why;
        return false;
    };
    QString why;
    {
        const std::vector<int> order = keyOrder(s.roles.size(), [&s](int a, int b) { return s.roles.at(a).id < s.roles.at(b).id; });
        for (size_t i = 1; i < order.size(); ++i) {
            if (s.roles.at(order[i]).id == s.roles.at(order[i - 1]).id)
                return duplicate("role", s.roles.at(order[i]).id);
        }
        if (!insertRows(d->db, QStringLiteral("INSERT INTO roles(run_id, role_id, seq, name, description) VALUES "),
                        QStringLiteral("(%1, ?, ?, ?, ?)").arg(run), 4, order,
                        [&s](QSqlQuery &q, int p, int i) {
                            const Role &r = s.roles.at(i);
                            q.bindValue(p, r.id);
                            q.bindValue(p + 1, i);
                            q.bindValue(p + 2, r.name);
                            q.bindValue(p + 3, r.description);
                        }, &why)) {
            return failed("roles", why);
        }
    }
    {
        const std::vector<int> order = keyOrder(s.groups.size(), [&s](int a, int b) { return s.groups.at(a).id < s.groups.at(b).id; });
        for (size_t i = 1; i < order.size(); ++i) {
            if (s.groups.at(order[i]).id == s.groups.at(order[i - 1]).id)
                return duplicate("group", s.groups.at(order[i]).id);
        }
        if (!insertRows(d->db, QStringLiteral("INSERT INTO groups(run_id, group_id, seq, name, management_type, external_id,"
                                              " member_count) VALUES "),
                        QStringLiteral("(%1, ?, ?, ?, ?, ?, ?)").arg(run), 6, order,
                        [&s](QSqlQuery &q, int p, int i) {
                            const Group &g = s.groups.at(i);
                            q.bindValue(p, g.id);
                            q.bindValue(p + 1, i);
                            q.bindValue(p + 2, g.name);
                            q.bindValue(p + 3, toWire(g.managementType));
                            q.bindValue(p + 4, g.externalId);
                            q.bindValue(p + 5, countValue(g.memberCount));
                        }, &why)) {
            return failed("groups", why);
        }
    }
    QElapsedTimer clock;
    clock.start();
    {
        const std::vector<int> order = keyOrder(s.accounts.size(), [&s](int a, int b) {
            return s.accounts.at(a).teamMemberId < s.accounts.at(b).teamMemberId;
        });
        for (size_t i = 1; i < order.size(); ++i) {
            if (s.accounts.at(order[i]).teamMemberId == s.accounts.at(order[i - 1]).teamMemberId)
                return duplicate("account", s.accounts.at(order[i]).teamMemberId);
        }
        if (!insertRows(d->db, QStringLiteral("INSERT INTO accounts(run_id, seq, %1) VALUES ").arg(QLatin1String(kAccountColumns)),
                        QStringLiteral("(%1, ?, %2)").arg(run, placeholders(kAccountColumnCount)), kAccountColumnCount + 1,
                        order,
                        [&s](QSqlQuery &q, int p, int i) {
                            q.bindValue(p, i);
                            bindAccount(q, p + 1, s.accounts.at(i));
                        }, &why)) {
            return failed("accounts", why);
        }
    }
    const qint64 accountsMs = clock.restart();
    {
        const std::vector<int> order = keyOrder(s.memberships.size(), [&s](int a, int b) {
            const Membership &x = s.memberships.at(a);
            const Membership &y = s.memberships.at(b);
            const int c = x.groupId.compare(y.groupId);
            return c < 0 || (c == 0 && x.teamMemberId < y.teamMemberId);
        });
        for (size_t i = 1; i < order.size(); ++i) {
            const Membership &x = s.memberships.at(order[i]);
            const Membership &y = s.memberships.at(order[i - 1]);
            if (x.groupId == y.groupId && x.teamMemberId == y.teamMemberId)
                return duplicate("membership", x.groupId + QLatin1Char('/') + x.teamMemberId);
        }
        const QString member = toWire(AccessType::Member);
        const QString owner = toWire(AccessType::Owner);
        if (!insertRows(d->db, QStringLiteral("INSERT INTO memberships(run_id, group_id, team_member_id, seq, access_type) VALUES "),
                        QStringLiteral("(%1, ?, ?, ?, ?)").arg(run), 4, order,
                        [&](QSqlQuery &q, int p, int i) {
                            const Membership &m = s.memberships.at(i);
                            q.bindValue(p, m.groupId);
                            q.bindValue(p + 1, m.teamMemberId);
                            q.bindValue(p + 2, i);
                            q.bindValue(p + 3, m.accessType == AccessType::Owner ? owner : member);
                        }, &why)) {
            return failed("memberships", why);
        }
    }
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
            "UPDATE sync_runs SET status = 'complete', error = NULL,"
            " started_at = COALESCE(?, started_at), finished_at = ?,"
            " team_name = ?, team_id = ?, num_licensed = ?, num_provisioned = ?, num_used = ?,"
            " admin_member_id = ?, admin_email = ?, admin_name = ?, admin_account_id = ?, requests = ?,"
            " num_accounts = ?, num_roles = ?, num_groups = ?, num_memberships = ? WHERE id = ?"));
        int i = 0;
        q.bindValue(i++, timeValue(s.startedAt));
        q.bindValue(i++, s.finishedAt.isValid() ? s.finishedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
        q.bindValue(i++, s.team.name);
        q.bindValue(i++, s.team.teamId);
        q.bindValue(i++, s.team.numLicensedUsers);
        q.bindValue(i++, s.team.numProvisionedUsers);
        q.bindValue(i++, s.team.numUsedLicenses);
        q.bindValue(i++, s.admin.teamMemberId);
        q.bindValue(i++, s.admin.email);
        q.bindValue(i++, s.admin.displayName);
        q.bindValue(i++, s.admin.accountId);
        q.bindValue(i++, requests);
        q.bindValue(i++, int(s.accounts.size()));
        q.bindValue(i++, int(s.roles.size()));
        q.bindValue(i++, int(s.groups.size()));
        q.bindValue(i++, int(s.memberships.size()));
        q.bindValue(i++, runId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
    }
    const qint64 membershipsMs = clock.restart();
    if (!tx.commit(error))
        return false;
    qCDebug(lcStore) << "commit of run" << runId << ": accounts" << accountsMs << "ms, memberships" << membershipsMs
                     << "ms, commit" << clock.elapsed() << "ms";
    d->live(runId, false);
    qCInfo(lcStore) << "sync run" << runId << "complete:" << s.accounts.size() << "accounts," << s.groups.size()
                    << "groups," << s.memberships.size() << "memberships";
    return true;
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
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET status = ?, error = ?, finished_at = ?"
                             " WHERE id = ? AND status IN ('running', 'interrupted')"));
    q.bindValue(0, st);
    q.bindValue(1, error.isEmpty() ? QVariant() : QVariant(error));
    q.bindValue(2, QDateTime::currentMSecsSinceEpoch());
    q.bindValue(3, runId);
    d->live(runId, false);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot abandon run" << runId << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

int SnapshotStore::pruneRuns(int keep)
{
    if (!d->open)
        return 0;
    // The newest complete run is what every view shows: never prune it, whatever keep says.
    keep = std::max(keep, 1);
    QString why;
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, &why)) {
        qCWarning(lcStore) << "prune:" << why;
        return 0;
    }
    qint64 oldestKept = 0;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM sync_runs WHERE status = 'complete' ORDER BY id DESC LIMIT 1 OFFSET ?"));
        q.bindValue(0, keep - 1);
        if (!q.exec()) {
            qCWarning(lcStore) << "prune:" << q.lastError().text();
            return 0;
        }
        if (!q.next())
            return 0;             // fewer complete runs than keep
        oldestKept = q.value(0).toLongLong();
    }
    // Runs older than the oldest kept snapshot go, failed ones too: they carry no rows, and a
    // failure from before every kept snapshot no longer explains anything the views show.
    QVector<qint64> doomed;
    int complete = 0;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, status FROM sync_runs WHERE id < ? AND status <> 'running'"));
        q.bindValue(0, oldestKept);
        if (!q.exec()) {
            qCWarning(lcStore) << "prune:" << q.lastError().text();
            return 0;
        }
        while (q.next()) {
            doomed.push_back(q.value(0).toLongLong());
            if (q.value(1).toString() == kComplete)
                ++complete;
        }
    }
    for (qint64 id : doomed) {
        for (const char *table : {"memberships", "accounts", "groups", "roles"}) {
            if (!d->exec(QStringLiteral("DELETE FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(id), &why)) {
                qCWarning(lcStore) << "prune:" << why;
                return 0;
            }
        }
        if (!d->exec(QStringLiteral("DELETE FROM sync_runs WHERE id = %1").arg(id), &why)) {
            qCWarning(lcStore) << "prune:" << why;
            return 0;
        }
    }
    if (!tx.commit(&why)) {
        qCWarning(lcStore) << "prune:" << why;
        return 0;
    }
    if (!doomed.isEmpty())
        qCInfo(lcStore) << "pruned" << doomed.size() << "runs," << complete << "of them complete";
    return complete;
}

} // namespace dbx
