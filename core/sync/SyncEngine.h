#pragma once
// One full sync: Dropbox -> one new snapshot in the store, atomically. Reads the team info, the
// admin, every available role, every member (removed ones included), every group and every
// group's members and owners. Group member listings run in parallel under adaptive concurrency
// (AIMD): 8 at first, widened additively while Dropbox answers without 429 (4 a round until the
// first 429, 1 a round after it) up to Options::maxConcurrency, halved on 429, and no new
// listing starts before a 429's Retry-After has passed. A failed or cancelled sync leaves the previous
// snapshot untouched. Rows are saved while the listing goes on: every Options::saveBatchRows
// rows go into the (still running, so invisible) run on the writer's thread (RunWriter.h); once
// every member is listed their accounts move into the run's table while the groups are still
// listed; a group's memberships are saved once the group is listed whole, straight into the
// run's table (groups are listed in id order once all are known, so these mostly append to the
// run's key); and the run is finished and flipped to complete in one transaction at the end; a
// failed or cancelled run's rows are dropped. Once that transaction has begun, the sync can no
// longer be cancelled: it completes.
// Bounds: a group deleted while the sync lists its members is skipped (left out of the snapshot,
// as it is out of the team) and named in the outcome; a listing whose has_more stays true with a
// cursor it has already given fails the sync instead of looping.

#include "dropbox/DropboxClient.h"
#include "model/Types.h"
#include "store/SnapshotStore.h"
#include "sync/RunWriter.h"
#include "sync/SignInReader.h"
#include "sync/SyncTypes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace dbx {

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int pageSize = 1000;        // the API's maximum: the fewest requests
        int initialConcurrency = 8; // parallel group-member listings at the start
        int maxConcurrency = 32;    // the ceiling the concurrency widens up to
        bool includeRemoved = true;
        int keepRuns = 10;        // complete runs kept for comparisons
        int saveBatchRows = 5000; // rows saved into the run at a time while the listing goes on
        // After a successful sync, read each member's last sign-in from the team log
        // (SignInReader: opt-in, needs events.read) over this many days back.
        bool readSignIns = false;
        int signInDays = 90;
    };

    SyncEngine(DropboxClient *client, SnapshotStore *store, const Options &options, QObject *parent = nullptr);
    ~SyncEngine() override;

    bool isRunning() const { return m_running; }

    // Whether a sync keeps the rows it lists (off by default: the CLI and the service save them
    // and let them go, so their memory stays bounded by the listing). A window that shows the run
    // next takes them with takeRows() and hands them to SnapshotStore::loadWithRows() rather than
    // reading 600,000 rows back.
    void setKeepRows(bool keep) { m_keepRows = keep; }
    // The rows of the last successful sync (runId says which run), as the run holds them: groups
    // deleted during the sync dropped. Empty (runId 0) when the sync failed, was cancelled, or
    // kept nothing. Taking them releases them.
    Snapshot takeRows();

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progressChanged(const dbx::SyncProgress &progress);
    void finished(const dbx::SyncOutcome &outcome);

private:
    void readTeam();
    void readRoles();
    // Whether a listing's page may be kept: a failed reply fails the sync, and after a failure no
    // page is kept.
    template <typename Page>
    bool usablePage(const Expected<Page> &r);
    void onMembersPage(const Expected<MemberPage> &r);
    void onGroupsPage(const Expected<GroupPage> &r);
    void onGroupMembersPage(const QString &groupId, const Expected<GroupMemberPage> &r, bool continued);
    void onGroupMembersFailed(const QString &groupId, const Error &error, bool continued);
    void groupMembersDone(const QString &groupId);
    void skipGroup(const QString &groupId);
    void dropSkippedGroups();
    // False (and the sync failed) when a page says has_more with a cursor this chain already used.
    bool acceptCursor(QSet<QString> *seen, const QString &route, const QString &cursor);
    void pumpGroupMembers();
    void onRateLimited(int retryAfterSeconds);
    void widen();
    void stepDone();
    void fail(const Error &error);
    void finish(bool ok, bool cancelled, const Error &error);
    void emitProgress(bool force = false);
    bool readingDone() const;
    // Once every group is known: the queue in id order (SQLite's, UTF-8 bytes), so that groups
    // are listed whole roughly in the order of the run's key.
    void sortGroupQueue();
    // Saves the rows listed so far when there are enough of them (or `all`); false (and the sync
    // failed) when the store refused them.
    bool saveRows(bool all = false);
    void keepFinishedRows();
    // The writer's answer to the run's finish (RunWriter::finish).
    void onRunFinished(const Expected<RunCounts> &committed, qint64 stagingMs);
    void readSignIns(); // then finish(true, ...)

    DropboxClient *m_client;
    SnapshotStore *m_store;
    Options m_options;

    bool m_running = false;
    bool m_failed = false;
    qint64 m_runId = 0;
    Snapshot m_snapshot; // the header only (team, admin, times): rows go to the store as they come
    RunRows m_rows;      // listed, not saved yet
    bool m_keepRows = false;
    Snapshot m_kept;                      // with m_keepRows: the rows saved so far, then the run's
    QHash<QString, QString> m_groupNames; // id -> name, to name skipped groups
    SyncProgress m_progress;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
    qint64 m_requestsAtStart = 0;
    qint64 m_retriesAtStart = 0;
    qint64 m_saveMs = 0;  // saving after the listing ended
    qint64 m_storeMs = 0; // saving while listing
    QElapsedTimer m_saveClock;
    // Saves the run's rows on a thread of its own while the listing goes on (RunWriter.h).
    std::unique_ptr<RunWriter> m_writer;
    bool m_saving = false; // the run is being finished: too late to cancel

    // Outstanding top-level reads: team info, admin, roles, member listing, group listing.
    int m_pendingReads = 0;
    bool m_groupListingDone = false;
    QQueue<QString> m_groupQueue; // groups whose member listing has not started
    // The memberships of the groups whose listing goes on (a page said has_more), by group: they
    // are saved with the group's last page, so that the run's table only ever takes groups
    // listed whole (in key order within each save), and a group deleted between its pages
    // leaves nothing to take back out.
    QHash<QString, QVector<Membership>> m_heldMemberships;
    QSet<QString> m_skippedGroups; // ids of groups deleted while the sync ran
    QStringList m_skippedNames;    // their names, for the outcome
    QSet<QString> m_memberCursors; // cursors each listing chain has been given
    QSet<QString> m_groupCursors;
    QHash<QString, QSet<QString>> m_groupMemberCursors; // per group, only while it continues
    int m_inFlight = 0;                                 // group-member requests outstanding
    int m_concurrency = 0;                              // listings allowed in flight now (AIMD)
    int m_peakInFlight = 0;                             // listings in flight at most, this sync
    int m_successesSinceWiden = 0;
    bool m_rateLimitedOnce = false; // a 429 in this sync: widen by 1 a round from then on
    QDeadlineTimer m_decreaseHold;  // one halving per burst of 429s
    QDeadlineTimer m_pausedUntil;   // Retry-After: no new listing before this
    QTimer *m_resumeTimer = nullptr;
    int m_longestChain = 0; // pages of the longest cursor chain (members, groups, a group's members)
    QMetaObject::Connection m_rateLimitConnection;
    SignInReader *m_signIns = nullptr;
    bool m_readingSignIns = false;
    SignInReadOutcome m_signInOutcome;
};

} // namespace dbx
