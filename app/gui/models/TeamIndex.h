#pragma once
// One snapshot plus the lookups every view needs (who is in which group, who holds which role),
// built once per loaded run and shared read-only by all models and the detail pane. Everything is
// resolved to vector indices so that a 100,000-account team costs a few int arrays, not hashes of
// strings per row.

#include "model/Types.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace dbx::gui {

struct TeamIndex {
    Snapshot snapshot;

    QHash<QString, int> accountById;
    QHash<QString, int> groupById;
    QHash<QString, int> roleById;

    // Per membership: resolved account and group indices (-1 when the snapshot is inconsistent).
    QVector<int> membershipAccount;
    QVector<int> membershipGroup;
    // Per account: indices into snapshot.memberships; per group likewise.
    QVector<QVector<int>> membershipsOfAccount;
    QVector<QVector<int>> membershipsOfGroup;
    // Per account: index into snapshot.roles or -1. Per role: account indices holding it.
    QVector<int> accountRole;
    QVector<QVector<int>> holdersOfRole;
    // Per group: how many members / owners the snapshot lists.
    QVector<int> groupMemberCount;
    QVector<int> groupOwnerCount;
    // Per account: its position when all accounts are ordered by name (case-insensitive), so that
    // the account and grant tables sort 100,000 names by comparing ints.
    QVector<int> accountNameRank;
    // Per account: 1 when removed. Sorting asks for it per comparison; an Account is a few
    // hundred bytes, so reading its status there is a cache miss per call.
    QVector<quint8> accountRemoved;
    // Per account: the lowercase text the account search matches (name, email, id, external id,
    // admin role), made once per snapshot alongside the rest of the index.
    QVector<QString> accountSearchKeys;

    static std::shared_ptr<const TeamIndex> build(const Snapshot &snapshot);

    const Account *account(const QString &teamMemberId) const;
    const Group *group(const QString &groupId) const;
    const Role *role(const QString &roleId) const;
    int accountIndex(const QString &id) const { return accountById.value(id, -1); }
    int groupIndex(const QString &id) const { return groupById.value(id, -1); }
    int roleIndex(const QString &id) const { return roleById.value(id, -1); }
};

using TeamIndexPtr = std::shared_ptr<const TeamIndex>;

// "Ada Lovelace" or, when Dropbox gave no name, the email.
QString accountLabel(const Account &a);

// s.toLower(), with a fast path for ASCII text (most names, every email and id): QString's own
// looks each character up in the Unicode tables, the larger part of what indexing 100,000
// accounts cost. Text with any non-ASCII character goes to toLower() whole.
QString lowered(const QString &s);

} // namespace dbx::gui
