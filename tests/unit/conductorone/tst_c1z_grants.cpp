// The bytes of a c1z's grant rows: each row's data is exactly the grant message serialized whole
// (deterministically), though the writer serializes a group's entitlement once and appends each
// member's own fields. Checked on the raw blobs of the unpacked database, for groups (member and
// owner), roles, the license and a membership of a group the snapshot does not list. Also: a
// team large enough that its rows go from the threads that build them to the one that inserts
// them in many batches keeps every table's rows in order, once each; and the queue between them
// waits for every builder, and lets a waiting builder go when the writer stops.

#include "conductorone/C1z.h"
#include "conductorone/C1zRows.h"
#include "model/Entitlements.h"
#include "support/C1Fixtures.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dbx;
using namespace dbx::c1;

class TestC1zGrants : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The grant message each grant of the snapshot stands for, by grant id.
    static QHash<QString, QByteArray> expectedBlobs(const Snapshot &s)
    {
        QHash<QString, v2::Resource> resources;
        for (const Group &g : s.groups)
            resources.insert(resource_type::group() + QLatin1Char(':') + g.id, groupResource(g));
        for (const Role &r : s.roles)
            resources.insert(resource_type::role() + QLatin1Char(':') + r.id, roleResource(r));
        resources.insert(resource_type::license() + QLatin1Char(':') + license::full(), licenseResource(s.team));
        QHash<QString, QByteArray> blobs;
        for (const Grant &g : grantsOf(s) + licenseGrantsOf(s)) {
            v2::Resource resource = resources.value(g.resourceType + QLatin1Char(':') + g.resourceId);
            if (!resource.has_id()) { // unlisted: the bare id
                resource.mutable_id()->set_resource_type(toStd(g.resourceType));
                resource.mutable_id()->set_resource(toStd(g.resourceId));
            }
            const std::string bytes = serializeDeterministic(grantMessage(resource, g.slug, g.teamMemberId));
            blobs.insert(g.id(), QByteArray(bytes.data(), qsizetype(bytes.size())));
        }
        return blobs;
    }

    // The external ids of a table's rows, in row order.
    static QStringList externalIds(const QString &dbPath, const QString &table)
    {
        QStringList ids;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
            db.setDatabaseName(dbPath);
            if (!db.open())
                return {};
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT external_id FROM %1 ORDER BY id").arg(table)))
                return {};
            while (q.next())
                ids << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ids"));
        return ids;
    }

    // The first of each id, in order.
    static QStringList firstOfEach(const QStringList &ids)
    {
        QStringList out;
        QSet<QString> seen;
        for (const QString &id : ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
        return out;
    }

private slots:
    void rowsHoldTheWholeMessage()
    {
        Snapshot s = test::c1Snapshot();
        QVERIFY(!s.groups.isEmpty() && !s.memberships.isEmpty());
        // A membership of a group the snapshot does not list keeps its grant.
        s.memberships << Membership{QStringLiteral("g:unlisted"), s.memberships.first().teamMemberId,
                                    AccessType::Member};
        const QString c1zPath = m_dir.filePath(QStringLiteral("grants.c1z"));
        const Expected<QString> written = writeC1z(s, c1zPath);
        QVERIFY2(written, qPrintable(written.error().message()));
        const QString dbPath = m_dir.filePath(QStringLiteral("grants.db"));
        const Expected<void> unpacked = c1z::decompress(c1zPath, dbPath);
        QVERIFY2(unpacked, qPrintable(unpacked.error().message()));

        const QHash<QString, QByteArray> expected = expectedBlobs(s);
        QVERIFY(
            expected.contains(QStringLiteral("group:g:unlisted:member:user:") + s.memberships.first().teamMemberId));
        QHash<QString, QByteArray> got;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("grants"));
            db.setDatabaseName(dbPath);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT external_id, data FROM v1_grants")),
                     qPrintable(q.lastError().text()));
            while (q.next())
                got.insert(q.value(0).toString(), q.value(1).toByteArray());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("grants"));
        QCOMPARE(got.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(got.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    void manyRowsKeepTheirOrderOnceEach()
    {
        // 6,000 accounts and 240 groups of 150 members each: 36,000 member grants, about 20 MB of
        // rows, more batches than the queue holds, so the grants' builder waits for the writer.
        Snapshot s = test::c1Snapshot();
        for (int i = 0; i < 6000; ++i) {
            Account a;
            a.teamMemberId = QStringLiteral("dbmid:bulk%1").arg(i);
            a.email = QStringLiteral("bulk%1@acme.test").arg(i);
            a.givenName = QStringLiteral("Bulk");
            a.surname = QString::number(i);
            a.displayName = a.givenName + QLatin1Char(' ') + a.surname;
            a.accountId = QStringLiteral("dbid:bulk%1").arg(i);
            if (i % 1000 == 0)
                a.roleId = QStringLiteral("pid_dbtmr:user_mgmt");
            s.accounts << a;
        }
        for (int g = 0; g < 240; ++g) {
            Group group;
            group.id = QStringLiteral("g:bulk%1").arg(g);
            group.name = QStringLiteral("Bulk group %1").arg(g);
            s.groups << group;
            for (int m = 0; m < 150; ++m) {
                s.memberships << Membership{group.id, QStringLiteral("dbmid:bulk%1").arg((g * 25 + m) % 6000),
                                            m == 0 ? AccessType::Owner : AccessType::Member};
            }
        }
        // Grants given twice: next to each other, far apart, and an account listed twice (its
        // role and license grants repeat). The first of an id is the one written.
        s.memberships.insert(10, s.memberships.at(10));
        s.memberships << s.memberships.at(5) << s.memberships.at(20000);
        s.accounts << s.accounts.at(5); // dbmid:bulk0, who holds a role

        const QString c1zPath = m_dir.filePath(QStringLiteral("many.c1z"));
        qint64 lastProgress = 0;
        C1zWriteOptions options;
        options.progress = [&lastProgress](C1zWriteOptions::Stage stage, qint64 done, qint64) {
            if (stage == C1zWriteOptions::Stage::Grants)
                lastProgress = done;
        };
        const Expected<QString> written = writeC1z(s, c1zPath, options);
        QVERIFY2(written, qPrintable(written.error().message()));
        const QString dbPath = m_dir.filePath(QStringLiteral("many.db"));
        const Expected<void> unpacked = c1z::decompress(c1zPath, dbPath);
        QVERIFY2(unpacked, qPrintable(unpacked.error().message()));

        QStringList grantIds;
        for (const Grant &g : grantsOf(s) + licenseGrantsOf(s))
            grantIds << g.id();
        const QStringList expectedGrants = firstOfEach(grantIds);
        QCOMPARE(expectedGrants.size(), grantIds.size() - 5); // 3 memberships, a role and a license
        QVERIFY(expectedGrants.size() > 36000);
        QCOMPARE(externalIds(dbPath, QStringLiteral("v1_grants")), expectedGrants);
        QCOMPARE(lastProgress, qint64(expectedGrants.size() / 10000 * 10000));

        QStringList resourceIds;
        for (const Account &a : s.accounts)
            resourceIds << resource_type::user() + QLatin1Char(':') + a.teamMemberId;
        for (const Role &r : s.roles)
            resourceIds << resource_type::role() + QLatin1Char(':') + r.id;
        for (const Group &g : s.groups)
            resourceIds << resource_type::group() + QLatin1Char(':') + g.id;
        resourceIds << resource_type::license() + QLatin1Char(':') + license::full();
        QCOMPARE(externalIds(dbPath, QStringLiteral("v1_resources")), firstOfEach(resourceIds));

        QStringList entitlementIds;
        for (const Role &r : s.roles)
            entitlementIds << entitlementId(resource_type::role(), r.id, QStringLiteral("member"));
        for (const Group &g : s.groups) {
            entitlementIds << entitlementId(resource_type::group(), g.id, QStringLiteral("member"))
                           << entitlementId(resource_type::group(), g.id, QStringLiteral("owner"));
        }
        entitlementIds << entitlementId(resource_type::license(), license::full(), license::assigned());
        QCOMPARE(externalIds(dbPath, QStringLiteral("v1_entitlements")), entitlementIds);
    }

    void queueWaitsForEveryBuilderAndLetsThemGo()
    {
        using namespace dbx::c1::c1zinternal;
        // Two builders: the queue gives what the first closed with, then waits for the second.
        BatchQueue closed(4, 2);
        {
            RowOut first(closed);
            first.begin(RowTable::Grants);
            first.value("a");
            first.text(QStringLiteral("\u00e9t\u00e9"));
            QVERIFY(first.end());
            first.finish();
        }
        RowBatch batch;
        QVERIFY(closed.pop(&batch));
        QCOMPARE(batch.table, RowTable::Grants);
        QCOMPARE(batch.rows, qsizetype(1));
        QCOMPARE(batch.value(0), QByteArrayView("a"));
        QCOMPARE(batch.value(1), QByteArrayView("\xc3\xa9t\xc3\xa9"));
        std::atomic<int> popped{-1};
        std::thread inserter([&] {
            RowBatch next;
            popped = closed.pop(&next) ? int(next.rows) : 0;
        });
        QTest::qWait(50);
        QCOMPARE(popped.load(), -1); // the second builder has not closed
        {
            RowOut second(closed);
            second.begin(RowTable::Resources);
            second.value("b");
            QVERIFY(second.end());
            second.finish();
        }
        inserter.join();
        QCOMPARE(popped.load(), 1);
        QVERIFY(!closed.pop(&batch)); // both closed, nothing left

        // A builder waiting on a full queue returns once the writer stops, and gives up.
        BatchQueue full(1, 1);
        QVERIFY(full.push(RowBatch()));
        std::atomic<int> pushed{-1};
        std::thread builder([&] { pushed = full.push(RowBatch()) ? 1 : 0; });
        QTest::qWait(50);
        QCOMPARE(pushed.load(), -1); // still waiting for room
        full.stop();
        builder.join();
        QCOMPARE(pushed.load(), 0);
        QVERIFY(!full.pop(&batch));
    }
};

QTEST_GUILESS_MAIN(TestC1zGrants)
#include "tst_c1z_grants.moc"
