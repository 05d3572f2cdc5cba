#include "worker/ConnectorTaskHandler.h"

#include "conductorone/C1z.h"
#include "base/Error.h"
#include "dropbox/DropboxClient.h"
#include "dropbox/Parse.h"
#include "model/Entitlements.h"
#include "provision/Provisioner.h"
#include "store/SnapshotStore.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
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

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::ConnectorTaskHandler", s); }

// Spins `loop` until it quits; when the task is cancelled meanwhile, calls onCancel once (the
// work then ends on its own and quits the loop). `done` set before the call skips the wait.
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
{
}

ConnectorTaskHandler::~ConnectorTaskHandler()
{
    // Normally the session went with the service thread (dropSession on QThread::finished).
    // What is left was made on a thread that is still ours or already over.
    m_threadGuard.reset();
    m_session.reset();
}

void ConnectorTaskHandler::setStoreChangedCallback(std::function<void()> fn)
{
    QMutexLocker lock(&m_callbackMutex);
    m_storeChanged = std::move(fn);
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

bool ConnectorTaskHandler::provisioningEnabled() const
{
    return m_options.connection.provisioning;
}

ConnectorSession *ConnectorTaskHandler::session(TaskOutcome *failure)
{
    QThread *current = QThread::currentThread();
    if (m_session && m_sessionThread != current)
        dropSession();                    // a new service thread (the service was restarted)
    if (m_session)
        return m_session.get();

    auto s = std::make_unique<ConnectorSession>(m_options.connection);
    QString error;
    if (!s->open(&error)) {
        *failure = TaskOutcome::failed(error, true, TaskCode::Unavailable);
        return nullptr;
    }
    m_session = std::move(s);
    m_sessionThread = current;
    // The session's objects belong to this thread: they go when it ends, on it.
    QObject::connect(current, &QThread::finished, m_threadGuard.get(), [this, current] {
        if (m_sessionThread == current)
            dropSession();
    }, Qt::DirectConnection);
    qCInfo(lcTasks) << "session opened on" << m_session->config().effectiveDbPath();
    return m_session.get();
}

void ConnectorTaskHandler::dropSession()
{
    if (m_sessionThread)
        QObject::disconnect(m_sessionThread, &QThread::finished, m_threadGuard.get(), nullptr);
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
            *failure = TaskOutcome::failed(tr("Cannot create a temporary folder for the sync file: %1.")
                                               .arg(m_tempDir->errorString()),
                                           true, TaskCode::Internal);
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
    if (!request.resourceTypeIds.isEmpty() || !request.targetedResources.isEmpty())
        qCInfo(lcTasks) << "the sync task asks for part of the team; the whole team is synced";

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
        QStringLiteral("dropbox-sync-%1.c1z").arg(safeName(context.taskId().isEmpty()
                                                               ? QString::number(QDateTime::currentMSecsSinceEpoch())
                                                               : context.taskId())));
    c1::C1zWriteOptions options;
    options.tempDir = dir;
    if (const Expected<QString> written = c1::writeC1z(*snapshot, path, options); !written) {
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
    // One per task: its state is loaded from the store as it is now.
    auto *p = s->findChild<Provisioner *>(QString(), Qt::FindDirectChildrenOnly);
    if (p && (m_stateStale || context.taskId().isEmpty() || context.taskId() != m_provisionerTask)) {
        delete p;
        p = nullptr;
    }
    if (!p) {
        p = new Provisioner(s->client(), s->store(), s);
        p->setEnabled(m_options.connection.provisioning);
        p->setConnectionName(m_options.connection.name);
        p->setAdmin(QStringLiteral("ConductorOne"));
        m_provisionerTask = context.taskId();
        m_stateStale = false;
    }
    p->setGrantedScopes(s->grantedScopes());
    QString error;
    if (!p->refreshState(&error)) {
        *failure = TaskOutcome::failed(tr("Cannot read the newest snapshot: %1").arg(error), true, TaskCode::Internal);
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
        m_stateStale = true;              // a reconciled change may have patched the snapshot
        p->refreshState();
    }
    return p;
}

bool ConnectorTaskHandler::refreshGroupMember(const QString &groupId, const QString &teamMemberId,
                                              TaskContext &context, TaskOutcome *failure)
{
    Provisioner *p = provisioner(context, failure);
    if (!p)
        return false;
    const TeamState &state = p->state();
    if (!state.findGroup(groupId))
        return true;                      // unknown here: the Provisioner says so in words
    ConnectorSession *s = m_session.get();
    DropboxClient *client = s->client();

    QEventLoop loop;
    bool done = false;
    bool found = false;
    AccessType access = AccessType::Member;
    Error error;
    std::function<void(const Expected<GroupMemberPage> &)> onPage;
    onPage = [&](const Expected<GroupMemberPage> &r) {
        if (!r.ok() || context.isCancelled()) {
            error = r.ok() ? Error::cancelled(QStringLiteral("team/groups/members/list")) : r.error();
            done = true;
            loop.quit();
            return;
        }
        for (const GroupMemberEntry &m : r.value().members) {
            if (m.teamMemberId == teamMemberId) {
                found = true;
                access = m.accessType;
            }
        }
        if (r.value().hasMore && !found) {
            client->listGroupMembersContinue(r.value().cursor, onPage);
            return;
        }
        done = true;
        loop.quit();
    };
    context.reportProgress(tr("Checking the group's members"));
    client->listGroupMembers(groupId, 1000, onPage);
    // Cancelling answers the read at once (Kind::Cancelled); nothing was written.
    spin(loop, done, context, [client] { client->abortAll(); });
    if (error.isError()) {
        *failure = error.kind == Error::Kind::Cancelled ? cancelledOutcome(context)
                                                           : outcomeOf(error, error.message());
        return false;
    }

    AccessType stored = AccessType::Member;
    const bool storedFound = state.membership(groupId, teamMemberId, &stored);
    if (found == storedFound && (!found || stored == access))
        return true;
    // The snapshot was behind: correct it (a later sync would have, too).
    qCInfo(lcTasks) << "snapshot behind Dropbox for" << teamMemberId << "in" << groupId << "- corrected";
    const Expected<void> corrected = found
        ? s->store()->upsertMembership(state.runId(), {groupId, teamMemberId, access})
        : s->store()->deleteMembership(state.runId(), groupId, teamMemberId);
    if (!corrected)
        qCWarning(lcTasks) << "cannot correct the snapshot:" << corrected.error().message();
    m_stateStale = true;
    notifyStoreChanged();
    return true;
}

bool ConnectorTaskHandler::refreshMember(const QString &teamMemberId, TaskContext &context, TaskOutcome *failure,
                                         bool *gone)
{
    if (gone)
        *gone = false;
    Provisioner *p = provisioner(context, failure);
    if (!p)
        return false;
    const Account *stored = p->state().findUser(UserSelector::byId(teamMemberId));
    if (!stored)
        return true;                      // unknown here: the Provisioner says so in words
    ConnectorSession *s = m_session.get();
    const QString route = QStringLiteral("team/members/get_info_v2");
    const QJsonObject arg{{QStringLiteral("members"),
                           QJsonArray{QJsonObject{{QStringLiteral(".tag"), QStringLiteral("team_member_id")},
                                                  {QStringLiteral("team_member_id"), teamMemberId}}}}};
    QEventLoop loop;
    bool done = false;
    Expected<QJsonValue> reply;
    context.reportProgress(tr("Checking the member"));
    s->client()->rpc(route, arg, [&](const Expected<QJsonValue> &r) {
        reply = r;
        done = true;
        loop.quit();
    });
    DropboxClient *client = s->client();
    spin(loop, done, context, [client] { client->abortAll(); });
    if (!reply.ok()) {
        *failure = reply.error().kind == Error::Kind::Cancelled ? cancelledOutcome(context)
                                                                 : outcomeOf(reply.error(), reply.error().message());
        return false;
    }
    const QJsonObject info = reply.value().toObject().value(QStringLiteral("members_info")).toArray().at(0).toObject();
    if (info.value(QStringLiteral(".tag")).toString() != QLatin1String("member_info")) {
        if (gone)
            *gone = info.value(QStringLiteral(".tag")).toString() == QLatin1String("id_not_found");
        return true;                      // the call itself will say so
    }
    const Expected<Account> read = parse::teamMemberInfo(info, QStringLiteral("members_info[0]"));
    if (!read) {
        qCWarning(lcTasks) << "cannot read" << route << "reply:" << read.error().detail;
        return true;                      // decide on the snapshot, as without the check
    }
    const Account &live = *read;
    QString why;
    if (live.status == stored->status && live.roleId == stored->roleId)
        return true;
    qCInfo(lcTasks) << "snapshot behind Dropbox for" << teamMemberId << "- corrected";
    Account corrected = *stored;
    corrected.status = live.status;
    corrected.roleId = live.roleId;
    corrected.suspendedOn = live.suspendedOn;
    if (const Expected<void> saved = s->store()->upsertAccount(p->state().runId(), corrected); !saved)
        qCWarning(lcTasks) << "cannot correct the snapshot:" << saved.error().message();
    m_stateStale = true;
    notifyStoreChanged();
    return true;
}

OperationResult ConnectorTaskHandler::runOperation(const Operation &op, TaskContext &context)
{
    OperationResult result;
    result.operation = op;
    TaskOutcome failure;
    Provisioner *p = provisioner(context, &failure);
    if (!p) {
        result.outcome = failure.code == TaskCode::Cancelled ? Outcome::Cancelled : Outcome::Failed;
        result.message = failure.message;
        result.tag = QStringLiteral("connector");
        return result;
    }
    if (context.isCancelled()) {
        result.outcome = Outcome::Cancelled;
        result.message = cancelledOutcome(context).message;
        return result;
    }
    QEventLoop loop;
    bool done = false;
    QObject::connect(p, &Provisioner::finished, &loop,
                     [&](const QVector<OperationResult> &results, bool) {
                         if (!results.isEmpty())
                             result = results.first();
                         else
                             result.outcome = Outcome::Cancelled;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(p, &Provisioner::progressChanged, &loop, [&context](const ProvisionProgress &pr) {
        if (!pr.text.isEmpty())
            context.reportProgress(pr.text, pr.done, pr.total);
    });
    context.reportProgress(op.describe(&p->state().snapshot()), 0, 1);
    QMetaObject::invokeMethod(p, [p, op] { p->run({op}); }, Qt::QueuedConnection);
    spin(loop, done, context, [p] { p->cancel(); });
    if (result.outcome == Outcome::Success)
        notifyStoreChanged();
    qCInfo(lcTasks).noquote() << toWire(result.outcome) << auditAction(op.type) << result.message;
    return result;
}

TaskOutcome ConnectorTaskHandler::runWrite(const Operation &op, TaskContext &context)
{
    const OperationResult r = runOperation(op, context);
    if (r.outcome == Outcome::Cancelled)
        return cancelledOutcome(context);
    return outcomeOf(r);
}

TaskOutcome ConnectorTaskHandler::outcomeOf(const OperationResult &result)
{
    switch (result.outcome) {
    case Outcome::Success:
        return TaskOutcome::done();
    case Outcome::NoChange: {
        TaskOutcome o = TaskOutcome::alreadyDone();
        o.message = result.message;
        return o;
    }
    case Outcome::Cancelled:
        return TaskOutcome::cancelled(result.message);
    case Outcome::Unknown:
        // Neither done nor failed: the reply was lost and could not be read back. A retry is safe,
        // since every write task checks Dropbox's live state before it sends anything.
        return TaskOutcome::failed(result.message, true, TaskCode::Unknown);
    case Outcome::Invalid: {
        // Not sent: an unknown member, group or role, or contradictory options.
        const bool unknown = !result.operation.user.isEmpty() && result.teamMemberId.isEmpty();
        return TaskOutcome::failed(result.message, false, unknown ? TaskCode::NotFound : TaskCode::InvalidArgument);
    }
    case Outcome::Failed:
        break;
    }
    if (!result.error.isError()) {
        // Refused before any call: provisioning off, or the connector could not get ready.
        if (result.tag == QLatin1String("provisioning_disabled"))
            return TaskOutcome::failed(result.message, false, TaskCode::FailedPrecondition);
        return TaskOutcome::failed(result.message, true, TaskCode::Unavailable);
    }
    return outcomeOf(result.error, result.message);
}

TaskOutcome ConnectorTaskHandler::outcomeOf(const Error &error, const QString &message)
{
    QString text = message.isEmpty() ? error.message() : message;
    using Kind = Error::Kind;
    switch (error.kind) {
    case Kind::RateLimited:
        return TaskOutcome::failed(text, true, TaskCode::ResourceExhausted);
    case Kind::Server:
    case Kind::Network:
        return TaskOutcome::failed(text, true, TaskCode::Unavailable);
    case Kind::Timeout:
        return TaskOutcome::failed(text, true, TaskCode::DeadlineExceeded);
    case Kind::Malformed:
        return TaskOutcome::failed(text, true, TaskCode::Internal);
    case Kind::Cancelled:
        return TaskOutcome::cancelled(text);
    case Kind::Unauthorized:
        if (error.tag == QLatin1String("missing_scope"))
            return TaskOutcome::failed(text, false, TaskCode::PermissionDenied);
        [[fallthrough]];
    case Kind::TokenRefresh:
        if (!error.needsReauthorization())
            return TaskOutcome::failed(text, true, TaskCode::Unavailable);
        if (!text.contains(QLatin1String("authoriz"), Qt::CaseInsensitive))
            text += QLatin1Char(' ') + tr("Authorize the Dropbox connection again (a new refresh token).");
        return TaskOutcome::failed(text, false, TaskCode::Unauthenticated);
    case Kind::Forbidden:
        return TaskOutcome::failed(text, false, TaskCode::PermissionDenied);
    case Kind::BadRequest:
    case Kind::Invalid:
        return TaskOutcome::failed(text, false, TaskCode::InvalidArgument);
    case Kind::NotFound:
        return TaskOutcome::failed(text, false, TaskCode::NotFound);
    case Kind::Refused:
        return TaskOutcome::failed(text, false, TaskCode::PermissionDenied);
    case Kind::Io:
    case Kind::Database:
        return TaskOutcome::failed(text, true, TaskCode::Unavailable);
    case Kind::Internal:
        return TaskOutcome::failed(text, false, TaskCode::Internal);
    case Kind::Endpoint:
        return TaskOutcome::failed(text, false,
                                   error.tag.endsWith(QLatin1String("not_found")) ? TaskCode::NotFound
                                                                                  : TaskCode::FailedPrecondition);
    case Kind::None:
        break;
    }
    return TaskOutcome::failed(text, false, TaskCode::Unknown);
}

c1::TaskOutcome ConnectorTaskHandler::grant(const c1::GrantRequest &request, TaskContext &context)
{
    const UserSelector user = UserSelector::byId(request.principalId);
    if (request.resourceType == resource_type::role()) {
        if (request.slug != QLatin1String("member"))
            return TaskOutcome::failed(tr("Roles have only the \"member\" entitlement, not \"%1\".").arg(request.slug),
                                       false, TaskCode::InvalidArgument);
        TaskOutcome failure;
        if (!refreshMember(request.principalId, context, &failure))
            return failure;
        return runWrite(Operation::setRole(user, request.resourceId), context);
    }
    if (request.resourceType != resource_type::group())
        return TaskOutcome::failed(tr("Dropbox grants only groups and roles, not \"%1\".").arg(request.resourceType),
                                   false, TaskCode::InvalidArgument);
    AccessType wanted = AccessType::Member;
    if (request.slug == QLatin1String("owner"))
        wanted = AccessType::Owner;
    else if (request.slug != QLatin1String("member"))
        return TaskOutcome::failed(tr("Groups have the \"member\" and \"owner\" entitlements, not \"%1\".")
                                       .arg(request.slug),
                                   false, TaskCode::InvalidArgument);

    TaskOutcome failure;
    if (!refreshGroupMember(request.resourceId, request.principalId, context, &failure))
        return failure;
    Provisioner *p = provisioner(context, &failure);
    if (!p)
        return failure;
    AccessType held = AccessType::Member;
    if (!p->state().membership(request.resourceId, request.principalId, &held))
        return runWrite(Operation::addToGroup(user, request.resourceId, wanted), context);
    if (held == wanted) {
        TaskOutcome o = TaskOutcome::alreadyDone();
        o.message = tr("Already in the group with that access.");
        return o;
    }
    if (wanted == AccessType::Owner)
        return runWrite(Operation::setAccessType(user, request.resourceId, AccessType::Owner), context);
    // Asked for "member" of a group they own: owners are members already, and demoting them
    // would take away an ownership nobody asked to remove.
    TaskOutcome o = TaskOutcome::alreadyDone();
    o.message = tr("They own the group, which includes membership.");
    return o;
}

c1::TaskOutcome ConnectorTaskHandler::revoke(const c1::RevokeRequest &request, TaskContext &context)
{
    const UserSelector user = UserSelector::byId(request.principalId);
    TaskOutcome failure;
    if (request.resourceType == resource_type::role()) {
        if (!refreshMember(request.principalId, context, &failure))
            return failure;
        Provisioner *p = provisioner(context, &failure);
        if (!p)
            return failure;
        const Account *a = p->state().findUser(user);
        // Clear the role only when it is the one revoked: a member holds one role at most, and
        // a stale grant must not take away a role given since.
        if (a && a->roleId != request.resourceId) {
            TaskOutcome o = TaskOutcome::alreadyDone();
            o.message = tr("They do not hold that role.");
            return o;
        }
        return runWrite(Operation::clearRole(user), context);
    }
    if (request.resourceType != resource_type::group())
        return TaskOutcome::failed(tr("Dropbox grants only groups and roles, not \"%1\".").arg(request.resourceType),
                                   false, TaskCode::InvalidArgument);
    if (request.slug != QLatin1String("member") && request.slug != QLatin1String("owner"))
        return TaskOutcome::failed(tr("Groups have the \"member\" and \"owner\" entitlements, not \"%1\".")
                                       .arg(request.slug),
                                   false, TaskCode::InvalidArgument);
    if (!refreshGroupMember(request.resourceId, request.principalId, context, &failure))
        return failure;
    Provisioner *p = provisioner(context, &failure);
    if (!p)
        return failure;
    AccessType held = AccessType::Member;
    const bool inGroup = p->state().membership(request.resourceId, request.principalId, &held);
    if (!inGroup && p->state().findGroup(request.resourceId) && p->state().findUser(user)) {
        TaskOutcome o = TaskOutcome::alreadyDone();
        o.message = tr("Not in the group.");
        return o;
    }
    if (request.slug == QLatin1String("owner")) {
        if (inGroup && held == AccessType::Member) {
            TaskOutcome o = TaskOutcome::alreadyDone();
            o.message = tr("They do not own the group.");
            return o;
        }
        // Revoking ownership demotes: the member stays in the group.
        return runWrite(Operation::setAccessType(user, request.resourceId, AccessType::Member), context);
    }
    if (inGroup && held == AccessType::Owner) {
        TaskOutcome o = TaskOutcome::alreadyDone();
        o.message = tr("They own the group rather than hold the member grant; revoke the owner grant to demote them.");
        return o;
    }
    return runWrite(Operation::removeFromGroup(user, request.resourceId), context);
}

c1::CreateAccountResult ConnectorTaskHandler::createAccount(const c1::CreateAccountRequest &request,
                                                            TaskContext &context)
{
    c1::CreateAccountResult out;
    const Operation op = Operation::createAccount(request.email.trimmed(), request.givenName, request.surname);
    const OperationResult r = runOperation(op, context);
    if (r.outcome == Outcome::Cancelled) {
        out.outcome = cancelledOutcome(context);
        return out;
    }
    out.outcome = outcomeOf(r);
    if (r.outcome == Outcome::Success) {
        out.account = r.account;
    } else if (r.outcome == Outcome::NoChange) {
        TaskOutcome failure;
        if (Provisioner *p = provisioner(context, &failure)) {
            if (const Account *a = p->state().findUser(UserSelector::byEmail(request.email.trimmed())))
                out.account = *a;
        }
    }
    return out;
}

c1::TaskOutcome ConnectorTaskHandler::deleteResource(const c1::ResourceRef &resource, TaskContext &context)
{
    if (resource.resourceType != resource_type::user())
        return TaskOutcome::failed(tr("Only user accounts can be deleted in Dropbox, not a %1.").arg(resource.resourceType),
                                   false, TaskCode::Unimplemented);
    TaskOutcome failure;
    bool gone = false;
    if (!refreshMember(resource.resourceId, context, &failure, &gone))
        return failure;
    if (gone) {
        // Deleted for good already (no longer restorable): what was asked holds.
        TaskOutcome o = TaskOutcome::alreadyDone();
        o.message = tr("Dropbox no longer knows this member.");
        return o;
    }
    // Dropbox's defaults, as baton-dropbox sends them: delete the account, wipe linked devices.
    return runWrite(Operation::removeAccount(UserSelector::byId(resource.resourceId), true, false), context);
}

c1::TaskOutcome ConnectorTaskHandler::setAccountEnabled(const QString &teamMemberId, bool enable,
                                                        TaskContext &context)
{
    const UserSelector user = UserSelector::byId(teamMemberId);
    TaskOutcome failure;
    if (!refreshMember(teamMemberId, context, &failure))
        return failure;
    return runWrite(enable ? Operation::unsuspend(user) : Operation::suspend(user, false), context);
}

} // namespace dbx
