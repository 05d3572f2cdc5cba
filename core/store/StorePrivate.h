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

struct SnapshotStore::Private {
    QString connectionName;
    QString path;              // as given to open()
    QString liveKeyPath;       // absolute, for the process-wide live-run registry
    QSqlDatabase db;
    bool open = false;
    QSet<qint64> liveRuns;     // begun here, neither committed nor abandoned yet

    void close();
    void live(qint64 runId, bool isLive);
    // A store closed in the middle of a sync (the application quitting) says so at once,
    // rather than leaving it to the next open() to guess.
    void interruptLiveRuns();
    // The run's status, or an empty string when there is no such run.
    QString status(qint64 runId, QString *error) const;
    bool requireComplete(qint64 runId, QString *error) const;
    bool exec(const QString &sql, QString *error) const;

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
