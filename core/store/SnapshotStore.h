#pragma once
// SnapshotStore: the SQLite file (Qt Sql) that keeps sync runs, their snapshots, and the audit
// log. One object per thread: each opens its own named QSqlDatabase connection. A run's rows are
// written in ONE transaction together with its status flip to "complete", so readers (who only
// look at complete runs) never see half a sync, and a failed run leaves the previous one as it was.

#include "base/Expected.h"
#include "model/Entitlements.h"
#include "model/SnapshotChange.h"
#include "model/Types.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace dbx {

struct RunInfo {
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // "running", "complete", "failed", "cancelled", "interrupted"
    QString error;  // for failed runs: the user-facing message
    QString teamName;
    int accounts = 0;
    int groups = 0;
    int roles = 0;
    int memberships = 0;
    qint64 requests = 0; // HTTP requests the sync made
};

// A slice of a running run's rows for SnapshotStore::appendRun(): what some pages listed, and
// the place in the listing (seq) of the first row of each kind.
struct RunRows {
    QVector<Account> accounts;
    QVector<Role> roles;
    QVector<Group> groups;
    QVector<Membership> memberships;
    int accountSeq = 0;
    int roleSeq = 0;
    int groupSeq = 0;
    int membershipSeq = 0;
    qsizetype size() const { return accounts.size() + roles.size() + groups.size() + memberships.size(); }
    // Empties the rows; the next ones continue the listing (the seqs move on).
    void clear();
};

// How many rows of each kind a run holds.
struct RunCounts {
    int accounts = 0;
    int roles = 0;
    int groups = 0;
    int memberships = 0;
};

struct AccountChange {
    Account before;
    Account after;
    QStringList fields; // which fields differ: "status", "email", "display_name", "role_id", ...
};

struct SnapshotDiff {
    qint64 fromRun = 0;
    qint64 toRun = 0;
    QVector<Account> accountsAdded;
    QVector<Account> accountsRemoved; // gone from the listing (not status=removed: that is a change)
    QVector<AccountChange> accountsChanged;
    QVector<Group> groupsAdded;
    QVector<Group> groupsRemoved;
    QVector<Grant> grantsAdded;
    QVector<Grant> grantsRemoved;
    bool isEmpty() const;
};

// The fields in which two versions of an account differ, named as in the accounts table
// ("status", "email", "display_name", "role_id", "groups", ...); empty when they are equal.
QStringList changedAccountFields(const Account &before, const Account &after);

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;       // UTC
    QString admin;      // who (the authorized admin's email, or "cli")
    QString connection; // connection (team) name
    QString action;     // "create_account", "suspend", "add_to_group", ...
    QString target;     // team_member_id / email
    QString object;     // group_id / role_id, if any
    QString details;    // options, as JSON text
    QString outcome;    // "attempted" (sent, no outcome yet), "success", "no_change",
                        // "failed", "unknown", "dry_run"
    QString message;    // the user-facing sentence (error explained)
    QString requestId;  // Dropbox's X-Dropbox-Request-Id
};

struct AuditFilter {
    QString text;    // matches action, target, object, message
    QString outcome; // empty = any
    QDateTime since;
    int limit = 10000;
};

// Where reading a team's sign-in activity (the event log) stands.
struct ActivityState {
    QString cursor;        // the log's cursor after the last read; empty = read the window again
    QDateTime windowStart; // the earliest time the reads have covered
    int windowDays = 0;    // the look-back window the reads began with
    QDateTime readAt;      // the last successful read; invalid = never read
};

class SnapshotStore
{
public:
    static constexpr int kSchemaVersion = 3;
    // connectionName must be unique per thread; empty -> a generated one.
    explicit SnapshotStore(const QString &connectionName = QString());
    ~SnapshotStore();
    SnapshotStore(const SnapshotStore &) = delete;
    SnapshotStore &operator=(const SnapshotStore &) = delete;

    // <AppDataLocation>/snapshots.sqlite
    static QString defaultPath();
    // Creates the file and parent folders, migrates the schema, marks runs left "running" by a
    // crashed process as "interrupted". Fails on an unreadable or newer-schema file (Io, Invalid,
    // Database).
    Expected<void> open(const QString &path);
    bool isOpen() const;
    QString path() const;
    // SQLite copies the write-ahead log into the file after a commit that made it long, on the
    // committing thread. deferCheckpoints() stops that on this connection; checkpoint() then
    // copies it when nobody waits (PASSIVE: never blocks readers or writers). Other connections
    // still check the log after their own commits.
    Expected<void> deferCheckpoints();
    Expected<void> checkpoint();

