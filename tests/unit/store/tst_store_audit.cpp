// SnapshotStore audit log: appending, completing and filtering entries.

#include "helpers/StoreFixtures.h"
#include "store/SnapshotStore.h"

#include <QDateTime>
#include <QTest>

using namespace dbx;
using namespace dbx::test;

class TestStoreAudit : public StoreTestBase
{
    Q_OBJECT

private slots:
    void auditFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("sinceMinutesAgo"); // 0 = any time
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expectedTargets"); // newest first

        QTest::newRow("all, newest first")
            << QString() << QString() << 0 << 100 << QStringList{"e", "d", "c", "b", "a"};
        QTest::newRow("limit") << QString() << QString() << 0 << 2 << QStringList{"e", "d"};
        QTest::newRow("text in action, any case")
            << QStringLiteral("SUSPEND") << QString() << 0 << 100 << QStringList{"c", "a"};
        QTest::newRow("text in object") << QStringLiteral("g:42") << QString() << 0 << 100 << QStringList{"b"};
        QTest::newRow("text in message") << QStringLiteral("quota") << QString() << 0 << 100 << QStringList{"d"};
        QTest::newRow("text in target") << QStringLiteral("DBMID:E") << QString() << 0 << 100 << QStringList{"e"};
        QTest::newRow("percent is literal") << QStringLiteral("100%") << QString() << 0 << 100 << QStringList{"e"};
        QTest::newRow("underscore is literal")
            << QStringLiteral("to_group") << QString() << 0 << 100 << QStringList{"b"};
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
        struct Row {
            int minutesAgo;
            const char *action, *target, *object, *outcome, *message;
        };
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
};

QTEST_GUILESS_MAIN(TestStoreAudit)
#include "tst_store_audit.moc"
