#include "sim/Names.h"
#include "sim/SimTeam.h"
#include "sim/SimTeamParts.h"

#include <QString>

namespace dbx {
namespace sim {

using namespace teamparts;

QStringList SimTeam::applyRandomChanges(int n, quint32 seed, qint64 now)
{
    QRandomGenerator r(seed);
    QStringList done;
    const int memberCount = int(m_members.size());
    const int groupCount = int(m_groups.size());
    auto pickMember = [&](auto pred) -> int {
        for (int attempt = 0; attempt < 200 && memberCount > 0; ++attempt) {
            const int i = r.bounded(memberCount);
            if (i != m_admin && !m_members[size_t(i)].deleted && pred(m_members[size_t(i)]))
                return i;
        }
        return -1;
    };
    auto pickGroup = [&](auto pred) -> int {
        for (int attempt = 0; attempt < 200 && groupCount > 0; ++attempt) {
            const int g = r.bounded(groupCount);
            const SimGroup &grp = m_groups[size_t(g)];
            if (!grp.deleted && grp.type != GroupManagementType::SystemManaged && pred(grp))
                return g;
        }
        return -1;
    };
    auto name = [&](int i) { return str(m_members[size_t(i)].email); };
    auto gname = [&](int g) { return str(m_groups[size_t(g)].name); };

    for (int k = 0, guard = 0; k < n && guard < n * 50; ++guard) {
        QString line;
        switch (r.bounded(9)) {
        case 0: { // a new member, invited
            const Person p = randomPerson(r);
            NewMember nm;
            nm.givenName = str(p.givenName);
            nm.surname = str(p.surname);
            QByteArray email = p.asciiGiven + '.' + p.asciiSurname + '@' + m_domain;
            for (int j = 2; m_byEmail.contains(email.toLower()); ++j)
                email = p.asciiGiven + '.' + p.asciiSurname + QByteArray::number(j) + '@' + m_domain;
            nm.email = str(email);
            addMember(nm, now);
            line = QStringLiteral("invited %1").arg(nm.email);
            break;
        }
        case 1: {
            const int i = pickMember([](const SimMember &m) { return m.status == AccountStatus::Active; });
            if (i >= 0) {
                suspendMember(i, now);
                line = QStringLiteral("suspended %1").arg(name(i));
            }
            break;
        }
        case 2: {
            const int i = pickMember([](const SimMember &m) { return m.status == AccountStatus::Suspended; });
            if (i >= 0) {
                unsuspendMember(i);
                line = QStringLiteral("unsuspended %1").arg(name(i));
            }
            break;
        }
        case 3: {
            const int i = pickMember([](const SimMember &m) {
                return m.status == AccountStatus::Active || m.status == AccountStatus::Invited;
            });
            if (i >= 0) {
                removeMember(i, false, now);
                line = QStringLiteral("removed %1").arg(name(i));
            }
            break;
        }
        case 4: {
            const int i = pickMember([](const SimMember &m) { return m.status == AccountStatus::Active; });
            if (i >= 0) {
                // Any role but the one nobody holds, or none.
                int role = r.bounded(kUnheldRole + 1) - 1;
                if (role == m_members[size_t(i)].role)
                    role = role < 0 ? 1 : -1;
                setRole(i, role);
                line = role < 0 ? QStringLiteral("made %1 a member only").arg(name(i))
                                : QStringLiteral("gave %1 the role %2").arg(name(i), str(m_roles[size_t(role)].name));
            }
            break;
        }
        case 5: {
            const int g = pickGroup([](const SimGroup &) { return true; });
            const int i = pickMember([](const SimMember &m) { return m.status != AccountStatus::Removed; });
            if (g >= 0 && i >= 0 && findInGroup(g, i) < 0) {
                addToGroup(g, i, false);
                line = QStringLiteral("added %1 to %2").arg(name(i), gname(g));
            }
            break;
        }
        case 6: {
            const int g = pickGroup([](const SimGroup &grp) { return !grp.members.empty(); });
            if (g >= 0) {
                const int i
                    = m_groups[size_t(g)].members[size_t(r.bounded(int(m_groups[size_t(g)].members.size())))].member;
                removeFromGroup(g, i);
                line = QStringLiteral("removed %1 from %2").arg(name(i), gname(g));
            }
            break;
        }
        case 7: {
            const int g = pickGroup([](const SimGroup &) { return true; });
            if (g >= 0) {
                const QByteArray newName
                    = m_groups[size_t(g)].name + " (renamed " + QByteArray::number(r.bounded(1000)) + ')';
                line = QStringLiteral("renamed %1 to %2").arg(gname(g), str(newName));
                renameGroup(g, newName);
            }
            break;
        }
        default: {
            const int g = pickGroup([](const SimGroup &grp) {
                return grp.type == GroupManagementType::UserManaged && !grp.members.empty();
            });
            if (g >= 0) {
                const SimGroupEntry e
                    = m_groups[size_t(g)].members[size_t(r.bounded(int(m_groups[size_t(g)].members.size())))];
                const bool owner = !e.owner && m_members[size_t(e.member)].status == AccountStatus::Active;
                if (owner != e.owner) {
                    setAccessType(g, e.member, owner);
                    line = QStringLiteral("made %1 %2 of %3")
                               .arg(name(e.member), owner ? QStringLiteral("an owner") : QStringLiteral("a member"),
                                    gname(g));
                }
            }
            break;
        }
        }
        if (!line.isEmpty()) {
            done.append(line);
            ++k;
        }
    }
    return done;
}
} // namespace sim
} // namespace dbx
