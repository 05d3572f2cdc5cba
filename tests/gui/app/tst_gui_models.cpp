// The window's table models, proxies, detail pane, CSV export and activity log, on snapshots the
// simulator generates (removed accounts, roles, owners and all), each model watched by
// QAbstractItemModelTester while it is reset, filtered and sorted.

#include "log/ActivityLog.h"
#include "model/Entitlements.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "sim/SimServer.h"
#include "support/SimFixture.h"
#include "views/DetailPane.h"
#include "views/TableExport.h"
#include "views/TablePage.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

using namespace dbx;
using namespace dbx::gui;

Q_LOGGING_CATEGORY(lcTestFeature, "dbx.testfeature")
Q_LOGGING_CATEGORY(lcOther, "other.category")

namespace {

Snapshot simulatedTeam(int members, int groups, quint32 seed = 7)
{
    sim::SimServer server(dbx::test::SimFixture::team(members, groups, seed));
    Snapshot s = server.truth();
    s.runId = 1;
    return s;
}

// A table model and the filter proxy the views put over it, both watched by
// QAbstractItemModelTester from the start.
template <typename Model>
struct TestedTable {
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    TableFilterProxy proxy;
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    TestedTable() { proxy.setTable(&model); }
};

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}

QtMessageHandler g_chained = nullptr;
QAtomicInt g_chainedCalls;
void countingHandler(QtMsgType, const QMessageLogContext &, const QString &) { g_chainedCalls.fetchAndAddRelaxed(1); }

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private:
    Snapshot m_snapshot;
    TeamIndexPtr m_team;

