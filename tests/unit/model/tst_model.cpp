// core/model: the wire names of the enums (they are Dropbox's tags and the snapshot's stored
// values, so a renamed string breaks both), the words for people, Account equality, and the
// ConductorOne entitlement and grant ids.

#include "model/Entitlements.h"
#include "model/Types.h"

#include <QTest>

using namespace dbx;

class tst_Model : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountStatusWire_data();
    void accountStatusWire();
    void membershipTypeWire_data();
    void membershipTypeWire();
    void managementTypeWire_data();
    void managementTypeWire();
    void accessTypeWire();
    void unknownWireValues_data();
    void unknownWireValues();
    void displayNames();
    void accountEquality();
    void entitlementAndGrantIds();
    void grantsOfSnapshot();
    void grantsOfEmptySnapshot();
};

void tst_Model::accountStatusWire_data()
{
    QTest::addColumn<AccountStatus>("value");
    QTest::addColumn<QString>("wire");
    QTest::newRow("active") << AccountStatus::Active << QStringLiteral("active");
    QTest::newRow("invited") << AccountStatus::Invited << QStringLiteral("invited");
    QTest::newRow("suspended") << AccountStatus::Suspended << QStringLiteral("suspended");
    QTest::newRow("removed") << AccountStatus::Removed << QStringLiteral("removed");
    QTest::newRow("unknown") << AccountStatus::Unknown << QStringLiteral("unknown");
}

void tst_Model::accountStatusWire()
{
    QFETCH(AccountStatus, value);
    QFETCH(QString, wire);
    QCOMPARE(toWire(value), wire);
    QCOMPARE(accountStatusFromWire(wire), value);
}

void tst_Model::membershipTypeWire_data()
{
    QTest::addColumn<MembershipType>("value");
    QTest::addColumn<QString>("wire");
    QTest::newRow("full") << MembershipType::Full << QStringLiteral("full");
    QTest::newRow("limited") << MembershipType::Limited << QStringLiteral("limited");
    QTest::newRow("unknown") << MembershipType::Unknown << QStringLiteral("unknown");
}

void tst_Model::membershipTypeWire()
{
    QFETCH(MembershipType, value);
    QFETCH(QString, wire);
    QCOMPARE(toWire(value), wire);
    QCOMPARE(membershipTypeFromWire(wire), value);
}

void tst_Model::managementTypeWire_data()
{
    QTest::addColumn<GroupManagementType>("value");
    QTest::addColumn<QString>("wire");
    QTest::newRow("user") << GroupManagementType::UserManaged << QStringLiteral("user_managed");
    QTest::newRow("company") << GroupManagementType::CompanyManaged << QStringLiteral("company_managed");
    QTest::newRow("system") << GroupManagementType::SystemManaged << QStringLiteral("system_managed");
    QTest::newRow("unknown") << GroupManagementType::Unknown << QStringLiteral("unknown");
}

void tst_Model::managementTypeWire()
{
    QFETCH(GroupManagementType, value);
    QFETCH(QString, wire);
    QCOMPARE(toWire(value), wire);
    QCOMPARE(managementTypeFromWire(wire), value);
}

void tst_Model::accessTypeWire()
{
    // A closed union: both tags round-trip, anything else is refused and leaves *out alone.
    for (const AccessType a : {AccessType::Member, AccessType::Owner}) {
        AccessType back = a == AccessType::Member ? AccessType::Owner : AccessType::Member;
        QVERIFY(accessTypeFromWire(toWire(a), &back));
        QCOMPARE(back, a);
    }
    QCOMPARE(toWire(AccessType::Member), QStringLiteral("member"));
    QCOMPARE(toWire(AccessType::Owner), QStringLiteral("owner"));
    for (const QString &bad : {QString(), QStringLiteral("Owner"), QStringLiteral("manager"), QStringLiteral(" member")}) {
        AccessType out = AccessType::Owner;
        QVERIFY2(!accessTypeFromWire(bad, &out), qPrintable(bad));
        QCOMPARE(out, AccessType::Owner);
    }
}

void tst_Model::unknownWireValues_data()
{
    // Open unions: a new tag, a different case, padding or nothing at all is Unknown, never a guess.
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("new tag") << QStringLiteral("pending_review");
    QTest::newRow("upper case") << QStringLiteral("ACTIVE");
    QTest::newRow("padded") << QStringLiteral(" full ");
    QTest::newRow("display word") << QStringLiteral("User managed");
}

void tst_Model::unknownWireValues()
{
    QFETCH(QString, wire);
    QCOMPARE(accountStatusFromWire(wire), AccountStatus::Unknown);
    QCOMPARE(membershipTypeFromWire(wire), MembershipType::Unknown);
    QCOMPARE(managementTypeFromWire(wire), GroupManagementType::Unknown);
}

