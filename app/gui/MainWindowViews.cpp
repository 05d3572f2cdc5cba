#include "MainWindow.h"

#include "GuiLog.h"
#include "log/ActivityLog.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "views/ChangesPage.h"
#include "views/DetailPane.h"
#include "views/TableExport.h"
#include "store/SnapshotStore.h"
#include "worker/ConnectorSession.h"
#include "views/TablePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// The views: the not-configured page, the tables with their filters, the Changes page and the
// detail pane, how they are shown, and how a selection reaches the pane.

namespace dbx::gui {

namespace {

QString kindOfView(MainWindow::View v)
{
    switch (v) {
    case MainWindow::View::Accounts: return QStringLiteral("account");
    case MainWindow::View::Groups: return QStringLiteral("group");
    case MainWindow::View::Roles: return QStringLiteral("role");
    default: break;
    }
    return {};
}

QComboBox *filterCombo(QWidget *parent, const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

TablePage *MainWindow::addTablePage(View view, const QString &name, TableModel *model, const QString &title)
{
    auto *page = new TablePage(name, model, m_tabs);
    m_pages.insert(int(view), page);
    m_tabs->addTab(page, title);
    connect(page, &TablePage::currentRowChanged, this, [this, view](int row) { onCurrentRowChanged(view, row); });
    connect(page, &TablePage::selectionChanged, this, &MainWindow::selectionChanged);
    return page;
}

void MainWindow::installContextMenu(View view)
{
    TablePage *page = m_pages.value(int(view));
    auto *menu = new QMenu(this);
    menu->setObjectName(page->name() + QStringLiteral("ContextMenu"));
    auto *copy = new QAction(tr("Copy IDs"), menu);
    copy->setObjectName(page->name() + QStringLiteral("CopyIdsAction"));
    connect(copy, &QAction::triggered, this, [page] {
        QApplication::clipboard()->setText(page->selectedIds().join(QLatin1Char('\n')));
    });
    menu->addAction(copy);
    menu->addSeparator();
    m_contextMenus.insert(int(view), menu);
    connect(page->view(), &QWidget::customContextMenuRequested, this, [page, menu](const QPoint &pos) {
        if (!page->view()->indexAt(pos).isValid())
            return;
        menu->popup(page->view()->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::buildViews()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));

    // Not configured: say what to do instead of showing empty tables.
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("notConfiguredPage"));
    auto *title = new QLabel(tr("Connect to your Dropbox team"), empty);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("notConfiguredText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMaximumWidth(560);
    auto *setup = new QPushButton(tr("Set up connection..."), empty);
    setup->setObjectName(QStringLiteral("setupConnectionButton"));
    setup->setDefault(true);
    setup->setMinimumHeight(36);
    connect(setup, &QPushButton::clicked, m_setupAction, &QAction::trigger);
    auto *demoHint = new QLabel(tr("To look around first, start <tt>dropbox-connector --demo</tt>: it runs against a "
                                   "built-in simulated team, no Dropbox account needed."), empty);
    demoHint->setObjectName(QStringLiteral("demoHint"));
    demoHint->setWordWrap(true);
    demoHint->setAlignment(Qt::AlignCenter);
    demoHint->setMaximumWidth(560);
    auto *el = new QVBoxLayout(empty);
    el->addStretch(2);
    el->addWidget(title, 0, Qt::AlignHCenter);
    el->addSpacing(8);
    el->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    el->addSpacing(16);
    el->addWidget(setup, 0, Qt::AlignHCenter);
    el->addSpacing(24);
    el->addWidget(demoHint, 0, Qt::AlignHCenter);
    el->addStretch(3);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_detail = new DetailPane(m_splitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 380});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(empty);
    m_stack->addWidget(m_splitter);

    // Accounts
    TablePage *accounts = addTablePage(View::Accounts, QStringLiteral("accounts"), m_accounts, tr("Accounts"));
    accounts->setPlaceholder(tr("Search name, email, ID or role (Ctrl+F)"));
    accounts->setColumnWidths({170, 270, 80, 90, 150, 60, 55, 95, 200});
    auto *status = filterCombo(accounts, QStringLiteral("accountStatusFilter"), tr("Account status"));
    status->addItem(tr("Any status"), -1);
    for (AccountStatus s : {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed})
        status->addItem(displayName(s), int(s));
    auto *type = filterCombo(accounts, QStringLiteral("accountTypeFilter"), tr("Membership type"));
    type->addItem(tr("Any membership"), -1);
    for (MembershipType t : {MembershipType::Full, MembershipType::Limited})
        type->addItem(displayName(t), int(t));
    auto *role = filterCombo(accounts, QStringLiteral("accountRoleFilter"), tr("Admin role"));
    role->addItem(tr("Admins and members"), -1);
    role->addItem(tr("Admins only"), 1);
    role->addItem(tr("Members only"), 0);
    auto *removed = new QCheckBox(tr("Show removed"), accounts);
    removed->setObjectName(QStringLiteral("accountShowRemovedCheck"));
    removed->setChecked(true);
    removed->setToolTip(tr("Removed accounts are listed last, in grey"));
    for (QWidget *w : {static_cast<QWidget *>(status), static_cast<QWidget *>(type), static_cast<QWidget *>(role),
                       static_cast<QWidget *>(removed)})
        accounts->addFilterWidget(w);
    const auto applyAccountFilters = [this, accounts, status, type, role, removed] {
        const int st = status->currentData().toInt();
        const int ty = type->currentData().toInt();
        const int ro = role->currentData().toInt();
        const bool showRemoved = removed->isChecked();
        if (st < 0 && ty < 0 && ro < 0 && showRemoved) {
            accounts->proxy()->setRowPredicate({});
            return;
        }
        accounts->proxy()->setRowPredicate([this, st, ty, ro, showRemoved](int row) {
            const Account &a = m_accounts->account(row);
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
    connect(status, &QComboBox::currentIndexChanged, this, applyAccountFilters);
    connect(type, &QComboBox::currentIndexChanged, this, applyAccountFilters);
    connect(role, &QComboBox::currentIndexChanged, this, applyAccountFilters);
    connect(removed, &QCheckBox::toggled, this, applyAccountFilters);

    // Roles
    TablePage *roles = addTablePage(View::Roles, QStringLiteral("roles"), m_roles, tr("Roles"));
    roles->setPlaceholder(tr("Search roles"));
    roles->setColumnWidths({220, 70, 480});
    auto *held = new QCheckBox(tr("Held only"), roles);
    held->setObjectName(QStringLiteral("roleHeldFilter"));
    held->setToolTip(tr("Only roles someone holds"));
    roles->addFilterWidget(held);
    connect(held, &QCheckBox::toggled, this, [this, roles](bool on) {
        if (!on)
            roles->proxy()->setRowPredicate({});
        else
            roles->proxy()->setRowPredicate([this](int row) { return !m_team->holdersOfRole.at(row).isEmpty(); });
    });

    // Groups
    TablePage *groups = addTablePage(View::Groups, QStringLiteral("groups"), m_groups, tr("Groups"));
    groups->setPlaceholder(tr("Search groups"));
    groups->setColumnWidths({240, 140, 80, 70, 110, 140, 200});
    auto *mgmt = filterCombo(groups, QStringLiteral("groupTypeFilter"), tr("Who manages the group"));
    mgmt->addItem(tr("Any management"), -1);
    for (GroupManagementType t : {GroupManagementType::UserManaged, GroupManagementType::CompanyManaged,
                                  GroupManagementType::SystemManaged})
        mgmt->addItem(displayName(t), int(t));
    groups->addFilterWidget(mgmt);
    connect(mgmt, &QComboBox::currentIndexChanged, this, [this, groups, mgmt] {
        const int t = mgmt->currentData().toInt();
        if (t < 0)
            groups->proxy()->setRowPredicate({});
        else
            groups->proxy()->setRowPredicate([this, t](int row) { return int(m_groups->group(row).managementType) == t; });
    });

    // Entitlements: every grant in ConductorOne's vocabulary.
    TablePage *grants = addTablePage(View::Entitlements, QStringLiteral("entitlements"), m_grants, tr("Entitlements"));
    grants->setPlaceholder(tr("Search principal, group, role or entitlement ID"));
    grants->setColumnWidths({170, 250, 95, 220, 85, 300});
    // Natural order (group by group, then roles) until the user sorts: sorting 500,000 grants on
    // every load would cost more than it helps.
    grants->view()->sortByColumn(-1, Qt::AscendingOrder);
    grants->proxy()->sort(-1);
    auto *grantKind = filterCombo(grants, QStringLiteral("grantKindFilter"), tr("Entitlement kind"));
    grantKind->addItem(tr("Every entitlement"), -1);
    grantKind->addItem(tr("Group members"), int(GrantsModel::Kind::GroupMember));
    grantKind->addItem(tr("Group owners"), int(GrantsModel::Kind::GroupOwner));
    grantKind->addItem(tr("Admin roles"), int(GrantsModel::Kind::RoleMember));
    grants->addFilterWidget(grantKind);
    connect(grantKind, &QComboBox::currentIndexChanged, this, [this, grants, grantKind] {
        const int k = grantKind->currentData().toInt();
        if (k < 0)
            grants->proxy()->setRowPredicate({});
        else
            grants->proxy()->setRowPredicate([this, k](int row) { return int(m_grants->kind(row)) == k; });
    });

    // Changes
    m_changes = new ChangesPage(m_tabs);
    m_tabs->addTab(m_changes, tr("Changes"));
    connect(m_changes, &ChangesPage::compareRequested, m_worker, [this](qint64 from, qint64 to) {
        m_worker->computeDiff(from, to);
    });
    connect(m_changes, &ChangesPage::objectRequested, this, [this](const QString &kind, const QString &id) {
        showObject(DetailPane::objectUrl(kind, id));
    });
    connect(m_changes->table(), &TablePage::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_detail->showObject(DetailPane::objectUrl(m_changes->model()->linkKind(row), m_changes->model()->linkId(row)));
    });

    // Runs
    TablePage *runs = addTablePage(View::Runs, QStringLiteral("runs"), m_runs, tr("Sync runs"));
    runs->setPlaceholder(tr("Search runs"));
    runs->setColumnWidths({60, 90, 150, 80, 80, 70, 60, 100, 80});
    runs->view()->sortByColumn(RunsModel::Run, Qt::DescendingOrder);
    connect(runs, &TablePage::rowActivated, this, [this](int row) {
        if (row >= 0 && m_runs->runs().at(row).status == QLatin1String("complete")) {
            m_worker->computeDiff(0, m_runs->runs().at(row).id);
            showView(View::Changes);
        }
    });

    // Activity log
    TablePage *log = addTablePage(View::Activity, QStringLiteral("log"), m_log->model(), tr("Activity"));
    m_logPage = log;
    log->setPlaceholder(tr("Search the log"));
    log->setColumnWidths({100, 70, 110});
    auto *level = filterCombo(log, QStringLiteral("logLevelFilter"), tr("Lowest level shown"));
    level->addItem(tr("Debug and above"), 0);
    level->addItem(tr("Info and above"), 1);
    level->addItem(tr("Warnings and errors"), 2);
    level->addItem(tr("Errors only"), 3);
    level->setCurrentIndex(1);
    auto *clearLog = new QPushButton(tr("Clear"), log);
    clearLog->setObjectName(QStringLiteral("logClearButton"));
    log->addFilterWidget(level);
    log->addFilterWidget(clearLog);
    const auto applyLevel = [this, log, level] {
        const int min = level->currentData().toInt();
        LogModel *model = m_log->model();
        log->proxy()->setRowPredicate([model, min](int row) { return severityOf(model->entry(row).type) >= min; });
    };
    applyLevel();
    connect(level, &QComboBox::currentIndexChanged, this, applyLevel);
    connect(clearLog, &QPushButton::clicked, m_log->model(), &LogModel::clear);
    // Follow the tail while the user is at the bottom; stay put while reading older lines.
    connect(log->proxy(), &QAbstractItemModel::rowsInserted, this, [log] {
        QScrollBar *bar = log->view()->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(log->view(), &QTableView::scrollToBottom, Qt::QueuedConnection);
    });

    for (View v : {View::Accounts, View::Roles, View::Groups, View::Entitlements})
        installContextMenu(v);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    // A table brought to the front shows its current row in the pane.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_selectingObject)
            return;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it.value() == m_tabs->currentWidget() && it.value()->view()->currentIndex().isValid())
                onCurrentRowChanged(View(it.key()), it.value()->proxy()->mapToSource(it.value()->view()->currentIndex()).row());
        }
    });
    connect(m_detail, &DetailPane::objectRequested, this, [this](const QUrl &url) { showObject(url); });

