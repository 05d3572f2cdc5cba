#include "conductorone/C1Heartbeat.h"
#include "conductorone/C1Log.h"
#include "conductorone/C1ProtoHelpers.h"
#include "conductorone/C1Service.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

namespace dbx {
namespace c1 {

// One task from GetTask to FinishTask: dispatch by kind, heartbeats, how ConductorOne is told the
// outcome; and the tasks that are not provisioning (hello, full sync).

QString C1Service::taskSummary(const batonv1::Task &task, const QString &type)
{
    switch (task.task_type_case()) {
    case batonv1::Task::kHello: return tr("Say hello");
    case batonv1::Task::kSyncFull: return tr("Full sync");
    case batonv1::Task::kGrant:
        return tr("Grant %1 to %2")
            .arg(fromStd(task.grant().entitlement().id()), idText(task.grant().principal().id()));
    case batonv1::Task::kRevoke: return tr("Revoke %1").arg(fromStd(task.revoke().grant().id()));
    case batonv1::Task::kCreateAccount: return tr("Create an account");
    case batonv1::Task::kDeleteResource: return tr("Delete %1").arg(idText(task.delete_resource().resource_id()));
    case batonv1::Task::kActionInvoke: return tr("Action %1").arg(fromStd(task.action_invoke().name()));
    case batonv1::Task::kActionListSchemas:
    case batonv1::Task::kActionGetSchema: return tr("Describe actions");
    case batonv1::Task::kActionStatus: return tr("Action status");
    default: return type;
    }
}

void C1Service::process(const batonv1::Task &task)
{
    TaskRecord rec;
    rec.taskId = fromStd(task.id());
    rec.type = taskTypeName(task);
    rec.startedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcC1) << "task" << rec.taskId << rec.type;

    const QString taskId = rec.taskId;
    TaskContext ctx(taskId, [this, taskId](const QString &step, qint64 done, qint64 total) {
        emit progress(taskId, step, done, total);
    });
    {
        QMutexLocker lock(&m_mutex);
        m_current = &ctx;
    }
    if (stopping())
        ctx.cancel(tr("The connector is stopping."));

    rec.summary = taskSummary(task, rec.type);
    emit taskStarted(rec);
    // The tasks that change Dropbox are refused at once while provisioning is off (an action is
    // refused by doActionInvoke, once it knows the action).
    const batonv1::Task::TaskTypeCase kind = task.task_type_case();
    const bool changesDropbox = kind == batonv1::Task::kGrant || kind == batonv1::Task::kRevoke
        || kind == batonv1::Task::kCreateAccount || kind == batonv1::Task::kDeleteResource;
    if (!changesDropbox || !refuseWhenProvisioningOff(task, &rec)) {
        switch (kind) {
        case batonv1::Task::kHello: doHello(task, &rec); break;
        case batonv1::Task::kSyncFull: doFullSync(task, ctx, &rec); break;
        case batonv1::Task::kGrant: doGrant(task, ctx, &rec); break;
        case batonv1::Task::kRevoke: doRevoke(task, ctx, &rec); break;
        case batonv1::Task::kCreateAccount: doCreateAccount(task, ctx, &rec); break;
        case batonv1::Task::kDeleteResource: doDeleteResource(task, ctx, &rec); break;
        case batonv1::Task::kActionInvoke: doActionInvoke(task, ctx, &rec); break;
        case batonv1::Task::kActionListSchemas:
        case batonv1::Task::kActionGetSchema: doActionSchemas(task, &rec); break;
        case batonv1::Task::kActionStatus: doActionStatus(task, &rec); break;
        default:
            finishRefused(tr("This connector does not handle %1 tasks.").arg(rec.type), &rec, TaskCode::Unimplemented);
            break;
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_current = nullptr;
    }
    rec.finished = true;
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcC1).noquote() << "task" << rec.taskId << rec.type << (rec.ok ? "done" : "failed:") << rec.message;
    emit taskFinished(rec);
}

void C1Service::finishOk(const google::protobuf::Message *response, TaskRecord *rec, const QString &message,
                         const google::protobuf::RepeatedPtrField<google::protobuf::Any> *annotations)
{
    const RpcStatus s = m_client->finishSuccess(rec->taskId, response, annotations);
    rec->ok = s.ok();
    rec->message = s.ok() ? message : tr("Done, but ConductorOne could not be told (%1).").arg(s.describe());
}

void C1Service::finishFailed(const TaskOutcome &outcome, TaskRecord *rec, const google::protobuf::Message *response)
{
    const RpcStatus s
        = m_client->finishError(rec->taskId, int(outcome.code), outcome.message, !outcome.retryable, response);
    rec->ok = false;
    rec->message = outcome.message;
    if (!s.ok())
        rec->message += QLatin1Char(' ') + tr("(ConductorOne could not be told: %1)").arg(s.describe());
}

void C1Service::finishRefused(const QString &message, TaskRecord *rec, TaskCode code)
{
    finishFailed(TaskOutcome::failed(message, false, code), rec);
}

bool C1Service::refuseWhenProvisioningOff(const batonv1::Task &task, TaskRecord *rec)
{
    if (m_handler->provisioningEnabled())
        return false;
    finishRefused(tr("Provisioning is turned off for this connector, so the %1 task was not carried out. Turn "
                     "provisioning on (BATON_PROVISIONING=true, or the setting in the application) to let "
                     "ConductorOne make changes in Dropbox.")
                      .arg(taskTypeName(task)),
                  rec, TaskCode::FailedPrecondition);
    return true;
}

std::unique_ptr<C1Service::Heartbeat> C1Service::startHeartbeat(TaskContext &ctx, TaskRecord *rec)
{
    auto hb = std::make_unique<Heartbeat>(m_client, rec->taskId, ctx, m_options);
    bool cancelled = false;
    const RpcStatus s = hb->begin(&cancelled);
    if (cancelled) {
        finishFailed(TaskOutcome::cancelled(tr("ConductorOne cancelled the task before it started.")), rec);
        return nullptr;
    }
    if (!s.ok()) {
        finishFailed(TaskOutcome::failed(tr("ConductorOne could not be told the task started (%1).").arg(s.describe()),
                                         true, TaskCode(s.code)),
                     rec);
        return nullptr;
    }
    return hb;
}

std::optional<TaskOutcome> C1Service::runHeartbeating(TaskContext &ctx, TaskRecord *rec,
                                                      const std::function<TaskOutcome()> &work)
{
    const std::unique_ptr<Heartbeat> hb = startHeartbeat(ctx, rec);
    if (!hb)
        return std::nullopt;
    const TaskOutcome outcome = work();
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(outcome, rec);
        return std::nullopt;
    }
    return outcome;
}

