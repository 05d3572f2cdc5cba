// Provisioning accounts against the simulated team over real loopback HTTP, into a real SQLite
// file: create (one, in batches of 20 with partial failure, async jobs that need several polls),
// remove, suspend and unsuspend, their main errors (the simulator answers the real 409 tags),
// "no change" distinct from success and failure, provisioning off, and after each: the
// simulator's truth, the patched snapshot and the audit log. Roles, groups and how a run behaves
// are tst_provision_runs; the shared bed is helpers/ProvisionFixture.h.

#include "helpers/ProvisionFixture.h"
#include "provision/Plan.h"

#include <QSignalSpy>
#include <QTest>

using namespace dbx;
using namespace dbx::test;

class TestProvision : public ProvisionTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void provisioningOffIsRefused()
    {
        m_prov->setEnabled(false);
        const qint64 before = writes();
        const OperationResult r = runOne(Operation::suspend(email(kBob)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("--provisioning"))
                     && r.message.contains(QStringLiteral("BATON_PROVISIONING")),
                 qPrintable(r.message));
        QCOMPARE(writes(), before);
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("active"));
        checkLastAudit(QStringLiteral("suspend"), QStringLiteral("failed"), false);
    }

    void createAccount()
    {
        const OperationResult r = runOne(
            Operation::createAccount(QStringLiteral("new.one@prov.test"), QStringLiteral("New"), QStringLiteral("One"),
                                     QStringLiteral("ext-new-1"), false, QStringLiteral("Support admin")));
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(r.teamMemberId.startsWith(QStringLiteral("dbmid:")));
        const Snapshot truth = m_sim->truth(); // t points into it: keep it alive
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
        m_sim->addMember(QStringLiteral("late@prov.test")); // joined after the snapshot
        const qint64 before = m_sim->requestCount(QStringLiteral("team/members/add_v2"));
        const QVector<OperationResult> r = run({
            Operation::createAccount(kBob),                             // present: no call
            Operation::createAccount(QStringLiteral("late@prov.test")), // Dropbox says already on team
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
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/add_v2")), before + 1); // one batch of two
        const QVector<AuditEntry> rows = auditRows();
        QCOMPARE(rows.size(), 4);
        QSet<QString> outcomes;
        for (const AuditEntry &e : rows)
            outcomes.insert(e.outcome);
        QCOMPARE(outcomes,
                 (QSet<QString>{QStringLiteral("no_change"), QStringLiteral("failed"), QStringLiteral("invalid")}));
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
        QVERIFY(m_sim->requestCount(QStringLiteral("team/members/add/job_status/get_v2")) >= 3); // 2 x in_progress
        QCOMPARE(auditRows().size(), 7);
    }

    void createsInBatchesOfTwenty()
    {
        QVector<Operation> ops;
        for (int i = 0; i < 25; ++i)
            ops << Operation::createAccount(QStringLiteral("many%1@prov.test").arg(i), QStringLiteral("Many"),
                                            QString::number(i));
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
        const OperationResult r
            = runOne(Operation::removeAccount(email(kBob), true, false, email(kAlice), UserSelector::byId(m_admin)));
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
        const Snapshot truth = m_sim->truth(); // t points into it: keep it alive
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
};

QTEST_GUILESS_MAIN(TestProvision)
#include "tst_provision.moc"