    // View menu: one entry per tab, Ctrl+1..9.
    QMenu *viewMenu = menu(Menu::View);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *a = viewMenu->addAction(m_tabs->tabText(i));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QWidget *w = m_tabs->widget(i);
        connect(a, &QAction::triggered, this, [this, w] { showView(w); });
    }
}

// ---------------------------------------------------------------------------------- accessors

QMenu *MainWindow::menu(Menu which) const
{
    QMenu *m = m_menus.value(int(which));
    if (which == Menu::Actions && m)
        m->menuAction()->setVisible(true);
    return m;
}

QMenu *MainWindow::contextMenu(View view) const
{
    return m_contextMenus.value(int(view));
}

int MainWindow::addView(QWidget *widget, const QString &title, const QIcon &icon)
{
    const int index = m_tabs->addTab(widget, icon, title);
    QAction *a = m_menus.value(int(Menu::View))->addAction(title);
    connect(a, &QAction::triggered, this, [this, widget] { showView(widget); });
    return index;
}

void MainWindow::showView(View view)
{
    if (view == View::Changes)
        showView(m_changes);
    else
        showView(m_pages.value(int(view)));
}

bool MainWindow::showViewNamed(const QString &name)
{
    static const QHash<QString, View> views = {
        {QStringLiteral("accounts"), View::Accounts}, {QStringLiteral("roles"), View::Roles},
        {QStringLiteral("groups"), View::Groups}, {QStringLiteral("entitlements"), View::Entitlements},
        {QStringLiteral("changes"), View::Changes}, {QStringLiteral("runs"), View::Runs},
        {QStringLiteral("activity"), View::Activity}};
    const auto it = views.constFind(name.toLower());
    if (it != views.cend()) {
        showView(*it);
        return true;
    }
    // Views features added: their title without '&' and spaces ("audit", "conductorone").
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString title = m_tabs->tabText(i).toLower();
        title.remove(QLatin1Char('&')).remove(QLatin1Char(' '));
        if (title == name.toLower()) {
            showView(m_tabs->widget(i));
            return true;
        }
    }
    return false;
}

