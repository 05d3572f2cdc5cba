// The window end to end, offscreen, with real widgets, the real worker thread, the simulated team
// on loopback (DemoTeam) and a real SQLite file: sync through the button, filter, select, follow
// links, export, sync again after the team changed and see the change, cancel with Esc, and the
// re-authorization path when the credentials are revoked.

#include "MainWindow.h"
#include "helpers/GuiTestSupport.h"
#include "log/ActivityLog.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "sim/SimServer.h"
#include "sim/SimThread.h"
#include "support/GuiTestCase.h"
#include "views/ChangesPage.h"
#include "views/DetailPane.h"
#include "views/TablePage.h"
#include "worker/DemoTeam.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace dbx;
using namespace dbx::gui;

namespace {

constexpr int kSyncTimeoutMs = 60000;

using dbx::gui::test::child;

// Clicks the first anchor whose href starts with prefix inside a QTextBrowser, like a user.
bool clickAnchor(QTextBrowser *browser, const QString &prefix, QString *href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid() || !f.charFormat().isAnchor())
                continue;
            const QString h = f.charFormat().anchorHref();
            if (!h.startsWith(prefix))
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(f.position() + 1);
            browser->ensureCursorVisible();
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect rect = browser->cursorRect(cursor);
            const QPoint point(rect.left() - 2 > 0 ? rect.left() - 2 : rect.left(), rect.center().y());
            *href = h;
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

} // namespace

class TestGuiMainWindow : public dbx::test::GuiTestCase
{
    Q_OBJECT

private:
    // Shortcuts (Ctrl+F, F5, Esc) only reach an active window.
    static bool activate(MainWindow &w)
    {
        w.raise();
        w.activateWindow();
        QApplication::setActiveWindow(&w);
        return QTest::qWaitForWindowActive(&w);
    }

    bool syncViaButton(MainWindow &w)
    {
        QSignalSpy done(&w, &MainWindow::syncCompleted);
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        auto *button = child<QPushButton>(&w, "syncButton");
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!done.wait(kSyncTimeoutMs) && done.isEmpty())
            return false;
        if (!done.first().first().value<SyncOutcome>().ok)
            return false;
        return !shown.isEmpty() || shown.wait(kSyncTimeoutMs);
    }

