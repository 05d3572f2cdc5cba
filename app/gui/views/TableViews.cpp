#include "views/TableViews.h"

#include "MainWindow.h"
#include "log/ActivityLog.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "views/TablePage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace dbx::gui {

namespace {

QComboBox *filterCombo(QWidget *parent, const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// A combo whose items carry an int (-1: no filter); a row passes when matches(row, value) says so.
void filterByCombo(TablePage *page, QComboBox *combo, std::function<bool(int row, int value)> matches)
{
    page->addFilterWidget(combo);
    QObject::connect(combo, &QComboBox::currentIndexChanged, page, [page, combo, matches] {
        const int value = combo->currentData().toInt();
        if (value < 0)
            page->proxy()->setRowPredicate({});
        else
            page->proxy()->setRowPredicate([matches, value](int row) { return matches(row, value); });
    });
}

} // namespace

void setUpAccountsPage(TablePage *accounts, const AccountsModel *model)
{
    accounts->setPlaceholder(MainWindow::tr("Search name, email, ID or role (Ctrl+F)"));
    accounts->setColumnWidths({170, 270, 80, 90, 150, 60, 55, 95, 110, 200});
    auto *status = filterCombo(accounts, QStringLiteral("accountStatusFilter"), MainWindow::tr("Account status"));
    status->addItem(MainWindow::tr("Any status"), -1);
    for (AccountStatus s :
         {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed})
        status->addItem(displayName(s), int(s));
    auto *type = filterCombo(accounts, QStringLiteral("accountTypeFilter"), MainWindow::tr("Membership type"));
    type->addItem(MainWindow::tr("Any membership"), -1);
    for (MembershipType t : {MembershipType::Full, MembershipType::Limited})
        type->addItem(displayName(t), int(t));
    auto *role = filterCombo(accounts, QStringLiteral("accountRoleFilter"), MainWindow::tr("Admin role"));
    role->addItem(MainWindow::tr("Admins and members"), -1);
    role->addItem(MainWindow::tr("Admins only"), 1);
    role->addItem(MainWindow::tr("Members only"), 0);
    // Inactive: a current member without a sign-in in the last N days (needs the connection's
    // "Read sign-in activity"; without it nobody is known to be inactive).
    auto *inactive = filterCombo(accounts, QStringLiteral("accountInactiveFilter"),
                                 MainWindow::tr("Members without a sign-in for more than N days (needs the "
                                                "connection's \"Read sign-in activity\")"));
    inactive->addItem(MainWindow::tr("Any sign-in"), -1);
    for (int days : {30, 60, 90, 180})
        inactive->addItem(MainWindow::tr("Inactive for more than %n day(s)", nullptr, days), days);
    auto *removed = new QCheckBox(MainWindow::tr("Show removed"), accounts);
    removed->setObjectName(QStringLiteral("accountShowRemovedCheck"));
    removed->setChecked(true);
    removed->setToolTip(MainWindow::tr("Removed accounts are listed last, in grey"));
    for (QWidget *w : {static_cast<QWidget *>(status), static_cast<QWidget *>(type), static_cast<QWidget *>(role),
                       static_cast<QWidget *>(inactive), static_cast<QWidget *>(removed)})
        accounts->addFilterWidget(w);
    const auto applyAccountFilters = [model, accounts, status, type, role, inactive, removed] {
        const int st = status->currentData().toInt();
        const int ty = type->currentData().toInt();
        const int ro = role->currentData().toInt();
        const int idle = inactive->currentData().toInt();
        const bool showRemoved = removed->isChecked();
        if (st < 0 && ty < 0 && ro < 0 && idle < 0 && showRemoved) {
            accounts->proxy()->setRowPredicate({});
            return;
        }
        accounts->proxy()->setRowPredicate([model, st, ty, ro, idle, showRemoved](int row) {
            const Account &a = model->account(row);
            if (idle >= 0 && !model->inactiveFor(row, idle))
                return false;
            if (!showRemoved && a.status == AccountStatus::Removed && st != int(AccountStatus::Removed))
                return false;
            if (st >= 0 && int(a.status) != st)
                return false;
            if (ty >= 0 && int(a.membershipType) != ty)
                return false;
            if (ro >= 0 && a.roleId.isEmpty() == (ro == 1))
                return false;
            return true;
        });
    };
    QObject::connect(status, &QComboBox::currentIndexChanged, accounts, applyAccountFilters);
    QObject::connect(type, &QComboBox::currentIndexChanged, accounts, applyAccountFilters);
    QObject::connect(role, &QComboBox::currentIndexChanged, accounts, applyAccountFilters);
    QObject::connect(inactive, &QComboBox::currentIndexChanged, accounts, applyAccountFilters);
    QObject::connect(removed, &QCheckBox::toggled, accounts, applyAccountFilters);
}

void setUpRolesPage(TablePage *roles, const RolesModel *model)
{
    roles->setPlaceholder(MainWindow::tr("Search roles"));
    roles->setColumnWidths({220, 70, 480});
    auto *held = new QCheckBox(MainWindow::tr("Held only"), roles);
    held->setObjectName(QStringLiteral("roleHeldFilter"));
    held->setToolTip(MainWindow::tr("Only roles someone holds"));
    roles->addFilterWidget(held);
    QObject::connect(held, &QCheckBox::toggled, roles, [model, roles](bool on) {
        if (!on)
            roles->proxy()->setRowPredicate({});
        else
            roles->proxy()->setRowPredicate(
                [model](int row) { return !model->team()->holdersOfRole.at(row).isEmpty(); });
    });
}

void setUpGroupsPage(TablePage *groups, const GroupsModel *model)
{
    groups->setPlaceholder(MainWindow::tr("Search groups"));
    groups->setColumnWidths({240, 140, 80, 70, 110, 140, 200});
    auto *mgmt = filterCombo(groups, QStringLiteral("groupTypeFilter"), MainWindow::tr("Who manages the group"));
    mgmt->addItem(MainWindow::tr("Any management"), -1);
    for (GroupManagementType t :
         {GroupManagementType::UserManaged, GroupManagementType::CompanyManaged, GroupManagementType::SystemManaged})
        mgmt->addItem(displayName(t), int(t));
    filterByCombo(groups, mgmt, [model](int row, int t) { return int(model->group(row).managementType) == t; });
}

void setUpEntitlementsPage(TablePage *grants, const GrantsModel *model)
{
    grants->setPlaceholder(MainWindow::tr("Search principal, group, role or entitlement ID"));
    grants->setColumnWidths({170, 250, 95, 220, 85, 300});
    // Natural order (group by group, then roles) until the user sorts: sorting 500,000 grants on
    // every load would cost more than it helps.
    grants->view()->sortByColumn(-1, Qt::AscendingOrder);
    grants->proxy()->sort(-1);
    auto *grantKind = filterCombo(grants, QStringLiteral("grantKindFilter"), MainWindow::tr("Entitlement kind"));
    grantKind->addItem(MainWindow::tr("Every entitlement"), -1);
    grantKind->addItem(MainWindow::tr("Group members"), int(GrantsModel::Kind::GroupMember));
    grantKind->addItem(MainWindow::tr("Group owners"), int(GrantsModel::Kind::GroupOwner));
    grantKind->addItem(MainWindow::tr("Admin roles"), int(GrantsModel::Kind::RoleMember));
    filterByCombo(grants, grantKind, [model](int row, int k) { return int(model->kind(row)) == k; });
}

void setUpRunsPage(TablePage *runs)
{
    runs->setPlaceholder(MainWindow::tr("Search runs"));
    runs->setColumnWidths({60, 90, 150, 80, 80, 70, 60, 100, 80});
    runs->view()->sortByColumn(RunsModel::Run, Qt::DescendingOrder);
}

void setUpLogPage(TablePage *log, LogModel *model)
{
    log->setPlaceholder(MainWindow::tr("Search the log"));
    log->setColumnWidths({100, 70, 110});
    auto *level = filterCombo(log, QStringLiteral("logLevelFilter"), MainWindow::tr("Lowest level shown"));
    level->addItem(MainWindow::tr("Debug and above"), 0);
    level->addItem(MainWindow::tr("Info and above"), 1);
    level->addItem(MainWindow::tr("Warnings and errors"), 2);
    level->addItem(MainWindow::tr("Errors only"), 3);
    level->setCurrentIndex(1);
    auto *clearLog = new QPushButton(MainWindow::tr("Clear"), log);
    clearLog->setObjectName(QStringLiteral("logClearButton"));
    log->addFilterWidget(level);
    log->addFilterWidget(clearLog);
    const auto applyLevel = [model, log, level] {
        const int min = level->currentData().toInt();
        log->proxy()->setRowPredicate([model, min](int row) { return severityOf(model->entry(row).type) >= min; });
    };
    applyLevel();
    QObject::connect(level, &QComboBox::currentIndexChanged, log, applyLevel);
    QObject::connect(clearLog, &QPushButton::clicked, model, &LogModel::clear);
    // Follow the tail while the user is at the bottom; stay put while reading older lines.
    QObject::connect(log->proxy(), &QAbstractItemModel::rowsInserted, log, [log] {
        QScrollBar *bar = log->view()->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(log->view(), &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

} // namespace dbx::gui