void tst_Model::displayNames()
{
    QCOMPARE(displayName(AccountStatus::Active), QStringLiteral("Active"));
    QCOMPARE(displayName(AccountStatus::Removed), QStringLiteral("Removed"));
    QCOMPARE(displayName(AccountStatus::Unknown), QStringLiteral("Unknown"));
    QCOMPARE(displayName(MembershipType::Limited), QStringLiteral("Limited"));
    QCOMPARE(displayName(AccessType::Owner), QStringLiteral("Owner"));
    QCOMPARE(displayName(AccessType::Member), QStringLiteral("Member"));
    QCOMPARE(displayName(GroupManagementType::CompanyManaged), QStringLiteral("Company managed"));
    QCOMPARE(displayName(GroupManagementType::SystemManaged), QStringLiteral("System managed"));
    // Words for people are never the wire names.
    for (const AccountStatus s : {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended,
                                  AccountStatus::Removed}) {
        QVERIFY(!displayName(s).isEmpty());
        QVERIFY(displayName(s) != toWire(s));
    }
}

void tst_Model::accountEquality()
{
    Account a;
    a.teamMemberId = QStringLiteral("dbmid:1");
    a.email = QStringLiteral("ann@example.com");
    a.secondaryEmails = {{QStringLiteral("ann@other.example"), true}};
    a.joinedOn = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    Account b = a;
    QVERIFY(a == b);
    QVERIFY(!(a != b));

    // Every field takes part; a few that are easy to forget in a hand-written operator==.
    b.roleId = QStringLiteral("pid_dbtmr:1");
    QVERIFY(a != b);
    b = a;
    b.secondaryEmails[0].isVerified = false;
    QVERIFY(a != b);
    b = a;
    b.removedIsDisconnected = true;
    QVERIFY(a != b);
    b = a;
    b.isDirectoryRestricted = true;
    QVERIFY(a != b);
    b = a;
    b.suspendedOn = a.joinedOn;
    QVERIFY(a != b);
    b = a;
    b.groupIds = {QStringLiteral("g:1")};
    QVERIFY(a != b);
}

void tst_Model::entitlementAndGrantIds()
{
    QCOMPARE(resource_type::user(), QStringLiteral("user"));
    QCOMPARE(resource_type::group(), QStringLiteral("group"));
    QCOMPARE(resource_type::role(), QStringLiteral("role"));
    // Ids that contain ':' themselves stay as they are (baton-dropbox does the same).
    QCOMPARE(entitlementId(resource_type::group(), QStringLiteral("g:1a2b"), QStringLiteral("member")),
             QStringLiteral("group:g:1a2b:member"));
    QCOMPARE(entitlementId(resource_type::role(), QStringLiteral("pid_dbtmr:1"), QStringLiteral("member")),
             QStringLiteral("role:pid_dbtmr:1:member"));
    QCOMPARE(grantId(QStringLiteral("group:g:1:owner"), QStringLiteral("dbmid:AAA")),
             QStringLiteral("group:g:1:owner:user:dbmid:AAA"));
    // Empty parts keep their separators, so ids never collide by shifting.
    QCOMPARE(entitlementId(QString(), QString(), QString()), QStringLiteral("::"));
    QCOMPARE(grantId(QString(), QString()), QStringLiteral(":user:"));

    const Grant g{resource_type::group(), QStringLiteral("g:9"), QStringLiteral("owner"), QStringLiteral("dbmid:B")};
    QCOMPARE(g.entitlementId(), QStringLiteral("group:g:9:owner"));
    QCOMPARE(g.id(), QStringLiteral("group:g:9:owner:user:dbmid:B"));
    Grant other = g;
    QVERIFY(other == g);
    other.slug = QStringLiteral("member");
    QVERIFY(!(other == g));
}

void tst_Model::grantsOfSnapshot()
{
    Snapshot s;
    Account withRole;
    withRole.teamMemberId = QStringLiteral("dbmid:A");
    withRole.roleId = QStringLiteral("pid_dbtmr:3");
    Account plain;
    plain.teamMemberId = QStringLiteral("dbmid:B");
    s.accounts = {withRole, plain};
    s.memberships = {{QStringLiteral("g:1"), QStringLiteral("dbmid:A"), AccessType::Member},
                     {QStringLiteral("g:1"), QStringLiteral("dbmid:B"), AccessType::Owner}};

    const QVector<Grant> grants = grantsOf(s);
    // One per membership (in order), then one per held role; a member without a role has none.
    QCOMPARE(grants.size(), 3);
    QCOMPARE(grants.at(0).id(), QStringLiteral("group:g:1:member:user:dbmid:A"));
    QCOMPARE(grants.at(1).id(), QStringLiteral("group:g:1:owner:user:dbmid:B"));
    QCOMPARE(grants.at(2).resourceType, resource_type::role());
    QCOMPARE(grants.at(2).id(), QStringLiteral("role:pid_dbtmr:3:member:user:dbmid:A"));
}

void tst_Model::grantsOfEmptySnapshot()
{
    QVERIFY(grantsOf(Snapshot()).isEmpty());
    Snapshot s;
    s.accounts.resize(40);                // no role held: no grant
    QVERIFY(grantsOf(s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Model)
#include "tst_model.moc"
