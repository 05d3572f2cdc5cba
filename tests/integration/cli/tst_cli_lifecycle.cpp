// The group lifecycle, member upkeep and last sign-ins through the real dropbox-connector-cli
// binary against the simulated team on loopback: create-group, rename-group, set-group,
// delete-group, recover-account, resend-invite, set-profile, a plan with the new actions, and
// sync --sync-user-last-login with the export's last_active.

#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/CliFixture.h"
#include "support/SnapshotLookups.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

class TestCliLifecycle : public QObject, private test::CliSimTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_options.provisioning = true; // writes allowed
        QVERIFY(startTeam(30, 6));
    }

    void groupLifecycle()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("create-group"), QStringLiteral("CLI Group"), QStringLiteral("--external-id"),
                      QStringLiteral("cli-1"), QStringLiteral("--management"), QStringLiteral("company")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("Created the group") || err.contains("Created the group"),
                 QByteArray(out + err).constData());
        Snapshot truth = m_sim->truth();
        QVERIFY(test::groupNamed(truth, QStringLiteral("CLI Group")));
        QCOMPARE(test::groupNamed(truth, QStringLiteral("CLI Group"))->externalId, QStringLiteral("cli-1"));

        QCOMPARE(
            run({QStringLiteral("rename-group"), QStringLiteral("CLI Group"), QStringLiteral("CLI Team")}, &out, &err),
            0);
        QCOMPARE(run({QStringLiteral("set-group"), QStringLiteral("CLI Team"), QStringLiteral("--management"),
                      QStringLiteral("user")},
                     &out, &err),
                 0);
        truth = m_sim->truth();
        QVERIFY(test::groupNamed(truth, QStringLiteral("CLI Team")));
        QCOMPARE(test::groupNamed(truth, QStringLiteral("CLI Team"))->managementType, GroupManagementType::UserManaged);

        // A wrong value is a sentence and exit code 2-or-1, never a write.
        m_sim->server()->resetStats();
        QVERIFY(run({QStringLiteral("set-group"), QStringLiteral("CLI Team"), QStringLiteral("--management"),
                     QStringLiteral("nobody")},
                    &out, &err)
                != 0);
        QVERIFY2(err.contains("company or user"), err.constData());
        QCOMPARE(m_sim->stats().writes, 0);

        // The dry run of a delete says who loses access and sends nothing.
        QCOMPARE(
            run({QStringLiteral("delete-group"), QStringLiteral("--dry-run"), QStringLiteral("CLI Team")}, &out, &err),
            0);
        QVERIFY2(out.contains("lose access"), out.constData());
        QCOMPARE(m_sim->stats().writes, 0);
        QCOMPARE(run({QStringLiteral("delete-group"), QStringLiteral("CLI Team")}, &out, &err), 0);
        QVERIFY(!test::groupNamed(m_sim->truth(), QStringLiteral("CLI Team")));
    }

    void memberUpkeepAndAPlan()
    {
        Snapshot truth = m_sim->truth();
        QString active;
        for (const Account &a : truth.accounts) {
            if (a.status == AccountStatus::Active && a.roleId.isEmpty() && a.teamMemberId != truth.admin.teamMemberId)
                active = a.email;
        }
        QVERIFY(!active.isEmpty());
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("set-profile"), active, QStringLiteral("--surname"), QStringLiteral("Renamed")},
                     &out, &err),
                 0);
        truth = m_sim->truth();
        bool renamed = false;
        for (const Account &a : truth.accounts)
            renamed = renamed || (a.email == active && a.surname == QStringLiteral("Renamed"));
        QVERIFY(renamed);
        QVERIFY(run({QStringLiteral("set-profile"), active}, &out, &err) != 0); // nothing to change
        QVERIFY2(err.contains("Nothing to change"), err.constData());

        const QString plan = m_dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(test::writeFile(plan,
                                "action,email_or_id,group_or_role,options\n"
                                "create_group,,Plan Made,external_id=pm-1\n"
                                "rename_group,,Plan Made,new_name=Plan Renamed\n"));
        QCOMPARE(run({QStringLiteral("apply"), plan}, &out, &err), 0);
        QVERIFY(test::groupNamed(m_sim->truth(), QStringLiteral("Plan Renamed")));
    }

    void syncReadsLastSignIns()
    {
        QByteArray out, err;
        QCOMPARE(run(syncWithSignIns(60), &out, &err), 0);
        QVERIFY2(out.contains("Last sign-ins:"), out.constData());
        QVERIFY2(out.contains("of the last 60 days"), out.constData());
        QVERIFY(run({QStringLiteral("sync"), QStringLiteral("--last-login-days"), QStringLiteral("0")}, &out, &err)
                != 0);
        QVERIFY2(err.contains("--last-login-days"), err.constData());

        QByteArray json;
        runToFile({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
                  m_dir.filePath(QStringLiteral("team.json")), &json);
        const QJsonArray accounts = QJsonDocument::fromJson(json).object().value(QLatin1String("accounts")).toArray();
        int withTime = 0;
        for (const QJsonValue &a : accounts) {
            const QJsonValue v = a.toObject().value(QLatin1String("last_active"));
            QVERIFY(v.isNull() || v.toString().endsWith(QLatin1Char('Z')));
            withTime += v.isString() ? 1 : 0;
        }
        QVERIFY(withTime > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