void MainWindow::showView(QWidget *widget)
{
    if (!widget)
        return;
    if (m_hasConnection)
        m_stack->setCurrentIndex(1);
    m_tabs->setCurrentWidget(widget);
}

TablePage *MainWindow::page(View view) const
{
    if (view == View::Changes)
        return m_changes->table();
    return m_pages.value(int(view));
}

TablePage *MainWindow::currentPage() const
{
    QWidget *w = m_tabs->currentWidget();
    if (w == m_changes)
        return m_changes->table();
    if (auto *p = qobject_cast<TablePage *>(w))
        return p;
    return w ? w->findChild<TablePage *>() : nullptr;
}

QStringList MainWindow::selectedAccountIds() const
{
    return m_pages.value(int(View::Accounts))->selectedIds();
}

QStringList MainWindow::selectedGroupIds() const
{
    return m_pages.value(int(View::Groups))->selectedIds();
}

QStringList MainWindow::selectedRoleIds() const
{
    return m_pages.value(int(View::Roles))->selectedIds();
}

void MainWindow::updateEntitlementsIfShown()
{
    if (m_entitlementsStale && m_tabs->currentWidget() == m_pages.value(int(View::Entitlements))) {
        m_entitlementsStale = false;
        m_grants->setTeam(m_team);
    }
}

