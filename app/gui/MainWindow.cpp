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

Q_LOGGING_CATEGORY(lcGui, "dbx.gui")

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

const char *const kBadgeStyle =
    "QLabel { border-radius: 9px; padding: 2px 10px; color: white; font-weight: bold; background: %1; }";

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_worker(new ConnectorWorker(this)),
      m_log(new ActivityLog(this)), m_team(TeamIndex::build(Snapshot())),
      m_accounts(new AccountsModel(this)), m_roles(new RolesModel(this)), m_groups(new GroupsModel(this)),
      m_grants(new GrantsModel(this)), m_runs(new RunsModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_settings) {
        m_settings = new QSettings;
        m_ownsSettings = true;
    }
    setWindowTitle(tr("Dropbox Team Connector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dropbox-connector.png")));

    buildActions();
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildHeader(central);
    buildViews();
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildStatusBar();

    connect(m_worker, &ConnectorWorker::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_worker, &ConnectorWorker::syncProgress, this, &MainWindow::onSyncProgress);
    connect(m_worker, &ConnectorWorker::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_worker, &ConnectorWorker::snapshotLoaded, this, &MainWindow::showSnapshot);
    connect(m_worker, &ConnectorWorker::diffReady, this, &MainWindow::onDiffReady);
    connect(m_worker, &ConnectorWorker::runsListed, this, [this](const QVector<RunInfo> &runs) {
        m_runs->setRuns(runs);
        m_changes->setRuns(runs);
    });
    connect(m_worker, &ConnectorWorker::connectionOpened, this, [this](const QString &dbPath, const QString &error) {
        if (!error.isEmpty() && m_hasConnection)
            showMessage(error, true);
        else
            qCInfo(lcGui) << "snapshot database" << QDir::toNativeSeparators(dbPath);
    });

    restoreSettings();
    onStateChanged(ConnectionState::NotConfigured, QString());
}

MainWindow::~MainWindow()
{
    if (m_ownsSettings)
        delete m_settings;
}

// ---------------------------------------------------------------------------------- building

void MainWindow::buildActions()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));
    const auto addMenu = [&](Menu which, const QString &title, const QString &name) {
        QMenu *m = bar->addMenu(title);
        m->setObjectName(name);
        m_menus.insert(int(which), m);
        return m;
    };
    QMenu *file = addMenu(Menu::File, tr("&File"), QStringLiteral("fileMenu"));
    QMenu *connection = addMenu(Menu::Connection, tr("&Connection"), QStringLiteral("connectionMenu"));
    QMenu *view = addMenu(Menu::View, tr("&View"), QStringLiteral("viewMenu"));
    QMenu *actions = addMenu(Menu::Actions, tr("&Actions"), QStringLiteral("actionsMenu"));
    QMenu *help = addMenu(Menu::Help, tr("&Help"), QStringLiteral("helpMenu"));
    // An empty Actions menu stays out of the way until feature code adds to it.
    actions->menuAction()->setVisible(false);

    m_syncAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcuts({QKeySequence(Qt::Key_F5)});
    m_syncAction->setToolTip(tr("Read the team from Dropbox into a new snapshot (F5)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::startSync);

    m_cancelAction = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel sync"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the running sync; the previous snapshot stays as it was (Esc)"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSync);

    m_exportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export table as CSV..."), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the rows the current table shows to a CSV file (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCurrentTable(); });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_setupAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Set up &connection..."), this);
    m_setupAction->setObjectName(QStringLiteral("setupConnectionAction"));
    m_setupAction->setToolTip(tr("Connect to a Dropbox team with the setup wizard"));
    connect(m_setupAction, &QAction::triggered, this, &MainWindow::connectionSetupRequested);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(quit);
    connection->addAction(m_syncAction);
    connection->addAction(m_cancelAction);
    connection->addSeparator();
    connection->addAction(m_setupAction);
    view->addAction(m_findAction);
    view->addSeparator();

    auto *about = new QAction(tr("&About"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Dropbox Team Connector"),
                           tr("<b>Dropbox Team Connector</b> %1<br>Dropbox team accounts, admin roles and "
                              "groups for ConductorOne.")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    help->addAction(about);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Sync and Cancel live next to the connection state and in the status bar; the toolbar is
    // for what acts on the tables (export now; provisioning and push as they arrive).
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_setupAction);
    m_toolBar->addSeparator();
}

