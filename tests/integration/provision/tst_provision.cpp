// Provisioning against the simulated team over real loopback HTTP, into a real SQLite file: every
// operation's success and its main errors (the simulator answers the real 409 tags), async jobs
// that need several polls, batches of 20 with partial failure, a 429 in the middle of a plan,
// "no change" distinct from success and failure, provisioning off, missing scopes, cancel, and
// after each: the simulator's truth, the patched snapshot and the audit log.

#include "dropbox/DropboxClient.h"
#include "helpers/ProvisionSession.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "sim/SimServer.h"
#include "store/SnapshotStore.h"
#include "sync/SyncEngine.h"
#include "dropbox/TokenSource.h"

#include <QNetworkAccessManager>
#include <QUuid>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dbx;
using dbx::test::Session;
using dbx::test::byEmail;
using dbx::test::byId;
using dbx::test::hasMembership;

namespace {

UserSelector email(const QString &e) { return UserSelector::byEmail(e); }

} // namespace

class TestProvision : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<Session> m_session;
    Provisioner *m_prov = nullptr;

    // The fixture team (besides the generated one): the admin is the only Team admin.
    QString m_admin, m_adminEmail, m_alice, m_bob, m_sue, m_ivy;
    QString m_sales, m_company, m_everyone;
    QString m_teamAdminRole, m_userMgmtRole, m_supportRole;
    const QString kAlice = QStringLiteral("alice@prov.test");
    const QString kBob = QStringLiteral("bob@prov.test");
    const QString kSue = QStringLiteral("sue@prov.test");
    const QString kIvy = QStringLiteral("ivy@prov.test");

    std::unique_ptr<Session> newSession()
    {
        return std::make_unique<Session>(m_sim->baseUrl(), m_sim->credentials(),
                                         m_dir.filePath(QStringLiteral("prov%1.sqlite").arg(++m_dbCounter)));
    }

    bool sync()
    {
        QSignalSpy spy(m_session->syncEngine(), &SyncEngine::finished);
        m_session->syncEngine()->start();
        if (spy.isEmpty() && !spy.wait(60000))
            return false;
        return spy.first().first().value<SyncOutcome>().ok;
    }

    // A fresh session (new database) on the current simulator, synced, with a Provisioner.
    void openSession()
    {
        m_prov = nullptr;
        m_session.reset();
        m_session = newSession();
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        QVERIFY(sync());
        m_prov = new Provisioner(m_session->client(), m_session->store(), m_session.get());
        Provisioner::Options o;
        o.pollIntervalMs = 5;
        m_prov->setOptions(o);
        m_prov->setEnabled(true);
        m_prov->setConnectionName(QStringLiteral("test connection"));
    }

    QVector<OperationResult> run(const QVector<Operation> &ops, bool *cancelled = nullptr)
    {
        QSignalSpy spy(m_prov, &Provisioner::finished);
        m_prov->run(ops);
        if (!spy.wait(60000))
            return {};
        if (cancelled)
            *cancelled = spy.first().at(1).toBool();
        return spy.first().first().value<QVector<OperationResult>>();
    }

    OperationResult runOne(const Operation &op)
    {
        const QVector<OperationResult> r = run({op});
        return r.isEmpty() ? OperationResult() : r.first();
    }

    Snapshot stored() const
    {
        const auto s = m_session->store()->load(m_session->store()->latestCompleteRun());
        return s ? *s : Snapshot();
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

    // The store's view of one member equals the simulator's, for the fields provisioning changes.
    // The store's view of one member equals the simulator's, for the fields provisioning changes.
    void compareMember(const QString &id) { dbx::test::compareMember(m_sim->truth(), stored(), id); }

    void checkLastAudit(const QString &action, const QString &outcome, bool wantRequestId = true)
    {
        const QVector<AuditEntry> rows = auditRows();
        QVERIFY(!rows.isEmpty());
        const AuditEntry &e = rows.first();   // newest first
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

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        sim::TeamSpec spec;
        spec.members = 30;
        spec.groups = 6;
        spec.seed = 5;
        m_sim = std::make_unique<sim::SimServer>(spec);
        QVERIFY(m_sim->listen());
        m_sim->setLicenseLimit(100000);
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

    void cleanup()
    {
        m_prov = nullptr;
        m_session.reset();
        m_sim.reset();
    }

    void provisioningOffIsRefused()
    {
        m_prov->setEnabled(false);
        const qint64 before = writes();
        const OperationResult r = runOne(Operation::suspend(email(kBob)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("--provisioning")) && r.message.contains(QStringLiteral("BATON_PROVISIONING")),
                 qPrintable(r.message));
        QCOMPARE(writes(), before);
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("active"));
        checkLastAudit(QStringLiteral("suspend"), QStringLiteral("failed"), false);
    }

    void createAccount()
    {
        const OperationResult r = runOne(Operation::createAccount(QStringLiteral("new.one@prov.test"), QStringLiteral("New"),
                                                                  QStringLiteral("One"), QStringLiteral("ext-new-1"), false,
                                                                  QStringLiteral("Support admin")));
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(r.teamMemberId.startsWith(QStringLiteral("dbmid:")));
        const Snapshot truth = m_sim->truth();   // t points into it: keep it alive
        const Account *t = byEmail(truth, QStringLiteral("new.one@prov.test"));
        QVERIFY(t);
        QCOMPARE(t->teamMemberId, r.teamMemberId);
        QCOMPARE(t->roleId, m_supportRole);
        QCOMPARE(t->externalId, QStringLiteral("ext-new-1"));
        compareMember(r.teamMemberId);
        QVERIFY(hasMembership(stored(), m_everyone, r.teamMemberId));
        checkLastAudit(QStringLiteral("create_account"), QStringLiteral("success"));
        QCOMPARE(auditRows().first().target, QStringLiteral("new.one@prov.test"));
        QCOMPARE(auditRows().first().object, m_supportRole);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/add_v2")), qint64(1));
    }

    void createNoChangeAndFailures()
    {
        m_sim->addMember(QStringLiteral("late@prov.test"));   // joined after the snapshot
        const qint64 before = m_sim->requestCount(QStringLiteral("team/members/add_v2"));
        const QVector<OperationResult> r = run({
            Operation::createAccount(kBob),                                      // present: no call
            Operation::createAccount(QStringLiteral("late@prov.test")),          // Dropbox says already on team
            Operation::createAccount(QStringLiteral("x@other-team.example.com")),
            Operation::createAccount(QStringLiteral("not an email")),
        });
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].outcome, Outcome::NoChange);
        QCOMPARE(r[1].outcome, Outcome::NoChange);
        QCOMPARE(r[1].tag, QStringLiteral("user_already_on_team"));
        QCOMPARE(r[2].outcome, Outcome::Failed);
        QCOMPARE(r[2].tag, QStringLiteral("user_on_another_team"));
        QVERIFY2(r[2].message.contains(QStringLiteral("another Dropbox team")), qPrintable(r[2].message));
        QCOMPARE(r[3].outcome, Outcome::Invalid);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/add_v2")), before + 1);   // one batch of two
        const QVector<AuditEntry> rows = auditRows();
        QCOMPARE(rows.size(), 4);
        QSet<QString> outcomes;
        for (const AuditEntry &e : rows)
            outcomes.insert(e.outcome);
        QCOMPARE(outcomes, (QSet<QString>{QStringLiteral("no_change"), QStringLiteral("failed"), QStringLiteral("invalid")}));
    }

    void createBatchAsyncWithPartialFailure()
    {
        // Two licences left: of seven new members (more than 5: Dropbox runs a job), two join.
        int used = 0;
        for (const Account &a : m_sim->truth().accounts)
            used += (a.status != AccountStatus::Removed && a.membershipType == MembershipType::Full) ? 1 : 0;
        m_sim->setLicenseLimit(used + 2);
        QVector<Operation> ops;
        for (int i = 0; i < 7; ++i)
            ops << Operation::createAccount(QStringLiteral("batch%1@prov.test").arg(i));
        const QVector<OperationResult> r = run(ops);
        QCOMPARE(r.size(), 7);
        int ok = 0, full = 0;
        for (const OperationResult &x : r) {
            if (x.outcome == Outcome::Success) {
                ++ok;
                compareMember(x.teamMemberId);
            } else if (x.outcome == Outcome::Failed && x.tag == QLatin1String("team_license_limit")) {
                ++full;
                QVERIFY2(x.message.contains(QStringLiteral("licence")), qPrintable(x.message));
            }
        }
        QCOMPARE(ok, 2);
        QCOMPARE(full, 5);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/add_v2")), qint64(1));
        QVERIFY(m_sim->requestCount(QStringLiteral("team/members/add/job_status/get_v2")) >= 3);   // 2 x in_progress
        QCOMPARE(auditRows().size(), 7);
    }

    void createsInBatchesOfTwenty()
    {
        QVector<Operation> ops;
        for (int i = 0; i < 25; ++i)
            ops << Operation::createAccount(QStringLiteral("many%1@prov.test").arg(i), QStringLiteral("Many"), QString::number(i));
        const QVector<OperationResult> r = run(ops);
        QCOMPARE(r.size(), 25);
        for (const OperationResult &x : r)
            QVERIFY2(x.outcome == Outcome::Success, qPrintable(x.message));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/add_v2")), qint64(2));
        const Snapshot snap = stored();
        for (int i = 0; i < 25; ++i)
            QVERIFY(byEmail(snap, QStringLiteral("many%1@prov.test").arg(i)));
    }

    void removeAccount()
    {
        const OperationResult r = runOne(Operation::removeAccount(email(kBob)));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("removed"));
        compareMember(m_bob);
        QVERIFY(!hasMembership(stored(), m_sales, m_bob));
        checkLastAudit(QStringLiteral("remove_account"), QStringLiteral("success"));
        QCOMPARE(auditRows().first().target, kBob);

        // Again: already so.
        QCOMPARE(runOne(Operation::removeAccount(email(kBob))).outcome, Outcome::NoChange);
        checkLastAudit(QStringLiteral("remove_account"), QStringLiteral("no_change"), false);
    }

    void removeWithTransferPollsItsJob()
    {
        const qint64 polls = m_sim->requestCount(QStringLiteral("team/members/remove/job_status/get"));
        const OperationResult r = runOne(Operation::removeAccount(email(kBob), true, false, email(kAlice),
                                                                  UserSelector::byId(m_admin)));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.message));
        QVERIFY(m_sim->requestCount(QStringLiteral("team/members/remove/job_status/get")) >= polls + 3);
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("removed"));
        QCOMPARE(toWire(byId(stored(), m_bob)->status), QStringLiteral("removed"));
    }

    void removeErrors()
    {
        // The only Team admin.
        OperationResult r = runOne(Operation::removeAccount(UserSelector::byId(m_admin)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("remove_last_admin"));
        QVERIFY2(r.message.contains(QStringLiteral("last admin")), qPrintable(r.message));
        QVERIFY(!r.requestId.isEmpty());
        checkLastAudit(QStringLiteral("remove_account"), QStringLiteral("failed"));
        QCOMPARE(auditRows().first().requestId, r.requestId);
        QCOMPARE(toWire(byId(stored(), m_admin)->status), QStringLiteral("active"));

        // The transfer admin must be a team admin: Alice is not.
        r = runOne(Operation::removeAccount(email(kBob), true, false, email(kAlice), email(kAlice)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("transfer_admin_is_not_admin"));
        QVERIFY2(r.message.contains(QStringLiteral("not a team admin")), qPrintable(r.message));

        // Contradictory options never reach Dropbox.
        const qint64 before = writes();
        r = runOne(Operation::removeAccount(email(kBob), true, true));
        QCOMPARE(r.outcome, Outcome::Invalid);
        QVERIFY2(r.message.contains(QStringLiteral("wipe")), qPrintable(r.message));
        QCOMPARE(writes(), before);
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("active"));
    }

    void removeKeepingBasicAccount()
    {
        const OperationResult r = runOne(Operation::removeAccount(email(kBob), false, true, {}, {}, true));
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.message));
        const Snapshot truth = m_sim->truth();   // t points into it: keep it alive
        const Account *t = byId(truth, m_bob);
        QVERIFY(t->removedIsDisconnected);
        QVERIFY(byId(stored(), m_bob)->removedIsDisconnected);
    }

    void suspendAndUnsuspend()
    {
        OperationResult r = runOne(Operation::suspend(email(kBob), true));
        QCOMPARE(r.outcome, Outcome::Success);
        compareMember(m_bob);
        checkLastAudit(QStringLiteral("suspend"), QStringLiteral("success"));
        QVERIFY(auditRows().first().details.contains(QStringLiteral("\"wipe_data\":true")));

        r = runOne(Operation::suspend(email(kSue)));
        QCOMPARE(r.outcome, Outcome::NoChange);
        QVERIFY(r.message.contains(QStringLiteral("already suspended")));
        checkLastAudit(QStringLiteral("suspend"), QStringLiteral("no_change"), false);

        r = runOne(Operation::suspend(UserSelector::byId(m_admin)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("suspend_last_admin"));

        r = runOne(Operation::unsuspend(email(kSue)));
        QCOMPARE(r.outcome, Outcome::Success);
        compareMember(m_sue);
        QCOMPARE(toWire(byId(stored(), m_sue)->status), QStringLiteral("active"));

        // The snapshot says Bob is suspended; someone unsuspended him meanwhile.
        QVERIFY(m_sim->setMemberStatus(m_bob, AccountStatus::Active));
        r = runOne(Operation::unsuspend(email(kBob)));
        QCOMPARE(r.outcome, Outcome::NoChange);
        QCOMPARE(r.tag, QStringLiteral("unsuspend_non_suspended_member"));
        checkLastAudit(QStringLiteral("unsuspend"), QStringLiteral("no_change"));
    }

    void roles()
    {
        OperationResult r = runOne(Operation::setRole(email(kBob), QStringLiteral("User management admin")));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(byId(m_sim->truth(), m_bob)->roleId, m_userMgmtRole);
        compareMember(m_bob);
        checkLastAudit(QStringLiteral("set_role"), QStringLiteral("success"));
        QCOMPARE(auditRows().first().object, m_userMgmtRole);

        // One role per member: the confirmation names the one replaced.
        const Snapshot snap = stored();
        const QString confirm = Operation::setRole(email(kBob), m_supportRole).confirmationText(&snap);
        QVERIFY2(confirm.contains(QStringLiteral("User management admin")) && confirm.contains(QStringLiteral("Support admin")),
                 qPrintable(confirm));
        r = runOne(Operation::setRole(email(kBob), m_supportRole));
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY2(r.message.contains(QStringLiteral("replacing")), qPrintable(r.message));
        QCOMPARE(byId(stored(), m_bob)->roleId, m_supportRole);

        r = runOne(Operation::setRole(email(kBob), m_supportRole));
        QCOMPARE(r.outcome, Outcome::NoChange);

        r = runOne(Operation::clearRole(email(kBob)));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(byId(m_sim->truth(), m_bob)->roleId, QString());
        compareMember(m_bob);

        r = runOne(Operation::clearRole(UserSelector::byId(m_admin)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("last_admin"));
        QVERIFY2(r.message.contains(QStringLiteral("last admin")), qPrintable(r.message));
        QCOMPARE(byId(stored(), m_admin)->roleId, m_teamAdminRole);

        r = runOne(Operation::setRole(email(kSue), m_supportRole));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("cannot_set_permissions"));

        r = runOne(Operation::setRole(email(kBob), QStringLiteral("Chief Everything Officer")));
        QCOMPARE(r.outcome, Outcome::Invalid);
    }

    void groupMembers()
    {
        OperationResult r = runOne(Operation::addToGroup(email(kIvy), QStringLiteral("Prov Sales")));
        QCOMPARE(r.outcome, Outcome::Success);
        compareMember(m_ivy);
        checkLastAudit(QStringLiteral("add_to_group"), QStringLiteral("success"));
        QCOMPARE(auditRows().first().object, m_sales);

        r = runOne(Operation::addToGroup(email(kBob), m_sales));
        QCOMPARE(r.outcome, Outcome::NoChange);

        // Added elsewhere since the snapshot: Dropbox says duplicate_user, which is "already so".
        QVERIFY(m_sim->addMembership(m_sales, m_sue));
        r = runOne(Operation::addToGroup(email(kSue), m_sales));
        QCOMPARE(r.outcome, Outcome::NoChange);
        QCOMPARE(r.tag, QStringLiteral("duplicate_user"));

        // Owner <-> member without removing.
        r = runOne(Operation::setAccessType(email(kBob), m_sales, AccessType::Owner));
        QCOMPARE(r.outcome, Outcome::Success);
        compareMember(m_bob);
        r = runOne(Operation::setAccessType(email(kAlice), m_sales, AccessType::Member));
        QCOMPARE(r.outcome, Outcome::Success);
        AccessType access = AccessType::Owner;
        QVERIFY(hasMembership(m_sim->truth(), m_sales, m_alice, &access));
        QCOMPARE(access, AccessType::Member);
        compareMember(m_alice);

        r = runOne(Operation::removeFromGroup(email(kBob), m_sales));
        QCOMPARE(r.outcome, Outcome::Success);
        compareMember(m_bob);
        QVERIFY(!hasMembership(stored(), m_sales, m_bob));

        // Removed elsewhere since the snapshot: member_not_in_group is "already so".
        QVERIFY(m_sim->removeMembership(m_sales, m_alice));
        r = runOne(Operation::removeFromGroup(email(kAlice), m_sales));
        QCOMPARE(r.outcome, Outcome::NoChange);
        QCOMPARE(r.tag, QStringLiteral("member_not_in_group"));

        // Invalid without a call: system-managed group, company-managed owner, suspended owner.
        const qint64 before = writes();
        QCOMPARE(runOne(Operation::addToGroup(email(kIvy), m_everyone)).outcome, Outcome::Invalid);
        QCOMPARE(runOne(Operation::removeFromGroup(email(kIvy), m_everyone)).outcome, Outcome::Invalid);
        QCOMPARE(runOne(Operation::setAccessType(email(kBob), m_company, AccessType::Owner)).outcome, Outcome::Invalid);
        QCOMPARE(runOne(Operation::addToGroup(email(kSue), m_company, AccessType::Owner)).outcome, Outcome::Invalid);
        QCOMPARE(writes(), before);
    }

    void rateLimitInTheMiddleOfAPlan()
    {
        QByteArray csv = planHeader().toUtf8() + '\n';
        for (int i = 0; i < 6; ++i)
            csv += "create-account,rl" + QByteArray::number(i) + "@prov.test,,given_name=Rate\n";
        csv += "add-to-group,rl0@prov.test,Prov Sales,\n"
               "suspend,bob@prov.test,,\n"
               "set-role,alice@prov.test,Support admin,\n"
               "remove-from-group,bob@prov.test,Prov Sales,\n";
        const Plan plan = parsePlan(csv, QStringLiteral("rl.csv"));
        QVERIFY(plan.isValid());
        sim::Faults f;
        f.rateLimitEveryN = 3;
        f.retryAfterSeconds = 0;
        m_sim->setFaults(f);
        QSignalSpy spy(m_prov, &Provisioner::planFinished);
        m_prov->applyPlan(plan);
        QVERIFY(spy.wait(60000));
        m_sim->setFaults(sim::Faults());
        const Plan done = spy.first().first().value<Plan>();
        for (const PlanRow &row : done.rows)
            QVERIFY2(row.applied && row.result.outcome == Outcome::Success,
                     qPrintable(QStringLiteral("line %1: %2").arg(row.line).arg(row.result.message)));
        QVERIFY(m_sim->stats().rateLimited > 0);
        QVERIFY(m_session->client()->stats().rateLimited > 0);
        const Snapshot truth = m_sim->truth();
        const Account *rl0 = byEmail(truth, QStringLiteral("rl0@prov.test"));
        QVERIFY(rl0);
        AccessType access = AccessType::Owner;
        QVERIFY(hasMembership(truth, m_sales, rl0->teamMemberId, &access));
        QCOMPARE(access, AccessType::Member);
        compareMember(rl0->teamMemberId);
        compareMember(m_bob);
        compareMember(m_alice);
        QCOMPARE(auditRows().size(), 10);
    }

    void planWithBadRowsDryRunThenApply()
    {
        const QByteArray csv = planHeader().toUtf8() + "\n"
            "suspend,bob@prov.test,,\n"                         // line 2: will change
            "suspend,sue@prov.test,,\n"                         // line 3: already so
            "frobnicate,bob@prov.test,,\n"                      // line 4: unknown action
            "add-to-group,nobody@prov.test,Prov Sales,\n"       // line 5: unknown member
            "set-role,alice@prov.test,Nope admin,\n"            // line 6: unknown role
            "remove-account,dbmid:zzz,,colour=red\n"            // line 7: unknown option
            "unsuspend,sue@prov.test,,\n";                      // line 8: will change
        const Plan plan = parsePlan(csv);
        QVERIFY(plan.isValid());
        const quint64 generation = m_sim->generation();
        const qint64 writesBefore = writes();
        const Plan preview = m_prov->preview(plan);
        QCOMPARE(preview.count(Precheck::Verdict::WillChange), 2);
        QCOMPARE(preview.count(Precheck::Verdict::AlreadySo), 1);
        QCOMPARE(preview.count(Precheck::Verdict::Invalid), 4);
        QCOMPARE(m_sim->generation(), generation);      // a dry run changes nothing
        QCOMPARE(writes(), writesBefore);
        QVERIFY(auditRows().isEmpty());

        QSignalSpy spy(m_prov, &Provisioner::planFinished);
        m_prov->applyPlan(plan);
        QVERIFY(spy.wait(30000));
        const Plan done = spy.first().first().value<Plan>();
        QStringList statuses;
        for (const PlanRow &row : done.rows)
            statuses << QStringLiteral("%1:%2").arg(row.line).arg(row.status());
        QCOMPARE(statuses, (QStringList{QStringLiteral("2:success"), QStringLiteral("3:no_change"), QStringLiteral("4:invalid"),
                                        QStringLiteral("5:invalid"), QStringLiteral("6:invalid"), QStringLiteral("7:invalid"),
                                        QStringLiteral("8:success")}));
        QVERIFY(done.anyFailed());
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("suspended"));
        QCOMPARE(toWire(byId(m_sim->truth(), m_sue)->status), QStringLiteral("active"));

        const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        const auto written = writePlanReport(done, reportPath);
        QVERIFY2(written, qPrintable(written.error().message()));
        QFile f(reportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray report = f.readAll();
        QVERIFY(report.contains("4,frobnicate"));
        QVERIFY(report.contains("nobody@prov.test"));
        QCOMPARE(report.count('\n'), 8);
    }

    void cancelBetweenItems()
    {
        sim::Faults f;
        f.latencyMs = 40;
        m_sim->setFaults(f);
        QVector<Operation> ops;
        ops << Operation::suspend(email(kBob)) << Operation::suspend(email(kAlice))
            << Operation::addToGroup(email(kIvy), m_sales) << Operation::clearRole(UserSelector::byId(m_admin));
        QSignalSpy each(m_prov, &Provisioner::operationFinished);
        QSignalSpy done(m_prov, &Provisioner::finished);
        connect(m_prov, &Provisioner::operationFinished, this, [this](const OperationResult &) { m_prov->cancel(); },
                Qt::SingleShotConnection);
        m_prov->run(ops);
        QVERIFY(done.wait(30000));
        m_sim->setFaults(sim::Faults());
        QVERIFY(done.first().at(1).toBool());
        const auto results = done.first().first().value<QVector<OperationResult>>();
        QCOMPARE(results.first().outcome, Outcome::Success);
        int cancelled = 0;
        for (const OperationResult &r : results)
            cancelled += r.outcome == Outcome::Cancelled ? 1 : 0;
        QVERIFY(cancelled >= 2);
        QCOMPARE(results[1].outcome, Outcome::Cancelled);
        QCOMPARE(toWire(byId(m_sim->truth(), m_alice)->status), QStringLiteral("active"));
        QCOMPARE(auditRows().size(), int(results.size()) - cancelled);   // nothing attempted, nothing audited
    }

    void missingScopeIsNamed()
    {
        QStringList scopes = sim::OAuthSettings::defaultScopes();
        scopes.removeAll(QStringLiteral("members.delete"));
        m_sim->setGrantedScopes(scopes);
        openSession();                    // a new grant, with the narrower scopes

        // Dropbox's 401 missing_scope names the scope.
        OperationResult r = runOne(Operation::removeAccount(email(kBob)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("missing_scope"));
        QVERIFY2(r.message.contains(QStringLiteral("members.delete")), qPrintable(r.message));
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("active"));

        // Knowing the token's scopes, nothing is sent at all.
        const QString granted = m_session->grantedScopes();
        QVERIFY2(granted.contains(QStringLiteral("members.write")), qPrintable(granted));
        m_prov->setGrantedScopes(granted);
        const qint64 before = m_sim->requestCount(QStringLiteral("team/members/remove"));
        r = runOne(Operation::removeAccount(email(kAlice)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("members.delete")), qPrintable(r.message));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/remove")), before);
        // Other scopes still work.
        QCOMPARE(runOne(Operation::suspend(email(kAlice))).outcome, Outcome::Success);
    }

    void noSnapshotMeansSyncFirst()
    {
        const std::unique_ptr<Session> session = newSession();
        QString error;
        QVERIFY(session->open(&error));
        Provisioner p(session->client(), session->store());
        p.setEnabled(true);
        const auto loaded = p.refreshState();
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message().contains(QStringLiteral("sync")));
        QSignalSpy spy(&p, &Provisioner::finished);
        p.run({Operation::suspend(email(kBob))});
        QVERIFY(spy.wait(10000));
        const auto results = spy.first().first().value<QVector<OperationResult>>();
        QCOMPARE(results.first().outcome, Outcome::Invalid);
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestProvision)
#include "tst_provision.moc"
