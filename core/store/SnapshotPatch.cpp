// Patching the newest complete run in place after a provisioning change.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

namespace {
const char *const kMemberKey = "run_id = ? AND team_member_id = ?";
} // namespace

Expected<void> SnapshotStore::Private::patch(qint64 runId, const QString &refusal,
                                             const std::function<Expected<void>()> &change) const
{
    if (!open)
        return notOpen();
    if (!refusal.isEmpty())
        return fail(Error::Kind::Invalid, refusal);
    if (inPatch)
        return change(); // one step of applyChange(): its transaction holds every step
    Transaction tx(db);
    if (Expected<void> ready = beginOnRun(tx, Transaction::Write, runId, RunNeed::Complete); !ready)
        return ready;
    if (Expected<void> done = change(); !done)
        return done;
    return tx.commit();
}

Expected<void> SnapshotStore::Private::adjustRunCount(qint64 runId, const char *column, int delta) const
{
    return runStatement(
        db, QStringLiteral("UPDATE sync_runs SET %1 = MAX(0, %1 + ?) WHERE id = ?").arg(QLatin1String(column)),
        {delta, runId});
}

Expected<void> SnapshotStore::Private::adjustMemberCount(qint64 runId, const QString &groupId, int delta) const
{
    // An unknown count (NULL) stays unknown: adding one to "not said" says nothing either.
    return runStatement(db,
                        QStringLiteral("UPDATE groups SET member_count = MAX(0, member_count + ?)"
                                       " WHERE run_id = ? AND group_id = ? AND member_count IS NOT NULL"),
                        {delta, runId, groupId});
}

// Keeps the account's profile.groups in step with a membership change, as Dropbox would report it
// on the next sync.
Expected<void> SnapshotStore::Private::editGroupIds(qint64 runId, const QString &teamMemberId, const QString &groupId,
                                                    bool add) const
{
    QStringList ids;
    {
        Expected<QSqlQuery> q
            = runQuery(db, QStringLiteral("SELECT group_ids FROM accounts WHERE %1").arg(QLatin1String(kMemberKey)),
                       {runId, teamMemberId});
        if (!q)
            return unexpected(q.error());
        if (!q->next())
            return {}; // a membership of someone not in the listing: nothing to edit
        ids = stringListFrom(q->value(0));
    }
    const bool has = ids.contains(groupId);
    if (add == has)
        return {};
    if (add)
        ids.push_back(groupId);
    else
        ids.removeAll(groupId);
    return runStatement(db, QStringLiteral("UPDATE accounts SET group_ids = ? WHERE %1").arg(QLatin1String(kMemberKey)),
                        {stringListValue(ids), runId, teamMemberId});
}

// A membership came or went: the group's count, the run's count and the account's group ids follow.
Expected<void> SnapshotStore::Private::membershipChanged(qint64 runId, const QString &groupId,
                                                         const QString &teamMemberId, bool added) const
{
    const int delta = added ? 1 : -1;
    Expected<void> done = adjustMemberCount(runId, groupId, delta);
    if (done)
        done = adjustRunCount(runId, "num_memberships", delta);
    if (done)
        done = editGroupIds(runId, teamMemberId, groupId, added);
    return done;
}

Expected<qint64> SnapshotStore::Private::nextSeq(const char *table, qint64 runId) const
{
    const QString key = QLatin1String(table) + QLatin1Char('#') + QString::number(runId);
    if (const auto known = nextSeqs.constFind(key); known != nextSeqs.constEnd())
        return nextSeqs[key]++;
    Expected<QSqlQuery> q = runQuery(
        db, QStringLiteral("SELECT COALESCE(MAX(seq) + 1, 0) FROM %1 WHERE run_id = ?").arg(QLatin1String(table)),
        {runId});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return unexpected(sqlFailure(*q));
    const qint64 next = q->value(0).toLongLong();
    nextSeqs.insert(key, next + 1);
    return next;
}

Expected<bool> SnapshotStore::Private::upsertRow(const char *table, qint64 runId, const QString &update,
                                                 const QVariantList &updateValues, const QString &columns,
                                                 const QVariantList &values) const
{
    const Expected<int> updated = runChange(db, update, updateValues);
    if (!updated)
        return unexpected(updated.error());
    if (*updated > 0)
        return false;
    const Expected<qint64> seq = nextSeq(table, runId);
    if (!seq)
        return unexpected(seq.error());
    const Expected<void> inserted
        = runStatement(db,
                       QStringLiteral("INSERT INTO %1(run_id, seq, %2) VALUES (?, ?, %3)")
                           .arg(QLatin1String(table), columns, placeholders(int(values.size()))),
                       QVariantList{runId, *seq} + values);
    if (!inserted)
        return unexpected(inserted.error());
    return true;
}

Expected<void> SnapshotStore::Private::countInserted(const Expected<bool> &inserted, qint64 runId,
                                                     const char *countColumn) const
{
    if (!inserted)
        return unexpected(inserted.error());
    return *inserted ? adjustRunCount(runId, countColumn, 1) : Expected<void>();
}

