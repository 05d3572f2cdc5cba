#include "models/TeamIndex.h"

#include <algorithm>
#include <numeric>
#include <thread>

namespace dbx::gui {

namespace {
const QChar kSep = QChar(0x1f); // a separator no needle contains, so keys never match across fields

// Per account, its label in lower case: the name order and the search keys both start from it.
QVector<QString> loweredLabels(const QVector<Account> &accounts)
{
    QVector<QString> labels(accounts.size());
    for (int i = 0; i < accounts.size(); ++i)
        labels[i] = lowered(accountLabel(accounts[i]));
    return labels;
}

// Per account, the text the account search matches: name, email, id, external id, admin role.
QVector<QString> searchKeys(const Snapshot &s, const QVector<QString> &labels, const QHash<QString, int> &roleById)
{
    QVector<QString> keys(s.accounts.size());
    for (int i = 0; i < s.accounts.size(); ++i) {
        const Account &a = s.accounts[i];
        QString rest = kSep + a.email + kSep + a.teamMemberId;
        if (!a.externalId.isEmpty())
            rest += kSep + a.externalId;
        if (const int r = a.roleId.isEmpty() ? -1 : roleById.value(a.roleId, -1); r >= 0)
            rest += kSep + s.roles.at(r).name;
        keys[i] = labels[i] + lowered(rest);
    }
    return keys;
}

// Per account, its position when all are ordered by name (case-insensitive).
// Lowercased once, compared with the plain (vectorised) UTF-16 order: several times faster than
// case-insensitive compares inside the sort.
QVector<int> nameRanks(const QVector<QString> &labels)
{
    const int na = labels.size();
    QVector<int> order(na);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&labels](int x, int y) { return labels[x] < labels[y]; });
    QVector<int> rank(na);
    for (int k = 0; k < na; ++k)
        rank[order[k]] = k;
    return rank;
}
} // namespace

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

    // The name order and the search keys are the largest pieces that need only the accounts:
    // they are made on a second core while this one indexes the memberships (a finished sync
    // shows sooner).
    std::thread sideline([ix, &s] {
        const QVector<QString> labels = loweredLabels(s.accounts);
        ix->accountNameRank = nameRanks(labels);
        ix->accountSearchKeys = searchKeys(s, labels, ix->roleById);
    });

    ix->membershipAccount.resize(nm);
    ix->membershipGroup.resize(nm);
    ix->membershipsOfAccount.resize(na);
    ix->membershipsOfGroup.resize(ng);
    ix->groupMemberCount.fill(0, ng);
    ix->groupOwnerCount.fill(0, ng);
    // Two passes over half a million memberships: resolve and count, then fill lists of the
    // right size, so no list grows (and reallocates) row by row. A group's rows come together,
    // so its id is looked up once per run of rows rather than once per row.
    QVector<int> perAccount(na, 0);
    const QString *lastGroupId = nullptr;
    int lastGroup = -1;
    for (int i = 0; i < nm; ++i) {
        const Membership &m = s.memberships[i];
        const int a = ix->accountById.value(m.teamMemberId, -1);
        if (!lastGroupId || m.groupId != *lastGroupId) {
            lastGroupId = &m.groupId;
            lastGroup = ix->groupById.value(m.groupId, -1);
        }
        const int g = lastGroup;
        ix->membershipAccount[i] = a;
        ix->membershipGroup[i] = g;
        if (a >= 0)
            ++perAccount[a];
        if (g >= 0) {
            if (m.accessType == AccessType::Owner)
                ++ix->groupOwnerCount[g];
            else
                ++ix->groupMemberCount[g];
        }
    }
    for (int a = 0; a < na; ++a)
        ix->membershipsOfAccount[a].reserve(perAccount[a]);
    for (int g = 0; g < ng; ++g)
        ix->membershipsOfGroup[g].reserve(ix->groupOwnerCount[g] + ix->groupMemberCount[g]);
    for (int i = 0; i < nm; ++i) {
        if (const int a = ix->membershipAccount[i]; a >= 0)
            ix->membershipsOfAccount[a].push_back(i);
        if (const int g = ix->membershipGroup[i]; g >= 0)
            ix->membershipsOfGroup[g].push_back(i);
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

    sideline.join();
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

QString lowered(const QString &s)
{
    const qsizetype n = s.size();
    const QChar *in = s.constData();
    qsizetype i = 0;
    // Up to the first letter to change: often none (emails, ids), and then s itself is shared.
    for (; i < n && !(in[i].unicode() >= u'A' && in[i].unicode() <= u'Z'); ++i) {
        if (in[i].unicode() >= 0x80)
            return s.toLower();
    }
    if (i == n)
        return s;
    QString out = s;
    QChar *o = out.data();
    for (; i < n; ++i) {
        const char16_t c = o[i].unicode();
        if (c >= 0x80)
            return s.toLower();
        if (c >= u'A' && c <= u'Z')
            o[i] = QChar(char16_t(c + (u'a' - u'A')));
    }
    return out;
}

QString accountLabel(const Account &a)
{
    if (!a.displayName.isEmpty())
        return a.displayName;
    const QString joined = QString(a.givenName + QLatin1Char(' ') + a.surname).trimmed();
    return joined.isEmpty() ? a.email : joined;
}

} // namespace dbx::gui
