// SnapshotStore in-place patches: accounts and memberships changed after a provisioning action.

#include "helpers/StoreFixtures.h"
#include "store/SnapshotStore.h"

#include <QTest>

using namespace dbx;
using namespace dbx::test;

class TestStorePatch : public StoreTestBase
{
    Q_OBJECT

private slots:
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
        QVERIFY(out->accounts.at(1) == changed); // kept its place
        QVERIFY(out->accounts.at(4) == added);   // new ones go last
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
        QCOMPARE(out->groups.at(1).memberCount, -1); // unknown stays unknown
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
};

QTEST_GUILESS_MAIN(TestStorePatch)
#include "tst_store_patch.moc"