    // Runs. A store that is not open fails every operation with Invalid; SQLite's own failures are
    // Database errors.
    Expected<qint64> beginRun();
    // All rows + the flip to "complete" in one transaction. Refuses (and writes nothing) when the
    // snapshot lists a key twice or the run is not running. An "interrupted" run may still be
    // committed: another process opening the file took it for a crash. The snapshot's
    // startedAt/finishedAt, when set, replace the run's own times.
    Expected<void> commitRun(qint64 runId, const Snapshot &snapshot, qint64 requests);
    // Saving while listing: rows go into a running run as the pages arrive, each call one short
    // transaction; readers never see them (they read complete runs only). Accounts, roles and
    // groups are staged on this connection until finishAccounts() or finishRun(); memberships go
    // straight into the run's table, so each call should hold groups listed whole, in id order
    // where it can (then each call appends to the table's b-tree: see RunAppend.cpp). A key
    // listed twice is refused (Invalid) and nothing of that call is written: within one call or,
    // for a membership, across calls, by that call; for the staged rows across calls, by the
    // finish that copies them. finishRun() then drops the groups
    // named (deleted during the sync: their rows, their memberships, their place in accounts'
    // group lists), writes the header's team, admin and times, the counts and the requests, and
    // flips the run to complete, all in one transaction: the run is atomic for every reader.
    // abandonRun() deletes what was appended.
    // The staged copies are cleared in finishRun's transaction; StagedRows::Keep leaves them to the
    // end of the connection (a writer's own connection, closed right after: see sync/RunWriter.h).
    enum class StagedRows {
        Clear,
        Keep
    };
    Expected<void> appendRun(qint64 runId, const RunRows &rows);
    // Every account of the run is listed: they go from the staging tables into the run's table
    // now, in a short transaction of their own, instead of in finishRun's (which then has less
    // to do when the listing ends). Readers still see nothing of the run until it is complete;
    // abandonRun() deletes them, and a run a crash left behind goes with the pruning of
    // interrupted runs.
    Expected<void> finishAccounts(qint64 runId);
    Expected<RunCounts> finishRun(qint64 runId, const Snapshot &header, const QStringList &droppedGroupIds,
                                  qint64 requests, StagedRows staged = StagedRows::Clear);
    // failed/cancelled (anything else is recorded as failed), and the run's rows deleted. False if
    // the run is not running.
    bool abandonRun(qint64 runId, const QString &status, const QString &error);
    QVector<RunInfo> runs() const; // newest first
    std::optional<RunInfo> run(qint64 runId) const;
    qint64 latestCompleteRun() const;               // 0 when none
    qint64 previousCompleteRun(qint64 runId) const; // 0 when none
    // NotFound when there is no such run, Invalid when it is not complete.
    Expected<Snapshot> load(qint64 runId) const;
    // The same snapshot as load(runId), for the sync that has just saved the run and still holds
    // its rows (SyncEngine::setKeepRows): the header and sign-in activity are read from the file,
    // the accounts, roles, groups and memberships are taken from `rows` instead of 600,000 rows
    // read back at 100k members. When their counts differ from the run's, the run is read
    // whole (load), so what is shown is always what was saved.
    Expected<Snapshot> loadWithRows(qint64 runId, const Snapshot &rows) const;
    SnapshotDiff diff(qint64 fromRun, qint64 toRun) const;
    // Deletes complete runs older than the newest `keep` (and their rows). Returns how many.
    // keep < 1 counts as 1: the newest snapshot is never pruned. Failed/cancelled/interrupted
    // runs older than the oldest kept snapshot go too (not counted).
    int pruneRuns(int keep);

    // Provisioning: patch the newest complete run in place so the views reflect a change at once.
    // Only complete runs can be patched. Run counts, groups' member_count (when known) and the
    // account's groupIds follow membership changes; deleteAccount also drops that account's
    // memberships. Deleting what is not there succeeds (nothing to do).
    Expected<void> upsertAccount(qint64 runId, const Account &account);
    Expected<void> deleteAccount(qint64 runId, const QString &teamMemberId);
    Expected<void> upsertMembership(qint64 runId, const Membership &m);
    Expected<void> deleteMembership(qint64 runId, const QString &groupId, const QString &teamMemberId);
    // The whole change (SnapshotChange.h) to change.runId in one transaction, in the order
    // applyChange() folds it into a snapshot in memory, so both end up the same.
    Expected<void> applyChange(const SnapshotChange &change);
    // SQLite's data_version: changes whenever ANOTHER connection (another store object, another
    // process) commits to the file; never for this object's own writes. A holder of a loaded
    // snapshot that patches it itself reloads only when this moved.
    qint64 dataVersion() const;
    // A group created or changed (name, external id, management type; a new one is added at the end
    // of the listing), or deleted with its memberships. Counts follow.
    Expected<void> upsertGroup(qint64 runId, const Group &group);
    Expected<void> deleteGroup(qint64 runId, const QString &groupId);

    // Audit log. appendAudit returns the new id; an invalid `at` means now.
    // audit(): newest first; text matches literally (no wildcards), ASCII case-insensitively.
    Expected<qint64> appendAudit(const AuditEntry &entry);
    // Write-ahead audit: a row appended with outcome "attempted" before a write leaves is
    // completed here with what came of it (outcome, message, request id; details replaced when
    // not empty). NotFound when the row does not exist or is already complete.
    Expected<void> completeAudit(qint64 id, const QString &outcome, const QString &message, const QString &requestId,
                                 const QString &details = QString());
    QVector<AuditEntry> audit(const AuditFilter &filter = AuditFilter()) const;

    // Sign-in activity, per team (TeamInfo::teamId). load() fills Account::lastActive and
    // Snapshot::activityReadAt/activityDays from it. recordSignIns keeps, per member, the newest
    // of the stored and the given times, and the new state, in one transaction.
    Expected<ActivityState> activityState(const QString &teamId) const;
    Expected<void> recordSignIns(const QString &teamId, const QHash<QString, QDateTime> &latest,
                                 const ActivityState &state);
    // Forgets the team's activity (the connection stopped reading it, or the window changed).
    Expected<void> clearActivity(const QString &teamId);

private:
    friend class ReviewStore; // access reviews live in the same file (store/ReviewStore.h)
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dbx
