#include "worker/ConnectorTaskHandler.h"

#include "base/Error.h"
#include "conductorone/C1z.h"
#include "provision/Provisioner.h"
#include "store/SnapshotStore.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"
#include "worker/ConnectorTaskParts.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace dbx {

Q_LOGGING_CATEGORY(lcTasks, "dbx.worker.tasks")

using c1::TaskCode;
using c1::TaskContext;
using c1::TaskOutcome;
using namespace tasks;

namespace tasks {

void spin(QEventLoop &loop, const bool &done, TaskContext &context, const std::function<void()> &onCancel)
{
    if (done)
        return;
    QTimer poll;
    poll.setInterval(100);
    bool cancelSent = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!cancelSent && context.isCancelled()) {
            cancelSent = true;
            onCancel();
        }
    });
    poll.start();
    loop.exec();
}

TaskOutcome cancelledOutcome(const TaskContext &context)
{
    return TaskOutcome::cancelled(context.cancelReason().isEmpty() ? tr("The task was cancelled.")
                                                                   : context.cancelReason());
}

} // namespace tasks

namespace {
// A task id as part of a file name.
QString safeName(const QString &text)
{
    QString s = text;
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return s.left(64);
}
} // namespace

ConnectorTaskHandler::ConnectorTaskHandler(Options options)
    : m_options(std::move(options)), m_threadGuard(std::make_unique<QObject>())
{}

ConnectorTaskHandler::~ConnectorTaskHandler()
{
    // Normally the session went with the service thread (dropSession on QThread::finished).
    // What is left was made on a thread that is still ours or already over.
    m_threadGuard.reset();
    m_provisioner.reset();
    m_session.reset();
}

void ConnectorTaskHandler::setStoreChangedCallback(std::function<void()> fn)
{
    QMutexLocker lock(&m_callbackMutex);
    m_storeChanged = std::move(fn);
}

void ConnectorTaskHandler::setSnapshotPatchedCallback(std::function<void(const SnapshotChange &)> fn)
{
    QMutexLocker lock(&m_callbackMutex);
    m_snapshotPatched = std::move(fn);
}

void ConnectorTaskHandler::publishChanges()
{
    const QVector<SnapshotChange> changes = std::exchange(m_unpublished, {});
    std::function<void(const SnapshotChange &)> fn;
    {
        QMutexLocker lock(&m_callbackMutex);
        fn = m_snapshotPatched;
    }
    if (!fn || changes.isEmpty()) {
        notifyStoreChanged();
        return;
    }
    for (const SnapshotChange &c : changes)
        fn(c);
}

void ConnectorTaskHandler::notifyStoreChanged()
{
    std::function<void()> fn;
    {
        QMutexLocker lock(&m_callbackMutex);
        fn = m_storeChanged;
    }
    if (fn)
        fn();
}

bool ConnectorTaskHandler::provisioningEnabled() const { return m_options.connection.provisioning; }

ConnectorSession *ConnectorTaskHandler::session(TaskOutcome *failure)
{
    QThread *current = QThread::currentThread();
    if (m_session && m_sessionThread != current)
        dropSession(); // a new service thread (the service was restarted)
    if (m_session)
        return m_session.get();

    auto s = std::make_unique<ConnectorSession>(m_options.connection);
    if (const auto opened = s->open(); !opened) {
        *failure = TaskOutcome::failed(opened.error().message(), true, TaskCode::Unavailable);
        return nullptr;
    }
    m_session = std::move(s);
    m_sessionThread = current;
    // The session's objects belong to this thread: they go when it ends, on it.
    QObject::connect(
        current, &QThread::finished, m_threadGuard.get(),
        [this, current] {
            if (m_sessionThread == current)
                dropSession();
        },
        Qt::DirectConnection);
    qCInfo(lcTasks) << "session opened on" << m_session->config().effectiveDbPath();
    return m_session.get();
}

void ConnectorTaskHandler::dropSession()
{
    if (m_sessionThread)
        QObject::disconnect(m_sessionThread, &QThread::finished, m_threadGuard.get(), nullptr);
    m_provisioner.reset(); // uses the session's client and store
    m_session.reset();
    m_sessionThread = nullptr;
}

