#pragma once
// A second connection to the store's file whose read transaction sees exactly what the store's
// own connection sees, so that load() can read one run's tables on two threads.
//
// Debian's SQLite is built without sqlite3_snapshot_open(), so the two read transactions are
// lined up another way: both begin while a third connection holds the write lock for a moment.
// No commit can fall between them, and in WAL mode each keeps what it saw until it ends. When
// the write lock is not free at once (a sync or a change is being saved), or the file cannot be
// opened a second time, there is no second connection: the caller reads everything on its own
// connection, as before. Nothing waits for a writer, and a writer waits at most the moment it
// takes to begin two read transactions.

#include "base/Expected.h"

#include <QString>

#include <functional>

struct sqlite3;

namespace dbx::sqlstore {

class SharedSnapshot
{
public:
    SharedSnapshot() = default;
    ~SharedSnapshot(); // ends the second connection's read transaction and closes it
    SharedSnapshot(const SharedSnapshot &) = delete;
    SharedSnapshot &operator=(const SharedSnapshot &) = delete;

    // Runs beginMain, which begins the store connection's read transaction and reads from it
    // (that read fixes what it sees), and begins the second connection's on the same data. The
    // second connection is kept only when it sees run `runId` complete. Returns beginMain's
    // result; on its failure there is no second connection either.
    Expected<void> begin(const QString &file, qint64 runId, const std::function<Expected<void>()> &beginMain);

    // The second connection, for one other thread to read from; nullptr when there is none.
    sqlite3 *second() const { return m_second; }

private:
    void close();

    sqlite3 *m_second = nullptr;
};

} // namespace dbx::sqlstore
