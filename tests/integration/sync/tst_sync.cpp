// Full syncs of the simulated team over real loopback HTTP into a real SQLite file: the snapshot
// must equal the simulator's truth, faults must either be absorbed (rate limits, 5xx, dropped
// connections, expiring tokens) or fail cleanly with the previous snapshot exactly as it was.
// Bounds: a group deleted mid-sync is skipped and named; a listing that repeats its cursor fails.

#include "dropbox/DropboxClient.h"
#include "helpers/SyncTestBase.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"
#include "support/DataRows.h"
#include "support/SimConnection.h"
#include "support/SimFixture.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace dbx;

namespace {

template <typename T, typename Key>
QVector<T> sortedBy(QVector<T> v, Key key)
{
    std::sort(v.begin(), v.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return v;
}

QVector<Membership> sortedMemberships(QVector<Membership> v)
{
    std::sort(v.begin(), v.end(), [](const Membership &a, const Membership &b) {
        return std::tie(a.groupId, a.teamMemberId) < std::tie(b.groupId, b.teamMemberId);
    });
    return v;
}

// The memberships of the running run in `file`, by group, read through a connection of the
// test's own (as the window has); empty when there is no running run.
QHash<QString, int> runningMembershipsInFile(const QString &file)
{
    const QString name = QStringLiteral("runningMembershipsInFile");
    QHash<QString, int> counts;
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reader.setDatabaseName(file);
        QSqlQuery q(reader);
        if (reader.open()
            && q.exec(QStringLiteral("SELECT m.group_id, COUNT(*) FROM memberships m JOIN sync_runs r"
                                     " ON r.id = m.run_id WHERE r.status = 'running' GROUP BY m.group_id"))) {
            while (q.next())
                counts.insert(q.value(0).toString(), q.value(1).toInt());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

} // namespace

// The snapshot a window gets from the rows the sync kept is the one read back from the file:
// every field of every row, in the same order, and the same header.
void compareShown(const Snapshot &shown, const Snapshot &stored)
{
    QCOMPARE(shown.runId, stored.runId);
    QCOMPARE(shown.startedAt, stored.startedAt);
    QCOMPARE(shown.finishedAt, stored.finishedAt);
    QCOMPARE(shown.team.name, stored.team.name);
    QCOMPARE(shown.team.teamId, stored.team.teamId);
    QCOMPARE(shown.admin.teamMemberId, stored.admin.teamMemberId);
    QCOMPARE(shown.accounts.size(), stored.accounts.size());
    for (int i = 0; i < stored.accounts.size(); ++i)
        QVERIFY2(shown.accounts[i] == stored.accounts[i], qPrintable(stored.accounts[i].teamMemberId));
    QVERIFY(shown.roles == stored.roles);
    QVERIFY(shown.groups == stored.groups);
    QVERIFY(shown.memberships == stored.memberships);
    QCOMPARE(shown.activityReadAt, stored.activityReadAt);
}

class TestSync : public QObject, private test::SyncTestBase
{
    Q_OBJECT

private:
    // The run's stored snapshot is still `before`: its accounts, groups and memberships.
    static void compareUnchanged(const SnapshotStore &store, qint64 runId, const Snapshot &before)
    {
        const auto after = store.load(runId);
        QVERIFY(after);
        QCOMPARE(after->accounts.size(), before.accounts.size());
        QVERIFY(after->accounts == before.accounts);
        QVERIFY(after->groups == before.groups);
        QVERIFY(after->memberships == before.memberships);
    }

    static void compareWithTruth(const Snapshot &got, const Snapshot &truth)
    {
        const auto byId = [](const Account &a) { return a.teamMemberId; };
        const QVector<Account> a = sortedBy(got.accounts, byId);
        const QVector<Account> b = sortedBy(truth.accounts, byId);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            if (a[i] != b[i]) {
                QFAIL(qPrintable(QStringLiteral("account %1 differs from the simulator's truth (email %2 vs %3, status "
                                                "%4 vs %5, role '%6' vs '%7')")
                                     .arg(a[i].teamMemberId, a[i].email, b[i].email, toWire(a[i].status),
                                          toWire(b[i].status), a[i].roleId, b[i].roleId)));
            }
        }
        const auto roleId = [](const Role &r) { return r.id; };
        QCOMPARE(sortedBy(got.roles, roleId), sortedBy(truth.roles, roleId));
        const auto groupId = [](const Group &g) { return g.id; };
        QCOMPARE(sortedBy(got.groups, groupId), sortedBy(truth.groups, groupId));
        QCOMPARE(sortedMemberships(got.memberships), sortedMemberships(truth.memberships));
        QCOMPARE(got.team.name, truth.team.name);
        QCOMPARE(got.team.teamId, truth.team.teamId);
        QCOMPARE(got.admin.teamMemberId, truth.admin.teamMemberId);
        QCOMPARE(got.admin.email, truth.admin.email);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // One group over 1000 members: group listing continues.
        m_sim = std::make_unique<sim::SimServer>(test::SimFixture::team(1300, 40, 7));
        QVERIFY(m_sim->listen());
    }

    void init()
    {
        m_sim->setFaults(sim::Faults());
        m_sim->resetStats();
    }

    void fullSyncEqualsTruth()
    {
        ConnectorSession session(config(newDb()));
        QString error;
        const auto opened = session.open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        const SyncOutcome o = runSync(session);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(o.runId > 0);
        QCOMPARE(session.store()->latestCompleteRun(), o.runId);
        const auto snap = session.store()->load(o.runId);
        QVERIFY2(snap, qPrintable(snap.error().message()));
        const Snapshot truth = m_sim->truth();
        compareWithTruth(*snap, truth);

        // Every status is represented, removed members included, and a role nobody holds is kept.
        QSet<AccountStatus> statuses;
        for (const Account &a : snap->accounts)
            statuses.insert(a.status);
        QVERIFY(statuses.contains(AccountStatus::Removed));
        QVERIFY(statuses.contains(AccountStatus::Invited));
        QVERIFY(statuses.contains(AccountStatus::Suspended));
        QSet<QString> held;
        for (const Account &a : snap->accounts)
            if (!a.roleId.isEmpty())
                held.insert(a.roleId);
        QVERIFY(held.size() < snap->roles.size());

        // Requests: the fewest the API allows at limit 1000 (pages of members, groups, and each
        // group's members) plus team info, admin and roles.
        int groupPages = 0;
        QHash<QString, int> perGroup;
        for (const Membership &m : truth.memberships)
            ++perGroup[m.groupId];
        for (const Group &g : truth.groups)
            groupPages += qMax(1, (perGroup.value(g.id) + 999) / 1000);
        const int memberPages = qMax(1, int((truth.accounts.size() + 999) / 1000));
        const int groupListPages = qMax(1, int((truth.groups.size() + 999) / 1000));
        const qint64 minimum = 3 + memberPages + groupListPages + groupPages;
        QCOMPARE(o.requests, minimum); // the token grant goes through the token source, not counted
    }

    void absorbsTransientFaults_data()
    {
        QTest::addColumn<int>("rateLimitEvery");
        QTest::addColumn<double>("serverErrorRate");
        QTest::addColumn<double>("dropRate");
        QTest::addColumn<int>("tokenExpiresEvery");
        QTest::newRow("429 every 5th request") << 5 << 0.0 << 0.0 << 0;
        QTest::newRow("10% 5xx") << 0 << 0.10 << 0.0 << 0;
        QTest::newRow("5% dropped connections") << 0 << 0.0 << 0.05 << 0;
        // The simulator expires a token after N requests; at ceiling 32 about 34 requests are in
        // flight, all sent with the token that expires, and each may refresh it once. N above
        // that is the burst a real expiry (by time) gives; below it the fresh token would expire
        // before the burst's own retries are through.
        QTest::newRow("token expires every 40 requests") << 0 << 0.0 << 0.0 << 40;
        QTest::newRow("all of them at once") << 7 << 0.05 << 0.08 << 40;
    }

    void absorbsTransientFaults()
    {
        QFETCH(int, rateLimitEvery);
        QFETCH(double, serverErrorRate);
        QFETCH(double, dropRate);
        QFETCH(int, tokenExpiresEvery);
        sim::Faults f;
        f.rateLimitEveryN = rateLimitEvery;
        f.retryAfterSeconds = 0;
        f.serverErrorRate = serverErrorRate;
        f.dropConnectionRate = dropRate;
        f.tokenExpiresEveryN = tokenExpiresEvery;
        f.seed = 3;
        m_sim->setFaults(f);

        // At the high ceiling: many listings in flight when the faults hit.
        ConnectionConfig c = config(newDb());
        c.maxConcurrency = 32;
        ConnectorSession session(c);
        const auto opened = session.open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        const SyncOutcome o = runSync(session, 120000);
        QVERIFY2(o.ok, qPrintable(o.message));
        // The fault really happened (a dropped keep-alive connection may be resent by Qt's
        // network stack itself, so the simulator's count is the evidence, not the client's).
        const sim::RequestStats stats = m_sim->stats();
        if (rateLimitEvery > 0) {
            QVERIFY(stats.rateLimited > 0);
            QVERIFY(o.retries > 0);
        }
        if (serverErrorRate > 0) {
            QVERIFY(stats.serverErrors > 0);
            QVERIFY(o.retries > 0);
        }
        if (dropRate > 0)
            QVERIFY(stats.dropped > 0);
        if (tokenExpiresEvery > 0) {
            QVERIFY(stats.expiredTokens > 0);
            QVERIFY(session.client()->stats().tokenRefreshes > 0);
        }
        m_sim->setFaults(sim::Faults());
        compareWithTruth(*session.store()->load(o.runId), m_sim->truth());
    }

    // Adaptive concurrency: without 429 the listings widen past the 8 they start with and past
    // Qt's 6 connections per host (several connection pools), with no request more than the
    // minimum; the snapshot still equals the truth.
    void widensWithoutRateLimits()
    {
        sim::Faults f;
        f.latencyMs = 15; // replies take a while: listings pile up in flight
        m_sim->setFaults(f);
        ConnectionConfig c = config(newDb());
        c.maxConcurrency = 24;
        ConnectorSession session(c);
        QVERIFY(session.open());
        const SyncOutcome o = runSync(session);
        m_sim->setFaults(sim::Faults());
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY2(o.peakConcurrency > 8, qPrintable(QString::number(o.peakConcurrency)));
        QVERIFY(o.peakConcurrency <= 24);
        QVERIFY2(session.client()->stats().peakInFlight > 6, qPrintable(QString::number(o.peakConcurrency)));
        QVERIFY(session.client()->stats().pools > 1);
        QCOMPARE(o.retries, qint64(0));
        QCOMPARE(o.requests, qint64(m_sim->stats().apiRequests));
        compareWithTruth(*session.store()->load(o.runId), m_sim->truth());
    }

    // A 429 halves the listings in flight and no new listing starts before its Retry-After.
    void rateLimitNarrowsTheListings()
    {
        sim::Faults f;
        f.latencyMs = 5;
        f.rateLimitEveryN = 25;
        f.retryAfterSeconds = 1;
        m_sim->setFaults(f);
        ConnectionConfig c = config(newDb());
        c.maxConcurrency = 32;
        ConnectorSession session(c);
        QVERIFY(session.open());
        QSignalSpy progress(session.syncEngine(), &SyncEngine::progressChanged);
        const SyncOutcome o = runSync(session, 120000);
        m_sim->setFaults(sim::Faults());
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(m_sim->stats().rateLimited > 0);
        int narrowest = 1000;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const int now = args.first().value<SyncProgress>().concurrency;
            if (now > 0) // 0: before the first listing
                narrowest = qMin(narrowest, now);
        }
        QVERIFY2(narrowest < 8, qPrintable(QString::number(narrowest)));
        // Each 429 paused the sync for a second at least.
        QVERIFY2(o.elapsedMs >= 1000, qPrintable(QString::number(o.elapsedMs)));
        compareWithTruth(*session.store()->load(o.runId), m_sim->truth());
    }

    // A sync that cannot complete leaves the previous snapshot exactly as it was.
    // The window's sync keeps its rows (SyncEngine::setKeepRows) and shows them with the run's
    // header read from the file: the same snapshot as the run read back whole. Rows that do not
    // match the run's counts are not shown: the run is read from the file instead. A failed sync,
    // or one that was not asked to, keeps nothing.
    void keptRowsAreTheSavedRun()
    {
        ConnectorSession session(config(newDb()));
        QVERIFY(session.open());
        QVERIFY(session.syncEngine()->takeRows().accounts.isEmpty());
        session.syncEngine()->setKeepRows(true);
        const SyncOutcome o = runSync(session);
        QVERIFY2(o.ok, qPrintable(o.message));
        Snapshot kept = session.syncEngine()->takeRows();
        QCOMPARE(kept.runId, o.runId);
        QCOMPARE(kept.accounts.size(), m_sim->truth().accounts.size());
        QCOMPARE(session.syncEngine()->takeRows().runId, qint64(0)); // taken: released

        const auto stored = session.store()->load(o.runId);
        QVERIFY2(stored, qPrintable(stored.error().message()));
        {
            QTest::failOnWarning(QRegularExpression(QStringLiteral("read back from the file")));
            const auto shown = session.store()->loadWithRows(o.runId, kept);
            QVERIFY2(shown, qPrintable(shown.error().message()));
            compareShown(*shown, *stored);
            if (QTest::currentTestFailed())
                return;
        }

        // One membership short of the run: the run is read from the file.
        kept.memberships.removeLast();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read back from the file")));
        const auto reread = session.store()->loadWithRows(o.runId, kept);
        QVERIFY2(reread, qPrintable(reread.error().message()));
        compareShown(*reread, *stored);
        if (QTest::currentTestFailed())
            return;

        sim::Faults f;
        f.serverErrorRate = 1.0;
        m_sim->setFaults(f);
        const SyncOutcome failed = runSync(session, 180000);
        m_sim->setFaults(sim::Faults());
        QVERIFY(!failed.ok);
        const Snapshot none = session.syncEngine()->takeRows();
        QCOMPARE(none.runId, qint64(0));
        QVERIFY(none.accounts.isEmpty());
        QVERIFY(none.memberships.isEmpty());
    }

    // A group's memberships go into the run's table once the group is listed whole, while the
    // others are still listed (here each at once; every 5,000 rows by default): looked at from
    // another connection during the sync, every group in the file has all its memberships, the
    // groups of several pages too, and the run holds exactly the simulator's team at the end.
    void groupsGoIntoTheRunWhole()
    {
        const QString db = newDb();
        ConnectorSession session(config(db));
        const auto opened = session.open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        sim::Faults f;
        f.latencyMs = 2; // a sync long enough to look at several times
        m_sim->setFaults(f);
        SyncEngine::Options options;
        options.pageSize = 20; // many groups of several pages
        options.saveBatchRows = 1;
        SyncEngine engine(session.client(), session.store(), options);
        const Snapshot truth = m_sim->truth();
        QHash<QString, int> sizes;
        for (const Membership &m : truth.memberships)
            ++sizes[m.groupId];
        QVERIFY(std::count_if(sizes.cbegin(), sizes.cend(), [](int n) { return n > 20; }) > 1);

        QSet<int> groupsSeen; // how many groups the file held, look by look
        QStringList partial;
        QTimer look;
        look.setInterval(5);
        connect(&look, &QTimer::timeout, this, [&] {
            const QHash<QString, int> inFile = runningMembershipsInFile(db);
            for (auto it = inFile.cbegin(); it != inFile.cend(); ++it) {
                if (it.value() != sizes.value(it.key()))
                    partial << QStringLiteral("%1: %2 of %3").arg(it.key()).arg(it.value()).arg(sizes.value(it.key()));
            }
            groupsSeen.insert(int(inFile.size()));
        });
        look.start();
        const SyncOutcome o = runSync(&engine);
        look.stop();
        m_sim->setFaults(sim::Faults());
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY2(partial.isEmpty(), qPrintable(partial.mid(0, 5).join(QLatin1String(", "))));
        // Seen growing: some groups in the file, and a different number of them at another look.
        groupsSeen.remove(0);
        QVERIFY2(groupsSeen.size() >= 2, qPrintable(QString::number(groupsSeen.size())));
        const auto snap = session.store()->load(o.runId);
        QVERIFY2(snap, qPrintable(snap.error().message()));
        compareWithTruth(*snap, truth);
    }

    void failureKeepsPreviousSnapshot_data()
    {
        test::addRows<QString>("fault",
                               {{"invalid cursor", QStringLiteral("cursor")},
                                {"malformed reply", QStringLiteral("malformed")},
                                {"server keeps failing", QStringLiteral("5xx")},
                                {"revoked refresh token", QStringLiteral("revoked")}});
    }

    void failureKeepsPreviousSnapshot()
    {
        QFETCH(QString, fault);
        const QString db = newDb();
        qint64 firstRun = 0;
        Snapshot before;
        {
            ConnectorSession session(config(db));
            const SyncOutcome o = openAndSync(session);
            QVERIFY2(o.ok, qPrintable(o.message));
            firstRun = o.runId;
            before = *session.store()->load(firstRun);
        }

        ConnectionConfig c = config(db);
        sim::Faults f;
        f.seed = 11;
        if (fault == QLatin1String("cursor"))
            f.invalidCursorOnce = true;
        else if (fault == QLatin1String("malformed"))
            f.malformedRate = 1.0;
        else if (fault == QLatin1String("5xx"))
            f.serverErrorRate = 1.0;
        else
            c.refreshToken = QStringLiteral("revoked-refresh-token");
        m_sim->setFaults(f);

        ConnectorSession session(c);
        QVERIFY(session.open());
        const SyncOutcome o = runSync(session, 180000);
        m_sim->setFaults(sim::Faults());
        QVERIFY(!o.ok);
        QVERIFY(!o.cancelled);
        QVERIFY2(!o.message.isEmpty(), "a failed sync must say why");
        QVERIFY2(!o.message.contains(QLatin1Char('{')), qPrintable(o.message)); // no raw JSON dump
        if (fault == QLatin1String("revoked"))
            QVERIFY(o.error.needsReauthorization());
        QCOMPARE(session.store()->latestCompleteRun(), firstRun);
        const auto failedRun = session.store()->run(o.runId);
        QVERIFY(failedRun);
        QCOMPARE(failedRun->status, QStringLiteral("failed"));
        compareUnchanged(*session.store(), firstRun, before);
    }

    void cancelKeepsPreviousSnapshot()
    {
        sim::Faults f;
        f.latencyMs = 30; // slow enough to cancel in the middle
        m_sim->setFaults(f);
        ConnectorSession session(config(newDb()));
        QVERIFY(session.open());
        QSignalSpy progress(session.syncEngine(), &SyncEngine::progressChanged);
        QSignalSpy done(session.syncEngine(), &SyncEngine::finished);
        session.syncEngine()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().value<SyncProgress>().accounts > 0,
                                 20000);
        session.syncEngine()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        const SyncOutcome o = done.first().first().value<SyncOutcome>();
        QVERIFY(o.cancelled);
        QVERIFY(!o.ok);
        QCOMPARE(session.store()->latestCompleteRun(), qint64(0));
        QCOMPARE(session.store()->run(o.runId)->status, QStringLiteral("cancelled"));
    }