void MainWindow::onTabChanged(int)
{
    updateEntitlementsIfShown();
}

void MainWindow::onCurrentRowChanged(View view, int sourceRow)
{
    // Only the table in front drives the pane: selections restored or made in hidden tables
    // (after a refresh, say) must not replace what the admin is reading.
    if (sourceRow < 0 || m_tabs->currentWidget() != m_pages.value(int(view)))
        return;
    if (view == View::Entitlements) {
        m_detail->showObject(DetailPane::objectUrl(QStringLiteral("account"), m_grants->accountId(sourceRow)));
        return;
    }
    const QString kind = kindOfView(view);
    if (kind.isEmpty())
        return;
    const TablePage *p = m_pages.value(int(view));
    m_detail->showObject(DetailPane::objectUrl(kind, p->model()->rowId(sourceRow)));
}

bool MainWindow::showObject(const QUrl &url)
{
    QString kind;
    QString id;
    if (!DetailPane::parseObjectUrl(url, &kind, &id))
        return false;
    View view = View::Accounts;
    if (kind == QLatin1String("group"))
        view = View::Groups;
    else if (kind == QLatin1String("role"))
        view = View::Roles;
    else if (kind != QLatin1String("account"))
        return false;
    TablePage *p = m_pages.value(int(view));
    // The tab switch must not push the target table's old current row into the history.
    m_selectingObject = true;
    showView(view);
    m_selectingObject = false;
    const bool found = p->selectId(id);
    m_detail->showObject(url);
    return found;
}

void MainWindow::focusSearch()
{
    if (TablePage *p = currentPage())
        p->focusSearch();
}

} // namespace dbx::gui
