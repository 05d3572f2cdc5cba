#pragma once
// The store's private state, shared by the files that implement SnapshotStore, and the
// process-wide registry of runs that are alive.

#include "store/SnapshotStore.h"
#include "store/SqlSupport.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

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
    QString path;        // as given to open()
    QString liveKeyPath; // absolute, for the process-wide live-run registry
    QSqlDatabase db;
    bool open = false;
    QSet<qint64> liveRuns; // begun here, neither committed nor abandoned yet
    // Running runs whose accounts finishAccounts() moved into the run's table already: their
    // staged copies are not copied again.
    QSet<qint64> accountsMoved;
    bool inPatch = false; // inside applyChange's one transaction: patch() opens none of its own
    // The next listing position of a patched-in row, by "<table>#<run>": known from load(), so a
    // patch does not scan half a million rows for MAX(seq). Another connection's patch may hand
    // out the same position once; seq only orders rows, so two at one position just tie.
    mutable QHash<QString, qint64> nextSeqs;

    void close();
    void live(qint64 runId, bool isLive);
    // A store closed in the middle of a sync (the application quitting) says so at once,
    // rather than leaving it to the next open() to guess.
    void interruptLiveRuns();
    // Marks a running run interrupted, saying why.
    Expected<void> interrupt(qint64 runId, const QString &why) const;
    // The run's status, or an empty string when there is no such run.
    Expected<QString> status(qint64 runId) const;
    // Succeeds only for a complete run; otherwise says there is none, or what it is instead.
    Expected<void> requireComplete(qint64 runId) const;
    // What a run must be for the work at hand: complete (to read or patch it) or still open for rows.
    enum class RunNeed {
        Complete,
        Writable
    };
    // Begins tx and checks the run is as needed (requireComplete / requireWritable): the first
    // failure, or nothing with tx begun.
    Expected<void> beginOnRun(sqlstore::Transaction &tx, sqlstore::Transaction::Mode mode, qint64 runId,
                              RunNeed need) const;
    // A write transaction on running run `runId`, with this connection's staging tables ready
    // (RunAppend.cpp): what moving staged rows into the run begins with.
    Expected<void> beginOnStage(sqlstore::Transaction &tx, qint64 runId) const;
    Expected<void> exec(const QString &sql) const { return sqlstore::runStatement(db, sql); }

    // The connection's settings, the schema, and crashed runs marked: all of open() after the
    // file is open.
    Expected<void> configure();
    Expected<int> schemaVersion() const;
    Expected<void> migrate();
    Expected<void> markInterrupted();

    // The rows of a commit, every table; the transaction is the caller's.
    // staged: into the connection's staging tables instead (see RunAppend.cpp).
    Expected<void> insertSnapshot(qint64 runId, const RunRows &rows, bool staged = false) const;
    // The staging tables (TEMP: this connection's own, no lock on the file), created if needed.
    Expected<void> ensureStage() const;
    // Running (or interrupted) and so still open for rows; otherwise why not.
    Expected<void> requireWritable(qint64 runId) const;
    // The run's status flipped to complete, with the header's team, admin and times and the counts.
    Expected<void> markComplete(qint64 runId, const Snapshot &header, const RunCounts &counts, qint64 requests) const;
    Expected<RunCounts> countRows(qint64 runId) const;
    // A group deleted during the sync: its row, its memberships and its place in group lists.
    Expected<void> dropGroup(qint64 runId, const QString &groupId) const;
    Expected<void> deleteRunRows(qint64 runId);
    // Deletes the runs older than the newest `keep` complete ones; how many of those were complete.
    Expected<int> prune(int keep) const;

    // Runs `change` in one write transaction on a complete run: all of it, or nothing. Refused first
    // when the store is not open, then (Invalid, that sentence) when `refusal` says why not.
    Expected<void> patch(qint64 runId, const QString &refusal, const std::function<Expected<void>()> &change) const;
    Expected<void> adjustRunCount(qint64 runId, const char *column, int delta) const;
    Expected<void> adjustMemberCount(qint64 runId, const QString &groupId, int delta) const;
    Expected<void> editGroupIds(qint64 runId, const QString &teamMemberId, const QString &groupId, bool add) const;
    Expected<void> membershipChanged(qint64 runId, const QString &groupId, const QString &teamMemberId,
                                     bool added) const;
    Expected<qint64> nextSeq(const char *table, qint64 runId) const;
    // Runs `update` (the row keeps its place in the listing); when it changed nothing, inserts
    // `values` into `columns` at the end of the run's listing. True when it inserted.
    Expected<bool> upsertRow(const char *table, qint64 runId, const QString &update, const QVariantList &updateValues,
                             const QString &columns, const QVariantList &values) const;
    // After upsertRow: one more in the run's countColumn when it inserted.
    Expected<void> countInserted(const Expected<bool> &inserted, qint64 runId, const char *countColumn) const;
    // Deletes the run's row of `table` where `key` ("run_id = ? AND <column> = ?") holds for id,
    // with its memberships; the run's counts (countColumn, num_memberships) follow. Each
    // membership's other side (its otherColumn) is handed to `leaving` first.
    Expected<void> deleteWithMemberships(qint64 runId, const char *table, const char *key, const QString &id,
                                         const char *otherColumn, const char *countColumn,
                                         const std::function<Expected<void>(const QString &other)> &leaving) const;
};

} // namespace dbx
