#include "sync/RunWriter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace dbx {

// The writer's thread: its own store (connection) on the same file, and what it has done.
class RunWriter::Side : public QObject
{
public:
    Expected<void> open(const QString &path)
    {
        store = std::make_unique<SnapshotStore>();
        Expected<void> opened = store->open(path);
        if (opened)
            opened = store->deferCheckpoints();
        if (!opened)
            store.reset();
        return opened;
    }

    std::unique_ptr<SnapshotStore> store; // null once closed
    bool failed = false;                  // a batch was refused: no later one is written
    qint64 stagingMs = 0;
};

RunWriter::RunWriter(SnapshotStore *store, FailedHandler onFailed, QObject *parent, int maxQueued)
    : QObject(parent), m_store(store), m_onFailed(std::move(onFailed)),
      m_room(std::make_shared<QSemaphore>(qMax(1, maxQueued)))
{
    const QString path = store->path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    m_side = new Side;
    m_thread = makeWorkerThread(m_side, QStringLiteral("dbx.sync.writer"));
    Expected<void> opened;
    QMetaObject::invokeMethod(
        m_side, [this, path, &opened] { opened = m_side->open(path); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        qCWarning(lcSync) << "rows are saved on the sync's thread: a second connection failed:"
                          << opened.error().brief();
        m_thread.reset();
        m_side = nullptr;
    }
}

RunWriter::~RunWriter()
{
    *m_discarded = true;
    m_thread.reset(); // no job runs after this: answers posted before are dropped with this object
}

void RunWriter::post(std::function<void(Side &)> job)
{
    QMetaObject::invokeMethod(
        m_side,
        [side = m_side, discarded = m_discarded, job = std::move(job)] {
            if (!*discarded && side->store)
                job(*side);
        },
        Qt::QueuedConnection);
}

void RunWriter::answer(std::function<void()> f) { QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection); }

Expected<void> RunWriter::write(const std::function<Expected<void>(SnapshotStore &)> &op)
{
    if (!threaded()) {
        QElapsedTimer clock;
        clock.start();
        const Expected<void> done = op(*m_store);
        m_inlineMs += clock.elapsed();
        return done;
    }
    if (*m_discarded)
        return {};
    // The slot goes back when the job is done, or dropped with the writer.
    m_room->acquire();
    std::shared_ptr<void> slot(nullptr, [room = m_room](void *) { room->release(); });
    post([this, op, slot](Side &side) {
        if (side.failed)
            return;
        QElapsedTimer clock;
        clock.start();
        const Expected<void> done = op(*side.store);
        side.stagingMs += clock.elapsed();
        if (done)
            return;
        side.failed = true;
        answer([this, error = done.error()] { m_onFailed(error); });
    });
    return {};
}

Expected<void> RunWriter::append(qint64 runId, const RunRows &rows)
{
    return write([runId, rows](SnapshotStore &store) { return store.appendRun(runId, rows); });
}

Expected<void> RunWriter::finishAccounts(qint64 runId)
{
    return write([runId](SnapshotStore &store) { return store.finishAccounts(runId); });
}

void RunWriter::finish(qint64 runId, const Snapshot &header, const QStringList &droppedGroupIds, qint64 requests,
                       FinishedHandler onFinished)
{
    if (!threaded()) {
        onFinished(m_store->finishRun(runId, header, droppedGroupIds, requests), m_inlineMs);
        return;
    }
    post([this, runId, header, droppedGroupIds, requests, onFinished = std::move(onFinished)](Side &side) {
        if (side.failed)
            return; // the sync fails on the first refusal, already on its way
        // The staged copies need no clearing: the connection closes right after.
        const Expected<RunCounts> counts
            = side.store->finishRun(runId, header, droppedGroupIds, requests, SnapshotStore::StagedRows::Keep);
        answer([onFinished, counts, ms = side.stagingMs] { onFinished(counts, ms); });
        if (counts) {
            if (const Expected<void> copied = side.store->checkpoint(); !copied)
                qCInfo(lcSync) << "write-ahead log not copied into the file yet:" << copied.error().brief();
        }
        side.store.reset();
    });
}

void RunWriter::discard()
{
    *m_discarded = true;
    if (threaded())
        QMetaObject::invokeMethod(
            m_side, [side = m_side] { side->store.reset(); }, Qt::QueuedConnection);
}

} // namespace dbx
