// Saving a sync on the writer's thread (sync/RunWriter.h), into real SQLite files: rows staged on
// a second connection come out exactly as listed, a refused batch is reported once and leaves
// nothing, a discarded run leaves nothing either, a store without a file is written inline with
// the same answers, and a sync cancelled while its run is being saved completes.

#include "helpers/SyncTestBase.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"
#include "support/DataRows.h"
#include "support/SimFixture.h"
#include "sync/RunWriter.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <future>
#include <sqlite3.h>
#include <thread>

using namespace dbx;

namespace {

// The team's rows in batches of `batch` rows of each kind, with their listing positions.
QVector<RunRows> batches(const Snapshot &team, int batch)
{
    QVector<RunRows> out;
    RunRows rows;
    const qsizetype longest
        = std::max({team.accounts.size(), team.roles.size(), team.groups.size(), team.memberships.size()});
    for (qsizetype at = 0; at < longest; at += batch) {
        rows.accounts = team.accounts.mid(at, batch);
        rows.roles = team.roles.mid(at, batch);
        rows.groups = team.groups.mid(at, batch);
        rows.memberships = team.memberships.mid(at, batch);
        out.push_back(rows);
        rows.clear();
    }
    return out;
}

struct Finished {
    bool answered = false;
    Expected<RunCounts> counts = RunCounts();
};

// Rows of run `runId` in `table`, read through a connection of the test's own, as the window has.
int rowsInFile(const QString &file, const char *table, qint64 runId)
{
    const QString name = QStringLiteral("rowsInFile");
    int n = -1;
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reader.setDatabaseName(file);
        QSqlQuery q(reader);
        if (reader.open()
            && q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id = %2").arg(QLatin1String(table)).arg(runId))
            && q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

// Whether the file holds no row of run `runId` in any of the run's tables.
bool nothingInFile(const QString &file, qint64 runId)
{
    for (const char *table : {"accounts", "roles", "groups", "memberships"}) {
        if (rowsInFile(file, table, runId) != 0)
            return false;
    }
    return true;
}

// Finishes run `runId` through the writer and waits (up to 20 s) for the answer.
Finished finishAndWait(RunWriter &writer, qint64 runId, const Snapshot &header)
{
    Finished f;
    writer.finish(runId, header, {}, 1, [&f](const Expected<RunCounts> &counts, qint64) {
        f.answered = true;
        f.counts = counts;
    });
    if (!QTest::qWaitFor([&f] { return f.answered; }, 20000))
        qWarning("the finish was not answered");
    return f;
}

// A store on a new file, with a running run.
struct Bed {
    QString file;
    SnapshotStore store;
    qint64 run = 0;
};

} // namespace

class TestSyncWriter : public QObject, private test::SyncTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<Bed> bed()
    {
        auto b = std::make_unique<Bed>();
        b->file = newDb();
        if (b->store.open(b->file))
            b->run = b->store.beginRun().value_or(0);
        return b;
    }

    // The run abandoned as the sync does it: failed, and nothing of it left in the file.
    static void verifyAbandoned(Bed &b)
    {
        QVERIFY(b.store.abandonRun(b.run, QStringLiteral("failed"), QStringLiteral("test")));
        QCOMPARE(b.store.run(b.run)->status, QStringLiteral("failed"));
        QVERIFY(nothingInFile(b.file, b.run));
    }

    // Appends the team in batches through a writer on `store` and finishes the run; the answer.
    Finished saveThrough(SnapshotStore &store, const Snapshot &team, bool expectThreaded)
    {
        const Expected<qint64> run = store.beginRun();
        if (!run)
            return {true, unexpected(run.error())};
        QVector<Error> failures;
        RunWriter writer(&store, [&](const Error &e) { failures.push_back(e); });
        if (writer.threaded() != expectThreaded) {
            qWarning("writer threaded: %d", int(writer.threaded()));
            return {};
        }
        for (const RunRows &rows : batches(team, 7)) {
            if (const Expected<void> saved = writer.append(*run, rows); !saved)
                return {true, unexpected(saved.error())};
        }
        Finished f;
        writer.finish(*run, team, {}, 42, [&](const Expected<RunCounts> &counts, qint64) {
            f.answered = true;
            f.counts = counts;
        });
        // On its own thread the answer comes later, through the event loop; inline at once.
        if (f.answered == expectThreaded) {
            qWarning("finish answered at once: %d", int(f.answered));
            return {};
        }
        if (!QTest::qWaitFor([&f] { return f.answered; }, 20000))
            return {};
        if (!failures.isEmpty())
            qWarning("staging failed: %s", qPrintable(failures.first().message()));
        return failures.isEmpty() ? f : Finished{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<sim::SimServer>(test::SimFixture::team(300, 12, 5));
        QVERIFY(m_sim->listen());
    }

    void fileStoreStagesOnItsOwnThread_data()
    {
        test::addRows<bool>("onFile", {{"file: a thread of its own", true}, {":memory:: inline", false}});
    }

    void fileStoreStagesOnItsOwnThread()
    {
        QFETCH(bool, onFile);
        SnapshotStore store;
        QVERIFY(store.open(onFile ? newDb() : QStringLiteral(":memory:")));
        QVERIFY2(!QFileInfo::exists(QStringLiteral(":memory:")), "a database in memory made a file");
        const Snapshot team = m_sim->truth();
        const Finished f = saveThrough(store, team, onFile);
        QVERIFY(f.answered);
        QVERIFY2(f.counts, qPrintable(f.counts.error().message()));
        QCOMPARE(f.counts->accounts, int(team.accounts.size()));
        QCOMPARE(f.counts->groups, int(team.groups.size()));
        QCOMPARE(f.counts->roles, int(team.roles.size()));
        QCOMPARE(f.counts->memberships, int(team.memberships.size()));
        const qint64 run = store.latestCompleteRun();
        QVERIFY(run > 0);
        QCOMPARE(store.run(run)->requests, qint64(42));
        const Expected<Snapshot> loaded = store.load(run);
        QVERIFY2(loaded, qPrintable(loaded.error().message()));
        QCOMPARE(loaded->accounts, team.accounts); // listing order kept (seq), every field
        QCOMPARE(loaded->groups, team.groups);
        QCOMPARE(loaded->roles, team.roles);
        QCOMPARE(loaded->memberships, team.memberships);
        QCOMPARE(loaded->team.name, team.team.name);
    }

    // A key listed twice in one batch is refused on the writer's thread: one failure with the
    // sentence, no later batch written, no answer to the finish, and after abandonRun nothing of
    // the run in the file.
    void refusedBatchIsReportedOnce()
    {
        const std::unique_ptr<Bed> b = bed();
        QVERIFY(b->run > 0);
        const Snapshot team = m_sim->truth();
        QVector<Error> failures;
        bool finished = false;
        {
            RunWriter writer(&b->store, [&](const Error &e) { failures.push_back(e); });
            QVERIFY(writer.threaded());
            RunRows rows;
            rows.accounts = team.accounts.mid(0, 10);
            QVERIFY(writer.append(b->run, rows));
            rows.clear();
            rows.accounts = team.accounts.mid(10, 10) + team.accounts.mid(12, 1); // one listed twice
            QVERIFY(writer.append(b->run, rows)); // refused later, on the writer's thread
            rows.clear();
            rows.accounts = team.accounts.mid(20, 10) + team.accounts.mid(20, 1);
            QVERIFY(writer.append(b->run, rows)); // would be refused too: never tried
            writer.finish(b->run, team, {}, 1, [&](const Expected<RunCounts> &, qint64) { finished = true; });
            QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 20000);
            QTest::qWait(200); // nothing more comes
            QCOMPARE(failures.size(), 1);
            QVERIFY(!finished);
            QCOMPARE(failures.first().kind, Error::Kind::Invalid);
            QVERIFY2(failures.first().message().contains(team.accounts.at(12).teamMemberId + QLatin1String(" twice")),
                     qPrintable(failures.first().message()));
            writer.discard();
        }
        QVERIFY(b->store.abandonRun(b->run, QStringLiteral("failed"), failures.first().message()));
        QCOMPARE(b->store.run(b->run)->status, QStringLiteral("failed"));
        QCOMPARE(b->store.latestCompleteRun(), qint64(0));
        QVERIFY(nothingInFile(b->file, b->run));
    }

    // A staged key (an account) listed in two batches shows when the run is finished: the finish
    // answers why, and nothing of the run is in the file.
    void keyInTwoBatchesFailsTheFinish()
    {
        const std::unique_ptr<Bed> b = bed();
        QVERIFY(b->run > 0);
        const Snapshot team = m_sim->truth();
        Finished f;
        {
            RunWriter writer(&b->store, [](const Error &e) { QFAIL(qPrintable(e.message())); });
            QVERIFY(writer.threaded());
            RunRows rows;
            rows.groups = team.groups;
            rows.accounts = team.accounts.mid(0, 20);
            QVERIFY(writer.append(b->run, rows));
            rows.clear();
            rows.accounts = team.accounts.mid(15, 20); // five listed again
            QVERIFY(writer.append(b->run, rows));
            f = finishAndWait(writer, b->run, team);
            QVERIFY(f.answered);
        }
        QVERIFY(!f.counts);
        QCOMPARE(f.counts.error().kind, Error::Kind::Invalid);
        QVERIFY2(f.counts.error().message().contains(QLatin1String("listed the same member twice")),
                 qPrintable(f.counts.error().message()));
        QCOMPARE(b->store.run(b->run)->status, QStringLiteral("running")); // the sync abandons it
        QVERIFY(nothingInFile(b->file, b->run));
    }

    // Rows appended, then the sync fails: nothing is finished, nothing reaches the file, and the
    // store's next run is saved as if the first had never been.
    void discardLeavesNothing()
    {
        const std::unique_ptr<Bed> b = bed();
        QVERIFY(b->run > 0);
        const Snapshot team = m_sim->truth();
        bool finished = false;
        {
            RunWriter writer(&b->store, [](const Error &e) { QFAIL(qPrintable(e.message())); });
            QVERIFY(writer.threaded());
            for (const RunRows &rows : batches(team, 50))
                QVERIFY(writer.append(b->run, rows));
            writer.discard();
            writer.finish(b->run, team, {}, 1, [&](const Expected<RunCounts> &, qint64) { finished = true; });
            QTest::qWait(200);
        }
        QVERIFY(!finished);
        QVERIFY(b->store.abandonRun(b->run, QStringLiteral("cancelled"), QString()));
        QCOMPARE(b->store.run(b->run)->status, QStringLiteral("cancelled"));
        QVERIFY(nothingInFile(b->file, b->run));

        const Finished next = saveThrough(b->store, team, true);
        QVERIFY(next.answered);
        QVERIFY2(next.counts, qPrintable(next.counts.error().message()));
        QCOMPARE(next.counts->memberships, int(team.memberships.size()));
        QCOMPARE(rowsInFile(b->file, "memberships", b->store.latestCompleteRun()), int(team.memberships.size()));
    }

    // The accounts go into the run's table once every member is listed: there for the file's other
    // connections as rows of a running run (which no reader shows), not copied a second time at
    // the finish, and deleted with the rest when the run is abandoned instead.
    void accountsMovedEarly_data() { test::addRows<bool>("finishIt", {{"finished", true}, {"abandoned", false}}); }

    void accountsMovedEarly()
    {
        QFETCH(bool, finishIt);
        const std::unique_ptr<Bed> b = bed();
        QVERIFY(b->run > 0);
        const Snapshot team = m_sim->truth();
        Finished f;
        {
            RunWriter writer(&b->store, [](const Error &e) { QFAIL(qPrintable(e.message())); });
            QVERIFY(writer.threaded());
            RunRows rows;
            rows.accounts = team.accounts;
            QVERIFY(writer.append(b->run, rows));
            rows.clear();
            QVERIFY(writer.finishAccounts(b->run));
            QTRY_COMPARE_WITH_TIMEOUT(rowsInFile(b->file, "accounts", b->run), int(team.accounts.size()), 20000);
            QCOMPARE(b->store.latestCompleteRun(), qint64(0)); // nothing for readers yet
            QCOMPARE(b->store.run(b->run)->status, QStringLiteral("running"));
            rows.roles = team.roles;
            rows.groups = team.groups;
            rows.memberships = team.memberships;
            QVERIFY(writer.append(b->run, rows));
            if (!finishIt) {
                writer.discard();
                return verifyAbandoned(*b);
            }
            f = finishAndWait(writer, b->run, team);
            QVERIFY(f.answered);
        }
        QVERIFY2(f.counts, qPrintable(f.counts.error().message()));
        QCOMPARE(f.counts->accounts, int(team.accounts.size()));
        QCOMPARE(f.counts->memberships, int(team.memberships.size()));
        QCOMPARE(b->store.latestCompleteRun(), b->run);
        const Expected<Snapshot> loaded = b->store.load(b->run);
        QVERIFY(loaded);
        QCOMPARE(loaded->accounts, team.accounts);
        QCOMPARE(loaded->memberships, team.memberships);
    }

    // Memberships go straight into the run's table as they are appended (the sync hands over
    // groups listed whole), while the accounts wait in the staging table: readers see nothing of
    // the run yet, and the finish leaves the memberships as listed. Abandoned, the run leaves
    // nothing; a membership appended again fails that append as a membership listed twice, on
    // the writer's thread, and the finish is never answered.
    void membershipsGoStraightIntoTheRun_data()
    {
        QTest::addColumn<QString>("ending");
        for (const char *ending : {"finished", "abandoned", "listed again"})
            QTest::newRow(ending) << QString::fromLatin1(ending);
    }

    void membershipsGoStraightIntoTheRun()
    {
        QFETCH(QString, ending);
        const std::unique_ptr<Bed> b = bed();
        QVERIFY(b->run > 0);
        const Snapshot team = m_sim->truth();
        const qsizetype half = team.memberships.size() / 2;
        QVERIFY(half > 0);
        QVector<Error> failures;
        Finished f;
        {
            RunWriter writer(&b->store, [&](const Error &e) { failures.push_back(e); });
            QVERIFY(writer.threaded());
            RunRows rows;
            rows.accounts = team.accounts;
            rows.roles = team.roles;
            rows.groups = team.groups;
            rows.memberships = team.memberships.mid(0, half);
            QVERIFY(writer.append(b->run, rows));
            rows.clear();
            QTRY_COMPARE_WITH_TIMEOUT(rowsInFile(b->file, "memberships", b->run), int(half), 20000);
            QCOMPARE(rowsInFile(b->file, "accounts", b->run), 0); // staged
            QCOMPARE(b->store.latestCompleteRun(), qint64(0));    // nothing for readers yet
            QCOMPARE(b->store.run(b->run)->status, QStringLiteral("running"));
            if (ending == QLatin1String("listed again")) {
                rows.memberships = {team.memberships.at(half / 2)};
                QVERIFY(writer.append(b->run, rows)); // refused later, on the writer's thread
                rows.clear();
            }
            rows.memberships = team.memberships.mid(half);
            QVERIFY(writer.append(b->run, rows));
            rows.clear();
            if (ending == QLatin1String("abandoned")) {
                QTRY_COMPARE_WITH_TIMEOUT(rowsInFile(b->file, "memberships", b->run), int(team.memberships.size()),
                                          20000);
                writer.discard();
                return verifyAbandoned(*b);
            }
            if (ending == QLatin1String("listed again")) {
                writer.finish(b->run, team, {}, 1, [&](const Expected<RunCounts> &, qint64) { f.answered = true; });
                QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 20000);
                QTest::qWait(200); // nothing more comes
                QCOMPARE(failures.size(), 1);
                QVERIFY(!f.answered);
                QCOMPARE(failures.first().kind, Error::Kind::Invalid);
                QVERIFY2(failures.first().message().contains(QLatin1String("listed the same group membership twice")),
                         qPrintable(failures.first().message()));
                // The refused call wrote nothing, and nothing after it was written.
                QCOMPARE(rowsInFile(b->file, "memberships", b->run), int(half));
                writer.discard();
            } else {
                f = finishAndWait(writer, b->run, team);
                QVERIFY(f.answered);
            }
        }
        if (ending == QLatin1String("listed again")) {
            QVERIFY(b->store.abandonRun(b->run, QStringLiteral("failed"), failures.first().message()));
            QCOMPARE(b->store.latestCompleteRun(), qint64(0));
            QVERIFY(nothingInFile(b->file, b->run));
            return;
        }
        QVERIFY(failures.isEmpty());
        QVERIFY2(f.counts, qPrintable(f.counts.error().message()));
        QCOMPARE(f.counts->memberships, int(team.memberships.size()));
        QCOMPARE(b->store.latestCompleteRun(), b->run);
        const Expected<Snapshot> loaded = b->store.load(b->run);
        QVERIFY(loaded);
        QCOMPARE(loaded->memberships, team.memberships); // listing order kept (seq)
        QCOMPARE(loaded->accounts, team.accounts);       // their group lists too
    }

