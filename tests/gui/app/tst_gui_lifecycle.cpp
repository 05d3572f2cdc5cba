// The group lifecycle, member upkeep and last sign-ins in the window, offscreen, end to end: the
// real forms filled through their widgets, the worker thread, the simulated team on loopback and a
// real SQLite file. The simulator's truth says what Dropbox saw.

#include "MainWindow.h"
#include "helpers/ProvisionTestSupport.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "provision/LifecycleActions.h"
#include "provision/LifecycleDialogs.h"
#include "provision/ProvisioningController.h"
#include "sim/SimServer.h"
#include "views/TablePage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace dbx;
using namespace dbx::gui;
using namespace dbx::gui::test;

class TestGuiLifecycle : public QObject, public ProvisionHarness
{
    Q_OBJECT

    LifecycleActions *m_life = nullptr;

    QAction *act(const char *name) const { return m_life->action(QString::fromLatin1(name)); }

    bool selectGroup(const QString &id)
    {
        window().showView(MainWindow::View::Groups);
        TablePage *page = window().page(MainWindow::View::Groups);
        page->searchBox()->clear();
        page->selectIds({id}, id);
        return window().selectedGroupIds() == QStringList{id};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QVector<OperationResult>>();
        QVERIFY2(m_gui.start(40, 8, 5, false), qPrintable(m_gui.lastError()));
        m_controller = installProvisioning(m_gui.window());
        m_life = m_controller->findChild<LifecycleActions *>(QStringLiteral("lifecycleActions"));
        QVERIFY(m_life);
        QVERIFY(m_gui.showWindow());
        ConnectionConfig config = m_gui.connection(QStringLiteral("life.sqlite"));
        config.syncLastLogin = true; // "Read sign-in activity"
        config.lastLoginDays = 90;
        QVERIFY2(m_gui.connectAndSync(config), qPrintable(m_gui.lastError()));
    }
    void cleanupTestCase() { m_gui.reset(); }
    void cleanup() { QVERIFY(settle()); }

    void actionsAreInstalled()
    {
        QVERIFY(window().mainToolBar()->actions().contains(act("newGroupAction")));
        const QList<QAction *> groupMenu = window().contextMenu(MainWindow::View::Groups)->actions();
        for (const char *name : {"newGroupAction", "renameGroupAction", "editGroupAction", "deleteGroupAction"})
            QVERIFY2(groupMenu.contains(act(name)), name);
        const QList<QAction *> accountMenu = window().contextMenu(MainWindow::View::Accounts)->actions();
        for (const char *name : {"recoverAccountAction", "resendInviteAction", "editProfileAction"})
            QVERIFY2(accountMenu.contains(act(name)), name);
        QVERIFY(act("newGroupAction")->isEnabled());
    }