void C1Service::doHello(const batonv1::Task &task, TaskRecord *rec)
{
    // As baton: a Hello naming the task is the whole answer; there is no FinishTask for it.
    const RpcStatus s = sendHello(fromStd(task.id()));
    rec->ok = s.ok();
    rec->message = s.ok() ? QString() : s.describe();
}

void C1Service::doFullSync(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const batonv1::Task::SyncFullTask &t = task.sync_full();
    std::unique_ptr<Heartbeat> hb = startHeartbeat(ctx, rec);
    if (!hb)
        return;

    SyncRequest req;
    req.skipGrants = t.skip_grants();
    req.skipEntitlementsAndGrants = t.skip_entitlements_and_grants();
    req.skipExpandGrants = t.skip_expand_grants();
    for (const std::string &id : t.sync_resource_type_ids())
        req.resourceTypeIds << fromStd(id);
    for (const v2::Resource &r : t.targeted_sync_resources())
        req.targetedResources << idText(r.id());
    if (!t.storage_engine().empty() && t.storage_engine() != "sqlite")
        qCInfo(lcC1) << "sync task asks for storage engine" << fromStd(t.storage_engine())
                     << "- writing c1z v1 (sqlite)";

    ctx.reportProgress(tr("Syncing"));
    const SyncResult result = m_handler->fullSync(req, ctx);
    auto cleanup = [&result] {
        if (result.removeAfterUpload && !result.c1zPath.isEmpty())
            QFile::remove(result.c1zPath);
    };

    if (ctx.isCancelled()) {
        hb->stop();
        cleanup();
        finishFailed(TaskOutcome::cancelled(ctx.cancelReason()), rec);
        return;
    }
    if (!result.outcome.ok()) {
        hb->stop();
        cleanup();
        finishFailed(result.outcome, rec);
        return;
    }
    if (result.c1zPath.isEmpty() || !QFileInfo::exists(result.c1zPath)) {
        hb->stop();
        finishFailed(TaskOutcome::failed(tr("The sync produced no file to upload."), true, TaskCode::Internal), rec);
        return;
    }

    const qint64 size = QFileInfo(result.c1zPath).size();
    ctx.reportProgress(tr("Uploading"), 0, size);
    const RpcStatus up = m_client->uploadAsset(
        rec->taskId, result.c1zPath,
        [&ctx](qint64 sent, qint64 total) { ctx.reportProgress(tr("Uploading"), sent, total); },
        m_options.uploadAttempts);
    hb->stop();
    cleanup();
    if (!up.ok()) {
        const bool cancelled = ctx.isCancelled() || up.code == 1;
        finishFailed(cancelled ? TaskOutcome::cancelled(ctx.isCancelled() ? ctx.cancelReason() : up.describe())
                               : TaskOutcome::failed(
                                   tr("The sync could not be uploaded to ConductorOne (%1).").arg(up.describe()), true,
                                   TaskCode(up.code)),
                     rec);
        return;
    }
    finishOk(nullptr, rec, tr("Uploaded %1 bytes.").arg(size));
}

} // namespace c1
} // namespace dbx
