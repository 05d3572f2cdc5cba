#include "store/StorePrivate.h"

#include <QDateTime>
#include <QMutexLocker>

namespace dbx {

namespace sqlstore {
QMutex g_liveMutex;
QSet<QString> g_liveRuns;
QAtomicInteger<quint64> g_connectionCounter;

QString liveKey(const QString &path, qint64 runId) { return path + QLatin1Char('#') + QString::number(runId); }

void setLive(const QString &path, qint64 runId, bool live)
{
    QMutexLocker lock(&g_liveMutex);
    if (live)
        g_liveRuns.insert(liveKey(path, runId));
    else
        g_liveRuns.remove(liveKey(path, runId));
}
} // namespace sqlstore

using namespace sqlstore;

void SnapshotStore::Private::close()
{
    interruptLiveRuns();
    if (db.isValid())
        db.close();
    open = false;
}

void SnapshotStore::Private::live(qint64 runId, bool isLive)
{
    if (isLive) {
        // A run begun here and finished through another connection since (the sync's writer,
        // sync/RunWriter.h) is no longer this store's to interrupt when it closes.
        QMutexLocker lock(&g_liveMutex);
        liveRuns.removeIf([this](qint64 id) { return !g_liveRuns.contains(liveKey(liveKeyPath, id)); });
        lock.unlock();
        liveRuns.insert(runId);
    } else {
        liveRuns.remove(runId);
    }
    setLive(liveKeyPath, runId, isLive);
}

void SnapshotStore::Private::interruptLiveRuns()
{
    const QSet<qint64> runs = liveRuns;
    for (qint64 id : runs) {
        if (open) {
            const Expected<void> marked = interrupt(id, tr("The sync was stopped before it finished."));
            if (!marked)
                qCWarning(lcStore) << "cannot mark run" << id << "interrupted:" << marked.error().detail;
        }
        live(id, false);
    }
}

Expected<void> SnapshotStore::Private::interrupt(qint64 runId, const QString &why) const
{
    return runStatement(db,
                        QStringLiteral("UPDATE sync_runs SET status = 'interrupted', error = ?,"
                                       " finished_at = COALESCE(finished_at, ?) WHERE id = ? AND status = 'running'"),
                        {why, QDateTime::currentMSecsSinceEpoch(), runId});
}

Expected<QString> SnapshotStore::Private::status(qint64 runId) const
{
    Expected<QSqlQuery> q = runQuery(db, QStringLiteral("SELECT status FROM sync_runs WHERE id = ?"), {runId});
    if (!q)
        return unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Expected<void> SnapshotStore::Private::requireComplete(qint64 runId) const
{
    const Expected<QString> s = status(runId);
    if (!s)
        return unexpected(s.error());
    if (*s == kComplete)
        return {};
    if (s->isEmpty())
        return fail(Error::Kind::NotFound, tr("there is no sync run %1").arg(runId));
    return fail(Error::Kind::Invalid, tr("sync run %1 is not complete (it is %2)").arg(runId).arg(*s));
}

Expected<void> SnapshotStore::Private::beginOnRun(Transaction &tx, Transaction::Mode mode, qint64 runId,
                                                  RunNeed need) const
{
    if (Expected<void> begun = tx.begin(mode); !begun)
        return begun;
    return need == RunNeed::Complete ? requireComplete(runId) : requireWritable(runId);
}

Expected<void> SnapshotStore::Private::markInterrupted()
{
    QVector<qint64> ids;
    {
        Expected<QSqlQuery> q = runQuery(db, QStringLiteral("SELECT id FROM sync_runs WHERE status = 'running'"));
        if (!q)
            return unexpected(q.error());
        QMutexLocker lock(&g_liveMutex);
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            if (!g_liveRuns.contains(liveKey(liveKeyPath, id)))
                ids.push_back(id);
        }
    }
    for (qint64 id : ids) {
        const Expected<void> marked = interrupt(id, tr("The application stopped before this sync finished."));
        if (!marked)
            return marked;
        qCInfo(lcStore) << "sync run" << id << "was left running: marked interrupted";
    }
    return {};
}

} // namespace dbx
