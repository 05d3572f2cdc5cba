#include "store/SharedSnapshot.h"

#include "store/RawQuery.h"

#include <QFile>

#include <sqlite3.h>

namespace dbx::sqlstore {

namespace {

sqlite3 *openFile(const QString &file, int flags)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db; // a new connection's busy timeout is 0: busy means "not now", never a wait
}

bool run(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

// Begins a read transaction on db and reads from it (which fixes what it sees): true when it
// sees the run complete, as the store's connection must for load() to go on.
bool beginOnCompleteRun(sqlite3 *db, qint64 runId)
{
    if (!run(db, "BEGIN"))
        return false;
    RawQuery q(db, QStringLiteral("SELECT status = 'complete' FROM sync_runs WHERE id = ?"));
    q.bind(1, runId);
    const Expected<bool> row = q.next();
    return row && *row && q.integer(0) == 1;
}

} // namespace

SharedSnapshot::~SharedSnapshot() { close(); }

void SharedSnapshot::close()
{
    if (!m_second)
        return;
    run(m_second, "ROLLBACK");
    sqlite3_close(m_second);
    m_second = nullptr;
}

Expected<void> SharedSnapshot::begin(const QString &file, qint64 runId,
                                     const std::function<Expected<void>()> &beginMain)
{
    close();
    sqlite3 *writeLock
        = file.isEmpty() || file == QLatin1String(":memory:") ? nullptr : openFile(file, SQLITE_OPEN_READWRITE);
    if (writeLock && run(writeLock, "BEGIN IMMEDIATE")) {
        m_second = openFile(file, SQLITE_OPEN_READONLY);
        if (m_second && !beginOnCompleteRun(m_second, runId))
            close();
    }
    const Expected<void> main = beginMain();
    if (writeLock) {
        run(writeLock, "ROLLBACK");
        sqlite3_close(writeLock);
    }
    if (!main)
        close();
    return main;
}

} // namespace dbx::sqlstore
