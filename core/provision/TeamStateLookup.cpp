// TeamState: finding members, groups and roles by reference, and reading memberships.
#include "provision/TeamState.h"

namespace dbx {

const Account *TeamState::findUser(const UserSelector &user) const
{
    QString id;
    switch (user.kind) {
    case UserSelector::Kind::TeamMemberId: id = user.value; break;
    case UserSelector::Kind::Email: id = m_byEmail.value(user.value.trimmed().toLower()); break;
    case UserSelector::Kind::ExternalId: id = m_byExternalId.value(user.value); break;
    case UserSelector::Kind::None: return nullptr;
    }
    const auto it = m_accounts.constFind(id);
    return it == m_accounts.constEnd() ? nullptr : &m_snapshot.accounts[it.value()];
}

namespace {
// The row whose id is key, else the one row whose name is key (named: those rows, asked only when
// no id matches); several such rows: none, and *ambiguous.
template <typename T, typename Named>
const T *byIdOrName(const QVector<T> &rows, const QHash<QString, int> &ids, const QString &key, Named named,
                    bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    const auto it = ids.constFind(key);
    if (it != ids.constEnd())
        return &rows[it.value()];
    const QList<int> matches = named();
    if (matches.size() > 1 && ambiguous)
        *ambiguous = true;
    return matches.size() == 1 ? &rows[matches.first()] : nullptr;
}
} // namespace

const Group *TeamState::findGroup(const QString &idOrName, bool *ambiguous) const
{
    const QString key = idOrName.trimmed();
    const auto named = [&] { return m_groupsByName.values(key); };
    return byIdOrName(m_snapshot.groups, m_groups, key, named, ambiguous);
}

const Role *TeamState::findRole(const QString &idOrName, bool *ambiguous) const
{
    const QString key = idOrName.trimmed();
    const auto named = [&] {
        QList<int> rows = m_rolesByName.values(key);
        if (rows.isEmpty()) {
            // Role names are Dropbox's fixed English labels: accept "team admin" for "Team admin".
            for (int i = 0; i < m_snapshot.roles.size(); ++i) {
                if (m_snapshot.roles[i].name.compare(key, Qt::CaseInsensitive) == 0)
                    rows << i;
            }
        }
        return rows;
    };
    return byIdOrName(m_snapshot.roles, m_roles, key, named, ambiguous);
}

bool TeamState::membership(const QString &groupId, const QString &teamMemberId, AccessType *access) const
{
    const auto g = m_members.constFind(groupId);
    if (g == m_members.constEnd())
        return false;
    const auto m = g->constFind(teamMemberId);
    if (m == g->constEnd())
        return false;
    if (access)
        *access = m.value();
    return true;
}

QStringList TeamState::groupsOf(const QString &teamMemberId) const
{
    QStringList out;
    for (auto it = m_members.constBegin(); it != m_members.constEnd(); ++it) {
        if (it->contains(teamMemberId))
            out << it.key();
    }
    out.sort();
    return out;
}

int TeamState::adminCount() const
{
    int n = 0;
    for (const Account &a : m_snapshot.accounts)
        n += (!a.roleId.isEmpty() && a.status != AccountStatus::Removed) ? 1 : 0;
    return n;
}

} // namespace dbx
