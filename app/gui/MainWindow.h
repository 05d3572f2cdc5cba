#pragma once
// The window an admin lives in: who the team is and who is authorized, the connection state,
// Accounts / Roles / Groups / Entitlements / Changes / Runs / Activity views with a detail pane,
// sync with progress and cancel. All core work goes through ConnectorWorker.
//
// Extension points for feature code (provisioning, audit, ConductorOne push, the wizard):
//  - mainToolBar(), menu(Menu), contextMenu(View): add QActions; context menus show on the
//    selection of the Accounts / Groups / Roles / Entitlements tables;
//  - addView(widget, title): another tab next to the built-in views;
//  - selectedAccountIds(), selectedGroupIds(), selectedRoleIds() + selectionChanged();
//  - worker() (e.g. runOnWorker), snapshot()/team(), reloadSnapshot() after a change;
//  - connectionSetupRequested() and reauthorizeRequested(): the wizard answers them.

#include "models/TeamIndex.h"
#include "sync/SyncTypes.h"
#include "worker/ConnectorWorker.h"

#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QToolButton;
class QFrame;

namespace dbx::gui {

class AccountsModel;
class ActivityLog;
class ChangesPage;
class DetailPane;
class GrantsModel;
class GroupsModel;
class RolesModel;
class RunsModel;
class TablePage;
class TableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View {
        Accounts,
        Roles,
        Groups,
        Entitlements,
        Changes,
        Runs,
        Activity
    };
    enum class Menu {
        File,
        Connection,
        View,
        Actions,
        Help
    };

    // settings: where geometry and column state live (tests pass an ini file); not owned. nullptr:
    // the window keeps the application's default QSettings of its own.
    explicit MainWindow(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectorWorker *worker() const { return m_worker; }
    // Where the window and its features keep their settings (tests pass an ini file).
    QSettings *settings() const { return m_settings; }
    void setConnection(const ConnectionConfig &config);
    bool hasConnection() const { return m_hasConnection; }
    ConnectionConfig connection() const { return m_config; }
    ConnectionState connectionState() const { return m_state; }
    bool isSyncing() const { return m_syncing; }

    const Snapshot &snapshot() const { return m_team->snapshot; }
    TeamIndexPtr team() const { return m_team; }

    QToolBar *mainToolBar() const { return m_toolBar; }
    QAction *demoAction() const { return m_demoAction; }
    // The admin the wizard verified for this connection: the header shows it until a sync has
    // read the admin itself (empty strings: none known).
    void setVerifiedAdmin(const QString &name, const QString &email);
    QMenu *menu(Menu which) const;
    QMenu *contextMenu(View view) const;
    int addView(QWidget *widget, const QString &title, const QIcon &icon = QIcon());
    void showView(View view);
    // "accounts", "roles", "groups", "entitlements", "changes", "runs", "activity"; false if unknown.
    bool showViewNamed(const QString &name);
    void showView(QWidget *widget);
    TablePage *page(View view) const;
    ChangesPage *changesPage() const { return m_changes; }
    DetailPane *detailPane() const { return m_detail; }
    ActivityLog *activityLog() const { return m_log; }
    TablePage *currentPage() const;

    QStringList selectedAccountIds() const;
    QStringList selectedGroupIds() const;
    QStringList selectedRoleIds() const;

    // Where "Export CSV..." writes; the default asks with a file dialog (tests replace it).
    using SavePathProvider = std::function<QString(const QString &suggestedName)>;
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }
    // Asks where to save (the provider above, else a file dialog); "" when the admin cancelled.
    QString askSavePath(const QString &suggestedName, const QString &title, const QString &filter);

