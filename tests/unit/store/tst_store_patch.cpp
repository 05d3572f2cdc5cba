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

    // A holder of the snapshot in memory (the window, the ConductorOne task handler) folds a
    // change in with applyChange() instead of loading the run again: what it then holds is what
    // loading the patched run gives, counts and group lists included.
    void changeInMemoryEqualsTheStoredRun()
    {
        auto store = openStore(newPath());
        QVERIFY(store);
        const qint64 run = commit(*store, sampleSnapshot());
        auto loaded = store->load(run);
        QVERIFY(loaded);
        Snapshot held = *loaded;
        const QString g1 = QStringLiteral("g:1"), g2 = QStringLiteral("g:2"), g3 = QStringLiteral("g:3");
        const QString a1 = QStringLiteral("dbmid:A1"), a2 = QStringLiteral("dbmid:A2"), a3 = QStringLiteral("dbmid:A3");

        SnapshotChange c;
        c.runId = run;
        c.removedMemberships << Membership{g1, a1, AccessType::Member}  // there (owner): gone, count 2 -> 1
                             << Membership{g3, a2, AccessType::Member}; // not there: nothing
        c.memberships << Membership{g3, a2, AccessType::Owner}          // new: count 0 -> 1, A2's groups gain g:3
                      << Membership{g1, a3, AccessType::Owner}          // there: only the access changes
                      << Membership{g2, a2, AccessType::Member};        // new in a group of unknown count
        Account suspended = held.accounts.at(1);
        suspended.status = AccountStatus::Suspended;
        suspended.groupIds = {g3, g2};
        const Account added = sampleAccount(QStringLiteral("dbmid:A9"));
        c.accounts << suspended << added;

        DBX_VERIFY_OK(store->applyChange(c));
        applyChange(&held, c);
        auto stored = store->load(run);
        QVERIFY(stored);
        QVERIFY(stored->accounts == held.accounts);
        QVERIFY(stored->memberships == held.memberships);
        QVERIFY(stored->groups == held.groups);
        QCOMPARE(held.groups.at(0).memberCount, 1);
        QCOMPARE(held.groups.at(1).memberCount, -1);
        QCOMPARE(held.groups.at(2).memberCount, 1);
        QCOMPARE(held.accounts.at(0).groupIds, QStringList{g2}); // A1 left g:1
        QCOMPARE(held.accounts.size(), 5);
        QCOMPARE(store->run(run)->memberships, 5);

        // A change to a run that is not complete is refused whole: nothing of it is written.
        SnapshotChange elsewhere = c;
        elsewhere.runId = run + 7;
        QVERIFY(!store->applyChange(elsewhere));
        SnapshotChange halfBad;
        halfBad.runId = run;
        halfBad.memberships << Membership{g1, a2, AccessType::Member};
        halfBad.accounts << Account(); // no team member id: refused
        QVERIFY(!store->applyChange(halfBad));
        stored = store->load(run);
        QVERIFY(stored->memberships == held.memberships);
    }

    // dataVersion() moves when another connection writes the file, never for this one's own.
    void dataVersionSeesOtherWriters()
    {
        const QString path = newPath();
        auto store = openStore(path);
        QVERIFY(store);
        const qint64 run = commit(*store, sampleSnapshot());
        const qint64 v0 = store->dataVersion();
        DBX_VERIFY_OK(store->upsertMembership(run, {QStringLiteral("g:3"), QStringLiteral("dbmid:A2")}));
        QCOMPARE(store->dataVersion(), v0);
        auto other = openStore(path);
        QVERIFY(other);
        DBX_VERIFY_OK(other->deleteMembership(run, QStringLiteral("g:3"), QStringLiteral("dbmid:A2")));
        QVERIFY(store->dataVersion() != v0);
    }
};

QTEST_GUILESS_MAIN(TestStorePatch)
#include "tst_store_patch.moc"
