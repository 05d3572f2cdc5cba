#include "GuiLog.h"
#include "MainWindow.h"
#include "PushPanel.h"
#include "PushSettingsDialog.h"
#include "TaskHistoryModel.h"
#include "models/TeamIndex.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

// The push and the service behind it: starting and stopping the ConductorOne service, asking for a
// sync, and following the tasks it serves into the steps, the progress bar and the history.

namespace dbx::gui {

namespace {

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1); }

} // namespace

void PushPanel::push()
{
    if (!m_window || !m_window->hasConnection()) {
        m_status->setText(tr("Connect to a Dropbox team first."));
        return;
    }
    if (m_pushPending)
        return;
    if (!m_settings.validate() && !editSettings())
        return;
    if (const auto valid = m_settings.validate(); !valid) {
        m_status->setText(valid.error().message());
        return;
    }
    resetSteps();
    m_pushPending = true;
    m_askedForSync = false;
    m_syncTaskId.clear();
    if (isServing()) {
        setStep(Step::Connect, StepState::Done, tr("Connected to %1").arg(m_service->endpointTarget()));
        askForSync();
    } else if (!startService()) {
        m_pushPending = false;
    }
    updateButtons();
}

bool PushPanel::startService()
{
    PushServiceOptions options;
    options.credentials = {m_settings.clientId, m_settings.clientSecret, m_settings.tokenUrl};
    options.apiHost = m_settings.apiHost;
    options.insecure = m_settings.insecure;
    options.connection = m_window->connection();
    options.reuseSnapshotYoungerThanSecs = m_settings.syncIfOlderThanMinutes * 60;
    QPointer<MainWindow> window = m_window;
    // After a sync or a write by a ConductorOne task the window shows the store's new state.
    options.storeChanged = [window] {
        QMetaObject::invokeMethod(
            qApp,
            [window] {
                if (window)
                    window->showNewestSnapshot();
            },
            Qt::QueuedConnection);
    };
    // A write task's change is folded into the window's snapshot: no reload of the whole run.
    options.snapshotPatched = [window](const SnapshotChange &change) {
        QMetaObject::invokeMethod(
            qApp,
            [window, change] {
                if (window)
                    window->applySnapshotChanges({change});
            },
            Qt::QueuedConnection);
    };
    // Reports arrive queued from the service's thread; one from a service this panel already
    // replaced (e.g. the "stopped" of the previous connection) must not touch the new push.
    const int generation = m_generation + 1;
    const auto current = [this, generation] { return generation == m_generation; };
    PushService::Callbacks callbacks;
    callbacks.stateChanged = [this, current](PushService::State state, const QString &detail) {
        if (current())
            onStateChanged(state, detail);
    };
    callbacks.taskStarted = [this, current](const PushTask &task) {
        if (current())
            onTaskStarted(task);
    };
    callbacks.taskFinished = [this, current](const PushTask &task) {
        if (current())
            onTaskFinished(task);
    };
    callbacks.progress = [this, current](const QString &taskId, const QString &step, qint64 done, qint64 total) {
        if (current())
            onProgress(taskId, step, done, total);
    };
    callbacks.fatalError = [this, current](const QString &message) {
        if (current())
            onFatalError(message);
    };
    callbacks.stopped = [this, current] {
        if (current())
            onStopped();
    };
    auto next = std::make_unique<PushService>(callbacks);
    const Expected<void> configured = next->configure(options);
    if (!configured) {
        setStep(Step::Connect, StepState::Failed, configured.error().message());
        m_status->setText(configured.error().message());
        return false;
    }
    m_service = std::move(next);
    m_generation = generation;
    setStep(Step::Connect, StepState::Running, tr("Connecting to %1").arg(m_service->endpointTarget()));
    const Expected<void> started = m_service->start();
    if (!started) {
        setStep(Step::Connect, StepState::Failed, started.error().message());
        m_status->setText(started.error().message());
        m_service.reset();
        return false;
    }
    qCInfo(lcGui).noquote() << "ConductorOne service started for" << m_service->host();
    updateButtons();
    return true;
}

