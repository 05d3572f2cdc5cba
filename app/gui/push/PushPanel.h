#pragma once
// The ConductorOne view: "Push to ConductorOne" in one click, and the switch that keeps the
// connector serving ConductorOne's tasks while the window is open.
//
// A push connects (Hello), gets a sync started (ConductorOne's pending sync task; or, with the
// app and connector ids set, asks for one through the REST force_sync call), serves it (the
// newest snapshot when younger than the setting, else a fresh sync), uploads the c1z, and
// disconnects unless "Stay connected" is on. Each step shows its state and progress; every task
// ConductorOne sends lands in the task history. The service runs on its own threads behind
// core/worker's PushService, so the window never waits on the network and includes no client.

#include "PushSettings.h"
#include "worker/PushService.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;

namespace dbx {
class SecretStore;
}

namespace dbx::gui {

class MainWindow;
class TaskHistoryModel;

class PushPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Step {
        Connect,
        Sync,
        Upload,
        Serve
    };
    enum class StepState {
        Pending,
        Running,
        Done,
        Failed
    };

    // settings: where the non-secret settings live (not owned, may be null: defaults only).
    // secrets: where the client secret is kept (not owned, may be null: this session only).
    PushPanel(MainWindow *window, QSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~PushPanel() override;

    PushSettings pushSettings() const { return m_settings; }
    void setPushSettings(const PushSettings &settings);
    // A line under the status (e.g. that the demo pushes to a simulated ConductorOne).
    void setNote(const QString &note);

    StepState stepState(Step step) const;
    QString stepText(Step step) const;
    QString statusText() const;
    TaskHistoryModel *history() const { return m_history; }
    bool isServing() const;
    PushService *service() const { return m_service.get(); }

    // How settings are edited (tests replace the dialog): true when the admin saved them.
    using SettingsEditor = std::function<bool(PushSettings *settings)>;
    void setSettingsEditor(SettingsEditor editor) { m_editor = std::move(editor); }

public Q_SLOTS:
    void push();
    void disconnectService();
    bool editSettings();
    void setStayConnected(bool on);

Q_SIGNALS:
    void pushFinished(bool ok, const QString &message);
    void serviceStopped();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool startService();
    void resetSteps();
    void setStep(Step step, StepState state, const QString &text);
    void failRunningStep(const QString &message);
    void askForSync();
    void finishPush(bool ok, const QString &message);
    void updateButtons();
    void loadSecret();
    QString readableSummary(const QString &summary) const;

    void onStateChanged(PushService::State state, const QString &detail);
    void onTaskStarted(const PushTask &task);
    void onTaskFinished(const PushTask &task);
    void onProgress(const QString &taskId, const QString &step, qint64 done, qint64 total);
    void onFatalError(const QString &message);
    void onStopped();

    QPointer<MainWindow> m_window;
    QSettings *m_store;
    SecretStore *m_secrets;
    PushSettings m_settings;
    SettingsEditor m_editor;

    std::unique_ptr<PushService> m_service;
    int m_generation = 0; // of m_service: which service's signals count
    bool m_pushPending = false;
    bool m_askedForSync = false;
    QString m_syncTaskId;
    StepState m_states[4] = {StepState::Pending, StepState::Pending, StepState::Pending, StepState::Pending};

    QLabel *m_status;
    QString m_readinessLine; // the status line updateButtons() wrote last
    QLabel *m_note;
    QListWidget *m_steps;
    QProgressBar *m_progress;
    QPushButton *m_pushButton;
    QPushButton *m_disconnectButton;
    QPushButton *m_settingsButton;
    QCheckBox *m_stayConnected;
    QTableView *m_historyView;
    TaskHistoryModel *m_history;
};

// Adds the ConductorOne view, "Push to ConductorOne" (toolbar and Actions menu) and
// "Export snapshot as c1z..." (File menu) to the window. Returns the view.
PushPanel *installConductorOne(MainWindow *window, QSettings *settings, SecretStore *secrets);

// Writes the window's snapshot as a c1z on a background thread; done(error) on the GUI thread.
void exportSnapshotC1z(MainWindow *window, const QString &path, std::function<void(const QString &error)> done);

} // namespace dbx::gui