private Q_SLOTS:
    void initTestCase()
    {
        m_snapshot = simulatedTeam(300, 25);
        m_team = TeamIndex::build(m_snapshot);
        QVERIFY(m_snapshot.accounts.size() == 300 || m_snapshot.accounts.size() > 250);
        QVERIFY(!m_snapshot.memberships.isEmpty());
    }

    void teamIndexResolvesEverything()
    {
        const TeamIndex &t = *m_team;
        int memberships = 0;
        for (const auto &ms : t.membershipsOfAccount)
            memberships += ms.size();
        QCOMPARE(memberships, m_snapshot.memberships.size());
        int holders = 0;
        for (const auto &h : t.holdersOfRole)
            holders += h.size();
        int withRole = 0;
        for (const Account &a : m_snapshot.accounts)
            withRole += a.roleId.isEmpty() ? 0 : 1;
        QCOMPARE(holders, withRole);
        QVERIFY(!t.accountNameRank.isEmpty());
    }

    // lowered() is toLower() for every text, ASCII by its fast path and the rest by Qt's tables;
    // ASCII with nothing to change comes back shared, not copied. The search keys are built with it.
    void loweredIsToLower_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"", "ada@example.com", "dbmid:AAAbc-09", "Ada Lovelace", "ADA@EXAMPLE.COM",
                                 "Agnieszka D\u0105browski", "\u00c4RGER \u00fcber", "\u0130stanbul", "ZZ\u00c9",
                                 "\u03a3\u039f\u03a6\u0399\u0391", "G:ROUP\x1f\u00df"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void loweredIsToLower()
    {
        QFETCH(QString, text);
        QCOMPARE(lowered(text), text.toLower());
        const QString same = lowered(text);
        if (text == text.toLower() && !text.isEmpty() && text.toLatin1() == text.toUtf8())
            QVERIFY(same.isSharedWith(text));
    }

    void accountsModel()
    {
        TestedTable<AccountsModel> table;
        AccountsModel &model = table.model;
        TableFilterProxy &proxy = table.proxy;
        proxy.sort(AccountsModel::Name, Qt::AscendingOrder);
        model.setTeam(m_team);
        QCOMPARE(model.rowCount(), m_snapshot.accounts.size());
        QCOMPARE(model.columnCount(), int(AccountsModel::ColumnCount));
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Removed accounts sort last in both orders.
        const auto removedLast = [&] {
            bool seenRemoved = false;
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const bool removed = model.account(proxy.sourceRowOf(r)).status == AccountStatus::Removed;
                if (seenRemoved && !removed)
                    return false;
                seenRemoved = seenRemoved || removed;
            }
            return true;
        };
        int removedCount = 0;
        for (const Account &a : m_snapshot.accounts)
            removedCount += a.status == AccountStatus::Removed;
        QVERIFY2(removedCount > 0, "the simulated team should include removed accounts");
        QVERIFY(removedLast());
        proxy.sort(AccountsModel::Name, Qt::DescendingOrder);
        QVERIFY(removedLast());
        proxy.sort(AccountsModel::Email, Qt::AscendingOrder);
        QVERIFY(removedLast());

        // Active names ascend case-insensitively.
        proxy.sort(AccountsModel::Name, Qt::AscendingOrder);
        QString previous;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const Account &a = model.account(proxy.sourceRowOf(r));
            if (a.status == AccountStatus::Removed)
                break;
            const QString name = accountLabel(a).toLower();
            QVERIFY2(previous <= name, qPrintable(previous + QStringLiteral(" > ") + name));
            previous = name;
        }

        // Removed rows are grey and italic.
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.account(r).status == AccountStatus::Removed) {
                QVERIFY(model.index(r, 0).data(Qt::FontRole).value<QFont>().italic());
                QVERIFY(model.index(r, 0).data(Qt::ForegroundRole).isValid());
                break;
            }
        }

        // Search by email: exactly that account.
        const Account &target = m_snapshot.accounts.at(17);
        proxy.setSearchText(target.email.toUpper());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, AccountsModel::Email).data().toString(), target.email);
        QCOMPARE(proxy.index(0, 0).data(TableModel::IdRole).toString(), target.teamMemberId);
        // Narrow by typing, widen by deleting.
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        proxy.setSearchText(QStringLiteral("zzzz-no-such-person"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());

        // A predicate filter (status), combined with a search.
        proxy.setRowPredicate([&](int row) { return model.account(row).status == AccountStatus::Removed; });
        QCOMPARE(proxy.rowCount(), removedCount);
        proxy.setRowPredicate({});
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Id lookups; a reset to another snapshot keeps the tester happy.
        QCOMPARE(model.rowOfId(target.teamMemberId), 17);
        QCOMPARE(model.rowOfId(QStringLiteral("nope")), -1);
        model.setTeam(TeamIndex::build(simulatedTeam(40, 5, 3)));
        QCOMPARE(proxy.rowCount(), model.rowCount());
        model.setTeam(TeamIndex::build(Snapshot()));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void rolesAndGroupsModels()
    {
        TestedTable<RolesModel> rolesTable;
        RolesModel &roles = rolesTable.model;
        TestedTable<GroupsModel> groupsTable;
        GroupsModel &groups = groupsTable.model;
        TableFilterProxy &gp = groupsTable.proxy;
        gp.sort(GroupsModel::Members, Qt::DescendingOrder);
        roles.setTeam(m_team);
        groups.setTeam(m_team);
        QCOMPARE(roles.rowCount(), m_snapshot.roles.size());
        QCOMPARE(groups.rowCount(), m_snapshot.groups.size());

        int holders = 0;
        for (int r = 0; r < roles.rowCount(); ++r)
            holders += roles.index(r, RolesModel::Holders).data(TableModel::SortRole).toInt();
        int withRole = 0;
        for (const Account &a : m_snapshot.accounts)
            withRole += a.roleId.isEmpty() ? 0 : 1;
        QCOMPARE(holders, withRole);

        // Sorted by member count, biggest first.
        int last = INT_MAX;
        for (int r = 0; r < gp.rowCount(); ++r) {
            const int n = gp.index(r, GroupsModel::Members).data(TableModel::SortRole).toInt();
            QVERIFY(n <= last);
            last = n;
        }
        const Group &g = m_snapshot.groups.at(3);
        gp.setSearchText(g.name);
        QVERIFY(gp.rowCount() >= 1);
        QVERIFY(column(gp, GroupsModel::Id).contains(g.id));
        gp.setSearchText(QString());
        gp.setRowPredicate(
            [&](int row) { return groups.group(row).managementType == GroupManagementType::SystemManaged; });
        QVERIFY(gp.rowCount() >= 1);
    }

    void grantsModel()
    {
        TestedTable<GrantsModel> table;
        GrantsModel &model = table.model;
        TableFilterProxy &proxy = table.proxy;
        model.setTeam(m_team);
        const QVector<Grant> grants = grantsOf(m_snapshot);
        QCOMPARE(model.rowCount(), grants.size());

        // Every grant of the core's vocabulary appears, with ConductorOne's ids.
        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.rowId(r));
        for (const Grant &g : grants)
            QVERIFY2(ids.contains(g.id()), qPrintable(g.id()));
        const QStringList entitlementIds = column(model, GrantsModel::EntitlementId);
        QVERIFY(entitlementIds.contains(grants.first().entitlementId()));

        // Search by group name, by principal email and by a pasted entitlement id.
        const Membership &m = m_snapshot.memberships.first();
        const Group *group = m_team->group(m.groupId);
        proxy.setSearchText(entitlementId(QStringLiteral("group"), m.groupId, toWire(m.accessType)));
        QVERIFY(proxy.rowCount() >= 1);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, GrantsModel::EntitlementId).data().toString().contains(m.groupId));
        proxy.setSearchText(group->name);
        QVERIFY(proxy.rowCount() >= m_team->membershipsOfGroup.at(m_team->groupIndex(m.groupId)).size());
        const Account *a = m_team->account(m.teamMemberId);
        proxy.setSearchText(a->email);
        QVERIFY(proxy.rowCount() >= m_team->membershipsOfAccount.at(m_team->accountIndex(a->teamMemberId)).size());
        proxy.setSearchText(QString());

        proxy.setRowPredicate([&](int row) { return model.kind(row) == GrantsModel::Kind::RoleMember; });
        int withRole = 0;
        for (const Account &acc : m_snapshot.accounts)
            withRole += acc.roleId.isEmpty() ? 0 : 1;
        QCOMPARE(proxy.rowCount(), withRole);
        proxy.sort(GrantsModel::Principal);
        proxy.sort(GrantsModel::Resource, Qt::DescendingOrder);
    }

    void changesAndRunsModels()
    {
        ChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SnapshotDiff diff;
        diff.fromRun = 1;
        diff.toRun = 2;
        Account added = m_snapshot.accounts.at(0);
        diff.accountsAdded << added;
        AccountChange change;
        change.before = m_snapshot.accounts.at(1);
        change.after = change.before;
        change.after.status = AccountStatus::Suspended;
        change.fields << QStringLiteral("status");
        diff.accountsChanged << change;
        const Grant grant{QStringLiteral("group"), m_snapshot.groups.at(0).id, QStringLiteral("owner"),
                          m_snapshot.accounts.at(2).teamMemberId};
        diff.grantsRemoved << grant;
        model.setDiff(diff, m_team);
        QCOMPARE(model.rowCount(), 3);
        const QStringList kinds = column(model, ChangesModel::Change);
        QVERIFY(kinds.contains(ChangesModel::kindText(ChangesModel::Kind::AccountAdded)));
        QVERIFY(kinds.contains(ChangesModel::kindText(ChangesModel::Kind::GrantRemoved)));
        const QStringList details = column(model, ChangesModel::Details);
        QVERIFY2(details.join(QLatin1Char('|')).contains(displayName(AccountStatus::Suspended)),
                 qPrintable(details.join(QLatin1Char('|'))));
        QVERIFY(details.join(QLatin1Char('|')).contains(m_snapshot.groups.at(0).name));
        model.setDiff(SnapshotDiff(), m_team);
        QCOMPARE(model.rowCount(), 0);

        RunsModel runs;
        QAbstractItemModelTester rt(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunInfo r1;
        r1.id = 1;
        r1.status = QStringLiteral("complete");
        r1.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        r1.finishedAt = r1.startedAt.addSecs(3);
        r1.accounts = 300;
        RunInfo r2 = r1;
        r2.id = 2;
        r2.status = QStringLiteral("failed");
        r2.error = QStringLiteral("Dropbox refused the credentials.");
        runs.setRuns({r2, r1});
        QCOMPARE(runs.rowCount(), 2);
        QCOMPARE(runs.index(0, RunsModel::Error).data().toString(), r2.error);
    }

    void detailPaneShowsWhoHoldsWhat()
    {
        DetailPane pane;
        pane.setTeam(m_team);
        // An account with a role and at least one group.
        int pick = -1;
        for (int i = 0; i < m_snapshot.accounts.size() && pick < 0; ++i) {
            if (m_team->accountRole.at(i) >= 0 && !m_team->membershipsOfAccount.at(i).isEmpty())
                pick = i;
        }
        QVERIFY(pick >= 0);
        const Account &a = m_snapshot.accounts.at(pick);
        QSignalSpy requested(&pane, &DetailPane::objectRequested);
        pane.showObject(DetailPane::objectUrl(QStringLiteral("account"), a.teamMemberId));
        const QString text = pane.plainText();
        QVERIFY(text.contains(accountLabel(a)));
        QVERIFY(text.contains(m_snapshot.roles.at(m_team->accountRole.at(pick)).name));
        const Group &g
            = m_snapshot.groups.at(m_team->membershipGroup.at(m_team->membershipsOfAccount.at(pick).first()));
        QVERIFY(text.contains(g.name));
        QVERIFY(pane.browser()->toHtml().contains(QStringLiteral("dbx://group/")));

        // URL round trip with ids holding colons.
        QString kind, id;
        QVERIFY(DetailPane::parseObjectUrl(DetailPane::objectUrl(QStringLiteral("group"), g.id), &kind, &id));
        QCOMPARE(kind, QStringLiteral("group"));
        QCOMPARE(id, g.id);

        // History.
        pane.showObject(DetailPane::objectUrl(QStringLiteral("group"), g.id));
        QVERIFY(pane.plainText().contains(a.email));
        pane.goBack();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(pane.currentObject(), DetailPane::objectUrl(QStringLiteral("account"), a.teamMemberId));
        pane.goForward();
        QCOMPARE(pane.currentObject(), DetailPane::objectUrl(QStringLiteral("group"), g.id));
        pane.showObject(DetailPane::objectUrl(QStringLiteral("role"), m_snapshot.roles.at(0).id));
        QVERIFY(pane.plainText().contains(m_snapshot.roles.at(0).name));
        pane.showObject(DetailPane::objectUrl(QStringLiteral("account"), QStringLiteral("dbmid:gone")));
        QVERIFY(pane.plainText().contains(QStringLiteral("dbmid:gone")));
    }

    void csvExportWritesTheFilteredTable()
    {
        AccountsModel model;
        TablePage page(QStringLiteral("accounts"), &model);
        model.setTeam(m_team);
        const Account &a = m_snapshot.accounts.at(5);
        page.searchBox()->setText(a.email);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.csv"));
        const Expected<int> rows = exportTableCsv(page, path);
        QVERIFY2(rows, qPrintable(rows.error().message()));
        QCOMPARE(*rows, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("Name,Email,Status"));
        QVERIFY(lines.at(1).contains(a.email.toUtf8()));
        QVERIFY(lines.at(1).contains(a.teamMemberId.toUtf8()));
        QVERIFY(lines.at(1).contains(toWire(a.status).toUtf8()));
        // Hidden columns are left out.
        page.view()->horizontalHeader()->hideSection(AccountsModel::Id);
        QVERIFY(!tableCsv(page).contains(a.teamMemberId.toUtf8()));
    }

    void activityLogForwardsDbxCategoriesFromAnyThread()
    {
        g_chainedCalls = 0;
        g_chained = qInstallMessageHandler(countingHandler);
        {
            ActivityLog log;
            QAbstractItemModelTester tester(log.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            TableFilterProxy proxy;
            proxy.setTable(log.model());
            QAbstractItemModelTester pt(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxy.sort(LogModel::Time);

            QThread *thread = QThread::create([] {
                for (int i = 0; i < 50; ++i)
                    qCInfo(lcTestFeature) << "from the worker" << i;
                qCWarning(lcTestFeature) << "a retry";
                qCWarning(lcOther) << "not ours";
            });
            thread->start();
            QVERIFY(thread->wait(5000));
            delete thread;
            qCCritical(lcTestFeature) << "an error on the GUI thread";
            QTRY_COMPARE(log.model()->rowCount(), 52);
            QCOMPARE(g_chainedCalls.loadRelaxed(), 53); // every message, ours or not, reaches the previous handler
            QCOMPARE(log.model()->entry(0).category, QStringLiteral("dbx.testfeature"));

            proxy.setRowPredicate([&](int row) { return severityOf(log.model()->entry(row).type) >= 2; });
            QCOMPARE(proxy.rowCount(), 2);
            proxy.setSearchText(QStringLiteral("retry"));
            QCOMPARE(proxy.rowCount(), 1);

            log.model()->setCapacity(10);
            qCInfo(lcTestFeature) << "overflow";
            QTRY_COMPARE(log.model()->rowCount(), 10);
            log.model()->clear();
            QCOMPARE(log.model()->rowCount(), 0);
        }
        // The window's handler is gone; the test's own is back.
        const QtMessageHandler current = qInstallMessageHandler(g_chained);
        QVERIFY(current == &countingHandler);
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