    void newGroupThroughTheForm()
    {
        m_controller->setDialogRunner([](QDialog *dialog) {
            dialog->show();
            auto *ok = child<QPushButton>(dialog, "okButton");
            if (!ok || ok->isEnabled())
                return int(QDialog::Rejected); // an empty form is not accepted
            QTest::keyClicks(child<QLineEdit>(dialog, "groupNameEdit"), QStringLiteral("Design Studio"));
            QTest::keyClicks(child<QLineEdit>(dialog, "groupExternalIdEdit"), QStringLiteral("ds-1"));
            child<QComboBox>(dialog, "groupManagementCombo")->setCurrentIndex(1); // company managed
            return clickOk(dialog);
        });
        bool finished = false;
        const QVector<OperationResult> results = runAndWait(act("newGroupAction"), &finished);
        QVERIFY(finished);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == Outcome::Success, qPrintable(results.first().message));
        const Snapshot truth = sim()->truth();
        const Group *g = dbx::test::groupNamed(truth, QStringLiteral("Design Studio"));
        QVERIFY(g);
        QCOMPARE(g->externalId, QStringLiteral("ds-1"));
        QCOMPARE(g->managementType, GroupManagementType::CompanyManaged);
        QTRY_VERIFY(dbx::test::groupNamed(window().snapshot(), QStringLiteral("Design Studio")));
    }

    void systemManagedGroupIsRefusedWithASentence()
    {
        QString everyone;
        for (const Group &g : window().snapshot().groups) {
            if (g.managementType == GroupManagementType::SystemManaged)
                everyone = g.id;
        }
        QVERIFY(selectGroup(everyone));
        QSignalSpy refused(m_controller, &ProvisioningController::refused);
        const qint64 before = writeRequests(sim()->stats());
        act("renameGroupAction")->trigger();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("managed by Dropbox itself")),
                 qPrintable(refused.first().first().toString()));
        act("deleteGroupAction")->trigger();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(writeRequests(sim()->stats()), before);
    }

    void deleteGroupNamesHowManyMembersLoseAccess()
    {
        const Group *target = nullptr;
        for (const Group &g : window().snapshot().groups) {
            if (g.managementType == GroupManagementType::UserManaged && g.memberCount > 0)
                target = &g;
        }
        QVERIFY(target);
        const QString id = target->id;
        const int members = target->memberCount;
        QVERIFY(selectGroup(id));
        // The detail pane of the group offers Delete too.
        auto *bar = child<QWidget>(&window(), "detailGroupBar");
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QString confirmation;
        m_controller->setConfirmer([&](const QString &, const QString &text, const QString &) {
            confirmation = text;
            return true;
        });
        bool finished = false;
        const QVector<OperationResult> results = runAndWait(act("deleteGroupAction"), &finished);
        QVERIFY(finished);
        QVERIFY2(confirmation.contains(QStringLiteral("%1 member").arg(members)), qPrintable(confirmation));
        QVERIFY2(results.first().outcome == Outcome::Success, qPrintable(results.first().message));
        const Snapshot truth = sim()->truth();
        for (const Group &g : truth.groups)
            QVERIFY(g.id != id);
    }

    void lastSignInColumnAndInactivityFilter()
    {
        QVERIFY(window().snapshot().activityReadAt.isValid());
        window().showView(MainWindow::View::Accounts);
        TablePage *page = window().page(MainWindow::View::Accounts);
        page->searchBox()->clear();
        auto *model = qobject_cast<AccountsModel *>(page->proxy()->table());
        QVERIFY(model);
        // The column shows the simulator's truth.
        const QHash<QString, QDateTime> truth
            = sim()->lastSignIns(window().snapshot().activityReadAt.addDays(-90).addSecs(5));
        int expectedInactive = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Account &a = model->account(row);
            if (a.status == AccountStatus::Removed)
                continue;
            const QString text = model->data(model->index(row, AccountsModel::LastSignIn), Qt::DisplayRole).toString();
            if (truth.contains(a.teamMemberId)) {
                QCOMPARE(a.lastActive, truth.value(a.teamMemberId));
                QVERIFY(!text.startsWith(QStringLiteral("none")));
            } else {
                QVERIFY2(text.startsWith(QStringLiteral("none in 90")), qPrintable(text));
            }
            if (!truth.contains(a.teamMemberId)
                || truth.value(a.teamMemberId) < QDateTime::currentDateTimeUtc().addDays(-30))
                ++expectedInactive;
        }
        QVERIFY(expectedInactive > 0);
        auto *filter = child<QComboBox>(&window(), "accountInactiveFilter");
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findData(30));
        QTRY_COMPARE(page->proxy()->rowCount(), expectedInactive);
        // The read covers 90 days: every sign-in seen is younger than 180 days, and a member
        // with none seen may have signed in before the window, so nobody is known idle for 180.
        QCOMPARE(window().snapshot().activityDays, 90);
        filter->setCurrentIndex(filter->findData(180));
        QTRY_COMPARE(page->proxy()->rowCount(), 0);
        filter->setCurrentIndex(0);
        QTRY_COMPARE(page->proxy()->rowCount(), model->rowCount());
    }
};

QTEST_MAIN(TestGuiLifecycle)
#include "tst_gui_lifecycle.moc"
