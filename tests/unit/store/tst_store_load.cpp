// Loading a run on two connections (store/SharedSnapshot.h): both read transactions see the same
// data, a writer that commits meanwhile shows through on neither, and a busy writer means one
// connection, never a wait or a different answer.

#include "helpers/StoreFixtures.h"
#include "store/RawQuery.h"
#include "store/SharedSnapshot.h"
#include "store/SnapshotStore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace dbx;
using namespace dbx::test;
using namespace dbx::sqlstore;

namespace {

// The sample team and 400 more accounts, each in two of 20 more groups (one as owner).
Snapshot largerSnapshot()
{
    Snapshot s = sampleSnapshot();
    for (int g = 0; g < 20; ++g)
        s.groups.push_back({QStringLiteral("g:more%1").arg(g),
                            QStringLiteral("Group %1").arg(g),
                            GroupManagementType::UserManaged,
                            {},
                            40});
    for (int i = 0; i < 400; ++i) {
        const QString id = QStringLiteral("dbmid:more%1").arg(i, 3, 10, QLatin1Char('0'));
        s.accounts.push_back(sampleAccount(id));
        s.memberships.push_back({QStringLiteral("g:more%1").arg(i % 20), id, AccessType::Member});
        s.memberships.push_back({QStringLiteral("g:more%1").arg((i + 7) % 20), id, AccessType::Owner});
    }
    return s;
}

qint64 countOn(sqlite3 *db, const QString &sql)
{
    RawQuery q(db, sql);
    const Expected<bool> row = q.next();
    return row && *row ? q.integer(0) : -1;
}

QLoggingCategory::CategoryFilter g_otherFilter = nullptr;
void storeDebugOn(QLoggingCategory *category)
{
    if (g_otherFilter)
        g_otherFilter(category);
    if (qstrcmp(category->categoryName(), "dbx.store") == 0)
        category->setEnabled(QtDebugMsg, true);
}

const QString kCountMemberships = QStringLiteral("SELECT COUNT(*) FROM memberships");

// Loads run, expecting the store's debug line that says which way it went ("two connections",
// "one connection"): QTest fails the test when that line is not logged.
Expected<Snapshot> loadSaying(SnapshotStore &store, qint64 run, const char *way)
{
    QTest::ignoreMessage(QtDebugMsg,
                         QRegularExpression(QStringLiteral("^loaded run %1 on %2").arg(run).arg(QLatin1String(way))));
    return store.load(run);
}

} // namespace

class TestStoreLoad : public StoreTestBase
{
    Q_OBJECT

private slots:
    // Which way a load went is said in the store's debug log, which the tests' logging rules
    // (QT_LOGGING_RULES, set by ctest) turn off: a category filter turns it on again.
    void init() { g_otherFilter = QLoggingCategory::installFilter(storeDebugOn); }
    void cleanup() { QLoggingCategory::installFilter(g_otherFilter); }

    void loadReadsOnTwoConnections()
    {
        const Snapshot in = largerSnapshot();
        const auto [store, run] = storeWithRun(in);
        QVERIFY(run > 0);
        const auto out = loadSaying(*store, run, "two connections");
        QVERIFY2(out.has_value(), qPrintable(errorOf(out)));
        QString why;
        QVERIFY2(sameSnapshot(*out, in, &why), qPrintable(why));
        QCOMPARE(out->memberships.size(), 804);
    }

    void busyWriterMeansOneConnectionAndTheSameAnswer()
    {
        const Snapshot in = largerSnapshot();
        const auto [store, run] = storeWithRun(in);
        QVERIFY(run > 0);
        RawDb writer(store->path());
        QVERIFY2(writer.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(writer.lastError()));
        QVERIFY(writer.exec(QStringLiteral("UPDATE sync_runs SET team_name = 'Not yet' WHERE id = %1").arg(run)));
        const auto out = loadSaying(*store, run, "one connection");
        QVERIFY2(out.has_value(), qPrintable(errorOf(out)));
        QString why;
        QVERIFY2(sameSnapshot(*out, in, &why), qPrintable(why));
        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    }

    void aCommitAfterTheBeginShowsOnNeither()
    {
        const QString path = newPath();
        const qint64 run = commitToFile(path, largerSnapshot());
        QVERIFY(run > 0);
        RawDb main(path);
        SharedSnapshot shared;
        qint64 mainCount = -1;
        const Expected<void> begun = shared.begin(path, run, [&]() -> Expected<void> {
            if (!main.exec(QStringLiteral("BEGIN")))
                return unexpected(Error::make(Error::Kind::Database, main.lastError(), main.lastError()));
            mainCount = main.scalar(kCountMemberships).toLongLong();
            return {};
        });
        DBX_VERIFY_OK(begun);
        QVERIFY(shared.second());
        QCOMPARE(mainCount, qint64(804));
        QCOMPARE(countOn(shared.second(), kCountMemberships), qint64(804));

        // The write lock is free again at once, and what the writer commits now is not seen.
        RawDb writer(path);
        QVERIFY2(writer.exec(QStringLiteral("DELETE FROM memberships WHERE team_member_id LIKE 'dbmid:more%'")),
                 qPrintable(writer.lastError()));
        QCOMPARE(writer.scalar(kCountMemberships).toLongLong(), qint64(4));
        QCOMPARE(countOn(shared.second(), kCountMemberships), qint64(804));
        QCOMPARE(main.scalar(kCountMemberships).toLongLong(), qint64(804));
        QVERIFY(main.exec(QStringLiteral("COMMIT")));
        QCOMPARE(main.scalar(kCountMemberships).toLongLong(), qint64(4));
    }

    void noSecondConnectionForARunThatIsNotComplete()
    {
        const QString path = newPath();
        QVERIFY(commitToFile(path, sampleSnapshot()) > 0);
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_runs(started_at, status) VALUES (1, 'failed')")));
        const qint64 failed = raw.scalar(QStringLiteral("SELECT MAX(id) FROM sync_runs")).toLongLong();
        SharedSnapshot shared;
        bool called = false;
        DBX_VERIFY_OK(shared.begin(path, failed, [&]() -> Expected<void> {
            called = true;
            return {};
        }));
        QVERIFY(called);
        QVERIFY(!shared.second());
    }

    void aFailedMainBeginLeavesNoSecondConnection()
    {
        const QString path = newPath();
        const qint64 run = commitToFile(path, sampleSnapshot());
        QVERIFY(run > 0);
        SharedSnapshot shared;
        const Expected<void> begun = shared.begin(path, run, []() -> Expected<void> {
            return unexpected(Error::make(Error::Kind::Database, QStringLiteral("no"), QStringLiteral("no")));
        });
        QVERIFY(!begun);
        QCOMPARE(begun.error().message(), QStringLiteral("no"));
        QVERIFY(!shared.second());
        // and it left no lock behind: a writer gets in at once
        RawDb writer(path);
        QVERIFY2(writer.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(writer.lastError()));
        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    }

    void noSecondConnectionWithoutAFile()
    {
        SharedSnapshot shared;
        DBX_VERIFY_OK(shared.begin(QStringLiteral(":memory:"), 1, [] { return Expected<void>(); }));
        QVERIFY(!shared.second());
        DBX_VERIFY_OK(shared.begin(QString(), 1, [] { return Expected<void>(); }));
        QVERIFY(!shared.second());
    }
};

QTEST_GUILESS_MAIN(TestStoreLoad)
#include "tst_store_load.moc"
