#include "conductorone/C1Heartbeat.h"
#include "conductorone/C1ProtoHelpers.h"
#include "conductorone/C1Service.h"
#include "conductorone/Ksuid.h"

namespace dbx {
namespace c1 {

// Action tasks: invoke enable_user / disable_user, describe the actions, report an action's status.

void C1Service::doActionInvoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const batonv1::Task::ActionInvokeTask &t = task.action_invoke();
    const QString name = fromStd(t.name());
    const bool enable = name == enableUserAction();
    if (!enable && name != disableUserAction()) {
        finishRefused(tr("This connector has no action called \"%1\".").arg(name), rec, TaskCode::NotFound);
        return;
    }
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const QString user = stringArg(t.args(), "user_id");
    if (user.isEmpty()) {
        finishRefused(tr("The %1 action needs a user_id (a team member id).").arg(name), rec);
        return;
    }
    rec->summary = (enable ? tr("Enable %1") : tr("Disable %1")).arg(user);
    std::unique_ptr<Heartbeat> hb = startHeartbeat(ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->setAccountEnabled(user, enable, ctx);
    hb->stop();

    v2::InvokeActionResponse resp;
    resp.set_id(toStd(Ksuid::generate()));
    resp.set_name(toStd(name));
    resp.set_status(outcome.ok() ? v2::BATON_ACTION_STATUS_COMPLETE : v2::BATON_ACTION_STATUS_FAILED);
    (*resp.mutable_response()->mutable_fields())["success"].set_bool_value(outcome.ok());
    m_actionResults.insert(fromStd(resp.id()), QByteArray::fromStdString(resp.SerializeAsString()));
    if (m_actionResults.size() > 200)
        m_actionResults.erase(m_actionResults.begin());
    if (!outcome.ok()) {
        finishFailed(outcome, rec, &resp);
        return;
    }
    finishOk(&resp, rec);
}

void C1Service::doActionSchemas(const batonv1::Task &task, TaskRecord *rec)
{
    // Only announced while provisioning is on, like the account capabilities in Hello.
    const QVector<v2::BatonActionSchema> schemas
        = m_handler->provisioningEnabled() ? actionSchemas() : QVector<v2::BatonActionSchema>();
    if (task.task_type_case() == batonv1::Task::kActionListSchemas) {
        v2::ListActionSchemasResponse resp;
        // Both actions are global: a listing for one resource type has none.
        if (task.action_list_schemas().resource_type_id().empty()) {
            for (const v2::BatonActionSchema &s : schemas)
                *resp.add_schemas() = s;
        }
        finishOk(&resp, rec);
        return;
    }
    const std::string &name = task.action_get_schema().name();
    for (const v2::BatonActionSchema &s : schemas) {
        if (s.name() == name) {
            v2::GetActionSchemaResponse resp;
            *resp.mutable_schema() = s;
            finishOk(&resp, rec);
            return;
        }
    }
    finishRefused(tr("This connector has no action called \"%1\".").arg(fromStd(name)), rec, TaskCode::NotFound);
}

void C1Service::doActionStatus(const batonv1::Task &task, TaskRecord *rec)
{
    const QString id = fromStd(task.action_status().id());
    const auto it = m_actionResults.constFind(id);
    if (it == m_actionResults.constEnd()) {
        finishRefused(tr("No action with id %1 ran here.").arg(id), rec, TaskCode::NotFound);
        return;
    }
    v2::InvokeActionResponse done;
    done.ParseFromArray(it->constData(), int(it->size()));
    v2::GetActionStatusResponse resp;
    resp.set_id(done.id());
    resp.set_name(done.name());
    resp.set_status(done.status());
    *resp.mutable_response() = done.response();
    finishOk(&resp, rec);
}

} // namespace c1
} // namespace dbx
