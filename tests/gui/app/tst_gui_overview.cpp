// The Overview and Findings tabs, offscreen, against a simulated team on loopback: the charts
// show the snapshot's own counts (worked out here from the snapshot, not from the product's
// figures), a chart click opens the matching filtered table, the findings models pass
// QAbstractItemModelTester, and "Build a plan" opens the plan preview without writing anything.

#include "MainWindow.h"
#include "helpers/GuiTestSupport.h"
#include "models/TableFilterProxy.h"
#include "models/TableModel.h"
#include "overview/FindingsPage.h"
#include "overview/InsightModels.h"
#include "overview/OverviewCharts.h"
#include "overview/OverviewController.h"
#include "overview/OverviewPage.h"
#include "overview/ReviewController.h"
#include "overview/ReviewModel.h"
#include "overview/ReviewPage.h"
#include "provision/ProvisioningController.h"
#include "provision/RunDialogs.h"
#include "sim/SimServer.h"
#include "support/GuiTestCase.h"
#include "views/TablePage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace dbx;
using namespace dbx::gui;
using namespace dbx::gui::test;

namespace {
constexpr int kTimeoutMs = 30000;
using Chart = OverviewCharts::Chart;

// The simulator's own truth of the sign-in chart: its active members by their newest login_success
// in the days the connection read (a second of slack on the window's edge), as of `now`.
QVector<QSet<QString>> signInTruth(sim::SimServer *sim, const QDateTime &readAt, int days, const QDateTime &now)
{
    const QHash<QString, QDateTime> last = sim->lastSignIns(readAt.addDays(-days).addSecs(5));
    QVector<QSet<QString>> buckets(4);
    constexpr qint64 kDay = 86400;
    for (const Account &a : sim->truth().accounts) {
        if (a.status != AccountStatus::Active)
            continue;
        if (!last.contains(a.teamMemberId)) {
            buckets[3].insert(a.teamMemberId);
            continue;
        }
        const qint64 age = last.value(a.teamMemberId).secsTo(now);
        buckets[age < 30 * kDay ? 0 : age <= 90 * kDay ? 1 : 2].insert(a.teamMemberId);
    }
    return buckets;
}

QVector<qreal> reals(const QVector<int> &v)
{
    QVector<qreal> out;
    for (int x : v)
        out << x;
    return out;
}
} // namespace

class TestGuiOverview : public dbx::test::GuiTestCase
{
    Q_OBJECT

    ProvisioningController *m_provisioning = nullptr;
    OverviewController *m_overview = nullptr;
    QString m_suspendedAdmin;

    MainWindow &window() { return *m_gui.window(); }

    // The overview of the snapshot the window shows.
    bool overviewIsCurrent()
    {
        return QTest::qWaitFor(
            [this] { return m_overview->insight().runId == window().snapshot().runId && window().snapshot().runId; },
            kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_gui.start(60, 10, 3, false), qPrintable(m_gui.lastError()));
        m_provisioning = installProvisioning(m_gui.window());
        m_overview = installOverview(m_gui.window());
        QVERIFY(m_gui.showWindow());
        // One suspended member with an admin role: suspended_admin has a row to plan for.
        const Snapshot truth = m_gui.sim()->truth();
        for (const Account &a : truth.accounts) {
            if (a.status == AccountStatus::Active && a.roleId.isEmpty() && a.teamMemberId != truth.admin.teamMemberId) {
                m_suspendedAdmin = a.teamMemberId;
                break;
            }
        }
        QVERIFY(!m_suspendedAdmin.isEmpty());
        QVERIFY(m_gui.sim()->setMemberRole(m_suspendedAdmin, truth.roles.last().id));
        QVERIFY(m_gui.sim()->setMemberStatus(m_suspendedAdmin, AccountStatus::Suspended));
        QVERIFY2(m_gui.connectAndSync(m_gui.connection(QStringLiteral("overview.sqlite"))),
                 qPrintable(m_gui.lastError()));
        QVERIFY(overviewIsCurrent());
    }

