#include "store/StorePrivate.h"

#include <QDateTime>
#include <QMutexLocker>

namespace dbx {

namespace sqlstore {
QMutex g_liveMutex;
QSet<QString> g_liveRuns;
QAtomicInteger<quint64> g_connectionCounter;

QString liveKey(const QString &path, qint64 runId)
{
    return path + QLatin1Char('#') + QString::number(runId);
}

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

bool SnapshotStore::Private::markInterrupted(QString *error)
{
    QVector<qint64> ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM sync_runs WHERE status = 'running'"))) {
            setError(error, sqlError(q));
            return false;
        }
        QMutexLocker lock(&g_liveMutex);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!g_liveRuns.contains(liveKey(liveKeyPath, id)))
                ids.push_back(id);
        }
    }
    for (qint64 id : ids) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sync_runs SET status = 'interrupted', error = ?,"
                                 " finished_at = COALESCE(finished_at, ?) WHERE id = ? AND status = 'running'"));
        q.bindValue(0, tr("The application stopped before this sync finished."));
        q.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        q.bindValue(2, id);
        if (!q.exec()) {
            setError(error, sqlError(q));
            return false;
        }
        qCInfo(lcStore) << "sync run" << id << "was left running: marked interrupted";
    }
    return true;
}

} // namespace dbx
