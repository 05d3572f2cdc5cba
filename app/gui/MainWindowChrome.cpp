#include "GuiLog.h"
#include "MainWindow.h"
#include "log/ActivityLog.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "store/SnapshotStore.h"
#include "views/ChangesPage.h"
#include "views/DetailPane.h"
#include "views/ShortcutsDialog.h"
#include "views/TableExport.h"
#include "views/TablePage.h"
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

// The window's chrome: menus, toolbar, header with the connection state, message bar and status
// bar with the sync progress, built once and updated as the state changes.

namespace dbx::gui {

namespace {

const char *const kBadgeStyle
    = "QLabel { border-radius: 9px; padding: 2px 10px; color: white; font-weight: bold; background: %1; }";

} // namespace

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

    m_exportAction
        = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export table as CSV..."), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the rows the current table shows to a CSV file (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCurrentTable(); });

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_setupAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Set &up connection..."), this);
    m_setupAction->setObjectName(QStringLiteral("setupConnectionAction"));
    m_setupAction->setToolTip(tr("Connect to a Dropbox team with the setup wizard"));
    connect(m_setupAction, &QAction::triggered, this, &MainWindow::connectionSetupRequested);

    m_demoAction = new QAction(tr("Try the &demo team"), this);
    m_demoAction->setObjectName(QStringLiteral("tryDemoAction"));
    m_demoAction->setToolTip(tr("Open a built-in simulated team in this window: no Dropbox account needed"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::demoRequested);

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
    connection->addAction(m_demoAction);
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
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        QDialog *dialog = createShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addAction(shortcuts);
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

QString MainWindow::messageText() const
{
    return m_messageBar->isVisible() || !m_messageBar->isHidden() ? m_messageLabel->text() : QString();
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

void MainWindow::showMessage(const QString &text, bool error, const QString &actionText, std::function<void()> action)
{
    m_messageLabel->setText(text);
    m_messageBar->setStyleSheet(
        error ? QStringLiteral("QFrame#messageBar { background: #fdecea; border: 1px solid #e5b0ab; }")
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

void MainWindow::setVerifiedAdmin(const QString &name, const QString &email)
{
    m_verifiedAdminName = name;
    m_verifiedAdminEmail = email;
    updateHeader();
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
        m_authorized->setText(s.admin.displayName.isEmpty()
                                  ? tr("Authorized as %1").arg(s.admin.email)
                                  : tr("Authorized as %1 (%2)").arg(s.admin.displayName, s.admin.email));
    } else if (m_hasConnection && !m_verifiedAdminEmail.isEmpty()) {
        m_authorized->setText(m_verifiedAdminName.isEmpty()
                                  ? tr("Authorized as %1").arg(m_verifiedAdminEmail)
                                  : tr("Authorized as %1 (%2)").arg(m_verifiedAdminName, m_verifiedAdminEmail));
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
