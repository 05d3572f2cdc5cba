// SnapshotStore against real SQLite files in a temporary folder: schema and migrations, atomic
// runs, round trips, diff, prune, in-place patches and the audit log.

#include "helpers/StoreFixtures.h"

#include "model/Entitlements.h"
#include "store/SnapshotStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dbx;
using namespace dbx::test;

namespace {
QStringList grantIds(const QVector<Grant> &grants)
{
    QStringList ids;
    for (const Grant &g : grants)
        ids << g.id();
    ids.sort();
    return ids;
}

QStringList accountIds(const QVector<Account> &accounts)
{
    QStringList ids;
    for (const Account &a : accounts)
        ids << a.teamMemberId;
    return ids;
}
} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh file per test, so no test depends on another's leftovers.
    QString newPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_files)); }

    std::unique_ptr<SnapshotStore> openStore(const QString &path)
    {
        auto store = std::make_unique<SnapshotStore>();
        if (const Expected<void> opened = store->open(path); !opened) {
            qWarning() << "open failed:" << opened.error().message();
            return nullptr;
        }
        return store;
    }

    qint64 commit(SnapshotStore &store, const Snapshot &s, QString *error = nullptr)
    {
        const Expected<qint64> run = store.beginRun();
        const Expected<void> committed = run ? store.commitRun(*run, s, 42) : Expected<void>(unexpected(run.error()));
        if (!committed) {
            if (error)
                *error = committed.error().message();
            return 0;
        }
        return *run;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- open, schema, migrations ----------------------------------------------------------
    void createsFileFoldersAndSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("deep/er/still/snapshots.sqlite"));
        SnapshotStore store;
        QVERIFY(!store.isOpen());
        DBX_VERIFY_OK(store.open(path));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), path);
        QVERIFY(QFile::exists(path));

        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
                 SnapshotStore::kSchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char *table : {"sync_runs", "accounts", "roles", "groups", "memberships", "audit"}) {
            QVERIFY2(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                    .arg(QLatin1String(table))).toInt() == 1, table);
        }
    }

    void reopenKeepsData()
    {
        const QString path = newPath();
        qint64 run = 0;
        {
            auto store = openStore(path);
            QVERIFY(store);
            run = commit(*store, sampleSnapshot());
            QVERIFY(run > 0);
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->latestCompleteRun(), run);
        QVERIFY(store->load(run).has_value());
        // The schema is not applied twice.
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM meta")).toInt(), 1);
    }

    void emptyFileIsCreatedAsNew()
    {
        const QString path = newPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->latestCompleteRun(), qint64(0));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("setupSql");      // run on a fresh store's file, or
        QTest::addColumn<QByteArray>("contents");      // bytes written instead of a database
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("newer schema") << QByteArray("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
                                      << QByteArray() << QStringLiteral("newer version");
        QTest::newRow("no schema version") << QByteArray("DELETE FROM meta") << QByteArray()
                                           << QStringLiteral("no schema version");
        QTest::newRow("garbage") << QByteArray() << QByteArray("This is certainly not SQLite.\n").repeated(200)
                                 << QStringLiteral("not an SQLite file");
        QTest::newRow("someone else's sqlite") << QByteArray("CREATE TABLE photos(id INTEGER)") << QByteArray("other")
                                               << QStringLiteral("another kind");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, setupSql);
        QFETCH(QByteArray, contents);
        QFETCH(QString, errorContains);
        const QString path = newPath();
        if (contents == "other") {
            RawDb raw(path);
            QVERIFY2(raw.exec(QString::fromUtf8(setupSql)), qPrintable(raw.lastError()));
        } else if (!contents.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        } else {
            QVERIFY(openStore(path));
            RawDb raw(path);
            QVERIFY2(raw.exec(QString::fromUtf8(setupSql)), qPrintable(raw.lastError()));
        }
        SnapshotStore store;
        const Expected<void> opened = store.open(path);
        QVERIFY(!opened);
        QVERIFY(!store.isOpen());
        const QString error = opened.error().message();
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        // Nothing was written into a file we refused.
        if (contents == "other") {
            RawDb raw(path);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'meta'")).toInt(), 0);
        }
        // And the object refuses work instead of crashing.
        QCOMPARE(store.beginRun().value_or(0), qint64(0));
        QVERIFY(store.runs().isEmpty());
    }

    void refusesAFolder()
    {
        SnapshotStore store;
        const Expected<void> opened = store.open(m_dir.path());
        QVERIFY(!opened);
        QVERIFY(!opened.error().message().isEmpty());
    }

    void storeMayBeReopenedOnAnotherFile()
    {
        SnapshotStore store;
        QVERIFY(store.open(newPath()));
        QVERIFY(commit(store, sampleSnapshot()) > 0);
        const QString second = newPath();
        QVERIFY(store.open(second));
        QCOMPARE(store.path(), second);
        QCOMPARE(store.latestCompleteRun(), qint64(0));
    }

    void usableFromTheThreadThatOpensIt()
    {
        // The worker builds its store on one thread and uses it on its own: the connection must
        // belong to the thread that opens it.
        SnapshotStore store;
        const QString path = newPath();
        bool ok = false;
        qint64 run = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ok = store.open(path).has_value();
            run = ok ? commit(store, sampleSnapshot()) : 0;
            ok = ok && store.load(run).has_value() && store.latestCompleteRun() == run;
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY(ok);
        QVERIFY(run > 0);
    }

    void twoStoresOnOneFile()
    {
        const QString path = newPath();
        SnapshotStore writer(QStringLiteral("writer"));
        SnapshotStore reader(QStringLiteral("reader"));
        QVERIFY(writer.open(path));
        QVERIFY(reader.open(path));
        const qint64 run = commit(writer, sampleSnapshot());
        QVERIFY(run > 0);
        QCOMPARE(reader.latestCompleteRun(), run);
    }

    // ---- runs -------------------------------------------------------------------------------
    void roundTripKeepsEveryField()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const Snapshot in = sampleSnapshot();
        const qint64 run = commit(*store, in);
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
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = commit(*store, in);
        QVERIFY(run > 0);
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
        QTest::addColumn<QString>("kind");
        QTest::newRow("duplicate account") << QStringLiteral("dupAccount");
        QTest::newRow("duplicate membership") << QStringLiteral("dupMembership");
        QTest::newRow("duplicate group") << QStringLiteral("dupGroup");
        QTest::newRow("duplicate role") << QStringLiteral("dupRole");
        // Caught by SQLite (NOT NULL) only after roles, groups and accounts went in: a real rollback.
        QTest::newRow("membership without a group id") << QStringLiteral("badMembership");
        QTest::newRow("run that does not exist") << QStringLiteral("noRun");
        QTest::newRow("run already complete") << QStringLiteral("complete");
        QTest::newRow("run already failed") << QStringLiteral("failed");
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
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE team_member_id = 'dbmid:NEW'")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE run_id <> %1").arg(first)).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE run_id <> %1").arg(first)).toInt(), 0);

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
        QCOMPARE(runs.first().id, running);        // newest first
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

    void crashedRunsAreInterruptedOnOpen()
    {
        const QString path = newPath();
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(commit(*store, sampleSnapshot()) > 0);
        }
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

    // ---- diff -------------------------------------------------------------------------------
    void diffOfTwoRuns()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const Snapshot before = sampleSnapshot();
        Snapshot after = before;
        // A1: new email and name, role 1 -> 2; A2 leaves the listing; A3 reactivated; A5 joins.
        after.accounts[0].email = QStringLiteral("ana.new@example.com");
        after.accounts[0].displayName = QStringLiteral("Ana N.");
        after.accounts[0].roleId = QStringLiteral("pid_dbtmr:2");
        after.accounts[2].status = AccountStatus::Active;
        after.accounts.remove(1);
        Account a5 = sampleAccount(QStringLiteral("dbmid:A5"));
        a5.roleId = QStringLiteral("pid_dbtmr:3");
        after.accounts << a5;
        // g:3 goes, g:4 comes; A1 owner -> member of g:1; A3 leaves g:1; A5 joins g:4.
        after.groups.removeLast();
        after.groups << Group{QStringLiteral("g:4"), QStringLiteral("New"), GroupManagementType::UserManaged, {}, 1};
        after.memberships[0].accessType = AccessType::Member;
        after.memberships.remove(1);
        after.memberships << Membership{QStringLiteral("g:4"), QStringLiteral("dbmid:A5"), AccessType::Member};

        const qint64 from = commit(*store, before);
        const qint64 to = commit(*store, after);
        const SnapshotDiff d = store->diff(from, to);
        QCOMPARE(d.fromRun, from);
        QCOMPARE(d.toRun, to);
        QVERIFY(!d.isEmpty());
        QCOMPARE(accountIds(d.accountsAdded), QStringList{QStringLiteral("dbmid:A5")});
        QCOMPARE(accountIds(d.accountsRemoved), QStringList{QStringLiteral("dbmid:A2")});
        QCOMPARE(d.accountsChanged.size(), 2);
        const AccountChange &c1 = d.accountsChanged.at(0);
        QCOMPARE(c1.before.teamMemberId, QStringLiteral("dbmid:A1"));
        QCOMPARE(c1.before.email, before.accounts[0].email);
        QCOMPARE(c1.after.email, QStringLiteral("ana.new@example.com"));
        QCOMPARE(c1.fields, (QStringList{QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("role_id")}));
        QCOMPARE(d.accountsChanged.at(1).after.teamMemberId, QStringLiteral("dbmid:A3"));
        QCOMPARE(d.accountsChanged.at(1).fields, QStringList{QStringLiteral("status")});
        QCOMPARE(d.groupsAdded.size(), 1);
        QCOMPARE(d.groupsAdded.first().id, QStringLiteral("g:4"));
        QCOMPARE(d.groupsRemoved.size(), 1);
        QCOMPARE(d.groupsRemoved.first().id, QStringLiteral("g:3"));
        QCOMPARE(grantIds(d.grantsAdded), (QStringList{
                     QStringLiteral("group:g:1:member:user:dbmid:A1"),
                     QStringLiteral("group:g:4:member:user:dbmid:A5"),
                     QStringLiteral("role:pid_dbtmr:2:member:user:dbmid:A1"),
                     QStringLiteral("role:pid_dbtmr:3:member:user:dbmid:A5")}));
        QCOMPARE(grantIds(d.grantsRemoved), (QStringList{
                     QStringLiteral("group:g:1:member:user:dbmid:A3"),
                     QStringLiteral("group:g:1:owner:user:dbmid:A1"),
                     QStringLiteral("role:pid_dbtmr:1:member:user:dbmid:A1")}));

        // The diff agrees with grantsOf() on both snapshots.
        QSet<QString> b, a;
        for (const Grant &g : grantsOf(before))
            b.insert(g.id());
        for (const Grant &g : grantsOf(after))
            a.insert(g.id());
        const QStringList added = grantIds(d.grantsAdded);
        const QStringList removed = grantIds(d.grantsRemoved);
        QCOMPARE(QSet<QString>(a).subtract(b), QSet<QString>(added.begin(), added.end()));
        QCOMPARE(QSet<QString>(b).subtract(a), QSet<QString>(removed.begin(), removed.end()));

        // Backwards, everything mirrors.
        const SnapshotDiff back = store->diff(to, from);
        QCOMPARE(accountIds(back.accountsAdded), QStringList{QStringLiteral("dbmid:A2")});
        QCOMPARE(grantIds(back.grantsAdded), grantIds(d.grantsRemoved));
        QCOMPARE(grantIds(back.grantsRemoved), grantIds(d.grantsAdded));
    }

    void diffFieldNames_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("status") << QStringLiteral("status");
        QTest::newRow("email") << QStringLiteral("email");
        QTest::newRow("display_name") << QStringLiteral("display_name");
        QTest::newRow("given_name") << QStringLiteral("given_name");
        QTest::newRow("surname") << QStringLiteral("surname");
        QTest::newRow("membership_type") << QStringLiteral("membership_type");
        QTest::newRow("role_id") << QStringLiteral("role_id");
        QTest::newRow("external_id") << QStringLiteral("external_id");
        QTest::newRow("groups") << QStringLiteral("groups");
        QTest::newRow("secondary_emails") << QStringLiteral("secondary_emails");
        QTest::newRow("suspended_on") << QStringLiteral("suspended_on");
    }

    void diffFieldNames()
    {
        QFETCH(QString, field);
        const Account a = sampleAccount(QStringLiteral("dbmid:F"));
        Account b = a;
        if (field == QLatin1String("status")) b.status = AccountStatus::Suspended;
        else if (field == QLatin1String("email")) b.email = QStringLiteral("x@y");
        else if (field == QLatin1String("display_name")) b.displayName = QStringLiteral("X");
        else if (field == QLatin1String("given_name")) b.givenName = QStringLiteral("X");
        else if (field == QLatin1String("surname")) b.surname = QStringLiteral("X");
        else if (field == QLatin1String("membership_type")) b.membershipType = MembershipType::Limited;
        else if (field == QLatin1String("role_id")) b.roleId = QStringLiteral("pid_dbtmr:9");
        else if (field == QLatin1String("external_id")) b.externalId = QStringLiteral("e");
        else if (field == QLatin1String("groups")) b.groupIds << QStringLiteral("g:7");
        else if (field == QLatin1String("secondary_emails")) b.secondaryEmails << SecondaryEmail{QStringLiteral("s@x"), false};
        else if (field == QLatin1String("suspended_on")) b.suspendedOn = QDateTime::currentDateTimeUtc();
        QCOMPARE(changedAccountFields(a, b), QStringList{field});
        QVERIFY(changedAccountFields(a, a).isEmpty());
    }

    void diffOfIdenticalRunsIsEmpty()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 a = commit(*store, sampleSnapshot());
        const qint64 b = commit(*store, sampleSnapshot());
        QVERIFY(store->diff(a, b).isEmpty());
        QVERIFY(store->diff(a, a).isEmpty());
        QVERIFY(store->diff(a, 999).isEmpty());
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
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(DISTINCT run_id) FROM %1").arg(QLatin1String(table))).toInt(), 2);
        }
        QCOMPARE(store->pruneRuns(2), 0);
        // Nothing ever prunes the newest snapshot.
        QCOMPARE(store->pruneRuns(0), 1);
        QCOMPARE(store->latestCompleteRun(), complete[4]);
        // A new run never reuses a pruned id.
        QVERIFY(commit(*store, sampleSnapshot()) > complete[4]);
    }

    // ---- patches ----------------------------------------------------------------------------
    void upsertAndDeleteAccount()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const Snapshot s = sampleSnapshot();
        const qint64 run = commit(*store, s);

        Account changed = s.accounts.at(1);
        changed.status = AccountStatus::Active;
        changed.displayName = QStringLiteral("Now joined");
        DBX_VERIFY_OK(store->upsertAccount(run, changed));
        Account added = sampleAccount(QStringLiteral("dbmid:A9"));
        DBX_VERIFY_OK(store->upsertAccount(run, added));
        auto out = store->load(run);
        QVERIFY(out);
        QCOMPARE(out->accounts.size(), 5);
        QVERIFY(out->accounts.at(1) == changed);      // kept its place
        QVERIFY(out->accounts.at(4) == added);        // new ones go last
        QCOMPARE(store->run(run)->accounts, 5);

        // A1 is in g:1 (owner, count 2) and g:2 (count unknown).
        DBX_VERIFY_OK(store->deleteAccount(run, QStringLiteral("dbmid:A1")));
        out = store->load(run);
        QCOMPARE(out->accounts.size(), 4);
        QVERIFY(!accountIds(out->accounts).contains(QStringLiteral("dbmid:A1")));
        QCOMPARE(out->memberships.size(), 2);
        for (const Membership &m : out->memberships)
            QVERIFY(m.teamMemberId != QLatin1String("dbmid:A1"));
        QCOMPARE(out->groups.at(0).memberCount, 1);
        QCOMPARE(out->groups.at(1).memberCount, -1);   // unknown stays unknown
        QCOMPARE(store->run(run)->accounts, 4);
        QCOMPARE(store->run(run)->memberships, 2);
        // Deleting what is gone already is no error.
        QVERIFY(store->deleteAccount(run, QStringLiteral("dbmid:A1")));
        QVERIFY(!store->upsertAccount(run, Account()));
    }

    void upsertAndDeleteMembership()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = commit(*store, sampleSnapshot());
        const QString g1 = QStringLiteral("g:1"), g3 = QStringLiteral("g:3");
        const QString a2 = QStringLiteral("dbmid:A2"), a1 = QStringLiteral("dbmid:A1");

        // New: A2 joins g:3 (count 0 -> 1) and gets it in profile.groups.
        DBX_VERIFY_OK(store->upsertMembership(run, {g3, a2, AccessType::Member}));
        auto out = store->load(run);
        QCOMPARE(out->memberships.size(), 5);
        QVERIFY(out->memberships.last() == (Membership{g3, a2, AccessType::Member}));
        QCOMPARE(out->groups.at(2).memberCount, 1);
        QCOMPARE(out->accounts.at(1).groupIds, QStringList{g3});
        QCOMPARE(store->run(run)->memberships, 5);

        // Existing: A1 owner -> member of g:1, count unchanged, place unchanged.
        QVERIFY(store->upsertMembership(run, {g1, a1, AccessType::Member}));
        out = store->load(run);
        QVERIFY(out->memberships.first() == (Membership{g1, a1, AccessType::Member}));
        QCOMPARE(out->groups.at(0).memberCount, 2);

        // Delete: A1 leaves g:1.
        QVERIFY(store->deleteMembership(run, g1, a1));
        out = store->load(run);
        QCOMPARE(out->memberships.size(), 4);
        QCOMPARE(out->groups.at(0).memberCount, 1);
        QCOMPARE(out->accounts.at(0).groupIds, QStringList{QStringLiteral("g:2")});
        QCOMPARE(store->run(run)->memberships, 4);
        // Again: nothing to do, no error, counts unchanged.
        QVERIFY(store->deleteMembership(run, g1, a1));
        QCOMPARE(store->load(run)->groups.at(0).memberCount, 1);
        // A membership for a group whose count is unknown leaves it unknown.
        QVERIFY(store->upsertMembership(run, {QStringLiteral("g:2"), a2, AccessType::Owner}));
        QCOMPARE(store->load(run)->groups.at(1).memberCount, -1);

        QVERIFY(!store->upsertMembership(run, {QString(), a2, AccessType::Member}));
        QVERIFY(!store->upsertMembership(999, {g1, a2, AccessType::Member}));
        QVERIFY(!store->deleteMembership(999, g1, a2));
    }

    // ---- audit ------------------------------------------------------------------------------
    void auditFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("sinceMinutesAgo");     // 0 = any time
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expectedTargets");   // newest first

        QTest::newRow("all, newest first") << QString() << QString() << 0 << 100
                                           << QStringList{"e", "d", "c", "b", "a"};
        QTest::newRow("limit") << QString() << QString() << 0 << 2 << QStringList{"e", "d"};
        QTest::newRow("text in action, any case") << QStringLiteral("SUSPEND") << QString() << 0 << 100
                                                  << QStringList{"c", "a"};
        QTest::newRow("text in object") << QStringLiteral("g:42") << QString() << 0 << 100 << QStringList{"b"};
        QTest::newRow("text in message") << QStringLiteral("quota") << QString() << 0 << 100 << QStringList{"d"};
        QTest::newRow("text in target") << QStringLiteral("DBMID:E") << QString() << 0 << 100 << QStringList{"e"};
        QTest::newRow("percent is literal") << QStringLiteral("100%") << QString() << 0 << 100 << QStringList{"e"};
        QTest::newRow("underscore is literal") << QStringLiteral("to_group") << QString() << 0 << 100 << QStringList{"b"};
        QTest::newRow("outcome") << QString() << QStringLiteral("failed") << 0 << 100 << QStringList{"d", "a"};
        QTest::newRow("since") << QString() << QString() << 25 << 100 << QStringList{"e", "d", "c"};
        QTest::newRow("all together") << QStringLiteral("suspend") << QStringLiteral("failed") << 60 << 100
                                      << QStringList{"a"};
        QTest::newRow("nothing") << QStringLiteral("no such thing") << QString() << 0 << 100 << QStringList{};
    }

    void auditFilter()
    {
        QFETCH(QString, text);
        QFETCH(QString, outcome);
        QFETCH(int, sinceMinutesAgo);
        QFETCH(int, limit);
        QFETCH(QStringList, expectedTargets);

        auto store = openStore(newPath());
        QVERIFY(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Row { int minutesAgo; const char *action, *target, *object, *outcome, *message; };
        // Appended out of time order on purpose: the log sorts by time, not by insertion.
        const Row rows[] = {
            {50, "suspend", "a", "", "failed", "Dropbox refused"},
            {30, "add_to_group", "b", "g:42", "success", ""},
            {20, "unsuspend", "c", "", "success", "Done"},
            {5, "set_role", "e", "pid_dbtmr:1", "dry_run", "Would grant 100% of it"},
            {10, "create_account", "d", "", "failed", "Over quota"},
        };
        for (const Row &r : rows) {
            AuditEntry e;
            e.at = now.addSecs(-60 * r.minutesAgo);
            e.admin = QStringLiteral("admin@example.com");
            e.connection = QStringLiteral("Acme");
            e.action = QLatin1String(r.action);
            e.target = QStringLiteral("dbmid:") + QLatin1String(r.target);
            e.object = QLatin1String(r.object);
            e.outcome = QLatin1String(r.outcome);
            e.message = QLatin1String(r.message);
            e.details = QStringLiteral("{\"send_welcome_email\":true}");
            e.requestId = QStringLiteral("req-") + e.target;
            const Expected<qint64> id = store->appendAudit(e);
            QVERIFY2(id.value_or(0) > 0, qPrintable(errorOf(id)));
        }
        AuditFilter f;
        f.text = text;
        f.outcome = outcome;
        if (sinceMinutesAgo)
            f.since = now.addSecs(-60 * sinceMinutesAgo);
        f.limit = limit;
        QStringList targets;
        for (const AuditEntry &e : store->audit(f))
            targets << e.target.mid(6);
        QCOMPARE(targets, expectedTargets);
    }

    void auditKeepsEveryField()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        AuditEntry e;
        e.at = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
        e.admin = QStringLiteral("ädmin@example.com");
        e.connection = QStringLiteral("Équipe");
        e.action = QStringLiteral("remove_from_group");
        e.target = QStringLiteral("dbmid:A1");
        e.object = QStringLiteral("g:1");
        e.details = QStringLiteral("{\"a\":1}");
        e.outcome = QStringLiteral("no_change");
        e.message = QStringLiteral("Was not a member, nothing to do 😀");
        e.requestId = QStringLiteral("abc123");
        const qint64 id = store->appendAudit(e).value_or(0);
        QVERIFY(id > 0);
        const QVector<AuditEntry> all = store->audit();
        QCOMPARE(all.size(), 1);
        const AuditEntry &r = all.first();
        QCOMPARE(r.id, id);
        QCOMPARE(r.at, e.at);
        QCOMPARE(r.admin, e.admin);
        QCOMPARE(r.connection, e.connection);
        QCOMPARE(r.action, e.action);
        QCOMPARE(r.target, e.target);
        QCOMPARE(r.object, e.object);
        QCOMPARE(r.details, e.details);
        QCOMPARE(r.outcome, e.outcome);
        QCOMPARE(r.message, e.message);
        QCOMPARE(r.requestId, e.requestId);

        // No time given: the store stamps it now.
        AuditEntry now;
        now.action = QStringLiteral("sync");
        now.outcome = QStringLiteral("success");
        QVERIFY(store->appendAudit(now).value_or(0) > id);
        QVERIFY(qAbs(store->audit().first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(SnapshotStore::defaultPath().endsWith(QLatin1String("/snapshots.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_store_snapshots.moc"
