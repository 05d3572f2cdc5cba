#include "support/C1Fixtures.h"

#include "conductorone/Credentials.h"
#include "model/Entitlements.h"
#include "support/FakeConductorOne.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace dbx {
namespace test {

Snapshot c1Snapshot()
{
    Snapshot s;
    s.startedAt = QDateTime(QDate(2024, 3, 5), QTime(10, 11, 12, 340), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(42);
    s.team.name = QStringLiteral("Acme");
    s.team.teamId = QStringLiteral("dbtid:AAA");

    auto account = [](const char *id, const char *email, const char *given, const char *surname, AccountStatus status,
                      const char *accountId, const char *roleId) {
        Account a;
        a.teamMemberId = QLatin1String(id);
        a.email = QLatin1String(email);
        a.givenName = QLatin1String(given);
        a.surname = QLatin1String(surname);
        a.displayName = a.givenName + QLatin1Char(' ') + a.surname;
        a.status = status;
        a.accountId = QLatin1String(accountId);
        a.roleId = QLatin1String(roleId);
        return a;
    };
    Account ada = account("dbmid:active1", "ada@acme.test", "Ada", "Lovelace", AccountStatus::Active, "dbid:ada",
                          "pid_dbtmr:team_admin");
    ada.lastActive = QDateTime::fromMSecsSinceEpoch(1709528767089, Qt::UTC); // 2024-03-04T05:06:07.089Z
    s.accounts << ada;
    s.accounts << account("dbmid:invited", "bob@acme.test", "Bob", "Byte", AccountStatus::Invited, "", "");
    s.accounts << account("dbmid:suspend", "cy@acme.test", "Cy", "Clock", AccountStatus::Suspended, "dbid:cy",
                          "pid_dbtmr:user_mgmt");
    s.accounts << account("dbmid:removed", "di@acme.test", "Di", "Diode", AccountStatus::Removed, "dbid:di", "");
    Account limited = account("dbmid:limited", "ed@acme.test", "Ed", "Edge", AccountStatus::Active, "dbid:ed", "");
    limited.membershipType = MembershipType::Limited;
    s.accounts << limited;

    s.roles << Role{QStringLiteral("pid_dbtmr:team_admin"), QStringLiteral("Team"),
                    QStringLiteral("Full admin access")};
    s.roles << Role{QStringLiteral("pid_dbtmr:user_mgmt"), QStringLiteral("User management"),
                    QStringLiteral("Manages members")};
    s.roles << Role{QStringLiteral("pid_dbtmr:billing"), QStringLiteral("Billing"),
                    QStringLiteral("Nobody holds this one")};

    Group eng;
    eng.id = QStringLiteral("g:1a2b3c");
    eng.name = QStringLiteral("Engineering");
    eng.memberCount = 3;
    Group sales;
    sales.id = QStringLiteral("g:4d5e6f");
    sales.name = QStringLiteral("Sales");
    sales.managementType = GroupManagementType::CompanyManaged;
    sales.memberCount = 1;
    s.groups << eng << sales;

    s.memberships << Membership{eng.id, QStringLiteral("dbmid:active1"), AccessType::Owner};
    s.memberships << Membership{eng.id, QStringLiteral("dbmid:invited"), AccessType::Member};
    s.memberships << Membership{eng.id, QStringLiteral("dbmid:suspend"), AccessType::Member};
    s.memberships << Membership{sales.id, QStringLiteral("dbmid:limited"), AccessType::Member};
    return s;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

TestKey makeTestKey(const QString &tenantHost, const QString &kid)
{
    TestKey key;
    c1::Credentials::generateKeyPair(&key.seed, &key.publicKey);

    QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("OKP")},
                    {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                    {QStringLiteral("d"), QString::fromLatin1(base64Url(key.seed))},
                    {QStringLiteral("x"), QString::fromLatin1(base64Url(key.publicKey))}};
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    key.clientId = QStringLiteral("tester@%1/svc-123").arg(tenantHost);
    key.clientSecret = QStringLiteral("secret-token:conductorone.com:v1:")
        + QString::fromLatin1(base64Url(QJsonDocument(jwk).toJson(QJsonDocument::Compact)));
    return key;
}

QSet<QString> grantIds(const Snapshot &snapshot)
{
    QSet<QString> ids;
    for (const Grant &g : grantsOf(snapshot))
        ids.insert(g.id());
    for (const Grant &g : licenseGrantsOf(snapshot)) // the seats, as the c1z carries them
        ids.insert(g.id());
    return ids;
}

QSet<QString> grantIds(const c1::C1zContents &contents)
{
    QSet<QString> ids;
    for (const c1::C1zGrantColumns &g : contents.grantColumns)
        ids.insert(g.externalId);
    return ids;
}

c1::ServiceOptions loopbackServiceOptions(const FakeConductorOne &fake, const TestKey &key, const QString &hostId)
{
    c1::ServiceOptions o;
    o.credentials = *c1::Credentials::parse(key.clientId, key.clientSecret);
    o.apiHost = fake.grpcTarget();
    o.tokenUrl = fake.tokenUrl();
    o.insecure = true;
    o.hostId = hostId;
    o.initialBackoffMs = 100;
    o.pollErrorMaxBackoffMs = 200;
    return o;
}

std::optional<batonv1::BatonServiceFinishTaskRequest> runTask(FakeConductorOne &fake, const batonv1::Task &task,
                                                              int timeoutMs)
{
    fake.enqueue(task);
    const QString id = QString::fromStdString(task.id());
    QElapsedTimer t;
    t.start();
    while (!fake.finished(id) && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    return fake.finished(id);
}

} // namespace test
} // namespace dbx
