#include "conductorone/C1zRows.h"

#include "store/RawQuery.h"

namespace dbx {
namespace c1 {
namespace c1zinternal {

namespace {
// A batch goes once it holds this much; its buffer is reserved a little larger, so that the row
// that crosses the mark rarely makes it grow.
constexpr qsizetype batchBytes = 1 << 20;
constexpr qsizetype batchReserve = batchBytes + batchBytes / 4;
} // namespace

bool BatchQueue::push(RowBatch batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < m_capacity; });
    if (m_stopped)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void BatchQueue::close()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_open > 0)
        --m_open;
    m_changed.notify_all();
}

bool BatchQueue::pop(RowBatch *batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_open == 0 || !m_batches.empty(); });
    if (m_stopped || m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return true;
}

void BatchQueue::stop()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_stopped = true;
    m_batches.clear();
    m_spares.clear();
    m_changed.notify_all();
}

void BatchQueue::giveBack(RowBatch batch)
{
    batch.bytes.resize(0); // keeps its memory, as clear() would not
    batch.ends.clear();
    batch.rows = 0;
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_stopped && m_spares.size() < m_capacity + 2)
        m_spares.push_back(std::move(batch));
}

RowBatch BatchQueue::spare()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_spares.empty())
        return RowBatch();
    RowBatch batch = std::move(m_spares.back());
    m_spares.pop_back();
    return batch;
}

void RowOut::begin(RowTable table)
{
    if (m_batch.rows > 0 && m_batch.table != table)
        flush();
    m_batch.table = table;
    if (m_batch.bytes.capacity() < batchReserve)
        m_batch.bytes.reserve(batchReserve);
}

void RowOut::value(QByteArrayView bytes, QByteArrayView more)
{
    m_batch.bytes.append(bytes);
    if (!more.isEmpty())
        m_batch.bytes.append(more);
    m_batch.ends.push_back(m_batch.bytes.size());
}

void RowOut::text(const QString &text)
{
    sqlstore::appendUtf8(m_batch.bytes, text);
    m_batch.ends.push_back(m_batch.bytes.size());
}

bool RowOut::end()
{
    ++m_batch.rows;
    if (m_batch.bytes.size() >= batchBytes)
        return flush();
    return !m_stopped;
}

void RowOut::finish()
{
    if (m_batch.rows > 0)
        flush();
    m_queue.close();
}

bool RowOut::flush()
{
    if (!m_stopped && !m_queue.push(std::move(m_batch)))
        m_stopped = true;
    m_batch = m_queue.spare();
    return !m_stopped;
}

} // namespace c1zinternal
} // namespace c1
} // namespace dbx
