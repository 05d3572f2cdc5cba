#pragma once
// The store's private state, shared by the files that implement SnapshotStore, and the
// process-wide registry of runs that are alive.

#include "store/SnapshotStore.h"
#include "store/SqlSupport.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace dbx {

namespace sqlstore {
// Runs begun by this process and not yet finished, by "<file>#<id>". open() leaves these alone
// when it marks crashed runs "interrupted": a second store object on the same file (the GUI
// reading while the worker syncs) must not interrupt a sync that is alive.
extern QMutex g_liveMutex;
extern QSet<QString> g_liveRuns;
extern QAtomicInteger<quint64> g_connectionCounter;
QString liveKey(const QString &path, qint64 runId);
void setLive(const QString &path, qint64 runId, bool live);
} // namespace sqlstore

using namespace sqlstore;

struct SnapshotStore::Private {
    QString connectionName;
    QString path;              // as given to open()
    QString liveKeyPath;       // absolute, for the process-wide live-run registry
    QSqlDatabase db;
    bool open = false;
    QSet<qint64> liveRuns;     // begun here, neither committed nor abandoned yet

    void close()
    {
        interruptLiveRuns();
        if (db.isValid())
            db.close();
        open = false;
    }

    void live(qint64 runId, bool isLive)
    {
        if (isLive)
            liveRuns.insert(runId);
        else
            liveRuns.remove(runId);
        setLive(liveKeyPath, runId, isLive);
    }

    // A store closed in the middle of a sync (the application quitting) says so at once,
    // rather than leaving it to the next open() to guess.
    void interruptLiveRuns()
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

    // The run's status, or an empty string when there is no such run.
    QString status(qint64 runId, QString *error) const
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

    bool requireComplete(qint64 runId, QString *error) const
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

    bool exec(const QString &sql, QString *error) const
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            setError(error, sqlError(q));
            return false;
        }
        return true;
    }

    bool migrate(QString *error);
    bool markInterrupted(QString *error);

    QVector<Account> loadAccounts(qint64 runId, int sizeHint, QString *error) const;
    QVector<Group> loadGroups(qint64 runId, QString *error) const;
    QVector<Role> loadRoles(qint64 runId, QString *error) const;
    QVector<Membership> loadMemberships(qint64 runId, int sizeHint, QString *error) const;
    bool adjustRunCount(qint64 runId, const char *column, int delta, QString *error) const;
    bool adjustMemberCount(qint64 runId, const QString &groupId, int delta, QString *error) const;
    bool editGroupIds(qint64 runId, const QString &teamMemberId, const QString &groupId, bool add,
                      QString *error) const;
    qint64 nextSeq(const char *table, qint64 runId, QString *error) const;
};

} // namespace dbx