    // Moving a run's accounts twice is refused as what it is, not as a member listed twice.
    void accountsMovedOnce()
    {
        SnapshotStore store;
        QVERIFY(store.open(newDb()));
        const qint64 run = *store.beginRun();
        RunRows rows;
        rows.accounts = m_sim->truth().accounts.mid(0, 5);
        QVERIFY(store.appendRun(run, rows));
        QVERIFY(store.finishAccounts(run));
        const Expected<void> again = store.finishAccounts(run);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Invalid);
        QVERIFY2(again.error().message().contains(QLatin1String("already saved")), qPrintable(again.error().message()));
        const Expected<RunCounts> counts = store.finishRun(run, Snapshot(), {}, 1);
        QVERIFY2(counts, qPrintable(counts.error().message()));
        QCOMPARE(counts->accounts, 5);
    }

    // A writer behind by maxQueued writes holds the next append() until it has caught up: here
    // another connection holds the file's write lock for 2 s, so that the accounts' move (and so
    // everything queued behind it) waits for it. Nothing is lost: the run finishes whole.
    void appendWaitsForRoom()
    {
        const std::unique_ptr<Bed> b = bed();
        QVERIFY(b->run > 0);
        const Snapshot team = m_sim->truth();
        RunWriter writer(
            &b->store, [](const Error &e) { QFAIL(qPrintable(e.message())); }, nullptr, 2);
        QVERIFY(writer.threaded());
        RunRows rows;
        rows.accounts = team.accounts;
        QVERIFY(writer.append(b->run, rows));
        rows.clear();

        std::promise<void> locked;
        std::thread holder([&] {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(QFile::encodeName(b->file).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::seconds(2));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        });
        locked.get_future().wait();
        QVERIFY(writer.finishAccounts(b->run)); // waits on the lock, on the writer's thread
        rows.groups = team.groups;
        QVERIFY(writer.append(b->run, rows)); // the second queued write: there is room
        rows.clear();
        QElapsedTimer clock;
        clock.start();
        rows.memberships = team.memberships;
        QVERIFY(writer.append(b->run, rows)); // the third: waits for the first to be done
        const qint64 waited = clock.elapsed();
        holder.join();
        QVERIFY2(waited >= 1000, qPrintable(QStringLiteral("append returned after %1 ms").arg(waited)));
        rows.clear();
        rows.roles = team.roles;
        QVERIFY(writer.append(b->run, rows));
        const Finished f = finishAndWait(writer, b->run, team);
        QVERIFY(f.answered);
        QVERIFY2(f.counts, qPrintable(f.counts.error().message()));
        QCOMPARE(f.counts->accounts, int(team.accounts.size()));
        QCOMPARE(f.counts->memberships, int(team.memberships.size()));
        const Expected<Snapshot> loaded = b->store.load(b->run);
        QVERIFY(loaded);
        QCOMPARE(loaded->accounts, team.accounts);
        QCOMPARE(loaded->memberships, team.memberships);
    }

    // A cancel that arrives once the run is being saved comes too late: the sync completes, and
    // says so, with the snapshot equal to the team.
    void cancelWhileSavingCompletes()
    {
        ConnectorSession session(config(newDb()));
        QVERIFY(session.open());
        SyncEngine *engine = session.syncEngine();
        bool cancelSent = false;
        connect(engine, &SyncEngine::progressChanged, this, [&](const SyncProgress &p) {
            if (p.phase != SyncProgress::Phase::Saving || cancelSent)
                return;
            cancelSent = true;
            QMetaObject::invokeMethod(engine, &SyncEngine::cancel, Qt::QueuedConnection);
        });
        const SyncOutcome o = runSync(session);
        QVERIFY(cancelSent);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!o.cancelled);
        QCOMPARE(session.store()->run(o.runId)->status, QStringLiteral("complete"));
        const Expected<Snapshot> loaded = session.store()->load(o.runId);
        QVERIFY(loaded);
        QCOMPARE(loaded->memberships.size(), m_sim->truth().memberships.size());
        QCOMPARE(loaded->accounts.size(), m_sim->truth().accounts.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncWriter)
#include "tst_sync_writer.moc"
