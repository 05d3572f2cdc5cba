// One send, one write: each lifecycle change (create, rename, edit and delete a group; recover an
// account, resend an invite, edit a profile) sends exactly one Dropbox write request, counted by
// the simulator per route, whether it runs alone or as a row of a CSV plan. Reads (lists,
// get_info, a job's status) are not writes; they are left out of the count.

#include "helpers/ProvisionFixture.h"
#include "provision/Plan.h"

#include <QTest>

using namespace dbx;
using namespace dbx::test;

namespace {
bool isRead(const QString &route)
{
    for (const char *read :
         {"list", "get_info", "oauth2", "get_available", "get_authenticated", "job_status", "team_log", "features"}) {
        if (route.contains(QLatin1String(read)))
            return true;
    }
    return false;
}
} // namespace

class TestProvisionLifecycleSends : public ProvisionTestCase
{
    Q_OBJECT

    // The write requests since the last resetStats(), per route.
    QMap<QString, qint64> writeRequests() const
    {
        QMap<QString, qint64> out;
        const auto per = m_sim->stats().perRoute;
        for (auto it = per.constBegin(); it != per.constEnd(); ++it) {
            if (!isRead(it.key()) && it.value() > 0)
                out.insert(it.key(), it.value());
        }
        return out;
    }

    // Runs op alone and checks it succeeded with exactly one request, to `route`.
    void sendsOnce(const Operation &op, const char *route)
    {
        m_sim->resetStats();
        const OperationResult r = runOne(op);
        QVERIFY2(r.outcome == Outcome::Success, qPrintable(r.message));
        const QMap<QString, qint64> writes = writeRequests();
        QVERIFY2(writes == (QMap<QString, qint64>{{QLatin1String(route), 1}}),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(route),
                                                         QStringList(writes.keys()).join(QLatin1Char(',')))));
        // The simulator's own record of the writes it received says the same.
        const QList<sim::WriteRecord> recorded = m_sim->writes();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().route, QLatin1String(route));
    }

private Q_SLOTS:
    void eachKindAlone()
    {
        sendsOnce(Operation::createGroup(QStringLiteral("Sends Group"), QStringLiteral("ext-sends"),
                                         GroupManagementType::UserManaged, true),
                  "team/groups/create");
        sendsOnce(Operation::renameGroup(QStringLiteral("Sends Group"), QStringLiteral("Sends Group 2")),
                  "team/groups/update");
        sendsOnce(Operation::setGroup(m_sales, QStringLiteral("sales-9"), GroupManagementType::CompanyManaged),
                  "team/groups/update");
        sendsOnce(Operation::setProfile(email(kBob), QStringLiteral("Robert"), QString(), QString(), std::nullopt),
                  "team/members/set_profile_v2");
        sendsOnce(Operation::resendInvite(email(kIvy)), "team/members/send_welcome_email");
        QCOMPARE(m_sim->welcomeEmailsSent(m_ivy), 1);
        sendsOnce(Operation::deleteGroup(m_company), "team/groups/delete");

        QVERIFY(m_sim->removeMember(m_bob));
        QVERIFY(sync());
        sendsOnce(Operation::recoverAccount(email(kBob)), "team/members/recover");
        QCOMPARE(byId(m_sim->truth(), m_bob)->status, AccountStatus::Active);
    }

    void eachKindInAPlan()
    {
        QVERIFY(m_sim->removeMember(m_sue));
        QVERIFY(sync());
        const Plan plan = parsePlan(QByteArrayLiteral("action,email_or_id,group_or_role,options\n"
                                                      "create_group,,Plan Sends,management=user\n"
                                                      "rename_group,,Prov Sales,new_name=Prov Sales 2\n"
                                                      "set_group,,Prov Company,external_id=pc-1\n"
                                                      "set_profile,bob@prov.test,,surname=Barker\n"
                                                      "resend_invite,ivy@prov.test,,\n"
                                                      "recover_account,sue@prov.test,,\n"
                                                      "delete_group,,Plan Sends,\n"),
                                    QStringLiteral("sends.csv"));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.rows.size(), 7);
        m_sim->resetStats();
        const std::optional<Plan> done = applyPlan(plan);
        QVERIFY(done);
        for (const PlanRow &row : done->rows)
            QVERIFY2(row.result.outcome == Outcome::Success, qPrintable(row.result.message));
        const QMap<QString, qint64> expected{
            {QStringLiteral("team/groups/create"), 1},          {QStringLiteral("team/groups/update"), 2},
            {QStringLiteral("team/members/set_profile_v2"), 1}, {QStringLiteral("team/members/send_welcome_email"), 1},
            {QStringLiteral("team/members/recover"), 1},        {QStringLiteral("team/groups/delete"), 1}};
        QCOMPARE(writeRequests(), expected);
        QCOMPARE(m_sim->writes().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestProvisionLifecycleSends)
#include "tst_provision_lifecycle_sends.moc"
