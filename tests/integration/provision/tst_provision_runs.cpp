// Provisioning against the simulated team over real loopback HTTP: admin roles and group
// membership, and how a run behaves - a 429 in the middle of a plan, a plan with bad rows (dry
// run, then apply), cancel between items, missing scopes, no snapshot yet. After each: the
// simulator's truth, the patched snapshot and the audit log. The shared bed is
// helpers/ProvisionFixture.h.

#include "helpers/ProvisionFixture.h"
#include "provision/Plan.h"

#include <QSignalSpy>
#include <QTest>

using namespace dbx;
using namespace dbx::test;

class TestProvisionRuns : public ProvisionTestCase
{
    Q_OBJECT

private Q_SLOTS:
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
        QVERIFY2(confirm.contains(QStringLiteral("User management admin"))
                     && confirm.contains(QStringLiteral("Support admin")),
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
        const std::optional<Plan> done = applyPlan(plan);
        QVERIFY(done);
        m_sim->setFaults(sim::Faults());
        for (const PlanRow &row : done->rows)
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
        const QByteArray csv = planHeader().toUtf8()
            + "\n"
              "suspend,bob@prov.test,,\n"                   // line 2: will change
              "suspend,sue@prov.test,,\n"                   // line 3: already so
              "frobnicate,bob@prov.test,,\n"                // line 4: unknown action
              "add-to-group,nobody@prov.test,Prov Sales,\n" // line 5: unknown member
              "set-role,alice@prov.test,Nope admin,\n"      // line 6: unknown role
              "remove-account,dbmid:zzz,,colour=red\n"      // line 7: unknown option
              "unsuspend,sue@prov.test,,\n";                // line 8: will change
        const Plan plan = parsePlan(csv);
        QVERIFY(plan.isValid());
        const quint64 generation = m_sim->generation();
        const qint64 writesBefore = writes();
        const Plan preview = m_prov->preview(plan);
        QCOMPARE(preview.count(Precheck::Verdict::WillChange), 2);
        QCOMPARE(preview.count(Precheck::Verdict::AlreadySo), 1);
        QCOMPARE(preview.count(Precheck::Verdict::Invalid), 4);
        QCOMPARE(m_sim->generation(), generation); // a dry run changes nothing
        QCOMPARE(writes(), writesBefore);
        QVERIFY(auditRows().isEmpty());

        const std::optional<Plan> done = applyPlan(plan, 30000);
        QVERIFY(done);
        QStringList statuses;
        for (const PlanRow &row : done->rows)
            statuses << QStringLiteral("%1:%2").arg(row.line).arg(row.status());
        QCOMPARE(statuses,
                 (QStringList{QStringLiteral("2:success"), QStringLiteral("3:no_change"), QStringLiteral("4:invalid"),
                              QStringLiteral("5:invalid"), QStringLiteral("6:invalid"), QStringLiteral("7:invalid"),
                              QStringLiteral("8:success")}));
        QVERIFY(done->anyFailed());
        QCOMPARE(toWire(byId(m_sim->truth(), m_bob)->status), QStringLiteral("suspended"));
        QCOMPARE(toWire(byId(m_sim->truth(), m_sue)->status), QStringLiteral("active"));

        const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        const auto written = writePlanReport(*done, reportPath);
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
        connect(
            m_prov, &Provisioner::operationFinished, this, [this](const OperationResult &) { m_prov->cancel(); },
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
        QCOMPARE(auditRows().size(), int(results.size()) - cancelled); // nothing attempted, nothing audited
    }

    void cancelWhileAWriteWaitsToBeSentAgain()
    {
        // Dropbox answers 429 with Retry-After: the write waits, unsent, when Cancel comes. It never
        // left again, so nothing changed: Cancelled, not Failed (and not "unknown").
        sim::Faults f;
        f.rateLimitEveryN = 1;
        f.retryAfterSeconds = 3;
        m_sim->setFaults(f);
        QSignalSpy done(m_prov, &Provisioner::finished);
        m_prov->run({Operation::suspend(email(kAlice))});
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->stats().rateLimited > 0, 10000);
        QTest::qWait(200);
        m_prov->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        m_sim->setFaults(sim::Faults());
        const auto results = done.first().first().value<QVector<OperationResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, Outcome::Cancelled);
        QVERIFY2(results.first().message.contains(QStringLiteral("Not sent")), qPrintable(results.first().message));
        QCOMPARE(toWire(byId(m_sim->truth(), m_alice)->status), QStringLiteral("active"));
    }

    void missingScopeIsNamed()
    {
        QStringList scopes = sim::OAuthSettings::defaultScopes();
        scopes.removeAll(QStringLiteral("members.delete"));
        m_sim->setGrantedScopes(scopes);
        openSession(); // a new grant, with the narrower scopes

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
        QVERIFY(session->open());
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

QTEST_GUILESS_MAIN(TestProvisionRuns)
#include "tst_provision_runs.moc"
