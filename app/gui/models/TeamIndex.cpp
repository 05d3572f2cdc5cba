#include "models/TeamIndex.h"

#include <algorithm>
#include <numeric>

namespace dbx::gui {

std::shared_ptr<const TeamIndex> TeamIndex::build(const Snapshot &snapshot)
{
    auto ix = std::make_shared<TeamIndex>();
    ix->snapshot = snapshot;
    const Snapshot &s = ix->snapshot;
    const int na = s.accounts.size();
    const int ng = s.groups.size();
    const int nr = s.roles.size();
    const int nm = s.memberships.size();

    ix->accountById.reserve(na);
    for (int i = 0; i < na; ++i)
        ix->accountById.insert(s.accounts[i].teamMemberId, i);
    ix->groupById.reserve(ng);
    for (int i = 0; i < ng; ++i)
        ix->groupById.insert(s.groups[i].id, i);
    ix->roleById.reserve(nr);
    for (int i = 0; i < nr; ++i)
        ix->roleById.insert(s.roles[i].id, i);

    ix->membershipAccount.resize(nm);
    ix->membershipGroup.resize(nm);
    ix->membershipsOfAccount.resize(na);
    ix->membershipsOfGroup.resize(ng);
    ix->groupMemberCount.fill(0, ng);
    ix->groupOwnerCount.fill(0, ng);
    for (int i = 0; i < nm; ++i) {
        const Membership &m = s.memberships[i];
        const int a = ix->accountById.value(m.teamMemberId, -1);
        const int g = ix->groupById.value(m.groupId, -1);
        ix->membershipAccount[i] = a;
        ix->membershipGroup[i] = g;
        if (a >= 0)
            ix->membershipsOfAccount[a].push_back(i);
        if (g >= 0) {
            ix->membershipsOfGroup[g].push_back(i);
            if (m.accessType == AccessType::Owner)
                ++ix->groupOwnerCount[g];
            else
                ++ix->groupMemberCount[g];
        }
    }

    ix->accountRemoved.resize(na);
    for (int i = 0; i < na; ++i)
        ix->accountRemoved[i] = s.accounts[i].status == AccountStatus::Removed ? 1 : 0;
    ix->accountRole.fill(-1, na);
    ix->holdersOfRole.resize(nr);
    for (int i = 0; i < na; ++i) {
        const QString &roleId = s.accounts[i].roleId;
        if (roleId.isEmpty())
            continue;
        const int r = ix->roleById.value(roleId, -1);
        ix->accountRole[i] = r;
        if (r >= 0)
            ix->holdersOfRole[r].push_back(i);
    }

    // Lowercased once, compared with the plain (vectorised) UTF-16 order: several times faster
    // than case-insensitive compares inside the sort.
    QVector<QString> lowered(na);
    for (int i = 0; i < na; ++i)
        lowered[i] = accountLabel(s.accounts[i]).toLower();
    QVector<int> order(na);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&lowered](int x, int y) { return lowered[x] < lowered[y]; });
    ix->accountNameRank.resize(na);
    for (int k = 0; k < na; ++k)
        ix->accountNameRank[order[k]] = k;
    return ix;
}

const Account *TeamIndex::account(const QString &teamMemberId) const
{
    const int i = accountIndex(teamMemberId);
    return i < 0 ? nullptr : &snapshot.accounts[i];
}

const Group *TeamIndex::group(const QString &groupId) const
{
    const int i = groupIndex(groupId);
    return i < 0 ? nullptr : &snapshot.groups[i];
}

const Role *TeamIndex::role(const QString &roleId) const
{
    const int i = roleIndex(roleId);
    return i < 0 ? nullptr : &snapshot.roles[i];
}

QString accountLabel(const Account &a)
{
    if (!a.displayName.isEmpty())
        return a.displayName;
    const QString joined = (a.givenName + QLatin1Char(' ') + a.surname).trimmed();
    return joined.isEmpty() ? a.email : joined;
}

} // namespace dbx::gui