    // Saving while listing: rows go into the run while the listing goes on, yet a sync cancelled
    // then leaves the previous snapshot as it was, no row of its own in the file, and the next
    // sync equal to the truth.
    void cancelMidListingDropsSavedRows()
    {
        const QString db = newDb();
        ConnectorSession session(config(db));
        const SyncOutcome first = openAndSync(session);
        QVERIFY2(first.ok, qPrintable(first.message));
        const Snapshot before = *session.store()->load(first.runId);

        sim::Faults f;
        f.latencyMs = 100;
        m_sim->setFaults(f);
        SyncEngine::Options options;
        options.saveBatchRows = 50;     // save after every page
        options.initialConcurrency = 1; // one group at a time: a long listing to cancel in
        options.maxConcurrency = 1;
        SyncEngine engine(session.client(), session.store(), options);
        QSignalSpy progress(&engine, &SyncEngine::progressChanged);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        const qint64 running = session.store()->runs().first().id;
        QCOMPARE(session.store()->runs().first().status, QStringLiteral("running"));
        const auto saved
            = [&] { return progress.isEmpty() ? 0 : progress.last().first().value<SyncProgress>().savedRows; };
        QTRY_VERIFY_WITH_TIMEOUT(saved() > 1000, 20000); // the members' first page and more
        QVERIFY2(done.isEmpty(), "the listing must still be going on");
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        m_sim->setFaults(sim::Faults());

        const SyncOutcome o = done.first().first().value<SyncOutcome>();
        QVERIFY(o.cancelled);
        QCOMPARE(o.runId, running);
        QCOMPARE(session.store()->run(running)->status, QStringLiteral("cancelled"));
        QCOMPARE(session.store()->latestCompleteRun(), first.runId);
        // Another connection to the file, as the window has: nothing of the cancelled run.
        const QString name = QStringLiteral("cancelMidListing");
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            reader.setDatabaseName(db);
            QVERIFY(reader.open());
            for (const char *table : {"accounts", "roles", "groups", "memberships"}) {
                QSqlQuery q(reader);
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id = %2")
                                   .arg(QLatin1String(table))
                                   .arg(running)));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), 0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        compareUnchanged(*session.store(), first.runId, before);

        // The next sync on the same connection starts clean.
        const SyncOutcome next = runSync(session);
        QVERIFY2(next.ok, qPrintable(next.message));
        compareWithTruth(*session.store()->load(next.runId), m_sim->truth());
    }

    void secondSyncShowsChanges()
    {
        const QString db = newDb();
        ConnectorSession session(config(db));
        const SyncOutcome first = openAndSync(session);
        QVERIFY2(first.ok, qPrintable(first.message));
        m_sim->applyRandomChanges(6, 99);
        const SyncOutcome second = runSync(session);
        QVERIFY2(second.ok, qPrintable(second.message));
        compareWithTruth(*session.store()->load(second.runId), m_sim->truth());
        const SnapshotDiff d = session.store()->diff(first.runId, second.runId);
        QVERIFY(!d.isEmpty());
        QCOMPARE(session.store()->previousCompleteRun(second.runId), first.runId);
    }

    // A group deleted while the sync lists its members (409 group_not_found on its first page;
    // invalid_cursor on a continuation, the only error team.stone gives that route) is skipped,
    // named in the summary, and the sync completes with a snapshot equal to the team as it is.
    void groupDeletedDuringSyncIsSkipped_data()
    {
        test::addRows<bool>("onContinue", {{"at its first page", false}, {"between its pages", true}});
    }

    void groupDeletedDuringSyncIsSkipped()
    {
        QFETCH(bool, onContinue);
        sim::SimServer server(test::SimFixture::team(150, 8, 21));
        QVERIFY(server.listen());
        constexpr int kPage = 20; // small pages: groups with several pages

        const Snapshot before = server.truth();
        QHash<QString, int> sizes;
        for (const Membership &m : before.memberships)
            ++sizes[m.groupId];
        Group doomed;
        for (const Group &g : before.groups) {
            if (g.managementType == GroupManagementType::UserManaged && sizes.value(g.id) > kPage)
                doomed = g;
        }
        QVERIFY2(!doomed.id.isEmpty(), "the team needs a user-managed group of several pages");
        sim::Faults f;
        f.deleteGroupOnMemberList = doomed.id;
        f.deleteGroupOnContinue = onContinue;
        server.setFaults(f);

        ConnectorSession session(test::simConnection(server, QStringLiteral("test"), newDb()));
        QString error;
        const auto opened = session.open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        SyncEngine::Options options;
        options.pageSize = kPage;
        options.saveBatchRows = 1; // each group listed whole is saved at once, before the doomed one goes
        SyncEngine engine(session.client(), session.store(), options);
        engine.setKeepRows(true);
        const SyncOutcome o = runSync(&engine);
        QVERIFY2(o.ok, qPrintable(o.summary()));
        QCOMPARE(o.skippedGroups, QStringList{doomed.name});
        QVERIFY2(o.summary().contains(
                     QStringLiteral("Skipped the group \"%1\": it was deleted during the sync.").arg(doomed.name)),
                 qPrintable(o.summary()));
        QCOMPARE(o.groups, before.groups.size() - 1);

        const Snapshot truth = server.truth();
        QVERIFY(std::none_of(truth.groups.cbegin(), truth.groups.cend(),
                             [&](const Group &g) { return g.id == doomed.id; }));
        const auto snap = session.store()->load(o.runId);
        QVERIFY2(snap, qPrintable(snap.error().message()));
        compareWithTruth(*snap, truth); // accounts' group lists included
        for (const Account &a : snap->accounts)
            QVERIFY(!a.groupIds.contains(doomed.id));
        // The rows the sync kept went the same way: the window shows what the file holds.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("read back from the file")));
        const auto shown = session.store()->loadWithRows(o.runId, engine.takeRows());
        QVERIFY2(shown, qPrintable(shown.error().message()));
        compareShown(*shown, *snap);
        // Between pages, one extra request tells a deleted group from a bad cursor.
        QCOMPARE(server.requestCount(QStringLiteral("team/groups/members/list")),
                 qint64(before.groups.size() + (onContinue ? 1 : 0)));
    }

    // A listing whose has_more stays true with the cursor it was sent would loop for ever: the
    // sync fails, naming the route, and the previous snapshot stays as it was.
    void repeatedCursorFailsTheSync()
    {
        ConnectorSession session(config(newDb()));
        const SyncOutcome first = openAndSync(session);
        QVERIFY2(first.ok, qPrintable(first.message));
        const Snapshot before = *session.store()->load(first.runId);

        sim::Faults f;
        f.repeatCursor = true;
        m_sim->setFaults(f);
        m_sim->resetStats();
        const SyncOutcome o = runSync(session);
        m_sim->setFaults(sim::Faults());
        QVERIFY(!o.ok);
        QVERIFY(!o.cancelled);
        QVERIFY2(o.message.contains(QStringLiteral("list/continue")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("has_more")), qPrintable(o.message));
        QVERIFY2(o.summary().contains(QStringLiteral("The previous snapshot is unchanged.")), qPrintable(o.summary()));
        // Stopped at the first repeat: one continuation per listing that has one, no more.
        QVERIFY2(m_sim->stats().apiRequests < 100, qPrintable(QString::number(m_sim->stats().apiRequests)));
        QCOMPARE(session.store()->latestCompleteRun(), first.runId);
        QCOMPARE(session.store()->run(o.runId)->status, QStringLiteral("failed"));
        compareUnchanged(*session.store(), first.runId, before);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
