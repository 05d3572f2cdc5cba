// The group lifecycle (create, rename, edit, delete) and member upkeep (recover, resend the
// invite, edit the profile) against the simulated team over loopback HTTP: each operation and
// its errors (the simulator answers team.stone's tags), prechecks that send nothing, the patched
// snapshot, the audit log, a lost reply read back, and plans with the new actions.

#include "helpers/ProvisionFixture.h"
#include "provision/Plan.h"
#include "support/SnapshotLookups.h"

#include <QTest>

using namespace dbx;
using namespace dbx::test;

class TestProvisionLifecycle : public ProvisionTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void createGroup()
    {
        const OperationResult r = runOne(Operation::createGroup(
            QStringLiteral("Audit Team"), QStringLiteral("ext-audit"), GroupManagementType::CompanyManaged, true));
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(r.groupId.startsWith(QStringLiteral("g:")));
        const Snapshot truth = m_sim->truth();
        const Group *t = groupNamed(truth, QStringLiteral("Audit Team"));
        QVERIFY(t);
        QCOMPARE(t->id, r.groupId);
        QCOMPARE(t->externalId, QStringLiteral("ext-audit"));
        QCOMPARE(t->managementType, GroupManagementType::CompanyManaged);
        QCOMPARE(t->memberCount, 0); // company managed: nobody is made its owner
        const Snapshot s = stored();
        const Group *g = groupWithId(s, r.groupId);
        QVERIFY(g);
        QCOMPARE(g->name, QStringLiteral("Audit Team"));
        QCOMPARE(g->externalId, QStringLiteral("ext-audit"));
        checkLastAudit(QStringLiteral("create_group"), QStringLiteral("success"));
        QCOMPARE(auditRows().first().target, QStringLiteral("Audit Team"));

        // Again: it is there, nothing is sent.
        const qint64 before = m_sim->requestCount(QStringLiteral("team/groups/create"));
        QCOMPARE(runOne(Operation::createGroup(QStringLiteral("Audit Team"))).outcome, Outcome::NoChange);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/groups/create")), before);
    }

    void createGroupMakesTheCreatorOwner()
    {
        const OperationResult r = runOne(Operation::createGroup(QStringLiteral("Owned")));
        QCOMPARE(r.outcome, Outcome::Success);
        AccessType access = AccessType::Member;
        QVERIFY(hasMembership(m_sim->truth(), r.groupId, m_admin, &access));
        QCOMPARE(access, AccessType::Owner);
        QVERIFY(hasMembership(stored(), r.groupId, m_admin, &access));
        QCOMPARE(access, AccessType::Owner);
        QCOMPARE(groupWithId(stored(), r.groupId)->memberCount, 1);
        QVERIFY(byId(stored(), m_admin)->groupIds.contains(r.groupId));
    }

    void createGroupErrorsAreSentences()
    {
        // Made in Dropbox after the snapshot: the precheck cannot know, Dropbox answers the tag.
        m_sim->addGroup(QStringLiteral("Late Group"));
        OperationResult r = runOne(Operation::createGroup(QStringLiteral("late group")));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("group_name_already_used"));
        QVERIFY2(r.message.contains(QStringLiteral("already has this name")), qPrintable(r.message));
        checkLastAudit(QStringLiteral("create_group"), QStringLiteral("failed"));

        const QString late = m_sim->addGroup(QStringLiteral("Late Two"));
        QVERIFY(m_sim->setGroupExternalId(late, QStringLiteral("taken-id")));
        r = runOne(Operation::createGroup(QStringLiteral("Fresh"), QStringLiteral("taken-id")));
        QCOMPARE(r.tag, QStringLiteral("external_id_already_in_use"));
        QVERIFY2(r.message.contains(QStringLiteral("external id")), qPrintable(r.message));

        // Checked before sending: no name, a name the snapshot already has with another id.
        const qint64 before = m_sim->requestCount(QStringLiteral("team/groups/create"));
        QCOMPARE(runOne(Operation::createGroup(QStringLiteral("  "))).outcome, Outcome::Invalid);
        r = runOne(Operation::createGroup(QStringLiteral("Prov Sales"), QStringLiteral("other-id")));
        QCOMPARE(r.outcome, Outcome::Invalid);
        QVERIFY2(r.message.contains(QStringLiteral("already has this name")), qPrintable(r.message));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/groups/create")), before);
    }

    void renameAndEditGroup()
    {
        OperationResult r
            = runOne(Operation::renameGroup(QStringLiteral("Prov Sales"), QStringLiteral("Prov Sales EU")));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(groupWithId(m_sim->truth(), m_sales)->name, QStringLiteral("Prov Sales EU"));
        QCOMPARE(groupWithId(stored(), m_sales)->name, QStringLiteral("Prov Sales EU"));
        QCOMPARE(groupWithId(stored(), m_sales)->memberCount, 2); // its members stay
        checkLastAudit(QStringLiteral("rename_group"), QStringLiteral("success"));

        r = runOne(Operation::setGroup(m_sales, QStringLiteral("sales-1"), GroupManagementType::CompanyManaged));
        QCOMPARE(r.outcome, Outcome::Success);
        const Snapshot truth = m_sim->truth(); // the pointer below points into this copy
        const Group *t = groupWithId(truth, m_sales);
        QCOMPARE(t->externalId, QStringLiteral("sales-1"));
        QCOMPARE(t->managementType, GroupManagementType::CompanyManaged);
        QCOMPARE(groupWithId(stored(), m_sales)->managementType, GroupManagementType::CompanyManaged);

        // "" clears the external id; asking for what holds sends nothing.
        QCOMPARE(runOne(Operation::setGroup(m_sales, QString(), GroupManagementType::Unknown)).outcome,
                 Outcome::Success);
        QVERIFY(groupWithId(m_sim->truth(), m_sales)->externalId.isEmpty());
        const qint64 before = m_sim->requestCount(QStringLiteral("team/groups/update"));
        QCOMPARE(runOne(Operation::setGroup(m_sales, std::nullopt, GroupManagementType::CompanyManaged)).outcome,
                 Outcome::NoChange);
        QCOMPARE(runOne(Operation::renameGroup(m_sales, QStringLiteral("Prov Company"))).outcome, Outcome::Invalid);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/groups/update")), before);
    }

    void systemManagedGroupsAreRefused()
    {
        const qint64 before = writes();
        for (const Operation &op : {Operation::renameGroup(m_everyone, QStringLiteral("All")),
                                    Operation::setGroup(m_everyone, QStringLiteral("x"), GroupManagementType::Unknown),
                                    Operation::deleteGroup(m_everyone)}) {
            const OperationResult r = runOne(op);
            QCOMPARE(r.outcome, Outcome::Invalid);
            QVERIFY2(r.message.contains(QStringLiteral("managed by Dropbox itself")), qPrintable(r.message));
        }
        QCOMPARE(writes(), before);
    }

    void deleteGroupPollsItsJob()
    {
        QVERIFY(m_prov->preview({Operation::deleteGroup(QStringLiteral("Prov Sales"))})
                    .first()
                    .confirmation.contains(QStringLiteral("2 member(s)")));
        const OperationResult r = runOne(Operation::deleteGroup(QStringLiteral("Prov Sales")));
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY(!groupWithId(m_sim->truth(), m_sales));
        const Snapshot s = stored();
        QVERIFY(!groupWithId(s, m_sales));
        QVERIFY(!hasMembership(s, m_sales, m_bob));
        QVERIFY(!byId(s, m_bob)->groupIds.contains(m_sales));
        QVERIFY(m_sim->requestCount(QStringLiteral("team/groups/job_status/get")) >= 3); // 2 x in_progress
        checkLastAudit(QStringLiteral("delete_group"), QStringLiteral("success"));
        QCOMPARE(auditRows().first().target, QStringLiteral("Prov Sales"));
    }

    void deleteGroupWithLostReplyIsReadBack()
    {
        sim::Faults f;
        f.afterWrite = sim::AfterWrite::Drop;
        f.afterWriteRoute = QStringLiteral("team/groups/delete");
        f.afterWriteTimes = 1;
        m_sim->setFaults(f);
        const OperationResult r = runOne(Operation::deleteGroup(m_company));
        QCOMPARE(r.outcome, Outcome::Success);
        QVERIFY2(r.message.contains(QStringLiteral("Confirmed by reading it back")), qPrintable(r.message));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/groups/delete")), qint64(1)); // never sent twice
        QVERIFY(!groupWithId(stored(), m_company));
    }

    void createGroupNotAppliedIsSentAgain()
    {
        sim::Faults f;
        f.failWritesBeforeApplying = 1;
        f.afterWriteRoute = QStringLiteral("team/groups/create");
        m_sim->setFaults(f);
        const OperationResult r = runOne(Operation::createGroup(QStringLiteral("Second Try")));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/groups/create")), qint64(2));
        QVERIFY(groupNamed(m_sim->truth(), QStringLiteral("Second Try")));
    }

    void recoverAccount()
    {
        QVERIFY(m_sim->removeMember(m_bob));
        QVERIFY(sync());
        QVERIFY(byId(stored(), m_bob)->removedIsRecoverable);
        OperationResult r = runOne(Operation::recoverAccount(email(kBob)));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(byId(m_sim->truth(), m_bob)->status, AccountStatus::Active);
        QCOMPARE(byId(stored(), m_bob)->status, AccountStatus::Active);
        checkLastAudit(QStringLiteral("recover_account"), QStringLiteral("success"));
        // A member on the team has nothing to recover.
        QCOMPARE(runOne(Operation::recoverAccount(email(kAlice))).outcome, Outcome::NoChange);

        // Kept as a Basic account: no longer recoverable, said before anything is sent.
        QCOMPARE(runOne(Operation::removeAccount(email(kAlice), false, true)).outcome, Outcome::Success);
        const qint64 before = m_sim->requestCount(QStringLiteral("team/members/recover"));
        r = runOne(Operation::recoverAccount(email(kAlice)));
        QCOMPARE(r.outcome, Outcome::Invalid);
        QVERIFY2(r.message.contains(QStringLiteral("can no longer be recovered")), qPrintable(r.message));
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/recover")), before);
    }

    void recoverWhenTheTeamIsFull()
    {
        QVERIFY(m_sim->removeMember(m_bob));
        QVERIFY(sync());
        int used = 0;
        for (const Account &a : m_sim->truth().accounts)
            used += (a.status != AccountStatus::Removed && a.membershipType == MembershipType::Full) ? 1 : 0;
        m_sim->setLicenseLimit(used);
        const OperationResult r = runOne(Operation::recoverAccount(UserSelector::byId(m_bob)));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("team_license_limit"));
        QVERIFY2(r.message.contains(QStringLiteral("licence")), qPrintable(r.message));
    }

    void resendInvite()
    {
        OperationResult r = runOne(Operation::resendInvite(email(kIvy)));
        QCOMPARE(r.outcome, Outcome::Success);
        QCOMPARE(m_sim->welcomeEmailsSent(m_ivy), 1);
        checkLastAudit(QStringLiteral("resend_invite"), QStringLiteral("success"));
        // Joined members get no invite: nothing is sent.
        r = runOne(Operation::resendInvite(email(kAlice)));
        QCOMPARE(r.outcome, Outcome::NoChange);
        QCOMPARE(m_sim->welcomeEmailsSent(m_alice), 0);

        // A lost reply cannot be read back, and an email is not sent again on a guess.
        sim::Faults f;
        f.afterWrite = sim::AfterWrite::Drop;
        f.afterWriteRoute = QStringLiteral("team/members/send_welcome_email");
        m_sim->setFaults(f);
        r = runOne(Operation::resendInvite(email(kIvy)));
        QCOMPARE(r.outcome, Outcome::Unknown);
        QCOMPARE(m_sim->welcomeEmailsSent(m_ivy), 2);
    }

    void setProfile()
    {
        OperationResult r = runOne(Operation::setProfile(email(kBob), QStringLiteral("Robert"), QString(),
                                                         QStringLiteral("robert@prov.test"), QStringLiteral("emp-7")));
        QCOMPARE(r.outcome, Outcome::Success);
        const Snapshot truth = m_sim->truth();
        const Account *t = byId(truth, m_bob);
        QCOMPARE(t->givenName, QStringLiteral("Robert"));
        QCOMPARE(t->surname, QStringLiteral("Baker"));
        QCOMPARE(t->email, QStringLiteral("robert@prov.test"));
        QCOMPARE(t->externalId, QStringLiteral("emp-7"));
        compareMember(m_bob);
        const Snapshot s = stored();
        QCOMPARE(byId(s, m_bob)->email, QStringLiteral("robert@prov.test"));
        QCOMPARE(byId(s, m_bob)->givenName, QStringLiteral("Robert"));
        QVERIFY(hasMembership(s, m_sales, m_bob)); // groups stay
        checkLastAudit(QStringLiteral("set_profile"), QStringLiteral("success"));
        // The new email names them now.
        QCOMPARE(runOne(Operation::setProfile(email(QStringLiteral("robert@prov.test")), QStringLiteral("Robert"),
                                              QString(), QString(), std::nullopt))
                     .outcome,
                 Outcome::NoChange);
    }

    void setProfileErrorsAreSentences()
    {
        const qint64 before = m_sim->requestCount(QStringLiteral("team/members/set_profile_v2"));
        OperationResult r
            = runOne(Operation::setProfile(email(kBob), QString(), QString(), kAlice, std::nullopt)); // Alice's
        QCOMPARE(r.outcome, Outcome::Invalid);
        QVERIFY2(r.message.contains(kAlice), qPrintable(r.message));
        QCOMPARE(runOne(Operation::setProfile(email(kBob), QString(), QString(), QString(), std::nullopt)).outcome,
                 Outcome::Invalid);
        QCOMPARE(runOne(Operation::setProfile(email(kBob), QStringLiteral("B/ad"), QString(), QString(), std::nullopt))
                     .outcome,
                 Outcome::Invalid);
        QCOMPARE(m_sim->requestCount(QStringLiteral("team/members/set_profile_v2")), before);

        // Taken after the snapshot: Dropbox's tag, in words.
        m_sim->addMember(QStringLiteral("late@prov.test"));
        r = runOne(
            Operation::setProfile(email(kBob), QString(), QString(), QStringLiteral("late@prov.test"), std::nullopt));
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.tag, QStringLiteral("email_reserved_for_other_user"));
        QVERIFY2(r.message.contains(QStringLiteral("already taken")), qPrintable(r.message));
    }

    void planWithTheNewActions()
    {
        const Plan plan = parsePlan(QByteArrayLiteral("action,email_or_id,group_or_role,options\n"
                                                      "create_group,,Plan Group,external_id=pg-1;management=user\n"
                                                      "add-to-group,alice@prov.test,Plan Group,owner=true\n"
                                                      "rename_group,,Plan Group,new_name=Plan Group 2\n"
                                                      "set_profile,bob@prov.test,,surname=Barker\n"
                                                      "resend_invite,ivy@prov.test,,\n"
                                                      "delete_group,,Prov Company,\n"
                                                      "delete_group,bob@prov.test,Prov Sales,\n"
                                                      "rename_group,,Prov Sales,\n"),
                                    QStringLiteral("plan.csv"));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.rows.size(), 8);
        QVERIFY(!plan.rows[6].parsed); // a group action names no member
        QVERIFY(!plan.rows[7].parsed); // rename needs new_name
        // The preview sees the new group before it exists.
        const Plan preview = m_prov->preview(plan);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(preview.rows[i].verdict == Precheck::Verdict::WillChange, qPrintable(preview.rows[i].reason));

        const std::optional<Plan> done = applyPlan(plan);
        QVERIFY(done);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(done->rows[i].result.outcome == Outcome::Success, qPrintable(done->rows[i].result.message));
        const Snapshot truth = m_sim->truth();
        const Group *g = groupNamed(truth, QStringLiteral("Plan Group 2"));
        QVERIFY(g);
        QCOMPARE(g->externalId, QStringLiteral("pg-1"));
        AccessType access = AccessType::Member;
        QVERIFY(hasMembership(truth, g->id, m_alice, &access));
        QCOMPARE(access, AccessType::Owner);
        QCOMPARE(byId(truth, m_bob)->surname, QStringLiteral("Barker"));
        QVERIFY(!groupWithId(truth, m_company));
        QCOMPARE(m_sim->welcomeEmailsSent(m_ivy), 1);
    }
};

QTEST_GUILESS_MAIN(TestProvisionLifecycle)
#include "tst_provision_lifecycle.moc"
