#pragma once
// The provisioning tests' bed: a simulated team on loopback HTTP with a known cast (the admin as the
// only Team admin, Alice, Bob, suspended Sue, invited Ivy, a user-managed and a company-managed
// group), a fresh synced session in a new SQLite file, and the helpers that run operations and read
// back the simulator's truth, the stored snapshot and the audit log. Shared by tst_provision and
// tst_provision_runs (each test class inherits ProvisionTestCase, which calls setUp()/tearDown() from
// init()/cleanup()).

#include "helpers/ProvisionBed.h"
#include "helpers/ProvisionSession.h"
#include "provision/Provisioner.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dbx::test {

class ProvisionFixture : protected ProvisionBed
{
protected:
    static UserSelector email(const QString &e) { return UserSelector::byEmail(e); }

    // The fixture team (besides the generated one): the admin is the only Team admin.
    QString m_admin, m_adminEmail, m_alice, m_bob, m_sue, m_ivy;
    QString m_sales, m_company, m_everyone;
    QString m_teamAdminRole, m_userMgmtRole, m_supportRole;
    const QString kAlice = QStringLiteral("alice@prov.test");
    const QString kBob = QStringLiteral("bob@prov.test");
    const QString kSue = QStringLiteral("sue@prov.test");
    const QString kIvy = QStringLiteral("ivy@prov.test");

    // A fresh session (new database) on the current simulator, synced, with a Provisioner.
    void openSession() { ProvisionBed::openSession(QStringLiteral("test connection")); }

    OperationResult runOne(const Operation &op)
    {
        const QVector<OperationResult> r = run({op});
        return r.isEmpty() ? OperationResult() : r.first();
    }

    QVector<AuditEntry> auditRows() const { return m_session->store()->audit(); }

    qint64 writes() const
    {
        qint64 n = 0;
        const auto per = m_sim->stats().perRoute;
        for (auto it = per.constBegin(); it != per.constEnd(); ++it) {
            if (!it.key().contains(QLatin1String("list")) && !it.key().contains(QLatin1String("get_info"))
                && !it.key().contains(QLatin1String("oauth2")) && !it.key().contains(QLatin1String("get_available"))
                && !it.key().contains(QLatin1String("get_authenticated")))
                n += it.value();
        }
        return n;
    }

    void checkLastAudit(const QString &action, const QString &outcome, bool wantRequestId = true)
    {
        const QVector<AuditEntry> rows = auditRows();
        QVERIFY(!rows.isEmpty());
        const AuditEntry &e = rows.first(); // newest first
        QCOMPARE(e.action, action);
        QCOMPARE(e.outcome, outcome);
        QCOMPARE(e.connection, QStringLiteral("test connection"));
        QCOMPARE(e.admin, m_adminEmail);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(e.at.isValid());
        QVERIFY(!e.details.isEmpty());
        if (wantRequestId)
            QVERIFY2(!e.requestId.isEmpty(), qPrintable(e.message));
    }

    // A simulated team with the cast above and a synced session on it (the tests' init()).
    void setUp()
    {
        m_sim = writableTeam(30, 6, 5);
        QVERIFY(m_sim);
        Snapshot truth = m_sim->truth();
        m_admin = truth.admin.teamMemberId;
        m_adminEmail = truth.admin.email;
        m_teamAdminRole = truth.roles.at(0).id;
        QCOMPARE(truth.roles.at(0).name, QStringLiteral("Team admin"));
        m_userMgmtRole = truth.roles.at(1).id;
        m_supportRole = truth.roles.at(2).id;
        for (const Account &a : truth.accounts) {
            if (a.roleId == m_teamAdminRole && a.teamMemberId != m_admin)
                QVERIFY(m_sim->setMemberRole(a.teamMemberId, QString()));
        }
        for (const Group &g : truth.groups) {
            if (g.managementType == GroupManagementType::SystemManaged)
                m_everyone = g.id;
        }
        QVERIFY(!m_everyone.isEmpty());
        m_alice = m_sim->addMember(kAlice, QStringLiteral("Alice"), QStringLiteral("Archer"));
        m_bob = m_sim->addMember(kBob, QStringLiteral("Bob"), QStringLiteral("Baker"));
        m_sue = m_sim->addMember(kSue, QStringLiteral("Sue"), QStringLiteral("Smith"));
        m_ivy = m_sim->addMember(kIvy, QStringLiteral("Ivy"), QStringLiteral("Irwin"), false);
        QVERIFY(m_sim->setMemberStatus(m_sue, AccountStatus::Suspended));
        m_sales = m_sim->addGroup(QStringLiteral("Prov Sales"));
        m_company = m_sim->addGroup(QStringLiteral("Prov Company"), GroupManagementType::CompanyManaged);
        QVERIFY(m_sim->addMembership(m_sales, m_bob, AccessType::Member));
        QVERIFY(m_sim->addMembership(m_sales, m_alice, AccessType::Owner));
        QVERIFY(m_sim->addMembership(m_company, m_bob, AccessType::Member));
        openSession();
    }
};

// The base of a provisioning test class: QTest runs the fixture's set-up before each test and its
// tear-down after (a test class adds only its tests).
class ProvisionTestCase : public QObject, protected ProvisionFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
};

} // namespace dbx::test