TaskOutcome ConnectorTaskHandler::runSync(TaskContext &context)
{
    TaskOutcome failure;
    ConnectorSession *s = session(&failure);
    if (!s)
        return failure;
    if (context.isCancelled())
        return cancelledOutcome(context);

    SyncEngine *engine = s->syncEngine();
    QEventLoop loop;
    bool done = false;
    SyncOutcome outcome;
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    QObject::connect(engine, &SyncEngine::progressChanged, &loop, [&context](const SyncProgress &p) {
        if (p.groups > 0 && p.phase == SyncProgress::Phase::Reading)
            context.reportProgress(tr("Syncing group members"), p.groupsDone, p.groups);
        else if (p.phase == SyncProgress::Phase::Saving)
            context.reportProgress(tr("Saving snapshot"));
        else
            context.reportProgress(tr("Syncing members"), p.accounts, -1);
    });
    context.reportProgress(tr("Syncing members"), 0, -1);
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    spin(loop, done, context, [engine] { engine->cancel(); });

    if (outcome.cancelled || (!outcome.ok && context.isCancelled()))
        return cancelledOutcome(context);
    if (!outcome.ok)
        return outcomeOf(outcome.error, outcome.message);
    qCInfo(lcTasks).noquote() << outcome.summary();
    notifyStoreChanged();
    return TaskOutcome::done();
}

QString ConnectorTaskHandler::c1zDir(TaskOutcome *failure)
{
    if (!m_options.c1zDir.isEmpty()) {
        if (!QDir().mkpath(m_options.c1zDir)) {
            *failure = TaskOutcome::failed(tr("Cannot create the folder %1 for the sync file.").arg(m_options.c1zDir),
                                           false, TaskCode::FailedPrecondition);
            return QString();
        }
        return m_options.c1zDir;
    }
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dropbox-connector-XXXXXX"));
        if (!m_tempDir->isValid()) {
            *failure = TaskOutcome::failed(
                tr("Cannot create a temporary folder for the sync file: %1.").arg(m_tempDir->errorString()), true,
                TaskCode::Internal);
            m_tempDir.reset();
            return QString();
        }
    }
    return m_tempDir->path();
}

c1::SyncResult ConnectorTaskHandler::fullSync(const c1::SyncRequest &request, TaskContext &context)
{
    c1::SyncResult result;
    TaskOutcome failure;
    ConnectorSession *s = session(&failure);
    if (!s) {
        result.outcome = failure;
        return result;
    }
    // What the task asks to leave out is honoured in the upload. Targeted resources: the team is
    // read as for any sync (Dropbox has no "changed since" read for members, groups and roles
    // together), and the upload is a partial sync run holding only the targets.
    if (!request.targetedResources.isEmpty())
        qCInfo(lcTasks) << "the sync task targets" << request.targetedResources.size()
                        << "resource(s):" << request.targetedResources
                        << "; the upload is a partial sync run of those resources, their entitlements and grants";
    if (!request.resourceTypeIds.isEmpty())
        qCInfo(lcTasks) << "the sync task asks for the resource types" << request.resourceTypeIds
                        << "only; the others are left out of the upload";
    if (request.skipEntitlementsAndGrants)
        qCInfo(lcTasks) << "the sync task skips entitlements and grants: resources only";
    else if (request.skipGrants)
        qCInfo(lcTasks) << "the sync task skips grants: resources and entitlements only";

    SnapshotStore *store = s->store();
    qint64 runId = 0;
    if (m_options.reuseSnapshotYoungerThanSecs > 0) {
        const qint64 latest = store->latestCompleteRun();
        const std::optional<RunInfo> info = latest > 0 ? store->run(latest) : std::nullopt;
        if (info && info->finishedAt.isValid()
            && info->finishedAt.secsTo(QDateTime::currentDateTimeUtc()) < m_options.reuseSnapshotYoungerThanSecs) {
            runId = latest;
            qCInfo(lcTasks) << "reusing the snapshot of run" << runId << "finished" << info->finishedAt;
        }
    }
    if (runId == 0) {
        const TaskOutcome synced = runSync(context);
        if (!synced.ok()) {
            result.outcome = synced;
            return result;
        }
        runId = store->latestCompleteRun();
    }
    if (context.isCancelled()) {
        result.outcome = cancelledOutcome(context);
        return result;
    }

    context.reportProgress(tr("Writing the c1z file"));
    QString error;
    const Expected<Snapshot> snapshot = runId > 0 ? store->load(runId) : Expected<Snapshot>(unexpected(Error()));
    if (!snapshot) {
        result.outcome = TaskOutcome::failed(tr("Cannot read the snapshot to upload: %1").arg(snapshot.error().text),
                                             true, TaskCode::Internal);
        return result;
    }
    const QString dir = c1zDir(&failure);
    if (dir.isEmpty()) {
        result.outcome = failure;
        return result;
    }
    const QString path = QDir(dir).filePath(
        QStringLiteral("dropbox-sync-%1.c1z")
            .arg(safeName(context.taskId().isEmpty() ? QString::number(QDateTime::currentMSecsSinceEpoch())
                                                     : context.taskId())));
    c1::C1zWriteOptions options;
    options.tempDir = dir;
    options.entitlements = !request.skipEntitlementsAndGrants;
    options.grants = !request.skipEntitlementsAndGrants && !request.skipGrants;
    options.licenses = request.resourceTypeIds.isEmpty() || request.resourceTypeIds.contains(resource_type::license());
    options.targets = request.targetedResources;
    const Snapshot upload = c1::withResourceTypes(*snapshot, request.resourceTypeIds);
    if (const QStringList missing = c1::missingTargets(upload, request.targetedResources); !missing.isEmpty())
        qCInfo(lcTasks) << "targeted resource(s) not in the team (or not of a synced type), left out:" << missing;
    if (const Expected<QString> written = c1::writeC1z(upload, path, options); !written) {
        result.outcome = TaskOutcome::failed(tr("Cannot write the c1z file: %1").arg(written.error().message()), true,
                                             TaskCode::Internal);
        return result;
    }
    result.c1zPath = path;
    result.removeAfterUpload = m_options.c1zDir.isEmpty();
    return result;
}

