// SimServer's thread-safe views of group and member upkeep and of the team log, for tests.
#include "sim/SimServer.h"
#include "sim/SimTeam.h"

#include <QMutexLocker>

namespace dbx {
namespace sim {

Expected<void> SimServer::setGroupExternalId(const QString &groupId, const QString &externalId)
{
    QMutexLocker lock(&m_mutex);
    const Expected<int> g = findGroup(groupId);
    if (!g)
        return unexpected(g.error());
    m_team->setGroupExternalId(*g, externalId.toUtf8());
    return {};
}

int SimServer::welcomeEmailsSent(const QString &teamMemberId) const
{
    QMutexLocker lock(&m_mutex);
    const int i = m_team->findMemberById(teamMemberId.toUtf8());
    return i < 0 ? 0 : m_team->welcomeEmailsSent(i);
}

Expected<void> SimServer::addSignIn(const QString &teamMemberId, const QDateTime &at, bool asAdmin,
                                    const char *eventType)
{
    QMutexLocker lock(&m_mutex);
    const Expected<int> i = findMember(teamMemberId);
    if (!i)
        return unexpected(i.error());
    m_team->addLogEvent(*i, at.toSecsSinceEpoch(), asAdmin, eventType);
    return {};
}

QHash<QString, QDateTime> SimServer::lastSignIns(const QDateTime &since) const
{
    QMutexLocker lock(&m_mutex);
    QHash<QString, QDateTime> out;
    const QHash<QByteArray, qint64> times = m_team->lastSignIns(since.toSecsSinceEpoch());
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        out.insert(QString::fromUtf8(it.key()), QDateTime::fromSecsSinceEpoch(it.value(), Qt::UTC));
    return out;
}

} // namespace sim
} // namespace dbx
