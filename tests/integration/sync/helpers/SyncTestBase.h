#pragma once
// What the sync tests share: a simulated team on loopback (m_sim, started by the test class), a
// temporary folder with a new database file per session, the connection to the team, and a sync
// run to its end.

#include "sim/SimServer.h"
#include "support/SimConnection.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace dbx::test {

class SyncTestBase
{
protected:
    std::unique_ptr<sim::SimServer> m_sim;
    QTemporaryDir m_dir;
    int m_dbCounter = 0;

    // A database file no session used yet.
    QString newDb(const QString &prefix = QStringLiteral("snap"))
    {
        return m_dir.filePath(QStringLiteral("%1%2.sqlite").arg(prefix).arg(++m_dbCounter));
    }

    // The connection to the simulated team with its database at db.
    ConnectionConfig config(const QString &db) const { return simConnection(*m_sim, QStringLiteral("test"), db); }

    // Starts the session's sync and waits for its outcome (a default one, not ok, when it never
    // finished).
    static SyncOutcome runSync(ConnectorSession &session, int timeoutMs = 60000)
    {
        return runSync(session.syncEngine(), timeoutMs);
    }

    static SyncOutcome runSync(SyncEngine *engine, int timeoutMs = 60000)
    {
        QSignalSpy spy(engine, &SyncEngine::finished);
        engine->start();
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return SyncOutcome();
        return spy.first().first().value<SyncOutcome>();
    }

    // Opens the session and runs its first sync; an outcome that is not ok says which failed.
    static SyncOutcome openAndSync(ConnectorSession &session)
    {
        if (const Expected<void> opened = session.open(); !opened) {
            SyncOutcome o;
            o.message = opened.error().message();
            return o;
        }
        return runSync(session);
    }
};

} // namespace dbx::test
