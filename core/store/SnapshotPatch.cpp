// Patching the newest complete run in place after a provisioning change.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

bool SnapshotStore::Private::adjustRunCount(qint64 runId, const char *column, int delta, QString *error) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_runs SET %1 = MAX(0, %1 + ?) WHERE id = ?").arg(QLatin1String(column)));
    q.bindValue(0, delta);
    q.bindValue(1, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return false;
    }
    return true;
}

bool SnapshotStore::Private::adjustMemberCount(qint64 runId, const QString &groupId, int delta, QString *error) const
{
    // An unknown count (NULL) stays unknown: adding one to "not said" says nothing either.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE groups SET member_count = MAX(0, member_count + ?)"
                             " WHERE run_id = ? AND group_id = ? AND member_count IS NOT NULL"));
    q.bindValue(0, delta);
    q.bindValue(1, runId);
    q.bindValue(2, groupId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return false;
    }
    return true;
}

// Keeps the account's profile.groups in step with a membership change, as Dropbox would report it
// on the next sync.
bool SnapshotStore::Private::editGroupIds(qint64 runId, const QString &teamMemberId, const QString &groupId,
                                          bool add, QString *error) const
{
    QStringList ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT group_ids FROM accounts WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        if (!q.next())
            return true;          // a membership of someone not in the listing: nothing to edit
        ids = stringListFrom(q.value(0));
    }
    const bool has = ids.contains(groupId);
    if (add == has)
        return true;
    if (add)
        ids.push_back(groupId);
    else
        ids.removeAll(groupId);
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE accounts SET group_ids = ? WHERE run_id = ? AND team_member_id = ?"));
    u.bindValue(0, stringListValue(ids));
    u.bindValue(1, runId);
    u.bindValue(2, teamMemberId);
    if (!u.exec()) {
        setError(error, sqlError(u));
        return false;
    }
    return true;
}

qint64 SnapshotStore::Private::nextSeq(const char *table, qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq) + 1, 0) FROM %1 WHERE run_id = ?").arg(QLatin1String(table)));
    q.bindValue(0, runId);
    if (!q.exec() || !q.next()) {
        setError(error, sqlError(q));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool SnapshotStore::upsertAccount(qint64 runId, const Account &a, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    if (a.teamMemberId.isEmpty()) {
        setError(error, tr("the account has no team member id"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    bool existed = false;
    {
        // The account keeps its place in the listing; only a new one goes to the end.
        QString sets;
        const QStringList cols = QString::fromLatin1(kAccountColumns).split(QLatin1Char(','));
        for (const QString &c : cols)
            sets += (sets.isEmpty() ? QString() : QStringLiteral(", ")) + c.trimmed() + QStringLiteral(" = ?");
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE accounts SET %1 WHERE run_id = ? AND team_member_id = ?").arg(sets));
        bindAccount(q, 0, a);
        q.bindValue(kAccountColumnCount, runId);
        q.bindValue(kAccountColumnCount + 1, a.teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    if (!existed) {
        const qint64 seq = d->nextSeq("accounts", runId, error);
        if (seq < 0)
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO accounts(run_id, seq, %1) VALUES (?, ?, %2)")
                      .arg(QLatin1String(kAccountColumns), placeholders(kAccountColumnCount)));
        q.bindValue(0, runId);
        q.bindValue(1, seq);
        bindAccount(q, 2, a);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        if (!d->adjustRunCount(runId, "num_accounts", 1, error))
            return false;
    }
    return tx.commit(error);
}

bool SnapshotStore::deleteAccount(qint64 runId, const QString &teamMemberId, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    // Someone gone from the team is in no group any more: their memberships go with them, and
    // the groups' counts follow.
    QStringList groups;
    {
        QSqlQuery q(d->db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT group_id FROM memberships WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        while (q.next())
            groups.push_back(q.value(0).toString());
    }
    for (const QString &g : groups) {
        if (!d->adjustMemberCount(runId, g, -1, error))
            return false;
    }
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM memberships WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
    }
    if (!groups.isEmpty() && !d->adjustRunCount(runId, "num_memberships", -int(groups.size()), error))
        return false;
    bool existed = false;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM accounts WHERE run_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    if (existed && !d->adjustRunCount(runId, "num_accounts", -1, error))
        return false;
    return tx.commit(error);
}

bool SnapshotStore::upsertMembership(qint64 runId, const Membership &m, QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    if (m.groupId.isEmpty() || m.teamMemberId.isEmpty()) {
        setError(error, tr("the membership has no group id or no team member id"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    bool existed = false;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE memberships SET access_type = ?"
                                 " WHERE run_id = ? AND group_id = ? AND team_member_id = ?"));
        q.bindValue(0, toWire(m.accessType));
        q.bindValue(1, runId);
        q.bindValue(2, m.groupId);
        q.bindValue(3, m.teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    if (!existed) {
        const qint64 seq = d->nextSeq("memberships", runId, error);
        if (seq < 0)
            return false;
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO memberships(run_id, group_id, team_member_id, seq, access_type)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        q.bindValue(0, runId);
        q.bindValue(1, m.groupId);
        q.bindValue(2, m.teamMemberId);
        q.bindValue(3, seq);
        q.bindValue(4, toWire(m.accessType));
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        if (!d->adjustMemberCount(runId, m.groupId, 1, error)
            || !d->adjustRunCount(runId, "num_memberships", 1, error)
            || !d->editGroupIds(runId, m.teamMemberId, m.groupId, true, error)) {
            return false;
        }
    }
    return tx.commit(error);
}

bool SnapshotStore::deleteMembership(qint64 runId, const QString &groupId, const QString &teamMemberId,
                                     QString *error)
{
    if (!d->open) {
        setError(error, tr("the snapshot database is not open"));
        return false;
    }
    Transaction tx(d->db);
    if (!tx.begin(Transaction::Write, error) || !d->requireComplete(runId, error))
        return false;
    bool existed = false;
    {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("DELETE FROM memberships WHERE run_id = ? AND group_id = ? AND team_member_id = ?"));
        q.bindValue(0, runId);
        q.bindValue(1, groupId);
        q.bindValue(2, teamMemberId);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        existed = q.numRowsAffected() > 0;
    }
    // Deleting what is not there is no error: the snapshot already says what the caller wanted.
    if (existed
        && (!d->adjustMemberCount(runId, groupId, -1, error)
            || !d->adjustRunCount(runId, "num_memberships", -1, error)
            || !d->editGroupIds(runId, teamMemberId, groupId, false, error))) {
        return false;
    }
    return tx.commit(error);
}

} // namespace dbx