void MainWindow::buildHeader(QWidget *host)
{
    auto *header = new QFrame(host);
    header->setObjectName(QStringLiteral("headerBar"));
    header->setFrameShape(QFrame::NoFrame);
    header->setAutoFillBackground(true);
    QPalette pal = header->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    header->setPalette(pal);

    m_teamName = new QLabel(header);
    m_teamName->setObjectName(QStringLiteral("teamNameLabel"));
    QFont big = m_teamName->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_teamName->setFont(big);
    m_stateBadge = new QLabel(header);
    m_stateBadge->setObjectName(QStringLiteral("connectionStateLabel"));
    m_authorized = new QLabel(header);
    m_authorized->setObjectName(QStringLiteral("authorizedLabel"));
    m_authorized->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastSync = new QLabel(header);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_syncButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Sync now"), header);
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setToolTip(m_syncAction->toolTip());
    connect(m_syncButton, &QPushButton::clicked, m_syncAction, &QAction::trigger);

    auto *top = new QHBoxLayout;
    top->addWidget(m_teamName);
    top->addSpacing(8);
    top->addWidget(m_stateBadge);
    top->addStretch(1);
    top->addWidget(m_syncButton);
    auto *sub = new QHBoxLayout;
    sub->addWidget(m_authorized);
    sub->addSpacing(24);
    sub->addWidget(m_lastSync);
    sub->addStretch(1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(sub);
    host->layout()->addWidget(header);

    m_messageBar = new QFrame(host);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageLabel = new QLabel(m_messageBar);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageAction = new QPushButton(m_messageBar);
    m_messageAction->setObjectName(QStringLiteral("messageActionButton"));
    auto *close = new QToolButton(m_messageBar);
    close->setObjectName(QStringLiteral("messageCloseButton"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    auto *ml = new QHBoxLayout(m_messageBar);
    ml->setContentsMargins(12, 6, 6, 6);
    ml->addWidget(m_messageLabel, 1);
    ml->addWidget(m_messageAction);
    ml->addWidget(close);
    connect(close, &QToolButton::clicked, this, &MainWindow::hideMessage);
    connect(m_messageAction, &QPushButton::clicked, this, [this] {
        auto callback = m_messageCallback;
        hideMessage();
        if (callback)
            callback();
    });
    m_messageBar->hide();
}

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

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_phaseLabel = new QLabel(bar);
    m_phaseLabel->setObjectName(QStringLiteral("syncPhaseLabel"));
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    bar->addPermanentWidget(m_phaseLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancelButton);
    m_phaseLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
}

// ---------------------------------------------------------------------------------- settings

void MainWindow::restoreSettings()
{
    QSettings &s = *m_settings;
    const QByteArray geometry = s.value(QStringLiteral("MainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1360, 820);
    restoreState(s.value(QStringLiteral("MainWindow/state")).toByteArray());
    const QByteArray splitter = s.value(QStringLiteral("MainWindow/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    for (TablePage *page : std::as_const(m_pages))
        page->restoreState(s);
    m_changes->table()->restoreState(s);
    const int tab = s.value(QStringLiteral("MainWindow/tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::saveSettings()
{
    QSettings &s = *m_settings;
    s.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("MainWindow/state"), saveState());
    s.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("MainWindow/tab"), m_tabs->currentIndex());
    for (TablePage *page : std::as_const(m_pages))
        page->saveState(s);
    m_changes->table()->saveState(s);
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_syncing)
        m_worker->cancel();
    event->accept();
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

QString MainWindow::messageText() const
{
    return m_messageBar->isVisible() || !m_messageBar->isHidden() ? m_messageLabel->text() : QString();
}

// ---------------------------------------------------------------------------------- behaviour

void MainWindow::setConnection(const ConnectionConfig &config)
{
    m_config = config;
    const QString invalid = config.validate();
    m_hasConnection = invalid.isEmpty();
    hideMessage();
    m_worker->setConnection(config);
    if (!m_hasConnection)
        onStateChanged(ConnectionState::NotConfigured, invalid);
    updateHeader();
    emit connectionChanged();
}

void MainWindow::startSync()
{
    if (!m_hasConnection) {
        showMessage(tr("No Dropbox team is connected yet. Set up a connection first."), false,
                    tr("Set up connection..."), [this] { emit connectionSetupRequested(); });
        return;
    }
    if (m_syncing)
        return;
    hideMessage();
    emit syncAboutToStart();
    setSyncing(true);
    qCInfo(lcGui) << "sync requested";
    m_worker->startSync();
}

void MainWindow::cancelSync()
{
    if (!m_syncing)
        return;
    m_phaseLabel->setText(tr("Cancelling..."));
    m_cancelButton->setEnabled(false);
    m_worker->cancel();
}

void MainWindow::reloadSnapshot()
{
    m_worker->loadRun(m_team->snapshot.runId);
}

void MainWindow::showNewestSnapshot()
{
    ConnectorWorker *worker = m_worker;
    // The worker outlives its thread, so it is still there when fn runs and posts back.
    m_worker->runOnWorker([worker](ConnectorSession *session) {
        const qint64 latest = session->store()->latestCompleteRun();
        QMetaObject::invokeMethod(worker, [worker, latest] { worker->loadRun(latest); }, Qt::QueuedConnection);
    });
}

void MainWindow::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_syncAction->setEnabled(!syncing);
    m_syncButton->setEnabled(!syncing);
    m_cancelAction->setEnabled(syncing);
    m_cancelButton->setEnabled(syncing);
    m_cancelButton->setVisible(syncing);
    m_progress->setVisible(syncing);
    m_phaseLabel->setVisible(syncing);
    if (syncing) {
        m_progress->setRange(0, 0);
        m_phaseLabel->setText(tr("Starting sync..."));
    }
}

void MainWindow::onStateChanged(ConnectionState state, const QString &detail)
{
    m_state = state;
    m_stateDetail = detail;
    QString color;
    switch (state) {
    case ConnectionState::NotConfigured: color = QStringLiteral("#7a7a7a"); break;
    case ConnectionState::Syncing: color = QStringLiteral("#1f6fd1"); break;
    case ConnectionState::Connected: color = QStringLiteral("#1b7f3b"); break;
    case ConnectionState::Error: color = QStringLiteral("#b3261e"); break;
    }
    m_stateBadge->setText(displayName(state));
    m_stateBadge->setStyleSheet(QString::fromLatin1(kBadgeStyle).arg(color));
    m_stateBadge->setToolTip(state == ConnectionState::Error ? detail : QString());
    if (state == ConnectionState::NotConfigured || !m_hasConnection) {
        m_stack->setCurrentIndex(0);
        m_emptyText->setText(detail.isEmpty() ? tr("No Dropbox team is connected yet. The setup wizard walks you "
                                                   "through creating a Dropbox app and authorizing it; the "
                                                   "credentials are kept in your system keychain.")
                                              : detail);
    } else {
        m_stack->setCurrentIndex(1);
    }
    m_syncButton->setEnabled(!m_syncing && m_hasConnection);
    updateHeader();
}

void MainWindow::onSyncProgress(const SyncProgress &p)
{
    if (!m_syncing)
        setSyncing(true);
    const QLocale l;
    QString text = p.phaseText;
    if (p.phase == SyncProgress::Phase::Reading) {
        text = tr("%1: %2 accounts, %3 of %4 groups, %5 memberships")
                   .arg(p.phaseText.isEmpty() ? tr("Reading") : p.phaseText, l.toString(p.accounts),
                        l.toString(p.groupsDone), l.toString(p.groups), l.toString(p.memberships));
        if (p.retries > 0)
            text += tr(" (%1 retries)").arg(l.toString(p.retries));
    }
    if (m_cancelButton->isEnabled())
        m_phaseLabel->setText(text);
    if (p.phase == SyncProgress::Phase::Reading && p.groups > 0) {
        m_progress->setRange(0, p.groups);
        m_progress->setValue(p.groupsDone);
        m_progress->setFormat(tr("%p% of groups"));
    } else {
        m_progress->setRange(0, 0);
    }
}

void MainWindow::onSyncFinished(const SyncOutcome &o)
{
    setSyncing(false);
    if (o.ok) {
        qCInfo(lcGui) << "sync finished:" << o.summary();
        statusBar()->showMessage(o.summary(), 15000);
    } else if (o.cancelled) {
        showMessage(tr("Sync cancelled. The previous snapshot is unchanged."), false);
    } else {
        QString text = o.error.isError() ? o.error.message() : o.message;
        if (text.isEmpty())
            text = o.message.isEmpty() ? tr("The sync failed.") : o.message;
        if (!o.error.requiredScope.isEmpty() && !text.contains(o.error.requiredScope))
            text += QLatin1Char(' ') + tr("The Dropbox app needs the scope %1: add it in the App Console "
                                          "(Permissions tab), then authorize again.").arg(o.error.requiredScope);
        qCWarning(lcGui) << "sync failed:" << o.error.brief();
        if (o.error.needsReauthorization()) {
            showMessage(text, true, tr("Run the setup wizard again"), [this] { emit reauthorizeRequested(); });
        } else {
            showMessage(text + QLatin1Char(' ') + tr("The previous snapshot is unchanged."), true, tr("Try again"),
                        [this] { startSync(); });
        }
    }
    emit syncCompleted(o);
}

QString MainWindow::noSyncYetText()
{
    return tr("No sync yet: press Sync now (F5) to read the team.");
}

void MainWindow::showSnapshot(const Snapshot &snapshot)
{
    QElapsedTimer clock;
    clock.start();
    // Keep what the admin was looking at when the object still exists in the new snapshot.
    struct Kept { QStringList ids; QString current; };
    QHash<int, Kept> kept;
    for (View v : {View::Accounts, View::Roles, View::Groups}) {
        TablePage *p = m_pages.value(int(v));
        kept.insert(int(v), {p->selectedIds(), p->currentId()});
    }
    m_team = TeamIndex::build(snapshot);
    m_selectingObject = true;
    m_accounts->setTeam(m_team);
    m_roles->setTeam(m_team);
    m_groups->setTeam(m_team);
    m_entitlementsStale = true;
    updateEntitlementsIfShown();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        m_pages.value(it.key())->selectIds(it.value().ids, it.value().current);
    m_selectingObject = false;
    m_detail->setTeam(m_team);
    // An empty detail pane explains nothing: start on the first row of each table.
    for (View v : {View::Accounts, View::Roles, View::Groups}) {
        TablePage *p = m_pages.value(int(v));
        if (!p->view()->currentIndex().isValid() && p->proxy()->rowCount() > 0)
            p->view()->setCurrentIndex(p->proxy()->index(0, 0));
    }
    if (m_hasConnection)
        m_stack->setCurrentIndex(1);
    updateHeader();
    qCDebug(lcGui) << "snapshot" << snapshot.runId << "shown in" << clock.elapsed() << "ms";
    if (snapshot.runId > 0) {
        if (statusBar()->currentMessage() == noSyncYetText())
            statusBar()->clearMessage();
        m_worker->listRuns();
        m_worker->computeDiff(0, 0);
    } else {
        statusBar()->showMessage(noSyncYetText(), 0);
    }
    emit snapshotShown(snapshot.runId);
}

void MainWindow::updateEntitlementsIfShown()
{
    if (m_entitlementsStale && m_tabs->currentWidget() == m_pages.value(int(View::Entitlements))) {
        m_entitlementsStale = false;
        m_grants->setTeam(m_team);
    }
}

void MainWindow::onDiffReady(const SnapshotDiff &diff)
{
    m_changes->setDiff(diff, m_team);
    emit diffShown(diff.fromRun, diff.toRun);
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

QString MainWindow::askSavePath(const QString &suggestedName, const QString &title, const QString &filter)
{
    if (m_savePath)
        return m_savePath(suggestedName);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(suggestedName), filter);
}

bool MainWindow::exportCurrentTable(const QString &requestedPath)
{
    TablePage *p = currentPage();
    if (!p)
        return false;
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString suggested = QStringLiteral("%1-%2.csv")
                                      .arg(p->name(), QDate::currentDate().toString(Qt::ISODate));
        path = askSavePath(suggested, tr("Export table as CSV"), tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    int rows = 0;
    if (!exportTableCsv(*p, path, &error, &rows)) {
        showMessage(error, true);
        return false;
    }
    qCInfo(lcGui) << "exported" << rows << "rows of" << p->name() << "to" << QDir::toNativeSeparators(path);
    statusBar()->showMessage(tr("Exported %1 rows to %2").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::showMessage(const QString &text, bool error, const QString &actionText, std::function<void()> action)
{
    m_messageLabel->setText(text);
    m_messageBar->setStyleSheet(error ? QStringLiteral("QFrame#messageBar { background: #fdecea; border: 1px solid #e5b0ab; }")
                                      : QStringLiteral("QFrame#messageBar { background: #eef4fc; border: 1px solid #b7cdea; }"));
    m_messageCallback = std::move(action);
    m_messageAction->setText(actionText);
    m_messageAction->setVisible(!actionText.isEmpty() && m_messageCallback);
    m_messageBar->show();
}

void MainWindow::hideMessage()
{
    m_messageBar->hide();
    m_messageLabel->clear();
    m_messageCallback = nullptr;
}

void MainWindow::updateHeader()
{
    const Snapshot &s = m_team->snapshot;
    QString team = s.team.name;
    if (team.isEmpty())
        team = m_config.name;
    if (team.isEmpty())
        team = tr("Dropbox Team Connector");
    m_teamName->setText(team);
    setWindowTitle(m_hasConnection ? tr("%1 \u2013 Dropbox Team Connector").arg(team) : tr("Dropbox Team Connector"));

    if (!s.admin.email.isEmpty() || !s.admin.displayName.isEmpty()) {
        m_authorized->setText(s.admin.displayName.isEmpty() ? tr("Authorized as %1").arg(s.admin.email)
                                                            : tr("Authorized as %1 (%2)").arg(s.admin.displayName, s.admin.email));
    } else {
        m_authorized->setText(m_hasConnection ? tr("Authorized admin not known yet") : tr("Not connected"));
    }
    if (s.runId > 0 && s.finishedAt.isValid()) {
        m_lastSync->setText(tr("Last successful sync: %1 (run #%2)")
                                .arg(QLocale().toString(s.finishedAt.toLocalTime(), QLocale::ShortFormat))
                                .arg(s.runId));
    } else {
        m_lastSync->setText(m_hasConnection ? tr("Never synced") : QString());
    }
}

} // namespace dbx::gui
