// Patching the newest complete run in place after a group was created, changed or deleted.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

Expected<void> SnapshotStore::upsertGroup(qint64 runId, const Group &g)
{
    if (!d->open)
        return notOpen();
    if (g.id.isEmpty())
        return fail(Error::Kind::Invalid, tr("the group has no group id"));
    return d->patch(runId, [&]() -> Expected<void> {
        // The count is the memberships' to keep (upsertMembership adjusts it): a changed group keeps
        // its own, a new one starts at zero (or unknown, when Dropbox did not say).
        const QVariant count = g.memberCount < 0 ? QVariant() : QVariant(0);
        const Expected<bool> inserted
            = d->upsertRow("groups", runId,
                           QStringLiteral("UPDATE groups SET name = ?, management_type = ?, external_id = ?"
                                          " WHERE run_id = ? AND group_id = ?"),
                           {g.name, toWire(g.managementType), g.externalId, runId, g.id},
                           QStringLiteral("group_id, name, management_type, external_id, member_count"),
                           {g.id, g.name, toWire(g.managementType), g.externalId, count});
        if (!inserted)
            return unexpected(inserted.error());
        return *inserted ? d->adjustRunCount(runId, "num_groups", 1) : Expected<void>();
    });
}

Expected<void> SnapshotStore::deleteGroup(qint64 runId, const QString &groupId)
{
    if (!d->open)
        return notOpen();
    return d->patch(runId, [&]() -> Expected<void> {
        // Its members leave it: their group lists and the run's count follow.
        QStringList members;
        {
            Expected<QSqlQuery> q = runQuery(
                d->db, QStringLiteral("SELECT team_member_id FROM memberships WHERE run_id = ? AND group_id = ?"),
                {runId, groupId});
            if (!q)
                return unexpected(q.error());
            while (q->next())
                members.push_back(q->value(0).toString());
        }
        for (const QString &m : std::as_const(members)) {
            if (Expected<void> done = d->editGroupIds(runId, m, groupId, false); !done)
                return done;
        }
        if (Expected<void> gone = runStatement(
                d->db, QStringLiteral("DELETE FROM memberships WHERE run_id = ? AND group_id = ?"), {runId, groupId});
            !gone)
            return gone;
        if (!members.isEmpty()) {
            if (Expected<void> done = d->adjustRunCount(runId, "num_memberships", -int(members.size())); !done)
                return done;
        }
        const Expected<int> deleted = runChange(
            d->db, QStringLiteral("DELETE FROM groups WHERE run_id = ? AND group_id = ?"), {runId, groupId});
        if (!deleted)
            return unexpected(deleted.error());
        return *deleted > 0 ? d->adjustRunCount(runId, "num_groups", -1) : Expected<void>();
    });
}

} // namespace dbx
