#include "GuiLog.h"
#include "MainWindow.h"
#include "log/ActivityLog.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "store/SnapshotStore.h"
#include "views/ChangesPage.h"
#include "views/DetailPane.h"
#include "views/StartPage.h"
#include "views/TableExport.h"
#include "views/TablePage.h"
#include "views/TableViews.h"
#include "worker/ConnectorSession.h"

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
    connect(copy, &QAction::triggered, this,
            [page] { QApplication::clipboard()->setText(page->selectedIds().join(QLatin1Char('\n'))); });
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
    QWidget *empty = createStartPage(m_setupAction, m_demoAction, &m_emptyText, m_stack);

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

    // Each table sets up its own search, columns and filters (views/TableViews.h).
    setUpAccountsPage(addTablePage(View::Accounts, QStringLiteral("accounts"), m_accounts, tr("Accounts")), m_accounts);
    setUpRolesPage(addTablePage(View::Roles, QStringLiteral("roles"), m_roles, tr("Roles")), m_roles);
    setUpGroupsPage(addTablePage(View::Groups, QStringLiteral("groups"), m_groups, tr("Groups")), m_groups);
    // Entitlements: every grant in ConductorOne's vocabulary.
    setUpEntitlementsPage(
        addTablePage(View::Entitlements, QStringLiteral("entitlements"), m_grants, tr("Entitlements")), m_grants);

    // Changes
    m_changes = new ChangesPage(m_tabs);
    m_tabs->addTab(m_changes, tr("Changes"));
    connect(m_changes, &ChangesPage::compareRequested, m_worker,
            [this](qint64 from, qint64 to) { m_worker->computeDiff(from, to); });
    connect(m_changes, &ChangesPage::objectRequested, this,
            [this](const QString &kind, const QString &id) { showObject(DetailPane::objectUrl(kind, id)); });
    connect(m_changes->table(), &TablePage::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_detail->showObject(
                DetailPane::objectUrl(m_changes->model()->linkKind(row), m_changes->model()->linkId(row)));
    });

    // Runs: a complete run, activated, shows what it changed.
    TablePage *runs = addTablePage(View::Runs, QStringLiteral("runs"), m_runs, tr("Sync runs"));
    setUpRunsPage(runs);
    connect(runs, &TablePage::rowActivated, this, [this](int row) {
        if (row >= 0 && m_runs->runs().at(row).status == QLatin1String("complete")) {
            m_worker->computeDiff(0, m_runs->runs().at(row).id);
            showView(View::Changes);
        }
    });

    // Activity log
    TablePage *log = addTablePage(View::Activity, QStringLiteral("log"), m_log->model(), tr("Activity"));
    m_logPage = log;
    setUpLogPage(log, m_log->model());

    for (View v : {View::Accounts, View::Roles, View::Groups, View::Entitlements})
        installContextMenu(v);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    // A table brought to the front shows its current row in the pane.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_selectingObject)
            return;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it.value() == m_tabs->currentWidget() && it.value()->view()->currentIndex().isValid())
                onCurrentRowChanged(View(it.key()),
                                    it.value()->proxy()->mapToSource(it.value()->view()->currentIndex()).row());
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

QMenu *MainWindow::contextMenu(View view) const { return m_contextMenus.value(int(view)); }

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
    static const QHash<QString, View> views
        = {{QStringLiteral("accounts"), View::Accounts}, {QStringLiteral("roles"), View::Roles},
           {QStringLiteral("groups"), View::Groups},     {QStringLiteral("entitlements"), View::Entitlements},
           {QStringLiteral("changes"), View::Changes},   {QStringLiteral("runs"), View::Runs},
           {QStringLiteral("activity"), View::Activity}};
    const auto it = views.constFind(name.toLower());
    if (it != views.cend()) {
        showView(*it);
        return true;
    }
    // Views features added, by their page's object name: their titles are translated ("Befunde").
    static const QHash<QString, QString> featureViews
        = {{QStringLiteral("overview"), QStringLiteral("overviewPage")},
           {QStringLiteral("findings"), QStringLiteral("findingsPage")},
           {QStringLiteral("accessreview"), QStringLiteral("reviewPage")},
           {QStringLiteral("audit"), QStringLiteral("auditPage")},
           {QStringLiteral("conductorone"), QStringLiteral("conductorOnePanel")}};
    const QString objectName = featureViews.value(name.toLower());
    for (int i = 0; i < m_tabs->count() && !objectName.isEmpty(); ++i) {
        if (m_tabs->widget(i)->objectName() == objectName) {
            showView(m_tabs->widget(i));
            return true;
        }
    }
    // Other views features added: their title without '&' and spaces.
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

QStringList MainWindow::selectedAccountIds() const { return m_pages.value(int(View::Accounts))->selectedIds(); }

QStringList MainWindow::selectedGroupIds() const { return m_pages.value(int(View::Groups))->selectedIds(); }

QStringList MainWindow::selectedRoleIds() const { return m_pages.value(int(View::Roles))->selectedIds(); }

void MainWindow::updateEntitlementsIfShown()
{
    if (m_entitlementsStale && m_tabs->currentWidget() == m_pages.value(int(View::Entitlements))) {
        m_entitlementsStale = false;
        m_grants->setTeam(m_team);
    }
}

void MainWindow::onTabChanged(int) { updateEntitlementsIfShown(); }

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
