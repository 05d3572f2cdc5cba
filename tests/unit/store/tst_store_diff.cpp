// SnapshotStore::diff: what two complete runs differ in, computed by SQLite.

#include "helpers/StoreFixtures.h"
#include "model/Entitlements.h"
#include "store/SnapshotStore.h"

#include <QDateTime>
#include <QTest>

#include <iterator>

using namespace dbx;
using namespace dbx::test;

namespace {

// Each account field the diff names, and a change of that field alone.
struct FieldChange {
    const char *field;
    void (*apply)(Account &);
};

const FieldChange kFieldChanges[] = {
    {"status", [](Account &a) { a.status = AccountStatus::Suspended; }},
    {"email", [](Account &a) { a.email = QStringLiteral("x@y"); }},
    {"display_name", [](Account &a) { a.displayName = QStringLiteral("X"); }},
    {"given_name", [](Account &a) { a.givenName = QStringLiteral("X"); }},
    {"surname", [](Account &a) { a.surname = QStringLiteral("X"); }},
    {"membership_type", [](Account &a) { a.membershipType = MembershipType::Limited; }},
    {"role_id", [](Account &a) { a.roleId = QStringLiteral("pid_dbtmr:9"); }},
    {"external_id", [](Account &a) { a.externalId = QStringLiteral("e"); }},
    {"groups", [](Account &a) { a.groupIds << QStringLiteral("g:7"); }},
    {"secondary_emails",
     [](Account &a) {
         a.secondaryEmails << SecondaryEmail{QStringLiteral("s@x"), false};
     }},
    {"suspended_on", [](Account &a) { a.suspendedOn = QDateTime::currentDateTimeUtc(); }},
};

} // namespace

class TestStoreDiff : public StoreTestBase
{
    Q_OBJECT

private slots:
    void diffFieldNames_data()
    {
        QTest::addColumn<int>("change");
        for (int i = 0; i < int(std::size(kFieldChanges)); ++i)
            QTest::newRow(kFieldChanges[i].field) << i;
    }

    void diffFieldNames()
    {
        QFETCH(int, change);
        const FieldChange &c = kFieldChanges[change];
        const Account a = sampleAccount(QStringLiteral("dbmid:F"));
        Account b = a;
        c.apply(b);
        QCOMPARE(changedAccountFields(a, b), QStringList{QString::fromLatin1(c.field)});
        QVERIFY(changedAccountFields(a, a).isEmpty());
    }

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
        QCOMPARE(c1.fields,
                 (QStringList{QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("role_id")}));
        QCOMPARE(d.accountsChanged.at(1).after.teamMemberId, QStringLiteral("dbmid:A3"));
        QCOMPARE(d.accountsChanged.at(1).fields, QStringList{QStringLiteral("status")});
        QCOMPARE(d.groupsAdded.size(), 1);
        QCOMPARE(d.groupsAdded.first().id, QStringLiteral("g:4"));
        QCOMPARE(d.groupsRemoved.size(), 1);
        QCOMPARE(d.groupsRemoved.first().id, QStringLiteral("g:3"));
        QCOMPARE(grantIds(d.grantsAdded),
                 (QStringList{QStringLiteral("group:g:1:member:user:dbmid:A1"),
                              QStringLiteral("group:g:4:member:user:dbmid:A5"),
                              QStringLiteral("role:pid_dbtmr:2:member:user:dbmid:A1"),
                              QStringLiteral("role:pid_dbtmr:3:member:user:dbmid:A5")}));
        QCOMPARE(grantIds(d.grantsRemoved),
                 (QStringList{QStringLiteral("group:g:1:member:user:dbmid:A3"),
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
};

QTEST_GUILESS_MAIN(TestStoreDiff)
#include "tst_store_diff.moc"
