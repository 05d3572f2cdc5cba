// Patching the newest complete run in place after a group was created, changed or deleted.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

namespace dbx {

using namespace sqlstore;

Expected<void> SnapshotStore::upsertGroup(qint64 runId, const Group &g)
{
    const QString refusal = g.id.isEmpty() ? tr("the group has no group id") : QString();
    return d->patch(runId, refusal, [&]() -> Expected<void> {
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
        return d->countInserted(inserted, runId, "num_groups");
    });
}

Expected<void> SnapshotStore::deleteGroup(qint64 runId, const QString &groupId)
{
    // Its members leave it: their group lists and the run's count follow.
    return d->patch(runId, QString(), [&]() -> Expected<void> {
        return d->deleteWithMemberships(
            runId, "groups", "run_id = ? AND group_id = ?", groupId, "team_member_id", "num_groups",
            [&](const QString &member) { return d->editGroupIds(runId, member, groupId, false); });
    });
}

} // namespace dbx