Expected<void>
SnapshotStore::Private::deleteWithMemberships(qint64 runId, const char *table, const char *key, const QString &id,
                                              const char *otherColumn, const char *countColumn,
                                              const std::function<Expected<void>(const QString &other)> &leaving) const
{
    QStringList others;
    {
        Expected<QSqlQuery> q = runQuery(
            db,
            QStringLiteral("SELECT %1 FROM memberships WHERE %2").arg(QLatin1String(otherColumn), QLatin1String(key)),
            {runId, id});
        if (!q)
            return unexpected(q.error());
        while (q->next())
            others.push_back(q->value(0).toString());
    }
    for (const QString &other : std::as_const(others)) {
        if (Expected<void> done = leaving(other); !done)
            return done;
    }
    const Expected<void> left
        = runStatement(db, QStringLiteral("DELETE FROM memberships WHERE %1").arg(QLatin1String(key)), {runId, id});
    if (!left)
        return left;
    if (!others.isEmpty()) {
        if (Expected<void> done = adjustRunCount(runId, "num_memberships", -int(others.size())); !done)
            return done;
    }
    const Expected<int> deleted = runChange(
        db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(table), QLatin1String(key)), {runId, id});
    if (!deleted)
        return unexpected(deleted.error());
    return *deleted > 0 ? adjustRunCount(runId, countColumn, -1) : Expected<void>();
}

Expected<void> SnapshotStore::upsertAccount(qint64 runId, const Account &a)
{
    const QString refusal = a.teamMemberId.isEmpty() ? tr("the account has no team member id") : QString();
    return d->patch(runId, refusal, [&]() -> Expected<void> {
        // The account keeps its place in the listing; only a new one goes to the end.
        QStringList sets;
        for (const QString &c : QString::fromLatin1(kAccountColumns).split(QLatin1Char(',')))
            sets << c.trimmed() + QStringLiteral(" = ?");
        const Expected<bool> inserted = d->upsertRow(
            "accounts", runId,
            QStringLiteral("UPDATE accounts SET %1 WHERE %2")
                .arg(sets.join(QStringLiteral(", ")), QLatin1String(kMemberKey)),
            accountValues(a) + QVariantList{runId, a.teamMemberId}, QLatin1String(kAccountColumns), accountValues(a));
        return d->countInserted(inserted, runId, "num_accounts");
    });
}

Expected<void> SnapshotStore::deleteAccount(qint64 runId, const QString &teamMemberId)
{
    // Someone gone from the team is in no group any more: their memberships go with them, and the
    // groups' counts follow.
    return d->patch(runId, QString(), [&]() -> Expected<void> {
        return d->deleteWithMemberships(runId, "accounts", kMemberKey, teamMemberId, "group_id", "num_accounts",
                                        [&](const QString &g) { return d->adjustMemberCount(runId, g, -1); });
    });
}

Expected<void> SnapshotStore::upsertMembership(qint64 runId, const Membership &m)
{
    const QString refusal = m.groupId.isEmpty() || m.teamMemberId.isEmpty()
        ? tr("the membership has no group id or no team member id")
        : QString();
    return d->patch(runId, refusal, [&]() -> Expected<void> {
        const Expected<bool> inserted = d->upsertRow(
            "memberships", runId,
            QStringLiteral("UPDATE memberships SET access_type = ?"
                           " WHERE run_id = ? AND group_id = ? AND team_member_id = ?"),
            {toWire(m.accessType), runId, m.groupId, m.teamMemberId},
            QStringLiteral("group_id, team_member_id, access_type"), {m.groupId, m.teamMemberId, toWire(m.accessType)});
        if (!inserted)
            return unexpected(inserted.error());
        return *inserted ? d->membershipChanged(runId, m.groupId, m.teamMemberId, true) : Expected<void>();
    });
}

Expected<void> SnapshotStore::deleteMembership(qint64 runId, const QString &groupId, const QString &teamMemberId)
{
    return d->patch(runId, QString(), [&]() -> Expected<void> {
        const Expected<int> deleted = runChange(
            d->db, QStringLiteral("DELETE FROM memberships WHERE run_id = ? AND group_id = ? AND team_member_id = ?"),
            {runId, groupId, teamMemberId});
        if (!deleted)
            return unexpected(deleted.error());
        // Deleting what is not there is no error: the snapshot already says what the caller wanted.
        return *deleted > 0 ? d->membershipChanged(runId, groupId, teamMemberId, false) : Expected<void>();
    });
}

Expected<void> SnapshotStore::applyChange(const SnapshotChange &change)
{
    if (!d->open)
        return notOpen();
    if (change.isEmpty())
        return {};
    // Memberships first (the store keeps counts and group lists in step), then the account rows,
    // whose group list is the final word. One transaction: the change is stored whole or not at all.
    const qint64 runId = change.runId;
    const Expected<void> done = d->patch(runId, QString(), [&]() -> Expected<void> {
        d->inPatch = true;
        Expected<void> step;
        for (const QString &g : change.removedGroups)
            step = step ? deleteGroup(runId, g) : step;
        for (const Group &g : change.groups)
            step = step ? upsertGroup(runId, g) : step;
        for (const Membership &m : change.removedMemberships)
            step = step ? deleteMembership(runId, m.groupId, m.teamMemberId) : step;
        for (const Membership &m : change.memberships)
            step = step ? upsertMembership(runId, m) : step;
        for (const Account &a : change.accounts)
            step = step ? upsertAccount(runId, a) : step;
        d->inPatch = false;
        return step;
    });
    d->inPatch = false;
    return done;
}

} // namespace dbx
