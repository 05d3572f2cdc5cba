// core/model: the wire names of the enums (they are Dropbox's tags and the snapshot's stored
// values, so a renamed string breaks both), the words for people, Account equality, and the
// ConductorOne entitlement and grant ids.

#include "model/Entitlements.h"
#include "model/Types.h"
#include "support/DataRows.h"

#include <QTest>

using namespace dbx;

namespace {
// The enums of model/Types.h by name, so one data-driven test covers every wire name.
QString wireOf(const QString &type, int value)
{
    if (type == QLatin1String("AccountStatus"))
        return toWire(AccountStatus(value));
    if (type == QLatin1String("MembershipType"))
        return toWire(MembershipType(value));
    return toWire(GroupManagementType(value));
}

int fromWireOf(const QString &type, const QString &wire)
{
    if (type == QLatin1String("AccountStatus"))
        return int(accountStatusFromWire(wire));
    if (type == QLatin1String("MembershipType"))
        return int(membershipTypeFromWire(wire));
    return int(managementTypeFromWire(wire));
}
} // namespace

class tst_Model : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wireNames_data();
    void wireNames();
    void accessTypeWire();
    void unknownWireValues_data();
    void unknownWireValues();
    void displayNames();
    void accountEquality();
    void entitlementAndGrantIds();
    void grantsOfSnapshot();
    void grantsOfEmptySnapshot();
};

void tst_Model::wireNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("wire");
    const struct {
        const char *type;
        int value;
        const char *wire;
    } rows[] = {
        {"AccountStatus", int(AccountStatus::Active), "active"},
        {"AccountStatus", int(AccountStatus::Invited), "invited"},
        {"AccountStatus", int(AccountStatus::Suspended), "suspended"},
        {"AccountStatus", int(AccountStatus::Removed), "removed"},
        {"AccountStatus", int(AccountStatus::Unknown), "unknown"},
        {"MembershipType", int(MembershipType::Full), "full"},
        {"MembershipType", int(MembershipType::Limited), "limited"},
        {"MembershipType", int(MembershipType::Unknown), "unknown"},
        {"GroupManagementType", int(GroupManagementType::UserManaged), "user_managed"},
        {"GroupManagementType", int(GroupManagementType::CompanyManaged), "company_managed"},
        {"GroupManagementType", int(GroupManagementType::SystemManaged), "system_managed"},
        {"GroupManagementType", int(GroupManagementType::Unknown), "unknown"},
    };
    for (const auto &r : rows) {
        QTest::addRow("%s %s", r.type, r.wire) << QString::fromLatin1(r.type) << r.value << QString::fromLatin1(r.wire);
    }
}

void tst_Model::wireNames()
{
    QFETCH(QString, type);
    QFETCH(int, value);
    QFETCH(QString, wire);
    QCOMPARE(wireOf(type, value), wire);
    QCOMPARE(fromWireOf(type, wire), value);
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
    for (const QString &bad :
         {QString(), QStringLiteral("Owner"), QStringLiteral("manager"), QStringLiteral(" member")}) {
        AccessType out = AccessType::Owner;
        QVERIFY2(!accessTypeFromWire(bad, &out), qPrintable(bad));
        QCOMPARE(out, AccessType::Owner);
    }
}

void tst_Model::unknownWireValues_data()
{
    // Open unions: a new tag, a different case, padding or nothing at all is Unknown, never a guess.
    test::addRows<QString>("wire",
                           {{"empty", QString()},
                            {"new tag", QStringLiteral("pending_review")},
                            {"upper case", QStringLiteral("ACTIVE")},
                            {"padded", QStringLiteral(" full ")},
                            {"display word", QStringLiteral("User managed")}});
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
    for (const AccountStatus s :
         {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed}) {
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
    s.accounts.resize(40); // no role held: no grant
    QVERIFY(grantsOf(s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Model)
#include "tst_model.moc"