void PushPanel::disconnectService()
{
    if (!m_service)
        return;
    m_service->stop();
    if (m_pushPending)
        finishPush(false, tr("Disconnected before the push finished."));
    updateButtons();
}

void PushPanel::askForSync()
{
    if (m_askedForSync)
        return;
    m_askedForSync = true;
    if (!m_settings.canForceSync()) {
        setStep(Step::Sync, StepState::Running,
                tr("Waiting for ConductorOne's sync task (it asks on its own schedule; with the app and "
                   "connector ids in Settings the push asks it to sync now)"));
        m_progress->setRange(0, 0);
        return;
    }
    setStep(Step::Sync, StepState::Running, tr("Asking ConductorOne to start a sync"));
    m_progress->setRange(0, 0);
    const PushSettings &s = m_settings;
    // Credentials that cannot work leave the step waiting, as the service itself reports them.
    const Expected<void> asked = PushService::requestSync(
        this, {s.clientId, s.clientSecret, s.tokenUrl}, s.restBaseUrl, s.appId, s.connectorId,
        [this](const Expected<void> &result) {
            if (!m_pushPending)
                return;
            if (!result) {
                setStep(Step::Sync, StepState::Failed, result.error().message());
                finishPush(false, result.error().message());
                return;
            }
            if (m_states[int(Step::Sync)] == StepState::Running && m_syncTaskId.isEmpty())
                setStep(Step::Sync, StepState::Running, tr("ConductorOne accepted; waiting for its sync task"));
        });
    Q_UNUSED(asked);
}

void PushPanel::finishPush(bool ok, const QString &message)
{
    if (!m_pushPending)
        return;
    m_pushPending = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_status->setText(message);
    if (ok && m_service && !m_settings.stayConnected)
        m_service->stop();
    updateButtons();
    if (!ok && m_window)
        m_window->showMessage(message, true);
    emit pushFinished(ok, message);
}

void PushPanel::onStateChanged(PushService::State state, const QString &detail)
{
    using State = PushService::State;
    switch (state) {
    case State::Connecting:
        setStep(Step::Connect, StepState::Running, detail.isEmpty() ? tr("Connecting") : detail);
        break;
    case State::Reconnecting:
        setStep(Step::Connect, StepState::Running, detail);
        m_status->setText(detail);
        break;
    case State::Connected:
        if (m_states[int(Step::Connect)] != StepState::Done)
            setStep(Step::Connect, StepState::Done, tr("Connected to %1").arg(m_service->endpointTarget()));
        if (m_pushPending)
            askForSync();
        else if (m_settings.stayConnected && m_states[int(Step::Serve)] != StepState::Running)
            setStep(Step::Serve, StepState::Running, tr("Connected: serving ConductorOne's tasks"));
        updateButtons();
        break;
    case State::Working: break;
    case State::Failed: failRunningStep(detail); break;
    case State::Stopped: break;
    }
}

QString PushPanel::readableSummary(const QString &summary) const
{
    // "Grant group:<id>:member to user:<id>" -> "Grant Finance (member) to Ann Lee <ann@...>".
    const TeamIndexPtr team = m_window ? m_window->team() : TeamIndexPtr();
    if (!team)
        return summary;
    QStringList words = summary.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.startsWith(QLatin1String("user:"))) {
            if (const Account *a = team->account(word.mid(5)))
                word = a->displayName.isEmpty() ? a->email : QStringLiteral("%1 <%2>").arg(a->displayName, a->email);
            continue;
        }
        const bool group = word.startsWith(QLatin1String("group:"));
        if (!group && !word.startsWith(QLatin1String("role:")))
            continue;
        QString id = word.mid(group ? 6 : 5);
        QString slug;
        for (const QString &s : {QStringLiteral(":member"), QStringLiteral(":owner")}) {
            if (id.endsWith(s)) {
                slug = s.mid(1);
                id.chop(s.size());
            }
        }
        QString name;
        if (group) {
            if (const Group *g = team->group(id))
                name = g->name;
        } else if (const Role *r = team->role(id)) {
            name = r->name;
        }
        if (!name.isEmpty())
            word = slug.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, slug);
    }
    return words.join(QLatin1Char(' '));
}

