#pragma once
// SnapshotChange: what one provisioning write (or a correction after asking Dropbox) changed in
// the newest snapshot, as values. The store writes it to the run's rows (SnapshotStore's
// upsertAccount, upsertMembership, deleteMembership); applyChange() folds the same change into a
// Snapshot held in memory, so the window and the ConductorOne task handler follow a write
// without reading 100,000 accounts back from SQLite.

#include "model/Types.h"

#include <QMetaType>
#include <QVector>

namespace dbx {

struct SnapshotChange {
    qint64 runId = 0; // the run the change was written to
    // Applied in this order, as the store does: memberships gone, memberships added or whose
    // access changed, then accounts (replaced by team_member_id, or added at the end).
    // Groups first: deleted ones (with their memberships), then created or changed ones (name,
    // external id, management; a new one at the end of the listing).
    QStringList removedGroups;
    QVector<Group> groups;
    QVector<Membership> removedMemberships;
    QVector<Membership> memberships;
    QVector<Account> accounts;
    bool isEmpty() const
    {
        return accounts.isEmpty() && memberships.isEmpty() && removedMemberships.isEmpty() && groups.isEmpty()
            && removedGroups.isEmpty();
    }
};

// Folds `change` into `snapshot` exactly as the store patches its rows: a group's known member
// count and the account's group list follow each membership added or removed, a membership
// already there only changes its access, removing what is not there does nothing. The caller
// checks that the change belongs to the snapshot's run.
void applyChange(Snapshot *snapshot, const SnapshotChange &change);

} // namespace dbx

Q_DECLARE_METATYPE(dbx::SnapshotChange)
