// `--dry-run` of every single-operation provisioning command and of `apply`, run as the real
// dropbox-connector-cli binary against the simulated team on loopback, with provisioning on: the
// preview must say what would change, and the simulator must record no write at all. Each
// command's operands are chosen so that its precheck says "will change" (a member not yet in the
// group, a suspended member for unsuspend, ...): a dry run that really applied would be seen.

#include "sim/SimThread.h"
#include "support/CliFixture.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

class TestCliDryRun : public QObject, private test::CliSimTest
{
    Q_OBJECT

    // A fresh snapshot of the simulator's truth (a sync sends no write), then counters at zero.
    void syncAndReset()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--quiet")}, &out, &err), 0);
        m_sim->server()->resetStats();
        QCOMPARE(m_sim->stats().writes, 0);
    }

    const Account *member(const Snapshot &s, const std::function<bool(const Account &)> &pred) const
    {
        for (const Account &a : s.accounts) {
            if (a.teamMemberId != s.admin.teamMemberId && pred(a))
                return &a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_options.provisioning = true; // writes allowed
        QVERIFY(startTeam(30, 6));

        // The state the dry runs need, made for real: one suspended member, one with a role.
        // These writes also prove that the same command line without --dry-run does write.
        const Snapshot truth = m_sim->truth();
        const Account *toSuspend
            = member(truth, [](const Account &a) { return a.status == AccountStatus::Active && a.roleId.isEmpty(); });
        QVERIFY(toSuspend);
        QByteArray out, err;
        m_sim->server()->resetStats();
        QCOMPARE(run({QStringLiteral("suspend"), toSuspend->email}, &out, &err), 0);
        QVERIFY2(m_sim->stats().writes >= 1, err.constData());
        const Snapshot after = m_sim->truth();
        const Account *withRole
            = member(after, [](const Account &a) { return a.status == AccountStatus::Active && a.roleId.isEmpty(); });
        QVERIFY(withRole && !after.roles.isEmpty());
        QCOMPARE(run({QStringLiteral("set-role"), withRole->email, after.roles.first().name}, &out, &err), 0);
        syncAndReset();
    }

    void singleOperation_data()
    {
        QTest::addColumn<QStringList>("args");
        const Snapshot s = m_sim->truth();
        const Account *active
            = member(s, [](const Account &a) { return a.status == AccountStatus::Active && a.roleId.isEmpty(); });
        const Account *suspended = member(s, [](const Account &a) { return a.status == AccountStatus::Suspended; });
        const Account *roleHolder
            = member(s, [](const Account &a) { return a.status == AccountStatus::Active && !a.roleId.isEmpty(); });
        QVERIFY(active && suspended && roleHolder);
        // A user-managed group, one member in it and one active member not in it.
        const Group *group = nullptr;
        const Membership *inGroup = nullptr;
        const Account *notInGroup = nullptr;
        for (const Group &g : s.groups) {
            if (g.managementType != GroupManagementType::UserManaged)
                continue;
            const Membership *m = nullptr;
            QSet<QString> ids;
            for (const Membership &x : s.memberships) {
                if (x.groupId != g.id)
                    continue;
                ids.insert(x.teamMemberId);
                if (!m && x.accessType == AccessType::Member && x.teamMemberId != s.admin.teamMemberId)
                    m = &x;
            }
            const Account *outside = member(s, [&ids](const Account &a) {
                return a.status == AccountStatus::Active && !ids.contains(a.teamMemberId);
            });
            if (m && outside) {
                group = &g;
                inGroup = m;
                notInGroup = outside;
                break;
            }
        }
        QVERIFY(group && inGroup && notInGroup);
        QString inGroupEmail;
        for (const Account &a : s.accounts) {
            if (a.teamMemberId == inGroup->teamMemberId)
                inGroupEmail = a.email;
        }
        QString otherRole;
        for (const Role &r : s.roles) {
            if (r.id != active->roleId)
                otherRole = r.name;
        }
        const QString dry = QStringLiteral("--dry-run");
        QTest::newRow("create-account") << QStringList{QStringLiteral("create-account"),
                                                       dry,
                                                       QStringLiteral("dry.run.new@example.com"),
                                                       QStringLiteral("--given-name"),
                                                       QStringLiteral("Dry"),
                                                       QStringLiteral("--surname"),
                                                       QStringLiteral("Run")};
        QTest::newRow("remove-account") << QStringList{QStringLiteral("remove-account"), dry, active->email};
        QTest::newRow("suspend") << QStringList{QStringLiteral("suspend"), dry, active->email};
        QTest::newRow("unsuspend") << QStringList{QStringLiteral("unsuspend"), dry, suspended->email};
        QTest::newRow("set-role") << QStringList{QStringLiteral("set-role"), dry, active->email, otherRole};
        QTest::newRow("clear-role") << QStringList{QStringLiteral("clear-role"), dry, roleHolder->email};
        QTest::newRow("add-to-group") << QStringList{QStringLiteral("add-to-group"), dry, notInGroup->email,
                                                     group->name};
        QTest::newRow("remove-from-group")
            << QStringList{QStringLiteral("remove-from-group"), dry, inGroupEmail, group->name};
        QTest::newRow("set-access-type") << QStringList{QStringLiteral("set-access-type"), dry, inGroupEmail,
                                                        group->name, QStringLiteral("owner")};
    }

    void singleOperation()
    {
        QFETCH(QStringList, args);
        m_sim->server()->resetStats();
        QByteArray out, err;
        const int code = run(args, &out, &err);
        QCOMPARE(m_sim->stats().writes, 0);
        QVERIFY(m_sim->server()->writes().isEmpty());
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        // The preview names a change that would happen, and says nothing was sent.
        QVERIFY2(out.contains("[will change]"), out.constData());
        QVERIFY2(out.contains("Dry run: nothing was sent to Dropbox."), out.constData());
    }

    void applyPlan()
    {
        const Snapshot s = m_sim->truth();
        const Account *active
            = member(s, [](const Account &a) { return a.status == AccountStatus::Active && a.roleId.isEmpty(); });
        QVERIFY(active);
        const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
        const QString rows = QStringLiteral("action,email_or_id,group_or_role,options\n"
                                            "create-account,dry.plan.new@example.com,,\n"
                                            "suspend,%1,,\n"
                                            "set-role,%1,%2,\n")
                                 .arg(active->email, s.roles.first().name);
        QVERIFY(test::writeFile(plan, rows.toUtf8()));
        m_sim->server()->resetStats();
        QByteArray out, err;
        const int code = run({QStringLiteral("apply"), plan, QStringLiteral("--dry-run")}, &out, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        QVERIFY2(out.contains("[will change]"), out.constData());
        QCOMPARE(m_sim->stats().writes, 0);
        QVERIFY(m_sim->server()->writes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDryRun)
#include "tst_cli_dryrun.moc"