void PushPanel::onTaskStarted(const PushTask &taskIn)
{
    PushTask task = taskIn;
    task.summary = readableSummary(task.summary);
    m_history->upsert(task);
    if (task.type != QLatin1String("sync_full"))
        return;
    m_syncTaskId = task.taskId;
    if (m_states[int(Step::Connect)] != StepState::Done)
        setStep(Step::Connect, StepState::Done, tr("Connected to %1").arg(m_service->endpointTarget()));
    setStep(Step::Sync, StepState::Running, tr("Syncing the Dropbox team for ConductorOne"));
    setStep(Step::Upload, StepState::Pending, tr("Upload the snapshot"));
    m_progress->setRange(0, 0);
}

void PushPanel::onProgress(const QString &taskId, const QString &step, qint64 done, qint64 total)
{
    if (taskId != m_syncTaskId)
        return;
    if (step == PushService::uploadingStep()) {
        if (m_states[int(Step::Sync)] != StepState::Done)
            setStep(Step::Sync, StepState::Done, tr("Snapshot ready"));
        setStep(Step::Upload, StepState::Running,
                total > 0 ? tr("%1 of %2").arg(sizeText(done), sizeText(total)) : tr("Uploading"));
    } else {
        setStep(Step::Sync, StepState::Running,
                total > 0 ? tr("%1 (%2 of %3)").arg(step, QLocale().toString(done), QLocale().toString(total)) : step);
    }
    if (total > 0) {
        // Bytes can exceed int: show per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_progress->setFormat(QStringLiteral("%p%"));
    } else {
        m_progress->setRange(0, 0);
    }
}

void PushPanel::onTaskFinished(const PushTask &taskIn)
{
    PushTask task = taskIn;
    task.summary = readableSummary(task.summary);
    m_history->upsert(task);
    if (task.type != QLatin1String("sync_full") || task.taskId != m_syncTaskId)
        return;
    m_syncTaskId.clear();
    if (!task.ok) {
        failRunningStep(task.message);
        finishPush(false, tr("The push failed: %1").arg(task.message));
        if (!m_settings.stayConnected && m_service)
            m_service->stop();
        return;
    }
    if (m_states[int(Step::Sync)] != StepState::Done)
        setStep(Step::Sync, StepState::Done, tr("Snapshot ready"));
    setStep(Step::Upload, StepState::Done, task.message);
    const QString when = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    if (m_settings.stayConnected)
        setStep(Step::Serve, StepState::Running, tr("Pushed at %1; serving ConductorOne's tasks").arg(when));
    else
        setStep(Step::Serve, StepState::Done, tr("Pushed at %1; disconnected").arg(when));
    const bool pushing = m_pushPending;
    finishPush(true, tr("Pushed the Dropbox team to ConductorOne at %1.").arg(when));
    if (!pushing && m_window && m_window->statusBar())
        m_window->statusBar()->showMessage(tr("ConductorOne synced the Dropbox team at %1.").arg(when), 10000);
}

void PushPanel::onFatalError(const QString &message)
{
    failRunningStep(message);
    m_status->setText(message);
    if (m_pushPending)
        finishPush(false, message);
    else if (m_window)
        m_window->showMessage(message, true);
}

void PushPanel::onStopped()
{
    m_progress->setRange(0, 1);
    if (m_pushPending)
        finishPush(false, tr("The connection to ConductorOne ended before the push finished."));
    if (m_states[int(Step::Serve)] == StepState::Running)
        setStep(Step::Serve, StepState::Done, tr("Disconnected"));
    m_status->setText(m_status->text().isEmpty() ? tr("Disconnected from ConductorOne.") : m_status->text());
    updateButtons();
    emit serviceStopped();
}

} // namespace dbx::gui