private Q_SLOTS:
    // A simulated team of 80 and the window.
    void initTestCase() { QVERIFY2(m_gui.start(80, 10, 11), qPrintable(m_gui.lastError())); }

    void notConfiguredShowsTheCallToAction()
    {
        QSettings settings(m_gui.path(QStringLiteral("other.ini")), QSettings::IniFormat);
        MainWindow w(&settings);
        w.show();
        auto *stack = child<QStackedWidget>(&w, "centralStack");
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("notConfiguredPage"));
        QCOMPARE(child<QLabel>(&w, "connectionStateLabel")->text(), displayName(ConnectionState::NotConfigured));
        QSignalSpy setup(&w, &MainWindow::connectionSetupRequested);
        QTest::mouseClick(child<QPushButton>(&w, "setupConnectionButton"), Qt::LeftButton);
        QCOMPARE(setup.count(), 1);
        // F5 without a connection explains instead of failing silently.
        w.startSync();
        QVERIFY(!w.messageText().isEmpty());
        QVERIFY(!w.isSyncing());
    }

    void syncThroughTheButton()
    {
        MainWindow &w = *m_gui.window();
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.setConnection(m_gui.connection(QStringLiteral("demo.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(shown.first().first().toLongLong(), 0);
        QCOMPARE(child<QStackedWidget>(&w, "centralStack")->currentWidget()->objectName(),
                 QStringLiteral("mainSplitter"));
        QCOMPARE(child<QLabel>(&w, "lastSyncLabel")->text(), MainWindow::tr("Never synced"));

        // The finished run is shown from the rows the sync kept (SyncEngine::setKeepRows), not
        // read back from the file, and they match the run's counts (no fallback to reading).
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("ready to show in .*rows kept by the sync")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("read back from the file")));
        QVERIFY(syncViaButton(w));
        const Snapshot truth = sim()->truth();
        TablePage *accounts = w.page(MainWindow::View::Accounts);
        QAbstractItemModelTester tester(accounts->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(accounts->model()->rowCount(), truth.accounts.size());
        QCOMPARE(accounts->proxy()->rowCount(), truth.accounts.size());
        QCOMPARE(w.page(MainWindow::View::Groups)->model()->rowCount(), truth.groups.size());
        QCOMPARE(w.page(MainWindow::View::Roles)->model()->rowCount(), truth.roles.size());
        QTRY_COMPARE(w.connectionState(), ConnectionState::Connected);
        QCOMPARE(child<QLabel>(&w, "connectionStateLabel")->text(), displayName(ConnectionState::Connected));
        QVERIFY(child<QLabel>(&w, "teamNameLabel")->text().contains(truth.team.name));
        const QString authorized = child<QLabel>(&w, "authorizedLabel")->text();
        QVERIFY2(authorized.contains(truth.admin.email), qPrintable(authorized));
        QVERIFY(authorized.startsWith(
            MainWindow::tr("Authorized as %1 (%2)").arg(truth.admin.displayName, truth.admin.email)));
        QVERIFY(child<QLabel>(&w, "lastSyncLabel")->text().contains(QStringLiteral("#")));
        QVERIFY(!child<QProgressBar>(&w, "syncProgressBar")->isVisible());
        // The activity log saw the sync.
        QTRY_VERIFY(w.activityLog()->model()->rowCount() > 0);
    }

    // The status combo, driven with the keyboard like a user, through every status: the table
    // shows exactly the simulator's accounts of that status, then everyone again.
    void accountStatusFilterShowsOnlyThatStatus()
    {
        MainWindow &w = *m_gui.window();
        w.showView(MainWindow::View::Accounts);
        auto *combo = child<QComboBox>(&w, "accountStatusFilter");
        auto *table = child<QTableView>(&w, "accountsTable");
        QVERIFY(combo && table);
        QVERIFY(child<QCheckBox>(&w, "accountShowRemovedCheck")->isChecked());
        QVERIFY(child<QLineEdit>(&w, "accountsSearch")->text().isEmpty());
        QCOMPARE(combo->currentIndex(), 0);
        const Snapshot truth = sim()->truth();
        QAbstractItemModel *shown = table->model();
        QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shownEmails = [shown] {
            QStringList emails;
            for (int r = 0; r < shown->rowCount(); ++r)
                emails << shown->index(r, AccountsModel::Email).data().toString();
            emails.sort();
            return emails;
        };

        QVERIFY(activate(w));
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        for (AccountStatus status :
             {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed}) {
            QStringList expected;
            for (const Account &a : truth.accounts) {
                if (a.status == status)
                    expected << a.email;
            }
            expected.sort();
            QVERIFY2(!expected.isEmpty(), qPrintable(displayName(status)));
            QTest::keyClick(combo, Qt::Key_Down);
            QCOMPARE(combo->currentText(), displayName(status));
            QCOMPARE(combo->currentData().toInt(), int(status));
            QTRY_COMPARE(shown->rowCount(), expected.size());
            QCOMPARE(shownEmails(), expected);
            for (int r = 0; r < shown->rowCount(); ++r)
                QCOMPARE(shown->index(r, AccountsModel::Status).data().toString(), displayName(status));
            QVERIFY(child<QLabel>(&w, "accountsCount")->text().contains(QStringLiteral("%1 of").arg(expected.size())));
        }

        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(combo->currentIndex(), 0);
        QTRY_COMPARE(shown->rowCount(), truth.accounts.size());
    }

    void filterSelectAndFollowLinks()
    {
        MainWindow &w = *m_gui.window();
        const TeamIndexPtr team = w.team();
        // Someone with an admin role and a group.
        int pick = -1;
        for (int i = 0; i < team->snapshot.accounts.size() && pick < 0; ++i) {
            if (team->accountRole.at(i) >= 0 && !team->membershipsOfAccount.at(i).isEmpty()
                && team->snapshot.accounts.at(i).status == AccountStatus::Active)
                pick = i;
        }
        QVERIFY2(pick >= 0, "the demo team should have an active admin in a group");
        const Account account = team->snapshot.accounts.at(pick);
        const QString roleName = team->snapshot.roles.at(team->accountRole.at(pick)).name;

        w.showView(MainWindow::View::Accounts);
        TablePage *accounts = w.page(MainWindow::View::Accounts);
        auto *search = child<QLineEdit>(&w, "accountsSearch");
        QVERIFY(activate(w));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, account.email);
        QTRY_COMPARE(accounts->proxy()->rowCount(), 1);
        QVERIFY(child<QLabel>(&w, "accountsCount")->text().contains(QStringLiteral("1 of")));

        auto *table = child<QTableView>(&w, "accountsTable");
        const QRect cell = table->visualRect(accounts->proxy()->index(0, AccountsModel::Email));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(w.selectedAccountIds(), QStringList{account.teamMemberId});

        DetailPane *pane = w.detailPane();
        const QString text = pane->plainText();
        QVERIFY2(text.contains(account.email), qPrintable(text));
        QVERIFY2(text.contains(roleName), qPrintable(text));
        for (int m : team->membershipsOfAccount.at(pick).mid(0, 5))
            QVERIFY2(text.contains(team->snapshot.groups.at(team->membershipGroup.at(m)).name), qPrintable(text));

        // Follow the first group link.
        QString href;
        QVERIFY(clickAnchor(pane->browser(), QStringLiteral("dbx://group/"), &href));
        QString kind, groupId;
        QVERIFY(DetailPane::parseObjectUrl(QUrl(href), &kind, &groupId));
        QTRY_COMPARE(w.selectedGroupIds(), QStringList{groupId});
        QCOMPARE(child<QTabWidget>(&w, "viewTabs")->currentWidget(), w.page(MainWindow::View::Groups));
        QVERIFY(pane->plainText().contains(team->group(groupId)->name));
        QVERIFY(pane->plainText().contains(account.email)); // listed as member or owner

        // Back returns to the account, Forward to the group.
        QTest::mouseClick(child<QToolButton>(&w, "detailBackButton"), Qt::LeftButton);
        QCOMPARE(pane->currentObject(), DetailPane::objectUrl(QStringLiteral("account"), account.teamMemberId));
        QTRY_COMPARE(w.selectedAccountIds(), QStringList{account.teamMemberId});
        QTest::mouseClick(child<QToolButton>(&w, "detailForwardButton"), Qt::LeftButton);
        QCOMPARE(pane->currentObject(), DetailPane::objectUrl(QStringLiteral("group"), groupId));

        // Role link from the account.
        QVERIFY(w.showObject(DetailPane::objectUrl(QStringLiteral("account"), account.teamMemberId)));
        QVERIFY(clickAnchor(pane->browser(), QStringLiteral("dbx://role/"), &href));
        QTRY_COMPARE(w.selectedRoleIds().size(), 1);
        QVERIFY(pane->plainText().contains(account.email));
    }

    void exportTheFilteredTable()
    {
        MainWindow &w = *m_gui.window();
        w.showView(MainWindow::View::Accounts);
        TablePage *accounts = w.page(MainWindow::View::Accounts);
        auto *search = child<QLineEdit>(&w, "accountsSearch");
        const Account a = w.snapshot().accounts.at(3);
        search->clear();
        QTest::keyClicks(search, a.email);
        QTRY_COMPARE(accounts->proxy()->rowCount(), 1);
        const QString path = m_gui.path(QStringLiteral("export.csv"));
        QString suggested;
        w.setSavePathProvider([&](const QString &name) {
            suggested = name;
            return path;
        });
        child<QAction>(&w, "exportAction")->trigger();
        QVERIFY(suggested.startsWith(QStringLiteral("accounts-")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(
            "Name,Email,Status,Membership,Admin role,Groups,Owns,Joined,Last sign-in,Team member ID"));
        QVERIFY(lines.at(1).contains(a.email.toUtf8()));
        QVERIFY(lines.at(1).contains(a.teamMemberId.toUtf8()));

        // The Entitlements view exports grants in ConductorOne's ids.
        w.showView(MainWindow::View::Entitlements);
        TablePage *grants = w.page(MainWindow::View::Entitlements);
        QTRY_VERIFY(grants->proxy()->rowCount() > 0);
        QTest::keyClicks(child<QLineEdit>(&w, "entitlementsSearch"), a.email);
        QVERIFY(w.exportCurrentTable(path));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray grantsCsv = f.readAll();
        QVERIFY(grantsCsv.startsWith("Principal,Email,Resource type,Resource,Entitlement,Entitlement ID"));
        QVERIFY(grantsCsv.contains(QByteArray(":user:" + a.teamMemberId.toUtf8())) || grants->proxy()->rowCount() == 0);
        search->clear();
    }

    void secondSyncShowsTheChanges()
    {
        MainWindow &w = *m_gui.window();
        const Snapshot before = sim()->truth();
        // Pick an active account without a role; suspend it, give it a role; add a new member.
        QString suspendId;
        for (const Account &a : before.accounts) {
            if (a.status == AccountStatus::Active && a.roleId.isEmpty()
                && a.teamMemberId != before.admin.teamMemberId) {
                suspendId = a.teamMemberId;
                break;
            }
        }
        QVERIFY(!suspendId.isEmpty());
        const auto statusSet = sim()->setMemberStatus(suspendId, AccountStatus::Suspended);
        QVERIFY2(statusSet, qPrintable(statusSet.error().message()));
        const QString newId
            = sim()->addMember(QStringLiteral("new.hire@example.com"), QStringLiteral("New"), QStringLiteral("Hire"));
        QVERIFY(!newId.isEmpty());
        const auto added = sim()->addMembership(before.groups.last().id, newId, AccessType::Member);
        QVERIFY2(added, qPrintable(added.error().message()));

        // Keep the suspended account selected across the refresh.
        w.showView(MainWindow::View::Accounts);
        QVERIFY(w.page(MainWindow::View::Accounts)->selectId(suspendId));

        const qint64 runBefore = w.snapshot().runId;
        QSignalSpy diffs(&w, &MainWindow::diffShown);
        QSignalSpy done(&w, &MainWindow::syncCompleted);
        QVERIFY(activate(w));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isSyncing());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), kSyncTimeoutMs);
        QVERIFY(done.first().first().value<SyncOutcome>().ok);
        // Wait for the diff of the new run against the one before (an earlier diff request, e.g.
        // from the run list refreshing, may land first).
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshot().runId > runBefore, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!diffs.isEmpty() && diffs.last().at(1).toLongLong() == w.snapshot().runId
                                     && diffs.last().at(0).toLongLong() == runBefore,
                                 20000);
        QCOMPARE(w.selectedAccountIds(), QStringList{suspendId});

        w.showView(MainWindow::View::Changes);
        ChangesPage *changes = w.changesPage();
        ChangesModel *model = changes->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            rows << model->index(r, ChangesModel::Change).data().toString() + QLatin1Char('|')
                    + model->index(r, ChangesModel::Object).data().toString() + QLatin1Char('|')
                    + model->index(r, ChangesModel::Details).data().toString();
        }
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(ChangesModel::kindText(ChangesModel::Kind::AccountAdded) + QStringLiteral("|New Hire")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("new.hire@example.com")), qPrintable(all));
        QVERIFY2(all.contains(displayName(AccountStatus::Suspended)), qPrintable(all));
        QVERIFY2(all.contains(ChangesModel::kindText(ChangesModel::Kind::GrantAdded)), qPrintable(all));
        QVERIFY(changes->summaryText().contains(QStringLiteral("1 accounts added")));

        // The kind filter and the search narrow the changes.
        w.changesPage()->table()->searchBox()->setText(QStringLiteral("new.hire"));
        QVERIFY(w.changesPage()->table()->proxy()->rowCount() >= 2);
        w.changesPage()->table()->searchBox()->clear();

        // The runs view lists both runs.
        w.showView(MainWindow::View::Runs);
        QTRY_VERIFY(w.page(MainWindow::View::Runs)->model()->rowCount() >= 2);
    }

    void escapeCancelsASync()
    {
        MainWindow &w = *m_gui.window();
        sim::Faults slow;
        slow.latencyMs = 500;
        sim()->setFaults(slow);
        const qint64 runBefore = w.snapshot().runId;
        QSignalSpy done(&w, &MainWindow::syncCompleted);
        w.startSync();
        QVERIFY(w.isSyncing());
        QVERIFY(child<QPushButton>(&w, "cancelSyncButton")->isVisible());
        QVERIFY(activate(w));
        QTest::qWait(400);
        QVERIFY(w.isSyncing());
        QTest::keyClick(&w, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), kSyncTimeoutMs);
        sim()->setFaults(sim::Faults());
        const SyncOutcome o = done.first().first().value<SyncOutcome>();
        QVERIFY(o.cancelled);
        QVERIFY(!w.isSyncing());
        QVERIFY(w.messageText().contains(MainWindow::tr("cancelled"), Qt::CaseInsensitive));
        QCOMPARE(w.snapshot().runId, runBefore);
    }

    void revokedCredentialsOfferTheWizard()
    {
        MainWindow &w = *m_gui.window();
        sim()->revokeRefreshTokens();
        sim()->expireAccessTokens();
        QSignalSpy done(&w, &MainWindow::syncCompleted);
        w.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), kSyncTimeoutMs);
        const SyncOutcome o = done.first().first().value<SyncOutcome>();
        QVERIFY(!o.ok);
        QVERIFY(o.error.needsReauthorization());
        QTRY_COMPARE(w.connectionState(), ConnectionState::Error);
        QCOMPARE(w.messageText(), o.error.message());
        auto *action = child<QPushButton>(&w, "messageActionButton");
        QVERIFY(action->isVisible());
        QSignalSpy reauth(&w, &MainWindow::reauthorizeRequested);
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(reauth.count(), 1);
        // The previous snapshot is still shown.
        QVERIFY(w.page(MainWindow::View::Accounts)->model()->rowCount() > 0);
    }

    void settingsRemembered()
    {
        MainWindow &w = *m_gui.window();
        auto *table = child<QTableView>(&w, "accountsTable");
        table->horizontalHeader()->resizeSection(AccountsModel::Email, 333);
        w.showView(MainWindow::View::Groups);
        w.saveSettings();
        QSettings settings(m_gui.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("MainWindow/geometry")));
        QVERIFY(settings.contains(QStringLiteral("MainWindow/splitter")));
        MainWindow second(&settings);
        QCOMPARE(child<QTableView>(&second, "accountsTable")->horizontalHeader()->sectionSize(AccountsModel::Email),
                 333);
        QCOMPARE(child<QTabWidget>(&second, "viewTabs")->currentWidget()->objectName(), QStringLiteral("groupsPage"));
    }

    void extensionPoints()
    {
        MainWindow &w = *m_gui.window();
        auto *audit = new QLabel(QStringLiteral("audit"));
        audit->setObjectName(QStringLiteral("auditView"));
        const int index = w.addView(audit, QStringLiteral("Audit"));
        QCOMPARE(child<QTabWidget>(&w, "viewTabs")->widget(index), audit);
        QVERIFY(w.mainToolBar());
        QVERIFY(w.menu(MainWindow::Menu::Actions));
        QVERIFY(w.contextMenu(MainWindow::View::Accounts));
        QVERIFY(w.contextMenu(MainWindow::View::Groups));
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