Provisioner *ConnectorTaskHandler::provisioner(TaskContext &context, TaskOutcome *failure)
{
    ConnectorSession *s = session(failure);
    if (!s)
        return nullptr;
    if (s->store()->latestCompleteRun() == 0) {
        // Writes are checked against a snapshot: without one there is nothing to check with.
        qCInfo(lcTasks) << "no snapshot yet: syncing before the first change";
        const TaskOutcome synced = runSync(context);
        if (!synced.ok()) {
            *failure = synced;
            return nullptr;
        }
    }
    // One for the session: it keeps the snapshot it loaded and patches it with every write, so
    // a task costs no reload; refreshState() below reloads when a sync or another connection
    // (the window's worker, another process) changed the store since.
    if (!m_provisioner) {
        m_provisioner = std::make_unique<Provisioner>(s->client(), s->store());
        m_provisioner->setEnabled(m_options.connection.provisioning);
        m_provisioner->setConnectionName(m_options.connection.name);
        m_provisioner->setAdmin(QStringLiteral("ConductorOne"));
        QObject::connect(m_provisioner.get(), &Provisioner::snapshotPatched, m_provisioner.get(),
                         [this](const SnapshotChange &change) { m_unpublished.push_back(change); });
    }
    Provisioner *p = m_provisioner.get();
    p->setGrantedScopes(s->grantedScopes());
    if (const auto loaded = p->refreshState(); !loaded) {
        *failure = TaskOutcome::failed(tr("Cannot read the newest snapshot: %1").arg(loaded.error().message()), true,
                                       TaskCode::Internal);
        return nullptr;
    }
    if (!m_reconciled) {
        // Writes an earlier run sent but never heard back about (it was killed) are read back and
        // their audit rows completed before this process sends anything.
        m_reconciled = true;
        QEventLoop loop;
        bool done = false;
        QObject::connect(p, &Provisioner::reconciled, &loop, [&](const QVector<OperationResult> &results) {
            for (const OperationResult &r : results)
                qCWarning(lcTasks).noquote() << "interrupted change read back:" << toWire(r.outcome) << r.message;
            done = true;
            loop.quit();
        });
        QMetaObject::invokeMethod(p, &Provisioner::reconcileInterrupted, Qt::QueuedConnection);
        if (!done)
            loop.exec();
        // A reconciled change patched the held snapshot and the stored run alike.
    }
    return p;
}

} // namespace dbx
