#include "PushPanel.h"

#include "GuiLog.h"
#include "MainWindow.h"
#include "PushSettingsDialog.h"
#include "TaskHistoryModel.h"
#include "models/TeamIndex.h"

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

namespace dbx::gui {

namespace {

const QString kSecretAccount = QStringLiteral("conductorone");

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

// Runs work on a short-lived thread and hands its result to done on receiver's thread.
template<typename Result>
void runInBackground(QObject *receiver, std::function<Result()> work, std::function<void(const Result &)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([work, done, guard] {
        const Result result = work();
        if (guard)
            QMetaObject::invokeMethod(guard, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

PushPanel::PushPanel(MainWindow *window, QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_window(window), m_store(settings), m_secrets(secrets)
{
    qRegisterMetaType<dbx::c1::TaskRecord>();
    qRegisterMetaType<dbx::c1::C1Service::State>();
    setObjectName(QStringLiteral("conductorOnePanel"));
    if (m_store)
        m_settings = PushSettings::load(*m_store);
    m_settings.fillFromEnvironment();

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pushStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_status->setFont(big);
    layout->addWidget(m_status);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("pushNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_pushButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Push to ConductorOne"), this);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_pushButton->setDefault(true);
    m_disconnectButton = new QPushButton(tr("&Disconnect"), this);
    m_disconnectButton->setObjectName(QStringLiteral("disconnectButton"));
    m_stayConnected = new QCheckBox(tr("&Stay connected (serve ConductorOne's tasks while this window is open)"), this);
    m_stayConnected->setObjectName(QStringLiteral("stayConnectedCheck"));
    m_stayConnected->setChecked(m_settings.stayConnected);
    m_settingsButton = new QPushButton(tr("S&ettings..."), this);
    m_settingsButton->setObjectName(QStringLiteral("c1SettingsButton"));
    buttons->addWidget(m_pushButton);
    buttons->addWidget(m_disconnectButton);
    buttons->addWidget(m_stayConnected);
    buttons->addStretch(1);
    buttons->addWidget(m_settingsButton);
    layout->addLayout(buttons);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("pushSteps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = qMax(fontMetrics().height(), 16) + 8;
    for (int i = 0; i < 4; ++i) {
        auto *item = new QListWidgetItem(m_steps);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_steps->setFixedHeight(rowHeight * 4 + 2 * m_steps->frameWidth() + 4);
    layout->addWidget(m_steps);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pushProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);

    auto *historyTitle = new QLabel(tr("Tasks from ConductorOne"), this);
    layout->addWidget(historyTitle);
    m_history = new TaskHistoryModel(this);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(QStringLiteral("taskHistoryView"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(TaskHistoryModel::Started, 150);
    m_historyView->setColumnWidth(TaskHistoryModel::Task, 320);
    m_historyView->setWordWrap(false);
    layout->addWidget(m_historyView, 1);

    connect(m_pushButton, &QPushButton::clicked, this, &PushPanel::push);
    connect(m_disconnectButton, &QPushButton::clicked, this, &PushPanel::disconnectService);
    connect(m_settingsButton, &QPushButton::clicked, this, &PushPanel::editSettings);
    connect(m_stayConnected, &QCheckBox::toggled, this, &PushPanel::setStayConnected);

    if (m_window) {
        m_window->installEventFilter(this);
        // The service serves the connection it was started with: another team must not get its tasks.
        connect(m_window, &MainWindow::connectionChanged, this, [this] {
            if (!isServing())
                return;
            disconnectService();
            m_status->setText(tr("The Dropbox connection changed, so the connection to ConductorOne was closed; "
                                 "push again to serve the new team."));
        });
    }
    resetSteps();
    loadSecret();
    updateButtons();
}

PushPanel::~PushPanel()
{
    if (m_service)
        m_service->stop();
}

bool PushPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the window ends the service cleanly (ConductorOne is told how a running task ended).
    // The event type first: while the window is destroyed it still filters events, and comparing
    // with m_window then casts a QWidget that is no longer a MainWindow (UBSan: bad downcast).
    if (event->type() == QEvent::Close && m_service && watched == m_window)
        m_service->stop();
    return QWidget::eventFilter(watched, event);
}

void PushPanel::loadSecret()
{
    if (!m_secrets || !m_settings.clientSecret.isEmpty())
        return;
    QPointer<PushPanel> self(this);
    m_secrets->read(SecretStore::accountName(kSecretAccount, SecretKey::C1ClientSecret),
                    [self](const QString &value, const SecretError &error) {
                        if (!self)
                            return;
                        if (!error.isError() && self->m_settings.clientSecret.isEmpty())
                            self->m_settings.clientSecret = value;
                        else if (error.isError() && error.kind != SecretError::Kind::NotFound)
                            qCInfo(lcGui) << "ConductorOne client secret not read:" << error.message();
                        self->updateButtons();
                    });
}

void PushPanel::setPushSettings(const PushSettings &settings)
{
    m_settings = settings;
    m_stayConnected->setChecked(settings.stayConnected);
    updateButtons();
}

void PushPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

PushPanel::StepState PushPanel::stepState(Step step) const
{
    return m_states[int(step)];
}

QString PushPanel::stepText(Step step) const
{
    return m_steps->item(int(step))->text();
}

QString PushPanel::statusText() const
{
    return m_status->text();
}

bool PushPanel::isServing() const
{
    return m_service && m_service->isRunning();
}

bool PushPanel::editSettings()
{
    PushSettings edited = m_settings;
    bool saved = false;
    if (m_editor) {
        saved = m_editor(&edited);
    } else {
        const QString note = m_secrets ? m_secrets->description() : tr("memory (this session only)");
        PushSettingsDialog dialog(m_settings, note, this);
        saved = dialog.exec() == QDialog::Accepted;
        if (saved)
            edited = dialog.settings();
    }
    if (!saved)
        return false;
    const bool secretChanged = edited.clientSecret != m_settings.clientSecret;
    m_settings = edited;
    if (m_store)
        m_settings.save(*m_store);
    if (m_secrets && secretChanged) {
        m_secrets->write(SecretStore::accountName(kSecretAccount, SecretKey::C1ClientSecret), m_settings.clientSecret,
                         [](const SecretError &error) {
                             if (error.isError())
                                 qCWarning(lcGui).noquote()
                                     << "The ConductorOne client secret is kept for this session only:" << error.message();
                         });
    }
    updateButtons();
    return true;
}

void PushPanel::setStayConnected(bool on)
{
    if (m_stayConnected->isChecked() != on)
        m_stayConnected->setChecked(on);   // comes back here through toggled
    if (m_settings.stayConnected == on)
        return;
    m_settings.stayConnected = on;
    if (m_store)
        m_settings.save(*m_store);
    if (on && !isServing()) {
        // Serving without a push: connect and take whatever ConductorOne sends.
        if (m_settings.validate().isEmpty())
            startService();
    } else if (!on && isServing() && !m_pushPending) {
        disconnectService();
    } else if (on && isServing() && !m_pushPending) {
        setStep(Step::Serve, StepState::Running, tr("Connected: serving ConductorOne's tasks"));
    }
    updateButtons();
}

void PushPanel::resetSteps()
{
    for (int i = 0; i < 4; ++i)
        m_states[i] = StepState::Running;   // forces the update below
    setStep(Step::Connect, StepState::Pending, tr("Connect to ConductorOne"));
    setStep(Step::Sync, StepState::Pending, tr("Sync the Dropbox team"));
    setStep(Step::Upload, StepState::Pending, tr("Upload the snapshot"));
    setStep(Step::Serve, StepState::Pending, tr("Connected"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
}

void PushPanel::setStep(Step step, StepState state, const QString &text)
{
    m_states[int(step)] = state;
    QListWidgetItem *item = m_steps->item(int(step));
    static const char *const names[] = {QT_TR_NOOP("Connecting"), QT_TR_NOOP("Syncing"), QT_TR_NOOP("Uploading"),
                                        QT_TR_NOOP("Connected")};
    item->setText(tr(names[int(step)]) + QStringLiteral(" \u2014 ") + text);
    QIcon icon;
    switch (state) {
    case StepState::Pending:
        icon = QIcon();
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        break;
    case StepState::Running:
        icon = style()->standardIcon(QStyle::SP_MediaPlay);
        item->setForeground(palette().color(QPalette::Text));
        break;
    case StepState::Done:
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        item->setForeground(palette().color(QPalette::Text));
        break;
    case StepState::Failed:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
        break;
    }
    item->setIcon(icon);
    item->setData(Qt::UserRole, int(state));
}

void PushPanel::failRunningStep(const QString &message)
{
    for (int i = 0; i < 4; ++i) {
        if (m_states[i] == StepState::Running) {
            setStep(Step(i), StepState::Failed, message);
            return;
        }
    }
    setStep(Step::Connect, StepState::Failed, message);
}

void PushPanel::updateButtons()
{
    const bool configured = m_settings.validate().isEmpty();
    const bool hasConnection = m_window && m_window->hasConnection();
    m_pushButton->setEnabled(hasConnection && !m_pushPending);
    m_disconnectButton->setEnabled(isServing());
    QString status;
    if (!hasConnection)
        status = tr("Connect to a Dropbox team first.");
    else if (!configured && !isServing())
        status = tr("Not set up: enter this connector's ConductorOne client id and secret in Settings.");
    else if (m_pushPending)
        status = tr("Pushing to ConductorOne...");
    else if (isServing())
        status = tr("Connected to ConductorOne (%1); serving its tasks.").arg(m_service->endpointTarget());
    if (!status.isEmpty())
        m_status->setText(status);
    else if (m_status->text().isEmpty() || m_status->text().startsWith(tr("Not set up")))
        m_status->setText(tr("Ready to push %1 to ConductorOne.")
                              .arg(m_window ? m_window->connection().name : QString()));
}

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

// ---------------------------------------------------------------------------------------

void exportSnapshotC1z(MainWindow *window, const QString &path, std::function<void(const QString &error)> done)
{
    const Snapshot snapshot = window->snapshot();     // implicitly shared: a cheap copy
    runInBackground<QString>(
        window,
        [snapshot, path] {
            QString error;
            if (!c1::writeC1z(snapshot, path, &error))
                return error.isEmpty() ? QCoreApplication::translate("dbx::gui", "The c1z file could not be written.")
                                       : error;
            return QString();
        },
        std::move(done));
}

PushPanel *installConductorOne(MainWindow *window, QSettings *settings, SecretStore *secrets)
{
    auto *panel = new PushPanel(window, settings, secrets, window);
    const int index = window->addView(panel, PushPanel::tr("ConductorOne"));
    Q_UNUSED(index);

    auto *push = new QAction(window->style()->standardIcon(QStyle::SP_ArrowUp), PushPanel::tr("Push to &ConductorOne"),
                             window);
    push->setObjectName(QStringLiteral("pushToConductorOneAction"));
    push->setToolTip(PushPanel::tr("Send the Dropbox team's accounts, roles, groups and grants to ConductorOne"));
    QObject::connect(push, &QAction::triggered, panel, [window, panel] {
        window->showView(panel);
        panel->push();
    });
    window->mainToolBar()->addAction(push);
    window->menu(MainWindow::Menu::Actions)->addAction(push);

    auto *exportC1z = new QAction(PushPanel::tr("Export snapshot as &c1z..."), window);
    exportC1z->setObjectName(QStringLiteral("exportC1zAction"));
    exportC1z->setToolTip(PushPanel::tr("Write the snapshot in ConductorOne's c1z format (what a push uploads)"));
    QObject::connect(exportC1z, &QAction::triggered, window, [window] {
        if (window->snapshot().runId <= 0) {
            window->showMessage(PushPanel::tr("There is no snapshot to export yet: sync first."), true);
            return;
        }
        const QString path = window->askSavePath(QStringLiteral("sync.c1z"), PushPanel::tr("Export snapshot as c1z"),
                                                 PushPanel::tr("c1z files (*.c1z);;All files (*)"));
        if (path.isEmpty())
            return;
        window->statusBar()->showMessage(PushPanel::tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
        QPointer<MainWindow> guard(window);
        exportSnapshotC1z(window, path, [guard, path](const QString &error) {
            if (!guard)
                return;
            if (!error.isEmpty())
                guard->showMessage(error, true);
            else
                guard->statusBar()->showMessage(
                    PushPanel::tr("Exported the snapshot to %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
    });
    window->menu(MainWindow::Menu::File)->addAction(exportC1z);
    return panel;
}

} // namespace dbx::gui
