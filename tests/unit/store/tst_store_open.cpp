// SnapshotStore against real SQLite files in a temporary folder: opening, the schema and its
// migrations, files that are refused, threads and connections.

#include "helpers/StoreFixtures.h"
#include "store/SnapshotStore.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <memory>
#include <sqlite3.h>

using namespace dbx;
using namespace dbx::test;

class TestStoreOpen : public StoreTestBase
{
    Q_OBJECT

private slots:
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
            QVERIFY2(
                raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(QLatin1String(table)))
                        .toInt()
                    == 1,
                table);
        }
    }

    void reopenKeepsData()
    {
        const QString path = newPath();
        const qint64 run = commitToFile(path, sampleSnapshot());
        QVERIFY(run > 0);
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->latestCompleteRun(), run);
        QVERIFY(store->load(run).has_value());
        // The schema is not applied twice.
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM meta")).toInt(), 1);
    }

    // SQLite's count of its allocations (one process-wide mutex on every malloc and free) is off
    // before the first connection opens: after a commit and a load it has counted nothing.
    void sqliteCountsNoAllocations()
    {
        const QString path = newPath();
        const qint64 run = commitToFile(path, sampleSnapshot());
        QVERIFY(run > 0);
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->load(run).has_value());
        QCOMPARE(sqlite3_memory_highwater(0), sqlite3_int64(0));
    }

    void emptyFileIsCreatedAsNew()
    {
        const QString path = newPath();
        QVERIFY(test::writeFile(path, QByteArray()));
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->latestCompleteRun(), qint64(0));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("setupSql"); // run on a fresh store's file, or
        QTest::addColumn<QByteArray>("contents"); // bytes written instead of a database
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("newer schema") << QByteArray("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
                                      << QByteArray() << QStringLiteral("newer version");
        QTest::newRow("no schema version")
            << QByteArray("DELETE FROM meta") << QByteArray() << QStringLiteral("no schema version");
        QTest::newRow("garbage") << QByteArray() << QByteArray("This is certainly not SQLite.\n").repeated(200)
                                 << QStringLiteral("not an SQLite file");
        QTest::newRow("someone else's sqlite")
            << QByteArray("CREATE TABLE photos(id INTEGER)") << QByteArray("other") << QStringLiteral("another kind");
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
            QVERIFY(test::writeFile(path, contents));
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

    void defaultPathIsInAppData()
    {
        QVERIFY(SnapshotStore::defaultPath().endsWith(QLatin1String("/snapshots.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_store_open.moc"
