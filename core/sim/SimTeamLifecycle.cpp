// The simulated team's group lifecycle, member recovery and profile edits, and its log of
// sign-in events (team_log/get_events).
#include "sim/SimTeam.h"

#include <QDateTime>

#include <algorithm>

namespace dbx {
namespace sim {

void SimTeam::setGroupExternalId(int group, const QByteArray &externalId)
{
    SimGroup &g = m_groups[size_t(group)];
    if (!g.externalId.isEmpty() && m_groupByExternalId.value(g.externalId, -1) == group)
        m_groupByExternalId.remove(g.externalId);
    g.externalId = externalId;
    if (!externalId.isEmpty())
        m_groupByExternalId.insert(externalId, group);
    ++m_generation;
}

void SimTeam::setGroupType(int group, GroupManagementType type)
{
    m_groups[size_t(group)].type = type;
    ++m_generation;
}

void SimTeam::recoverMember(int i)
{
    SimMember &m = m_members[size_t(i)];
    m.status = m.accountId.isEmpty() ? AccountStatus::Invited : AccountStatus::Active;
    m.removedRecoverable = false;
    m.removedDisconnected = false;
    ++m_generation;
}

void SimTeam::setProfile(int i, const std::optional<QByteArray> &email, const std::optional<QByteArray> &givenName,
                         const std::optional<QByteArray> &surname, const std::optional<QByteArray> &externalId)
{
    SimMember &m = m_members[size_t(i)];
    if (email) {
        if (m_byEmail.value(m.email.toLower(), -1) == i)
            m_byEmail.remove(m.email.toLower());
        m.email = *email;
        m_byEmail.insert(email->toLower(), i);
    }
    if (externalId) {
        if (!m.externalId.isEmpty() && m_byExternalId.value(m.externalId, -1) == i)
            m_byExternalId.remove(m.externalId);
        m.externalId = *externalId;
        if (!externalId->isEmpty())
            m_byExternalId.insert(*externalId, i);
    }
    if (givenName)
        m.givenName = *givenName;
    if (surname)
        m.surname = *surname;
    if (givenName || surname) {
        m.displayName = QByteArray(m.givenName + ' ' + m.surname).trimmed();
        m.abbreviatedName = QByteArray(m.givenName.left(1) + m.surname.left(1)).toUpper();
    }
    ++m_generation;
}

void SimTeam::addLogEvent(int member, qint64 at, bool asAdmin, const char *type)
{
    SimLogEvent e;
    e.seq = qint64(m_log.size()) + 1;
    e.at = at;
    e.member = member;
    e.asAdmin = asAdmin;
    e.type = type;
    m_log.push_back(e);
}

void SimTeam::generateLog(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5eedu);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr qint64 kDay = 86400;
    // Most members who joined sign in now and then; some not for months; invited ones never.
    // Events are appended in a shuffled order: the log does not promise sorted timestamps.
    std::vector<SimLogEvent> events;
    for (int i = 0; i < int(m_members.size()); ++i) {
        const SimMember &m = m_members[size_t(i)];
        if (m.accountId.isEmpty() || m.deleted)
            continue;
        const int kind = int(rng.bounded(10));
        if (kind == 0)
            continue; // never signed in within the log's memory
        const qint64 newest = kind == 1 ? 100 + rng.bounded(100) : rng.bounded(60);
        const int count = 1 + int(rng.bounded(3));
        for (int k = 0; k < count; ++k) {
            SimLogEvent e;
            e.member = i;
            e.at = now - (newest + k * 7) * kDay - qint64(rng.bounded(kDay));
            e.asAdmin = m.role >= 0 && rng.bounded(2) == 0;
            events.push_back(e);
        }
        if (rng.bounded(3) == 0) {
            SimLogEvent out;
            out.member = i;
            out.at = now - qint64(rng.bounded(30)) * kDay; // a sign-out or failure is no sign-in
            out.type = rng.bounded(2) == 0 ? QByteArrayLiteral("logout") : QByteArrayLiteral("login_fail");
            events.push_back(out);
        }
    }
    for (size_t k = events.size(); k > 1; --k)
        std::swap(events[k - 1], events[size_t(rng.bounded(quint32(k)))]);
    for (const SimLogEvent &e : events)
        addLogEvent(e.member, e.at, e.asAdmin, e.type.constData());
}

QHash<QByteArray, qint64> SimTeam::lastSignIns(qint64 since) const
{
    QHash<QByteArray, qint64> out;
    for (const SimLogEvent &e : m_log) {
        if (e.at < since || e.type != "login_success")
            continue;
        const QByteArray &id = m_members[size_t(e.member)].teamMemberId;
        out.insert(id, std::max(out.value(id, 0), e.at));
    }
    return out;
}

} // namespace sim
} // namespace dbx
