#include "model/SnapshotChange.h"

namespace dbx {

namespace {

int accountRow(const Snapshot &s, const QString &teamMemberId)
{
    for (int i = 0; i < s.accounts.size(); ++i) {
        if (s.accounts[i].teamMemberId == teamMemberId)
            return i;
    }
    return -1;
}

int membershipRow(const Snapshot &s, const QString &groupId, const QString &teamMemberId)
{
    // The member id first: it differs from row to row far more often than the group id does.
    for (int i = 0; i < s.memberships.size(); ++i) {
        const Membership &m = s.memberships[i];
        if (m.teamMemberId == teamMemberId && m.groupId == groupId)
            return i;
    }
    return -1;
}

// A membership came or went: the group's count (when Dropbox said it) and the account's groups follow.
void membershipChanged(Snapshot *s, const QString &groupId, const QString &teamMemberId, bool added)
{
    for (Group &g : s->groups) {
        if (g.id == groupId) {
            if (g.memberCount >= 0)
                g.memberCount = qMax(0, g.memberCount + (added ? 1 : -1));
            break;
        }
    }
    const int a = accountRow(*s, teamMemberId);
    if (a < 0)
        return;
    QStringList &ids = s->accounts[a].groupIds;
    if (added && !ids.contains(groupId))
        ids.push_back(groupId);
    else if (!added)
        ids.removeAll(groupId);
}

} // namespace

void applyChange(Snapshot *snapshot, const SnapshotChange &change)
{
    Snapshot &s = *snapshot;
    for (const QString &groupId : change.removedGroups) {
        for (int i = int(s.memberships.size()) - 1; i >= 0; --i) {
            if (s.memberships[i].groupId != groupId)
                continue;
            const QString member = s.memberships[i].teamMemberId;
            s.memberships.remove(i);
            membershipChanged(&s, groupId, member, false);
        }
        for (int i = 0; i < s.groups.size(); ++i) {
            if (s.groups[i].id == groupId) {
                s.groups.remove(i);
                break;
            }
        }
    }
    for (const Group &g : change.groups) {
        bool found = false;
        for (Group &old : s.groups) {
            if (old.id == g.id) {
                // Its count is the memberships' to keep.
                const int count = old.memberCount;
                old = g;
                old.memberCount = count;
                found = true;
                break;
            }
        }
        if (!found) {
            Group added = g;
            added.memberCount = g.memberCount < 0 ? -1 : 0; // the memberships below count in
            s.groups.push_back(added);
        }
    }
    for (const Membership &m : change.removedMemberships) {
        const int row = membershipRow(s, m.groupId, m.teamMemberId);
        if (row < 0)
            continue;
        s.memberships.remove(row);
        membershipChanged(&s, m.groupId, m.teamMemberId, false);
    }
    for (const Membership &m : change.memberships) {
        const int row = membershipRow(s, m.groupId, m.teamMemberId);
        if (row >= 0) {
            s.memberships[row].accessType = m.accessType;
            continue;
        }
        s.memberships.push_back(m);
        membershipChanged(&s, m.groupId, m.teamMemberId, true);
    }
    for (const Account &a : change.accounts) {
        const int row = accountRow(s, a.teamMemberId);
        if (row >= 0)
            s.accounts[row] = a;
        else
            s.accounts.push_back(a);
    }
}

} // namespace dbx
