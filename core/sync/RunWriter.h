#pragma once
// The sync's saving, on a thread of its own. SyncEngine hands each batch of listed rows over and
// goes on reading pages while a second connection to the snapshot file saves them
// (SnapshotStore::appendRun) and, when the listing is over, finishes the run in one transaction
// (finishRun). The run stays atomic for readers: they see nothing of it until that transaction
// flips it to complete, and a failed or cancelled sync leaves the previous snapshot untouched
// (its rows are deleted).
//
// After the answer, the writer tidies up where nobody waits for it: it copies the write-ahead log
// into the file (its connection defers checkpoints: SnapshotStore::deferCheckpoints) and closes
// its connection, whose staging tables go with it.
//
// A store whose file cannot be opened a second time (":memory:", a failed open) is written on the
// caller's thread through the caller's own store, as before: the same calls, the same answers.

#include "base/Expected.h"
#include "base/Thread.h"
#include "store/SnapshotStore.h"

#include <QObject>
#include <QSemaphore>

#include <atomic>
#include <functional>
#include <memory>

namespace dbx {

class RunWriter : public QObject
{
public:
    // Answers are called on the thread that owns the writer, never after it is destroyed.
    using FailedHandler = std::function<void(const Error &error)>;
    // stagingMs: the time the rows took to stage while the listing went on.
    using FinishedHandler = std::function<void(const Expected<RunCounts> &counts, qint64 stagingMs)>;

    // Writes queued at most: a further append() waits until the writer has caught up, so a file
    // slower than the listing holds the listing back instead of piling rows up in memory.
    static constexpr int kDefaultQueued = 16;

    // store: the sync's own store, open; its file is opened again on the writer's thread.
    // onFailed: staging failed (the first failure only; later rows are not written).
    RunWriter(SnapshotStore *store, FailedHandler onFailed, QObject *parent = nullptr, int maxQueued = kDefaultQueued);
    ~RunWriter() override; // what is queued is dropped; a finish under way completes first

    // Whether rows are written on a thread of its own.
    bool threaded() const { return m_thread != nullptr; }

    // Saves the rows of running run `runId` (SnapshotStore::appendRun: staged, memberships
    // straight into the run's table). On the writer's thread this answers once the rows
    // are queued (at once, unless maxQueued writes are waiting), and a failure comes later
    // through onFailed; without a thread it is the store's own answer.
    Expected<void> append(qint64 runId, const RunRows &rows);
    // Every account is appended: they move into the run's table now, while the listing goes on
    // (SnapshotStore::finishAccounts). Answers as append() does.
    Expected<void> finishAccounts(qint64 runId);
    // Finishes the run after every row appended before (SnapshotStore::finishRun). The answer
    // comes through onFinished: later, from the writer's thread; at once without one.
    void finish(qint64 runId, const Snapshot &header, const QStringList &droppedGroupIds, qint64 requests,
                FinishedHandler onFinished);
    // The sync failed or was cancelled: nothing queued is written any more, and the writer's
    // connection closes with what it staged.
    void discard();

private:
    class Side;
    // Runs op on the writer's store: queued on its thread (a failure comes through onFailed), or
    // at once on the caller's store without a thread. Timed as staging.
    Expected<void> write(const std::function<Expected<void>(SnapshotStore &)> &op);
    // Runs job on the writer's thread with its store (nullptr once it closed).
    void post(std::function<void(Side &)> job);
    // Calls f on the owner's thread, unless the writer is gone by then.
    void answer(std::function<void()> f);

    SnapshotStore *m_store;
    FailedHandler m_onFailed;
    Side *m_side = nullptr; // lives on m_thread, deleted there when it ends
    ThreadPtr m_thread;
    std::shared_ptr<std::atomic_bool> m_discarded = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<QSemaphore> m_room; // a slot per queued write, given back when it is done or dropped
    qint64 m_inlineMs = 0;              // staging time without a thread
};

} // namespace dbx
