// Plans from the window, offscreen, end to end: a CSV plan previewed row by row, applied and
// reported; a plan broken as a whole never applied; and provisioning turned off for the
// connection refusing every write while a plan still previews. The simulated team on loopback
// and its request counters say what Dropbox saw.

#include "MainWindow.h"
#include "helpers/ProvisionTestSupport.h"
#include "provision/Plan.h"
#include "provision/ProvisioningController.h"
#include "provision/RunDialogs.h"
#include "sim/SimServer.h"
#include "support/TestFiles.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dbx;
using namespace dbx::gui;
using namespace dbx::gui::test;

class TestGuiProvisionPlan : public ProvisionTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void planPreviewApplyAndReport()
    {
        const QString id = freshMember();
        QVERIFY(!id.isEmpty());
        const QString email = findAccount(window().snapshot(), id)->email;
        QSet<QString> theirs;
        for (const Membership &m : window().snapshot().memberships) {
            if (m.teamMemberId == id)
                theirs.insert(m.groupId);
        }
        QString newGroup, oldGroup;
        for (const Group &g : window().snapshot().groups) {
            if (g.managementType != GroupManagementType::UserManaged)
                continue;
            if (!theirs.contains(g.id) && newGroup.isEmpty())
                newGroup = g.id;
            if (theirs.contains(g.id) && oldGroup.isEmpty())
                oldGroup = g.id;
        }
        QVERIFY(!newGroup.isEmpty());
        QString csv = planHeader() + QLatin1Char('\n');
        csv += QStringLiteral("add-to-group,%1,%2,\n").arg(email, newGroup);
        csv += QStringLiteral("unsuspend,%1,,\n").arg(email);  // active: already so
        csv += QStringLiteral("frobnicate,%1,,\n").arg(email); // line 4: invalid
        const QString planPath = filePath(QStringLiteral("plan.csv"));
        QVERIFY(dbx::test::writeFile(planPath, csv.toUtf8()));

        m_controller->setOpenPathProvider([&] { return planPath; });
        m_controller->action(QStringLiteral("applyPlanAction"))->trigger();
        QTRY_VERIFY(m_controller->planDialog() && m_controller->planDialog()->isVisible());
        PlanDialog *dialog = m_controller->planDialog();
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 4)->text(), PlanDialog::tr("Will change"));
        QCOMPARE(table->item(1, 4)->text(), PlanDialog::tr("Already so"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(2, 4)->text(), PlanDialog::tr("Invalid"));
        QVERIFY(!table->item(2, 5)->text().isEmpty());
        QVERIFY2(dialog->summary().contains(QStringLiteral("1 would change")), qPrintable(dialog->summary()));

        QSignalSpy applied(m_controller, &ProvisioningController::planApplied);
        QTest::mouseClick(child<QPushButton>(dialog, "planApplyButton"), Qt::LeftButton);
        QVERIFY(applied.wait(kTimeoutMs));
        bool member = false;
        for (const Membership &m : sim()->truth().memberships)
            member = member || (m.groupId == newGroup && m.teamMemberId == id);
        QVERIFY(member);
        QCOMPARE(table->item(0, 4)->text(), displayName(Outcome::Success));
        QCOMPARE(table->item(1, 4)->text(), displayName(Outcome::NoChange));
        QCOMPARE(table->item(2, 4)->text(), PlanDialog::tr("Invalid"));

        const QString reportPath = filePath(QStringLiteral("report.csv"));
        window().setSavePathProvider([&](const QString &) { return reportPath; });
        QTest::mouseClick(child<QPushButton>(dialog, "planSaveReportButton"), Qt::LeftButton);
        const auto parsed = readCsvFile(reportPath);
        QVERIFY2(parsed, qPrintable(parsed.error().message()));
        const QVector<CsvRecord> report = *parsed;
        QCOMPARE(report.size(), 4);
        QVERIFY(report.at(1).fields.contains(QStringLiteral("success")));
        dialog->close();
    }

    // A plan broken as a whole (an unclosed quote on line 3) shows why, with the line, lists no
    // rows and cannot be applied: the Apply button is off and a click anyway sends nothing.
    void rejectedPlanIsShownAndNeverApplied()
    {
        const QString id = freshMember();
        QVERIFY(!id.isEmpty());
        const QString email = findAccount(window().snapshot(), id)->email;
        QString csv = planHeader() + QLatin1Char('\n');
        csv += QStringLiteral("suspend,%1,,\n").arg(email);
        csv += QStringLiteral("add-to-group,%1,\"Sales,\n").arg(email);
        csv += QStringLiteral("remove-account,%1,,\n").arg(email);
        const QString planPath = filePath(QStringLiteral("broken-plan.csv"));
        QVERIFY(dbx::test::writeFile(planPath, csv.toUtf8()));

        const sim::RequestStats before = sim()->stats();
        const quint64 generation = sim()->generation();
        m_controller->setOpenPathProvider([&] { return planPath; });
        m_controller->action(QStringLiteral("applyPlanAction"))->trigger();
        QTRY_VERIFY(m_controller->planDialog() && m_controller->planDialog()->isVisible());
        PlanDialog *dialog = m_controller->planDialog();
        QTRY_VERIFY(dialog->summary().contains(QStringLiteral("Line 3")));
        QVERIFY2(dialog->summary().contains(QStringLiteral("never closed")), qPrintable(dialog->summary()));
        QCOMPARE(dialog->table()->rowCount(), 0);
        auto *apply = child<QPushButton>(dialog, "planApplyButton");
        QVERIFY(!apply->isEnabled());
        apply->setEnabled(true);                                   // even so, a click sends nothing
        QSignalSpy requested(dialog, &PlanDialog::applyRequested); // emitted within the click, if at all
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(requested.isEmpty());
        QCOMPARE(writeRequests(sim()->stats()), writeRequests(before));
        QCOMPARE(sim()->generation(), generation);
        dialog->close();
    }

    // Last: it turns provisioning off for the connection.
    void provisioningOffRefusesAndSendsNothing()
    {
        ConnectionConfig config = window().connection();
        config.provisioning = false;
        QSignalSpy shown(&window(), &MainWindow::snapshotShown);
        window().setConnection(config);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && window().snapshot().runId > 0, 20000);
        const QString id = freshMember();
        QVERIFY(select({id}));
        const sim::RequestStats before = sim()->stats();

        int forms = 0;
        m_controller->setDialogRunner([&](QDialog *dialog) {
            ++forms;
            dialog->show();
            return clickOk(dialog);
        });
        m_controller->setConfirmer([](const QString &, const QString &, const QString &) { return true; });
        QSignalSpy refused(m_controller, &ProvisioningController::refused);
        QAction *remove = m_controller->action(QStringLiteral("removeAccountsAction"));
        QVERIFY(remove->isVisible());
        QVERIFY(remove->isEnabled()); // visible and usable: it explains instead of hiding
        remove->trigger();
        m_controller->action(QStringLiteral("createAccountAction"))->trigger();
        QCOMPARE(forms, 0);
        QCOMPARE(refused.count(), 2);
        const QString message = window().messageText();
        QVERIFY2(message.contains(QStringLiteral("Provisioning is off")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Allow provisioning")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("BATON_PROVISIONING")), qPrintable(message));
        QVERIFY(!m_controller->isRunning());

        // A plan still previews (reading only); Apply explains instead of sending.
        const QString planPath = filePath(QStringLiteral("plan-off.csv"));
        QVERIFY(dbx::test::writeFile(
            planPath,
            (planHeader() + QStringLiteral("\nsuspend,%1,,\n").arg(findAccount(window().snapshot(), id)->email))
                .toUtf8()));
        m_controller->setOpenPathProvider([&] { return planPath; });
        m_controller->action(QStringLiteral("applyPlanAction"))->trigger();
        QTRY_VERIFY(m_controller->planDialog() && m_controller->planDialog()->isVisible());
        PlanDialog *plan = m_controller->planDialog();
        QCOMPARE(plan->table()->rowCount(), 1);
        QCOMPARE(plan->table()->item(0, 4)->text(), PlanDialog::tr("Will change"));
        QTest::mouseClick(child<QPushButton>(plan, "planApplyButton"), Qt::LeftButton);
        const QString planStatus = child<QLabel>(plan, "planStatusLabel")->text();
        QVERIFY2(planStatus.contains(QStringLiteral("BATON_PROVISIONING")), qPrintable(planStatus));
        QVERIFY(!m_controller->isRunning());
        plan->close();

        QTest::qWait(300);
        QCOMPARE(writeRequests(sim()->stats()), writeRequests(before));
        QCOMPARE(sim()->stats().apiRequests, before.apiRequests);
        QCOMPARE(findAccount(sim()->truth(), id)->status, AccountStatus::Active);
    }
};

QTEST_MAIN(TestGuiProvisionPlan)
#include "tst_gui_provision_plan.moc"
