// SnapshotStore runs: atomic commits, round trips of every field, abandoned, interrupted and
// uncommitted runs, navigation between complete runs, pruning.

#include "helpers/StoreFixtures.h"
#include "store/SnapshotStore.h"
#include "support/DataRows.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>
#include <random>

using namespace dbx;
using namespace dbx::test;

class TestStoreRuns : public StoreTestBase
{
    Q_OBJECT

private slots:
    void crashedRunsAreInterruptedOnOpen()
    {
        const QString path = newPath();
        QVERIFY(commitToFile(path, sampleSnapshot()) > 0);
        // Another process that died mid-sync left this row behind.
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_runs(started_at, status) VALUES (1, 'running')")));
        }
        auto store = openStore(path);
        QVERIFY(store);
        const QVector<RunInfo> runs = store->runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().status, QStringLiteral("interrupted"));
        QVERIFY(!runs.first().error.isEmpty());
        QVERIFY(runs.first().finishedAt.isValid());
        QCOMPARE(runs.last().status, QStringLiteral("complete"));
    }

    void roundTripKeepsEveryField()
    {
        const Snapshot in = sampleSnapshot();
        const auto [store, run] = storeWithRun(in);
        QVERIFY(run > 0);
        const auto out = store->load(run);
        QVERIFY2(out.has_value(), qPrintable(errorOf(out)));
        QCOMPARE(out->runId, run);
        QString why;
        QVERIFY2(sameSnapshot(*out, in, &why), qPrintable(why));
        // Null dates stay null, not the epoch.
        QVERIFY(out->accounts.at(1).joinedOn.isNull());
        QVERIFY(out->accounts.at(0).suspendedOn.isNull());
        QCOMPARE(out->groups.at(1).memberCount, -1);

        const auto info = store->run(run);
        QVERIFY(info.has_value());
        QCOMPARE(info->status, QStringLiteral("complete"));
        QCOMPARE(info->teamName, in.team.name);
        QCOMPARE(info->accounts, 4);
        QCOMPARE(info->roles, 3);
        QCOMPARE(info->groups, 3);
        QCOMPARE(info->memberships, 4);
        QCOMPARE(info->requests, qint64(42));
        QCOMPARE(info->startedAt, in.startedAt);
        QCOMPARE(info->finishedAt, in.finishedAt);
        QVERIFY(info->error.isEmpty());
    }

    void roundTripKeepsListingOrder()
    {
        // Keys deliberately out of order: the store must give back Dropbox's order, not its own.
        Snapshot in;
        in.startedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        in.finishedAt = in.startedAt.addSecs(5);
        for (const char *id : {"dbmid:Z", "dbmid:B", "dbmid:M", "dbmid:A"})
            in.accounts << sampleAccount(QLatin1String(id));
        in.groups = {{QStringLiteral("g:9"), QStringLiteral("Nine"), GroupManagementType::UserManaged, {}, 1},
                     {QStringLiteral("g:1"), QStringLiteral("One"), GroupManagementType::UserManaged, {}, 1}};
        in.memberships = {{QStringLiteral("g:9"), QStringLiteral("dbmid:Z"), AccessType::Member},
                          {QStringLiteral("g:1"), QStringLiteral("dbmid:M"), AccessType::Owner},
                          {QStringLiteral("g:1"), QStringLiteral("dbmid:A"), AccessType::Member}};
        const auto [store, run] = storeWithRun(in);
        QVERIFY(run > 0);
        const auto out = store->load(run);
        QVERIFY(out);
        QString why;
        QVERIFY2(sameSnapshot(*out, in, &why), qPrintable(why));
    }

    // Each text parameter keeps one UTF-8 buffer from row to row (store/RawQuery.h): a value
    // shorter than the one before, empty, missing or of 2-, 3- and 4-byte characters is stored
    // as itself, never with the previous row's bytes.
    void textColumnsKeepEachRowsOwnValue()
    {
        const QStringList names = {QString(300, QLatin1Char('L')),   QStringLiteral("x"), QStringLiteral(""),
                                   QStringLiteral("Ødegård 東京 😀"), QString(),           QStringLiteral("é"),
                                   QString(120, QChar(0x6771))};
        Snapshot in;
        in.startedAt = in.finishedAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3 * int(names.size()); ++i) {
            Account a = sampleAccount(QStringLiteral("dbmid:T%1").arg(i, 2, 10, QLatin1Char('0')));
            a.displayName = names.at(i % names.size());
            a.surname = names.at((i + 3) % names.size());
            a.externalId = names.at((i + 5) % names.size());
            in.accounts << a;
        }
        const auto [store, run] = storeWithRun(in);
        QVERIFY(run > 0);
        const auto out = store->load(run);
        QVERIFY(out);
        QString why;
        QVERIFY2(sameSnapshot(*out, in, &why), qPrintable(why));
        for (int i = 0; i < int(in.accounts.size()); ++i) {
            QCOMPARE(out->accounts.at(i).displayName.size(), in.accounts.at(i).displayName.size());
            QCOMPARE(out->accounts.at(i).displayName.isNull(), in.accounts.at(i).displayName.isNull());
        }
    }

    // Rows are inserted in key order, sorted on the first units after what all keys of the batch
    // share and then on the whole ids: keys alike far beyond that (past the four units the sort
    // packs), ids that begin one another, and characters beyond U+FFFF all come back as listed,
    // and a key repeated anywhere among them is still found.
    void keysAlikeFarOutAreTold_data()
    {
        test::addRows<bool>("repeat", {{"all distinct", false}, {"one repeated", true}});
    }

    void keysAlikeFarOutAreTold()
    {
        QFETCH(bool, repeat);
        const QString far = QStringLiteral("dbmid:AAAAAAAAAAAAAAAAAAAA");
        QStringList members;
        for (int i = 0; i < 40; ++i)
            members << far + QString::number(i % 7) + QString(i / 7, QLatin1Char('x'));
        members << QStringLiteral("dbmid:P") << QStringLiteral("dbmid:P1") << QStringLiteral("dbmid:P10")
                << QStringLiteral("dbmid:P\U0001F600z") << QStringLiteral("dbmid:P\uFFFD") << QStringLiteral("dbmid:");
        // The order the rows are listed in: a fixed shuffle.
        std::mt19937 shuffle(7);
        std::shuffle(members.begin(), members.end(), shuffle);
        Snapshot in;
        in.startedAt = in.finishedAt = QDateTime::currentDateTimeUtc();
        for (const QString &id : std::as_const(members))
            in.accounts << sampleAccount(id);
        const QStringList groupIds = {QStringLiteral("g:000000000000000000000000000000002"),
                                      QStringLiteral("g:000000000000000000000000000000001"),
                                      QStringLiteral("g:0000000000000000000000000000000010")};
        for (const QString &g : groupIds) {
            in.groups << Group{g, g, GroupManagementType::UserManaged, {}, int(members.size())};
            for (const QString &m : std::as_const(members))
                in.memberships << Membership{g, m, AccessType::Member};
        }
        std::shuffle(in.memberships.begin(), in.memberships.end(), shuffle);
        if (repeat) {
            in.accounts << in.accounts.at(17);
            in.memberships.insert(5, in.memberships.at(90));
        }
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = store->beginRun().value_or(0);
        QVERIFY(run > 0);
        const Expected<void> committed = store->commitRun(run, in, 1);
        if (repeat) {
            QVERIFY(!committed);
            QVERIFY2(committed.error().message().contains(in.accounts.at(17).teamMemberId + QLatin1String(" twice")),
                     qPrintable(committed.error().message()));
            in.accounts.removeLast();
            const Expected<void> again = store->commitRun(run, in, 1);
            QVERIFY(!again);
            const Membership &twice = in.memberships.at(5);
            QVERIFY2(again.error().message().contains(twice.groupId + QLatin1Char('/') + twice.teamMemberId
                                                      + QLatin1String(" twice")),
                     qPrintable(again.error().message()));
            return;
        }
        QVERIFY2(committed, qPrintable(committed.error().message()));
        const auto out = store->load(run);
        QVERIFY(out);
        QString why;
        QVERIFY2(sameSnapshot(*out, in, &why), qPrintable(why));
    }

    void listFieldsRoundTrip_data()
    {
        QTest::addColumn<QStringList>("groupIds");
        QTest::addColumn<QStringList>("secondaryEmails");
        QTest::newRow("none") << QStringList{} << QStringList{};
        QTest::newRow("one empty string") << QStringList{QString()} << QStringList{QString()};
        QTest::newRow("plain") << QStringList{"g:1", "g:2", "g:3"} << QStringList{"a@x", "b@x"};
        QTest::newRow("separator inside") << QStringList{"a\",\"b", "c"} << QStringList{"\"q\"@x"};
        QTest::newRow("backslash") << QStringList{"back\\slash", "\\"} << QStringList{"b\\@x"};
        QTest::newRow("control") << QStringList{"tab\tnl\n"} << QStringList{};
        QTest::newRow("unicode") << QStringList{QStringLiteral("ünï"), QStringLiteral("😀")}
                                 << QStringList{QStringLiteral("ü@ü.example")};
    }

    void listFieldsRoundTrip()
    {
        QFETCH(QStringList, groupIds);
        QFETCH(QStringList, secondaryEmails);
        Snapshot in;
        in.startedAt = in.finishedAt = QDateTime::currentDateTimeUtc();
        Account a = sampleAccount(QStringLiteral("dbmid:L"));
        a.groupIds = groupIds;
        for (int i = 0; i < secondaryEmails.size(); ++i)
            a.secondaryEmails << SecondaryEmail{secondaryEmails.at(i), i % 2 == 0};
        in.accounts << a;
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = commit(*store, in);
        const auto out = store->load(run);
        QVERIFY(out);
        QCOMPARE(out->accounts.first().groupIds, groupIds);
        QVERIFY(out->accounts.first().secondaryEmails == a.secondaryEmails);
    }

    void emptySnapshotRoundTrips()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = commit(*store, Snapshot());
        QVERIFY(run > 0);
        const auto out = store->load(run);
        QVERIFY(out);
        QVERIFY(out->accounts.isEmpty());
        QVERIFY(out->memberships.isEmpty());
        // No times given: the run's own begin and commit times stand in.
        QVERIFY(out->startedAt.isValid());
        QVERIFY(out->finishedAt.isValid());
        QVERIFY(out->startedAt <= out->finishedAt);
    }

    void failedCommitLeavesPreviousRunIntact_data()
    {
        test::addRows<QString>(
            "kind",
            {
                {"duplicate account", QStringLiteral("dupAccount")},
                {"duplicate membership", QStringLiteral("dupMembership")},
                {"duplicate group", QStringLiteral("dupGroup")},
                {"duplicate role", QStringLiteral("dupRole")},
                // Caught by SQLite (NOT NULL) only after roles, groups and accounts went in: a real rollback.
                {"membership without a group id", QStringLiteral("badMembership")},
                {"run that does not exist", QStringLiteral("noRun")},
                {"run already complete", QStringLiteral("complete")},
                {"run already failed", QStringLiteral("failed")},
            });
    }

    void failedCommitLeavesPreviousRunIntact()
    {
        QFETCH(QString, kind);
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        const Snapshot good = sampleSnapshot();
        const qint64 first = commit(*store, good);
        QVERIFY(first > 0);

        Snapshot bad = sampleSnapshot();
        bad.team.name = QStringLiteral("must not appear");
        bad.accounts << sampleAccount(QStringLiteral("dbmid:NEW"));
        if (kind == QLatin1String("dupAccount"))
            bad.accounts << bad.accounts.first();
        else if (kind == QLatin1String("dupMembership"))
            bad.memberships << bad.memberships.last();
        else if (kind == QLatin1String("dupGroup"))
            bad.groups << bad.groups.first();
        else if (kind == QLatin1String("dupRole"))
            bad.roles << bad.roles.first();
        else if (kind == QLatin1String("badMembership"))
            bad.memberships << Membership{QString(), QStringLiteral("dbmid:A1"), AccessType::Member};

        QString error;
        qint64 run = store->beginRun().value_or(0);
        QVERIFY(run > first);
        if (kind == QLatin1String("noRun"))
            run = 987654;
        else if (kind == QLatin1String("complete"))
            run = first;
        else if (kind == QLatin1String("failed"))
            QVERIFY(store->abandonRun(run, QStringLiteral("failed"), QStringLiteral("boom")));

        const Expected<void> committed = store->commitRun(run, bad, 1);
        QVERIFY(!committed);
        error = committed.error().message();
        QVERIFY(!error.isEmpty());
        qDebug() << "error:" << error;

        QCOMPARE(store->latestCompleteRun(), first);
        const auto loaded = store->load(first);
        QVERIFY(loaded);
        QString why;
        QVERIFY2(sameSnapshot(*loaded, good, &why), qPrintable(why));
        const auto info = store->run(first);
        QVERIFY(info);
        QCOMPARE(info->teamName, good.team.name);
        QCOMPARE(info->accounts, good.accounts.size());

        // Nothing of the failed attempt reached the file.
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE team_member_id = 'dbmid:NEW'")).toInt(),
                 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE run_id <> %1").arg(first)).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE run_id <> %1").arg(first)).toInt(),
                 0);

        if (kind.startsWith(QLatin1String("dup")) || kind == QLatin1String("badMembership")) {
            // The run is still open: the sync engine records the failure, and may not retry into it.
            QCOMPARE(store->run(run)->status, QStringLiteral("running"));
            QVERIFY(store->abandonRun(run, QStringLiteral("failed"), error));
            QCOMPARE(store->run(run)->status, QStringLiteral("failed"));
            QCOMPARE(store->run(run)->error, error);
            QVERIFY(!store->load(run).has_value());
        }
    }

    void uncommittedRunIsInvisible()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 first = commit(*store, sampleSnapshot());
        QString error;
        const qint64 running = store->beginRun().value_or(0);
        QVERIFY(running > first);
        QCOMPARE(store->latestCompleteRun(), first);
        QCOMPARE(store->previousCompleteRun(running), first);
        const auto loaded = store->load(running);
        QVERIFY(!loaded.has_value());
        error = loaded.error().message();
        QVERIFY2(error.contains(QLatin1String("not complete")), qPrintable(error));
        QVERIFY(store->diff(first, running).isEmpty());
        const QVector<RunInfo> runs = store->runs();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().id, running); // newest first
        QCOMPARE(runs.first().status, QStringLiteral("running"));
        QVERIFY(!store->upsertAccount(running, sampleAccount(QStringLiteral("dbmid:X"))));
    }

    void abandonRun_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("failed") << QStringLiteral("failed") << QStringLiteral("failed");
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("nonsense is failed") << QStringLiteral("complete") << QStringLiteral("failed");
    }

    void abandonRun()
    {
        QFETCH(QString, status);
        QFETCH(QString, expected);
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = store->beginRun().value_or(0);
        QVERIFY(store->abandonRun(run, status, QStringLiteral("Dropbox said no")));
        const auto info = store->run(run);
        QCOMPARE(info->status, expected);
        QCOMPARE(info->error, QStringLiteral("Dropbox said no"));
        QVERIFY(info->finishedAt.isValid());
        QCOMPARE(store->latestCompleteRun(), qint64(0));
        // A finished run is not abandoned twice, nor committed after.
        QVERIFY(!store->abandonRun(run, QStringLiteral("cancelled"), QString()));
        QVERIFY(!store->commitRun(run, sampleSnapshot(), 0));
    }

    void runOfAClosedStoreIsInterrupted()
    {
        const QString path = newPath();
        qint64 run = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            run = store->beginRun().value_or(0);
            QVERIFY(run > 0);
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->run(run)->status, QStringLiteral("interrupted"));
    }

    void liveRunSurvivesASecondStore()
    {
        // The GUI opening the file while its worker syncs must not interrupt that sync.
        const QString path = newPath();
        auto worker = openStore(path);
        QVERIFY(worker);
        const qint64 run = worker->beginRun().value_or(0);
        auto viewer = openStore(path);
        QVERIFY(viewer);
        QCOMPARE(viewer->run(run)->status, QStringLiteral("running"));
        DBX_VERIFY_OK(worker->commitRun(run, sampleSnapshot(), 0));
        QCOMPARE(viewer->latestCompleteRun(), run);
    }

    void runMarkedInterruptedByAnotherProcessMayStillCommit()
    {
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        const qint64 run = store->beginRun().value_or(0);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE sync_runs SET status = 'interrupted' WHERE id = %1").arg(run)));
        }
        DBX_VERIFY_OK(store->commitRun(run, sampleSnapshot(), 0));
        QCOMPARE(store->run(run)->status, QStringLiteral("complete"));
    }

    void completeRunNavigation()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        QCOMPARE(store->latestCompleteRun(), qint64(0));
        const qint64 a = commit(*store, sampleSnapshot());
        const qint64 failed = store->beginRun().value_or(0);
        store->abandonRun(failed, QStringLiteral("failed"), QStringLiteral("x"));
        const qint64 b = commit(*store, sampleSnapshot());
        QCOMPARE(store->latestCompleteRun(), b);
        QCOMPARE(store->previousCompleteRun(b), a);
        QCOMPARE(store->previousCompleteRun(failed), a);
        QCOMPARE(store->previousCompleteRun(a), qint64(0));
        QVERIFY(!store->run(12345).has_value());
        const auto missing = store->load(12345);
        QVERIFY(!missing.has_value());
        QVERIFY(!missing.error().message().isEmpty());
    }

    // ---- prune ------------------------------------------------------------------------------

    void pruneKeepsTheNewest()
    {
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        QVector<qint64> complete;
        complete << commit(*store, sampleSnapshot());
        const qint64 oldFailed = store->beginRun().value_or(0);
        store->abandonRun(oldFailed, QStringLiteral("failed"), QStringLiteral("old"));
        complete << commit(*store, sampleSnapshot()) << commit(*store, sampleSnapshot())
                 << commit(*store, sampleSnapshot());
        const qint64 recentFailed = store->beginRun().value_or(0);
        store->abandonRun(recentFailed, QStringLiteral("failed"), QStringLiteral("recent"));
        complete << commit(*store, sampleSnapshot());

        QCOMPARE(store->pruneRuns(2), 3);
        QVector<qint64> left;
        for (const RunInfo &r : store->runs())
            left << r.id;
        // The two newest complete runs, and the failure between them; the older failure went.
        QCOMPARE(left, (QVector<qint64>{complete[4], recentFailed, complete[3]}));
        QVERIFY(store->load(complete[4]).has_value());
        QVERIFY(store->load(complete[3]).has_value());
        QVERIFY(!store->load(complete[0]).has_value());
        RawDb raw(path);
        for (const char *table : {"accounts", "roles", "groups", "memberships"}) {
            QCOMPARE(
                raw.scalar(QStringLiteral("SELECT COUNT(DISTINCT run_id) FROM %1").arg(QLatin1String(table))).toInt(),
                2);
        }
        QCOMPARE(store->pruneRuns(2), 0);
        // Nothing ever prunes the newest snapshot.
        QCOMPARE(store->pruneRuns(0), 1);
        QCOMPARE(store->latestCompleteRun(), complete[4]);
        // A new run never reuses a pruned id.
        QVERIFY(commit(*store, sampleSnapshot()) > complete[4]);
    }
};

QTEST_GUILESS_MAIN(TestStoreRuns)
#include "tst_store_runs.moc"