    void overviewIsTheFirstTab()
    {
        auto *tabs = window().findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->widget(0), static_cast<QWidget *>(m_overview->overviewPage()));
        QCOMPARE(tabs->widget(1), static_cast<QWidget *>(m_overview->findingsPage()));
        QVERIFY(m_overview->overviewPage()->headline().contains(QString::number(window().snapshot().runId)));
        QVERIFY(m_overview->lastReadyMs() >= 0);
    }

    void chartsShowTheSnapshotsCounts()
    {
        const Snapshot &s = window().snapshot();
        OverviewCharts *charts = m_overview->overviewPage()->charts();

        QVector<int> status(4, 0);
        for (const Account &a : s.accounts) {
            if (a.status != AccountStatus::Unknown)
                ++status[static_cast<int>(a.status)];
        }
        QCOMPARE(charts->seriesValues(Chart::Status), QVector<QVector<qreal>>{reals(status)});

        // Roles: every role of the snapshot in its order, then "no admin role"; removed members hold none.
        QVector<int> roles;
        for (const Role &r : s.roles) {
            int n = 0;
            for (const Account &a : s.accounts)
                n += a.status != AccountStatus::Removed && a.roleId == r.id ? 1 : 0;
            roles << n;
        }
        int none = 0;
        for (const Account &a : s.accounts)
            none += a.status != AccountStatus::Removed && a.roleId.isEmpty() ? 1 : 0;
        roles << none;
        QCOMPARE(charts->seriesValues(Chart::Roles), QVector<QVector<qreal>>{reals(roles)});
        QCOMPARE(charts->categories(Chart::Roles).size(), s.roles.size() + 1);

        // Group sizes: members and owners of the groups in each size bin.
        const OverviewFigures &f = charts->figures();
        QHash<QString, int> size, owners;
        for (const Membership &m : s.memberships) {
            ++size[m.groupId];
            owners[m.groupId] += m.accessType == AccessType::Owner ? 1 : 0;
        }
        QVector<int> binMembers, binOwners;
        int groupsCounted = 0;
        for (const GroupSizeBin &bin : f.groupSizes) {
            int members = 0, own = 0;
            for (const Group &g : s.groups) {
                const int n = size.value(g.id);
                if (n >= bin.min && (bin.max < 0 || n <= bin.max)) {
                    members += n - owners.value(g.id);
                    own += owners.value(g.id);
                    ++groupsCounted;
                }
            }
            binMembers << members;
            binOwners << own;
        }
        QCOMPARE(groupsCounted, s.groups.size());
        QCOMPARE(charts->seriesValues(Chart::GroupSizes),
                 (QVector<QVector<qreal>>{reals(binMembers), reals(binOwners)}));

        // History: the line ends at this snapshot's members and memberships.
        const QVector<QVector<qreal>> history = charts->seriesValues(Chart::History);
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.at(0).isEmpty());
        QCOMPARE(history.at(0).last(), qreal(s.accounts.size()));
        QCOMPARE(history.at(1).last(), qreal(s.memberships.size()));

        // Last sign-in (the demo connection reads 180 days of it): the simulator's log says the same.
        QVERIFY(s.activityReadAt.isValid());
        QCOMPARE(s.activityDays, 180);
        QVERIFY(m_overview->overviewPage()->findChild<QWidget *>(QStringLiteral("signInChart"))->isVisible());
        QVERIFY(!m_overview->overviewPage()->findChild<QWidget *>(QStringLiteral("signInNotRead"))->isVisible());
        const QVector<QSet<QString>> truth
            = signInTruth(m_gui.sim(), s.activityReadAt, s.activityDays, m_overview->insight().generatedAt);
        QVector<int> signIn;
        for (const QSet<QString> &bucket : truth) {
            QVERIFY(!bucket.isEmpty()); // the generated log fills every bucket: no comparison of zeros
            signIn << static_cast<int>(bucket.size());
        }
        QCOMPARE(charts->seriesValues(Chart::SignIn), QVector<QVector<qreal>>{reals(signIn)});
        QCOMPARE(charts->categories(Chart::SignIn).last(), QStringLiteral("None in 180 days"));
    }

    // Each sign-in bar opens the Accounts table with exactly that bucket's members; inactive_member
    // lists the members the log shows idle for longer than the threshold.
    void signInBarsAndInactiveMembersMatchTheLog()
    {
        const Snapshot &s = window().snapshot();
        OverviewCharts *charts = m_overview->overviewPage()->charts();
        const QVector<QSet<QString>> truth
            = signInTruth(m_gui.sim(), s.activityReadAt, s.activityDays, m_overview->insight().generatedAt);
        TablePage *accounts = window().page(MainWindow::View::Accounts);
        for (int bucket = 0; bucket < 4; ++bucket) {
            charts->click(Chart::SignIn, bucket);
            QCOMPARE(window().currentPage(), accounts);
            QSet<QString> shown;
            for (int row = 0; row < accounts->proxy()->rowCount(); ++row)
                shown.insert(accounts->proxy()->index(row, 0).data(TableModel::IdRole).toString());
            QCOMPARE(shown, truth.at(bucket));
            QVERIFY(window().messageText().contains(QString::number(truth.at(bucket).size())));
        }
        accounts->proxy()->setRowPredicate({});

        // inactive_member at 90 days: over 90 days ago, or none seen in the 180 days read.
        const int row = m_overview->findingsModel()->rowOfId(QStringLiteral("inactive_member"));
        const Finding inactive = m_overview->findingsModel()->finding(row);
        QVERIFY(!inactive.notRead);
        QSet<QString> listed;
        for (const FindingItem &i : inactive.items)
            listed.insert(i.id);
        QCOMPARE(listed, truth.at(2) + truth.at(3));
        QCOMPARE(m_overview->findingsModel()->index(row, FindingsModel::Count).data().toInt(), listed.size());
    }

    void aChartClickOpensTheFilteredTable()
    {
        OverviewCharts *charts = m_overview->overviewPage()->charts();
        int suspended = 0;
        for (const Account &a : window().snapshot().accounts)
            suspended += a.status == AccountStatus::Suspended ? 1 : 0;
        QVERIFY(suspended > 0);
        charts->click(Chart::Status, static_cast<int>(AccountStatus::Suspended));
        TablePage *accounts = window().page(MainWindow::View::Accounts);
        QCOMPARE(window().currentPage(), accounts);
        QCOMPARE(accounts->proxy()->rowCount(), suspended);
        QVERIFY(window().messageText().contains(QString::number(suspended)));

        // The last role bar is "no admin role".
        const int noRole = charts->categories(Chart::Roles).size() - 1;
        charts->click(Chart::Roles, noRole);
        int members = 0;
        for (const Account &a : window().snapshot().accounts)
            members += a.status != AccountStatus::Removed && a.roleId.isEmpty() ? 1 : 0;
        QCOMPARE(accounts->proxy()->rowCount(), members);

        charts->click(Chart::GroupSizes, 0); // groups nobody is in
        TablePage *groups = window().page(MainWindow::View::Groups);
        QCOMPARE(window().currentPage(), groups);
        QCOMPARE(groups->proxy()->rowCount(), charts->figures().groupSizes.at(0).groups);
        accounts->proxy()->setRowPredicate({});
        groups->proxy()->setRowPredicate({});
    }

    void findingsModelsPassTheTester()
    {
        FindingsModel findings;
        QAbstractItemModelTester tester(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        findings.setFindings(m_overview->insight().findings);
        QCOMPARE(findings.rowCount(), m_overview->insight().findings.size());
        findings.setFindings({});
        findings.setFindings(m_overview->insight().findings);

        FindingItemsModel items;
        QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const Finding &f : m_overview->insight().findings)
            items.setItems(f.items);
        new QAbstractItemModelTester(m_overview->findingsModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(m_overview->findingsPage()->itemsModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_overview->refresh();
        QVERIFY(overviewIsCurrent());
    }

    void buildAPlanOpensThePreviewAndAppliesNothing()
    {
        FindingsPage *page = m_overview->findingsPage();
        m_overview->showFinding(QStringLiteral("suspended_admin"));
        QCOMPARE(window().currentPage(), nullptr); // the Findings tab is not a table page
        QCOMPARE(page->currentId(), QStringLiteral("suspended_admin"));
        QCOMPARE(page->itemsModel()->rowCount(), 1);
        QCOMPARE(page->itemsModel()->item(0).id, m_suspendedAdmin);

        // A row opens its account.
        page->itemsView()->setCurrentIndex(page->itemsModel()->index(0, 0));
        Q_EMIT page->itemsView()->activated(page->itemsModel()->index(0, 0));
        QCOMPARE(window().page(MainWindow::View::Accounts)->currentId(), m_suspendedAdmin);

        m_overview->showFinding(QStringLiteral("suspended_admin"));
        m_gui.sim()->resetStats();
        QVERIFY(page->buildPlanButton()->isEnabled());
        QTest::mouseClick(page->buildPlanButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_provisioning->planDialog() && m_provisioning->planDialog()->isVisible(), kTimeoutMs);
        PlanDialog *dialog = m_provisioning->planDialog();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(dialog->table()->item(0, 4)->text(), PlanDialog::tr("Will change"));
        QVERIFY(dialog->plan().rows.first().action == QLatin1String("clear-role"));
        dialog->close();
        QTest::qWait(50);
        QCOMPARE(m_gui.sim()->stats().writes, 0);

        // A rule that only informs offers no plan.
        m_overview->showFinding(QStringLiteral("recoverable_removed"));
        QVERIFY(!page->buildPlanButton()->isVisible());
    }

    void thresholdsChangeTheFindings()
    {
        const auto count = [this](const char *id) {
            const int row = m_overview->findingsModel()->rowOfId(QString::fromLatin1(id));
            return row < 0 ? -1 : m_overview->findingsModel()->finding(row).count();
        };
        QVERIFY(count("stale_invite") > 0); // the simulator's invitations are from 2024
        QSignalSpy ready(m_overview, &OverviewController::insightReady);
        InsightSettings settings;
        settings.staleInviteDays = 100000;
        m_overview->setSettings(settings);
        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(count("stale_invite"), 0);
        m_overview->setSettings(InsightSettings());
        QVERIFY(ready.wait(kTimeoutMs));
        QVERIFY(count("stale_invite") > 0);
        QVERIFY(m_overview->findingsPage()->findChild<QPushButton *>(QStringLiteral("thresholdsButton")));
    }

    void anAccessReviewIsDecidedResumedExportedAndPlanned()
    {
        ReviewController *reviews = m_overview->reviews();
        ReviewPage *page = reviews->page();
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QSignalSpy shown(reviews, &ReviewController::reviewShown);
        reviews->startReview(ReviewScope{QStringLiteral("admins"), QString()});
        QVERIFY(shown.wait(kTimeoutMs));
        const qint64 id = reviews->review().id;
        QVERIFY(id > 0);
        QCOMPARE(window().findChild<QTabWidget *>(QStringLiteral("viewTabs"))->currentWidget(),
                 static_cast<QWidget *>(page));
        int admins = 0;
        for (const Account &a : window().snapshot().accounts)
            admins += a.status != AccountStatus::Removed && !a.roleId.isEmpty() ? 1 : 0;
        QCOMPARE(page->model()->rowCount(), admins);
        QCOMPARE(page->progressText(), QStringLiteral("0 of %1 decided").arg(admins));
        QCOMPARE(reviews->review().reviewer, window().snapshot().admin.email);

        // Keep the first row, revoke the next two with a comment.
        page->selectRows({1});
        QTest::mouseClick(page->button("keepButton"), Qt::LeftButton);
        QVERIFY(shown.wait(kTimeoutMs));
        page->selectRows({2, 3});
        page->commentEdit()->setText(QStringLiteral("no longer needed"));
        QTest::mouseClick(page->button("revokeButton"), Qt::LeftButton);
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(page->progressText(), QStringLiteral("3 of %1 decided").arg(admins));
        // A comment edited in place is stored too.
        QVERIFY(page->model()->setData(page->model()->index(0, ReviewModel::Comment), QStringLiteral("owner of IT")));
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(reviews->review().items.at(0).comment, QStringLiteral("owner of IT"));
        QCOMPARE(reviews->review().items.at(0).decision, QStringLiteral("keep"));

        // Resumed after the database is opened anew (the connection set again, nothing in memory).
        window().setConnection(m_gui.connection(QStringLiteral("overview.sqlite")));
        QVERIFY(overviewIsCurrent());
        page->model()->setReview(Review());
        reviews->refreshList();
        QTRY_COMPARE_WITH_TIMEOUT(reviews->review().id, id, kTimeoutMs);
        QCOMPARE(reviews->review().decided(), 3);
        QCOMPARE(reviews->review().items.at(1).decision, QStringLiteral("revoke"));
        QCOMPARE(reviews->review().items.at(1).comment, QStringLiteral("no longer needed"));
        QVERIFY(reviews->review().items.at(1).decidedAt.isValid());

        // Evidence.
        const QString html = m_gui.path(QStringLiteral("review.html"));
        reviews->exportEvidence(html);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray evidence = f.readAll();
        QVERIFY(evidence.contains("no longer needed") && evidence.contains("3 of"));

        // The revokes as a plan, in the preview; nothing is sent.
        m_gui.sim()->resetStats();
        QVERIFY(reviews->buildPlan());
        QTRY_VERIFY_WITH_TIMEOUT(m_provisioning->planDialog() && m_provisioning->planDialog()->isVisible(), kTimeoutMs);
        PlanDialog *dialog = m_provisioning->planDialog();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 2, kTimeoutMs);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(dialog->table()->item(row, 4)->text(), PlanDialog::tr("Will change"));
        dialog->close();
        QTest::qWait(50);
        QCOMPARE(m_gui.sim()->stats().writes, 0);
    }

    // "Members inactive for N days": the rows are the members the simulator's log shows idle.
    void aReviewOfInactiveMembersCoversTheIdle()
    {
        const Snapshot &s = window().snapshot();
        ReviewController *reviews = m_overview->reviews();
        QSignalSpy shown(reviews, &ReviewController::reviewShown);
        reviews->startReview(ReviewScope{QStringLiteral("inactive"), QStringLiteral("90")});
        QVERIFY(shown.wait(kTimeoutMs));
        const QVector<QSet<QString>> truth
            = signInTruth(m_gui.sim(), s.activityReadAt, s.activityDays, QDateTime::currentDateTimeUtc());
        QSet<QString> rows;
        for (const ReviewItem &i : reviews->review().items) {
            rows.insert(i.teamMemberId);
            QCOMPARE(i.revokeAction, QStringLiteral("suspend"));
        }
        QCOMPARE(rows, truth.at(2) + truth.at(3));
        QCOMPARE(reviews->page()->model()->rowCount(), rows.size());
        QCOMPARE(reviews->review().scopeKind, QStringLiteral("inactive"));
    }

    // A connection that does not read sign-in: no chart of zeros, the rule says "not read", and a
    // review of inactive members is refused with the reason.
    void signInNotReadIsSaidNotGuessed()
    {
        ConnectionConfig config = m_gui.connection(QStringLiteral("notread.sqlite"));
        config.syncLastLogin = false;
        QVERIFY2(m_gui.connectAndSync(config), qPrintable(m_gui.lastError()));
        QVERIFY(!window().snapshot().activityReadAt.isValid());
        QVERIFY(overviewIsCurrent());
        window().showView(m_overview->overviewPage());
        OverviewCharts *charts = m_overview->overviewPage()->charts();
        QVERIFY(charts->seriesValues(Chart::SignIn).isEmpty());
        QVERIFY(m_overview->overviewPage()->findChild<QWidget *>(QStringLiteral("signInNotRead"))->isVisible());
        QVERIFY(!m_overview->overviewPage()->findChild<QWidget *>(QStringLiteral("signInChart"))->isVisible());
        const int row = m_overview->findingsModel()->rowOfId(QStringLiteral("inactive_member"));
        QVERIFY(m_overview->findingsModel()->finding(row).notRead);
        QCOMPARE(m_overview->findingsModel()->index(row, FindingsModel::Count).data().toString(),
                 FindingsModel::tr("not read"));

        ReviewController *reviews = m_overview->reviews();
        const qint64 before = reviews->review().id;
        reviews->startReview(ReviewScope{QStringLiteral("inactive"), QStringLiteral("90")});
        QTRY_VERIFY_WITH_TIMEOUT(window().messageText().contains(QStringLiteral("not read")), kTimeoutMs);
        QCOMPARE(reviews->review().id, before);
    }
};

QTEST_MAIN(TestGuiOverview)
#include "tst_gui_overview.moc"
