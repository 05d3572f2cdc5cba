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

void SnapshotStore::Private::close()
{
    interruptLiveRuns();
    if (db.isValid())
        db.close();
    open = false;
}

void SnapshotStore::Private::live(qint64 runId, bool isLive)
{
    if (isLive)
        liveRuns.insert(runId);
    else
        liveRuns.remove(runId);
    setLive(liveKeyPath, runId, isLive);
}

void SnapshotStore::Private::interruptLiveRuns()
{
    const QSet<qint64> runs = liveRuns;
    for (qint64 id : runs) {
        if (open) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE sync_runs SET status = 'interrupted', error = ?, finished_at = ?"
                                     " WHERE id = ? AND status = 'running'"));
            q.bindValue(0, tr("The sync was stopped before it finished."));
            q.bindValue(1, QDateTime::currentMSecsSinceEpoch());
            q.bindValue(2, id);
            if (!q.exec())
                qCWarning(lcStore) << "cannot mark run" << id << "interrupted:" << q.lastError().text();
        }
        live(id, false);
    }
}

QString SnapshotStore::Private::status(qint64 runId, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status FROM sync_runs WHERE id = ?"));
    q.bindValue(0, runId);
    if (!q.exec()) {
        setError(error, sqlError(q));
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool SnapshotStore::Private::requireComplete(qint64 runId, QString *error) const
{
    QString why;
    const QString s = status(runId, &why);
    if (s == kComplete)
        return true;
    if (!why.isEmpty())
        setError(error, why);
    else if (s.isEmpty())
        setError(error, tr("there is no sync run %1").arg(runId));
    else
        setError(error, tr("sync run %1 is not complete (it is %2)").arg(runId).arg(s));
    return false;
}

bool SnapshotStore::Private::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        setError(error, sqlError(q));
        return false;
    }
    return true;
}

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
