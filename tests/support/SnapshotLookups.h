#pragma once
// Look-ups in a snapshot (the simulator's truth, a stored run or the window's) that tests across
// the folders share; each returns null when the snapshot has no such entry.

#include "model/Types.h"

#include <QString>

namespace dbx::test {

inline const Account *findAccount(const Snapshot &s, const QString &teamMemberId)
{
    for (const Account &a : s.accounts) {
        if (a.teamMemberId == teamMemberId)
            return &a;
    }
    return nullptr;
}

inline const Group *groupNamed(const Snapshot &s, const QString &name)
{
    for (const Group &g : s.groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

inline const Group *groupWithId(const Snapshot &s, const QString &id)
{
    for (const Group &g : s.groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

} // namespace dbx::test
