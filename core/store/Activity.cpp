// Sign-in activity per team: the newest sign-in of each member, and where reading the team's
// event log stands. Apart from the runs, so that it survives syncs and provisioning patches.
#include "store/RowCodec.h"
#include "store/StorePrivate.h"

#include <QSqlError>

namespace dbx {

using namespace sqlstore;

Expected<ActivityState> SnapshotStore::activityState(const QString &teamId) const
{
    if (!d->open)
        return notOpen();
    Expected<QSqlQuery> q = runQuery(
        d->db,
        QStringLiteral("SELECT cursor, window_start, window_days, read_at FROM activity_state WHERE team_id = ?"),
        {teamId});
    if (!q)
        return unexpected(q.error());
    ActivityState state;
    if (q->next()) {
        state.cursor = q->value(0).toString();
        state.windowStart = timeFrom(q->value(1));
        state.windowDays = q->value(2).toInt();
        state.readAt = timeFrom(q->value(3));
    }
    return state;
}

Expected<void> SnapshotStore::recordSignIns(const QString &teamId, const QHash<QString, QDateTime> &latest,
                                            const ActivityState &state)
{
    if (!d->open)
        return notOpen();
    if (teamId.isEmpty())
        return fail(Error::Kind::Invalid, tr("the team has no id: sync it once before reading its sign-ins"));
    Transaction tx(d->db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    {
        // MAX(): events are not sorted, and a re-read window may bring an older sign-in again.
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("INSERT INTO sign_ins(team_id, team_member_id, last_active) VALUES (?, ?, ?)"
                                 " ON CONFLICT(team_id, team_member_id) DO UPDATE SET"
                                 " last_active = MAX(last_active, excluded.last_active)"));
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (!it.value().isValid() || it.key().isEmpty())
                continue;
            q.bindValue(0, teamId);
            q.bindValue(1, it.key());
            q.bindValue(2, timeValue(it.value()));
            if (!q.exec())
                return unexpected(sqlFailure(q));
        }
    }
    const Expected<void> saved = runStatement(
        d->db,
        QStringLiteral("INSERT OR REPLACE INTO activity_state(team_id, cursor, window_start, window_days, read_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {teamId, state.cursor.isEmpty() ? QVariant() : QVariant(state.cursor), timeValue(state.windowStart),
         state.windowDays, timeValue(state.readAt)});
    if (!saved)
        return saved;
    return tx.commit();
}

Expected<void> SnapshotStore::clearActivity(const QString &teamId)
{
    if (!d->open)
        return notOpen();
    Transaction tx(d->db);
    if (Expected<void> begun = tx.begin(Transaction::Write); !begun)
        return begun;
    if (Expected<void> gone = runStatement(d->db, QStringLiteral("DELETE FROM sign_ins WHERE team_id = ?"), {teamId});
        !gone)
        return gone;
    if (Expected<void> gone
        = runStatement(d->db, QStringLiteral("DELETE FROM activity_state WHERE team_id = ?"), {teamId});
        !gone)
        return gone;
    return tx.commit();
}

namespace sqlstore {

// Fills the accounts' last sign-in and the snapshot's activity header from the team's rows.
Expected<void> loadActivity(const QSqlDatabase &db, Snapshot *s)
{
    if (s->team.teamId.isEmpty())
        return {};
    Expected<QSqlQuery> state = runQuery(
        db, QStringLiteral("SELECT window_days, read_at FROM activity_state WHERE team_id = ?"), {s->team.teamId});
    if (!state)
        return unexpected(state.error());
    if (!state->next())
        return {};
    s->activityDays = state->value(0).toInt();
    s->activityReadAt = timeFrom(state->value(1));
    Expected<QSqlQuery> q = runQuery(
        db, QStringLiteral("SELECT team_member_id, last_active FROM sign_ins WHERE team_id = ?"), {s->team.teamId});
    if (!q)
        return unexpected(q.error());
    QHash<QString, QDateTime> times;
    while (q->next())
        times.insert(q->value(0).toString(), timeFrom(q->value(1)));
    if (q->lastError().isValid())
        return unexpected(sqlFailure(*q));
    if (times.isEmpty())
        return {};
    for (Account &a : s->accounts)
        a.lastActive = times.value(a.teamMemberId);
    return {};
}

} // namespace sqlstore

} // namespace dbx
