#include "MainWindow.h"

#include "GuiLog.h"
#include "SettingsKeys.h"
#include "log/ActivityLog.h"
#include "models/ChangesModel.h"
#include "models/TableFilterProxy.h"
#include "models/TeamModels.h"
#include "store/SnapshotStore.h"
#include "views/ChangesPage.h"
#include "views/DetailPane.h"
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
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcGui, "dbx.gui")

namespace dbx::gui {

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_ownSettings(settings ? nullptr : std::make_unique<QSettings>()),
      m_settings(settings ? settings : m_ownSettings.get()), m_worker(new ConnectorWorker(this)),
      m_log(new ActivityLog(this)), m_team(TeamIndex::build(Snapshot())), m_accounts(new AccountsModel(this)),
      m_roles(new RolesModel(this)), m_groups(new GroupsModel(this)), m_grants(new GrantsModel(this)),
      m_runs(new RunsModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
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
    connect(m_worker, &ConnectorWorker::snapshotPatched, this, &MainWindow::applySnapshotChanges);
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

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------- settings

void MainWindow::restoreSettings()
{
    QSettings &s = *m_settings;
    const QByteArray geometry = keys::MainWindowGeometry.read(s);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1360, 820);
    restoreState(keys::MainWindowState.read(s));
    const QByteArray splitter = keys::MainWindowSplitter.read(s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    for (TablePage *page : std::as_const(m_pages))
        page->restoreState(s);
    m_changes->table()->restoreState(s);
    const int tab = keys::MainWindowTab.read(s);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::saveSettings()
{
    QSettings &s = *m_settings;
    keys::MainWindowGeometry.write(s, saveGeometry());
    keys::MainWindowState.write(s, saveState());
    keys::MainWindowSplitter.write(s, m_splitter->saveState());
    keys::MainWindowTab.write(s, m_tabs->currentIndex());
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

// ---------------------------------------------------------------------------------- behaviour

void MainWindow::setConnection(const ConnectionConfig &config)
{
    m_config = config;
    const Expected<void> valid = config.validate();
    m_hasConnection = valid.ok();
    hideMessage();
    m_worker->setConnection(config);
    if (!m_hasConnection)
        onStateChanged(ConnectionState::NotConfigured, valid.error().message());
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

void MainWindow::reloadSnapshot() { m_worker->loadRun(m_team->snapshot.runId); }

void MainWindow::showNewestSnapshot()
{
    ConnectorWorker *worker = m_worker;
    // The worker outlives its thread, so it is still there when fn runs and posts back.
    m_worker->runOnWorker([worker](ConnectorSession *session) {
        const qint64 latest = session->store()->latestCompleteRun();
        QMetaObject::invokeMethod(
            worker, [worker, latest] { worker->loadRun(latest); }, Qt::QueuedConnection);
    });
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
            text += QLatin1Char(' ')
                + tr("The Dropbox app needs the scope %1: add it in the App Console "
                     "(Permissions tab), then authorize again.")
                      .arg(o.error.requiredScope);
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

QString MainWindow::noSyncYetText() { return tr("No sync yet: press Sync now (F5) to read the team."); }

void MainWindow::showSnapshot(const Snapshot &snapshot)
{
    QElapsedTimer clock;
    clock.start();
    // Keep what the admin was looking at when the object still exists in the new snapshot.
    struct Kept {
        QStringList ids;
        QString current;
    };
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

void MainWindow::applySnapshotChanges(const QVector<SnapshotChange> &changes)
{
    if (changes.isEmpty())
        return;
    // A burst of ConductorOne tasks sends one change each: they are folded in together once the
    // queue is empty, so the views are rebuilt once rather than once per task.
    m_pendingChanges += changes;
    if (m_foldQueued)
        return;
    m_foldQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_foldQueued = false;
        const QVector<SnapshotChange> pending = std::exchange(m_pendingChanges, {});
        const qint64 shown = m_team ? m_team->snapshot.runId : 0;
        for (const SnapshotChange &c : pending) {
            if (c.runId != shown || shown <= 0) {
                showNewestSnapshot(); // written to a run this window does not show: read it
                return;
            }
        }
        QElapsedTimer clock;
        clock.start();
        Snapshot s = m_team->snapshot;
        for (const SnapshotChange &c : pending)
            applyChange(&s, c);
        qCDebug(lcGui) << pending.size() << "change(s) folded into snapshot" << shown << "in" << clock.elapsed()
                       << "ms";
        showSnapshot(s);
    });
}

void MainWindow::onDiffReady(const SnapshotDiff &diff)
{
    m_changes->setDiff(diff, m_team);
    emit diffShown(diff.fromRun, diff.toRun);
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
        const QString suggested
            = QStringLiteral("%1-%2.csv").arg(p->name(), QDate::currentDate().toString(Qt::ISODate));
        path = askSavePath(suggested, tr("Export table as CSV"), tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    const Expected<int> rows = exportTableCsv(*p, path);
    if (!rows) {
        showMessage(rows.error().message(), true);
        return false;
    }
    qCInfo(lcGui) << "exported" << *rows << "rows of" << p->name() << "to" << QDir::toNativeSeparators(path);
    statusBar()->showMessage(
        tr("Exported %1 rows to %2").arg(QLocale().toString(*rows), QDir::toNativeSeparators(path)), 10000);
    return true;
}

} // namespace dbx::gui
