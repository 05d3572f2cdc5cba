// A rejected plan sends nothing: whoever hands one to the Provisioner (a caller that built one
// with rows, or a parsed one) gets no write to the simulated team over loopback HTTP. (The plan
// parsing and prechecks themselves are tests/unit/provision/tst_provision_plan.)

#include "helpers/ProvisionSession.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "sim/SimServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbx;

class TestProvisionPlanReject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whoever hands a rejected plan to the Provisioner (a caller that built one with rows, or a
    // parsed one) gets nothing sent: the simulator sees no write.
    void rejectedPlanSendsNothing()
    {
        sim::SimServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        test::Session session(server.baseUrl(), server.credentials(), dir.filePath(QStringLiteral("p.sqlite")));
        const Expected<void> opened = session.open();
        QVERIFY2(opened, qPrintable(opened.error().message()));
        QSignalSpy synced(session.syncEngine(), &SyncEngine::finished);
        session.syncEngine()->start();
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().first().value<SyncOutcome>().ok);

        const Snapshot truth = server.truth();
        QString active;
        for (const Account &a : truth.accounts)
            if (a.status == AccountStatus::Active && a.teamMemberId != truth.admin.teamMemberId)
                active = a.email;
        QVERIFY(!active.isEmpty());
        const QByteArray rows = "suspend," + active.toUtf8() + ",,\n";
        Plan built = parsePlan(planHeader().toUtf8() + '\n' + rows);
        QVERIFY(built.isValid());
        QCOMPARE(built.rows.size(), 1);
        built.error = QStringLiteral("Line 9: rejected."); // rows kept: the guard must hold anyway

        auto *prov = new Provisioner(session.client(), session.store(), &session);
        prov->setEnabled(true);
        server.resetStats();
        for (const Plan &plan : {built, parsePlan(planHeader().toUtf8() + '\n' + rows + "suspend,\"x@y.z,,\n")}) {
            QVERIFY(!plan.isValid());
            QSignalSpy finished(prov, &Provisioner::planFinished);
            prov->applyPlan(plan);
            QVERIFY(finished.wait(30000));
            const Plan done = finished.first().first().value<Plan>();
            QVERIFY(!done.isValid());
            QVERIFY(done.anyFailed());
            for (const PlanRow &row : done.rows)
                QVERIFY(!row.applied || row.result.outcome != Outcome::Success);
        }
        QCOMPARE(server.stats().writes, qint64(0));
        QVERIFY(server.writes().isEmpty());
        const Snapshot after = server.truth();
        for (const Account &a : after.accounts)
            if (a.email == active)
                QCOMPARE(a.status, AccountStatus::Active);
    }
};

QTEST_GUILESS_MAIN(TestProvisionPlanReject)
#include "tst_provision_plan_reject.moc"