    // The message bar's text ("" when hidden), for tests and accessibility.
    QString messageText() const;
    static QString noSyncYetText();

public Q_SLOTS:
    void startSync();
    void cancelSync();
    void reloadSnapshot();
    // Loads the newest complete snapshot of the store (another writer, e.g. a ConductorOne task,
    // may have added a run).
    void showNewestSnapshot();
    // Shows a snapshot as if the worker had just loaded it (the worker's snapshotLoaded lands
    // here; benchmarks and tests push one directly).
    void showSnapshot(const dbx::Snapshot &snapshot);
    // Folds changes written to the shown run (a provisioning run, a ConductorOne task) into the
    // views without loading the run again; changes to another run load the newest one instead.
    void applySnapshotChanges(const QVector<dbx::SnapshotChange> &changes);
    // Writes the current table (as filtered and sorted) to path; an empty path asks for one.
    bool exportCurrentTable(const QString &path = QString());
    // Selects an object (dbx://account/<id>, dbx://group/<id>, dbx://role/<id>) in its table.
    bool showObject(const QUrl &url);
    void focusSearch();
    void saveSettings();
    void showMessage(const QString &text, bool error, const QString &actionText = QString(),
                     std::function<void()> action = {});
    void hideMessage();

Q_SIGNALS:
    // Emitted (directly) just before a sync is handed to the worker: the demo uses it to let
    // the simulated team change a little between syncs.
    void syncAboutToStart();
    // After setConnection(): features holding the old connection (e.g. a ConductorOne service) let go.
    void connectionChanged();
    void connectionSetupRequested();
    // "Try the demo team" (start page, Connection menu): the launcher opens the simulated team here.
    void demoRequested();
    void reauthorizeRequested();
    void selectionChanged();
    void snapshotShown(qint64 runId);
    void diffShown(qint64 fromRun, qint64 toRun);
    void syncCompleted(const dbx::SyncOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildHeader(QWidget *host);
    void buildViews();
    void buildStatusBar();
    void restoreSettings();
    TablePage *addTablePage(View view, const QString &name, TableModel *model, const QString &title);
    void installContextMenu(View view);

    void onStateChanged(ConnectionState state, const QString &detail);
    void onSyncProgress(const SyncProgress &progress);
    void onSyncFinished(const SyncOutcome &outcome);
    void onDiffReady(const SnapshotDiff &diff);
    void onCurrentRowChanged(View view, int sourceRow);
    void onTabChanged(int index);
    void setSyncing(bool syncing);
    void updateHeader();
    void updateEntitlementsIfShown();

    std::unique_ptr<QSettings> m_ownSettings; // only when the caller passed none
    QSettings *m_settings;
    ConnectorWorker *m_worker;
    ActivityLog *m_log;
    ConnectionConfig m_config;
    bool m_hasConnection = false;
    ConnectionState m_state = ConnectionState::NotConfigured;
    QString m_stateDetail;
    bool m_syncing = false;
    TeamIndexPtr m_team;
    QVector<dbx::SnapshotChange> m_pendingChanges; // written to the shown run, not folded in yet
    bool m_foldQueued = false;
    bool m_entitlementsStale = false;
    bool m_selectingObject = false;
    SavePathProvider m_savePath;

    AccountsModel *m_accounts;
    RolesModel *m_roles;
    GroupsModel *m_groups;
    GrantsModel *m_grants;
    RunsModel *m_runs;

    QToolBar *m_toolBar = nullptr;
    QHash<int, QMenu *> m_menus;
    QHash<int, QMenu *> m_contextMenus;
    QHash<int, TablePage *> m_pages;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_setupAction = nullptr;
    QAction *m_demoAction = nullptr;
    QString m_verifiedAdminName;
    QString m_verifiedAdminEmail;

    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPane *m_detail = nullptr;
    ChangesPage *m_changes = nullptr;
    QWidget *m_logPage = nullptr;

    QLabel *m_teamName = nullptr;
    QLabel *m_authorized = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_stateBadge = nullptr;
    QPushButton *m_syncButton = nullptr;
    QLabel *m_emptyText = nullptr;

    QFrame *m_messageBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_messageAction = nullptr;
    std::function<void()> m_messageCallback;

    QLabel *m_phaseLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace dbx::gui
