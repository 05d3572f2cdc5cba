#include "PushPanel.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "PushSettingsDialog.h"
#include "TaskHistoryModel.h"
#include "models/TeamIndex.h"
#include "push/RunInBackground.h"

#include "auth/SecretStore.h"
#include "conductorone/C1z.h"
#include "conductorone/ForceSync.h"
#include "conductorone/TokenSource.h"
#include "worker/ConnectorTaskHandler.h"

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

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

void PushPanel::push()
{
    if (!m_window || !m_window->hasConnection()) {
        m_status->setText(tr("Connect to a Dropbox team first."));
        return;
    }
    if (m_pushPending)
        return;
    if (!m_settings.validate().isEmpty() && !editSettings())
        return;
    const QString invalid = m_settings.validate();
    if (!invalid.isEmpty()) {
        m_status->setText(invalid);
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
    QString error;
    const auto credentials = c1::Credentials::parse(m_settings.clientId.trimmed(), m_settings.clientSecret.trimmed(), &error);
    if (!credentials) {
        setStep(Step::Connect, StepState::Failed, error);
        m_status->setText(error);
        return false;
    }
    c1::ServiceOptions options;
    options.credentials = *credentials;
    options.apiHost = m_settings.apiHost.trimmed();
    options.tokenUrl = m_settings.tokenUrl;
    options.insecure = m_settings.insecure;
    options.packageVersion = QCoreApplication::applicationVersion();

    ConnectorTaskHandler::Options handlerOptions;
    handlerOptions.connection = m_window->connection();
    handlerOptions.reuseSnapshotYoungerThanSecs = m_settings.syncIfOlderThanMinutes * 60;
    auto handler = std::make_shared<ConnectorTaskHandler>(handlerOptions);
    QPointer<MainWindow> window = m_window;
    // After a sync or a write by a ConductorOne task the window shows the store's new state.
    handler->setStoreChangedCallback([window] {
        QMetaObject::invokeMethod(
            qApp,
            [window] {
                if (window)
                    window->showNewestSnapshot();
            },
            Qt::QueuedConnection);
    });

    m_service = std::make_unique<c1::C1Service>(options, handler);
    // Signals arrive queued from the service's thread; one from a service this panel already
    // replaced (e.g. the "stopped" of the previous connection) must not touch the new push.
    const int generation = ++m_generation;
    const auto current = [this, generation] { return generation == m_generation; };
    c1::C1Service *service = m_service.get();
    connect(service, &c1::C1Service::stateChanged, this, [this, current](c1::C1Service::State state, const QString &detail) {
        if (current())
            onStateChanged(state, detail);
    });
    connect(service, &c1::C1Service::taskStarted, this, [this, current](const c1::TaskRecord &task) {
        if (current())
            onTaskStarted(task);
    });
    connect(service, &c1::C1Service::taskFinished, this, [this, current](const c1::TaskRecord &task) {
        if (current())
            onTaskFinished(task);
    });
    connect(service, &c1::C1Service::progress, this,
            [this, current](const QString &taskId, const QString &step, qint64 done, qint64 total) {
                if (current())
                    onProgress(taskId, step, done, total);
            });
    connect(service, &c1::C1Service::fatalError, this, [this, current](const QString &message) {
        if (current())
            onFatalError(message);
    });
    connect(service, &c1::C1Service::stopped, this, [this, current] {
        if (current())
            onStopped();
    });
    setStep(Step::Connect, StepState::Running, tr("Connecting to %1").arg(m_service->endpointTarget()));
    if (!m_service->start(&error)) {
        setStep(Step::Connect, StepState::Failed, error);
        m_status->setText(error);
        m_service.reset();
        return false;
    }
    qCInfo(lcGui).noquote() << "ConductorOne service started for" << credentials->host;
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
    const PushSettings s = m_settings;
    QString error;
    const auto credentials = c1::Credentials::parse(s.clientId.trimmed(), s.clientSecret.trimmed(), &error);
    if (!credentials)
        return;
    const c1::ClientCredentials creds = *credentials;
    runInBackground<c1::ForceSyncResult>(
        this,
        [creds, s] {
            c1::TokenSource tokens(creds, s.tokenUrl);
            return c1::requestForceSync(tokens, s.restBaseUrl, s.appId, s.connectorId);
        },
        [this](const c1::ForceSyncResult &result) {
            if (!m_pushPending)
                return;
            if (!result.ok) {
                setStep(Step::Sync, StepState::Failed, result.error);
                finishPush(false, result.error);
                return;
            }
            if (m_states[int(Step::Sync)] == StepState::Running && m_syncTaskId.isEmpty())
                setStep(Step::Sync, StepState::Running, tr("ConductorOne accepted; waiting for its sync task"));
        });
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

void PushPanel::onStateChanged(c1::C1Service::State state, const QString &detail)
{
    using State = c1::C1Service::State;
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
    case State::Working:
        break;
    case State::Failed:
        failRunningStep(detail);
        break;
    case State::Stopped:
        break;
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

void PushPanel::onTaskStarted(const c1::TaskRecord &taskIn)
{
    c1::TaskRecord task = taskIn;
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
    if (step == c1::C1Service::tr("Uploading")) {
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

void PushPanel::onTaskFinished(const c1::TaskRecord &taskIn)
{
    c1::TaskRecord task = taskIn;
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
