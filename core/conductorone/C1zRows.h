#pragma once
// The c1z writer's rows on their way from the threads that build them (protobuf messages, ids in
// UTF-8) to the one that inserts them into SQLite. Internal to core/conductorone.
//
// A 100,000-member file holds 600,000 rows. Building a row took longer than inserting it, and
// SQLite takes one writer, so the rows are built on other threads and handed over in batches of
// about a megabyte: a row's values lie back to back in one buffer, so a batch costs two
// allocations however many rows it holds. The queue is bounded, so a builder faster than the
// inserter waits instead of holding the whole file in memory.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace dbx {
namespace c1 {
namespace c1zinternal {

// The tables whose rows are built on other threads.
enum class RowTable {
    ResourceTypes,
    Resources,
    Entitlements,
    Grants
};

// Rows of one table: value i of the batch is bytes[ends[i - 1], ends[i]) (from 0 for the first);
// a row is as many values as its table's INSERT takes.
struct RowBatch {
    RowTable table = RowTable::Resources;
    QByteArray bytes;
    std::vector<qsizetype> ends;
    qsizetype rows = 0;

    QByteArrayView value(size_t i) const
    {
        const qsizetype begin = i == 0 ? 0 : ends[i - 1];
        return QByteArrayView(bytes.constData() + begin, ends[i] - begin);
    }
};

// Batches from the builders to the inserter: each builder's in the order it pushed them, the
// builders' interleaved as they come (so each table has one builder, whose rows stay in order).
// A builder pushes and closes; the inserter pops until it is told there is no more. stop() ends
// both sides: a push returns false and the builder gives up, a pop returns false (the inserter
// stops once something failed).
class BatchQueue
{
public:
    BatchQueue(size_t capacity, int builders) : m_capacity(capacity), m_open(builders) {}

    // Waits while the queue is full. False once the queue is stopped (the batch is dropped).
    bool push(RowBatch batch);
    // A builder has no more batches.
    void close();
    // The next batch, waiting for it; false once every builder has closed and the queue is
    // empty, or once it is stopped.
    bool pop(RowBatch *batch);
    // Nothing more is pushed or popped.
    void stop();

    // A batch the inserter is done with, kept for the builder to fill again: its memory goes
    // back and forth instead of being freed and allocated again (a megabyte a time, which the
    // allocator returned to the system and took back, page by page: the grants took twice as
    // long in a process that had allocated and freed large buffers before).
    void giveBack(RowBatch batch);
    // A batch given back, emptied, or a new one.
    RowBatch spare();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_batches;
    std::vector<RowBatch> m_spares;
    size_t m_capacity;
    int m_open; // builders that have not closed
    bool m_stopped = false;
};

// What a builder writes rows into: values are appended to the current batch, which goes to the
// queue once it holds about a megabyte, or when the rows change table.
class RowOut
{
public:
    explicit RowOut(BatchQueue &queue) : m_queue(queue) {}
    RowOut(const RowOut &) = delete;
    RowOut &operator=(const RowOut &) = delete;

    // Starts a row of `table`.
    void begin(RowTable table);
    // One value: raw bytes, or two byte strings one after the other.
    void value(QByteArrayView bytes, QByteArrayView more = {});
    // One value: the text in UTF-8.
    void text(const QString &text);
    // Ends the row. False once the inserter has stopped: the builder gives up.
    bool end();
    // Hands the last batch over and closes the queue.
    void finish();

private:
    bool flush();

    BatchQueue &m_queue;
    RowBatch m_batch;
    bool m_stopped = false;
};

} // namespace c1zinternal
} // namespace c1
} // namespace dbx
