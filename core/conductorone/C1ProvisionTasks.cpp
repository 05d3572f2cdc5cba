#include "conductorone/C1Service.h"

#include "conductorone/C1Heartbeat.h"
#include "conductorone/C1ProtoHelpers.h"
#include "model/Entitlements.h"

namespace dbx {
namespace c1 {

// Provisioning tasks: grant, revoke, create account, delete.

void C1Service::doGrant(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const batonv1::Task::GrantTask &t = task.grant();
    GrantRequest req;
    req.entitlementId = fromStd(t.entitlement().id());
    req.resourceType = fromStd(t.entitlement().resource().id().resource_type());
    req.resourceId = fromStd(t.entitlement().resource().id().resource());
    req.slug = fromStd(t.entitlement().slug());
    if (req.slug.isEmpty())
        req.slug = req.entitlementId.section(QLatin1Char(':'), -1);
    req.principalType = fromStd(t.principal().id().resource_type());
    req.principalId = fromStd(t.principal().id().resource());
    if (!t.has_entitlement() || !t.has_principal() || req.entitlementId.isEmpty() || req.principalId.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The grant task names no entitlement or no principal."), false,
                                                 TaskCode::InvalidArgument),
                     rec);
        return;
    }
    if (req.principalType != resource_type::user()) {
        finishFailed(taskId, TaskOutcome::failed(tr("Only users can be granted Dropbox groups and roles (not %1).")
                                                     .arg(req.principalType),
                                                 false, TaskCode::InvalidArgument),
                     rec);
        return;
    }
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->grant(req, ctx);
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec);
        return;
    }
    v2::GrantManagerServiceGrantResponse resp;
    if (outcome.result == TaskOutcome::Result::AlreadyDone)
        resp.add_annotations()->PackFrom(v2::GrantAlreadyExists());
    v2::Grant *g = resp.add_grants();
    *g->mutable_entitlement() = t.entitlement();
    *g->mutable_principal() = t.principal();
    g->set_id(toStd(grantId(req.entitlementId, req.principalId)));
    finishOk(taskId, &resp, rec,
             outcome.result == TaskOutcome::Result::AlreadyDone ? tr("Already granted.") : QString(),
             &resp.annotations());
}

void C1Service::doRevoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const v2::Grant &grant = task.revoke().grant();
    RevokeRequest req;
    req.grantId = fromStd(grant.id());
    req.entitlementId = fromStd(grant.entitlement().id());
    req.resourceType = fromStd(grant.entitlement().resource().id().resource_type());
    req.resourceId = fromStd(grant.entitlement().resource().id().resource());
    req.slug = fromStd(grant.entitlement().slug());
    if (req.slug.isEmpty())
        req.slug = req.entitlementId.section(QLatin1Char(':'), -1);
    req.principalType = fromStd(grant.principal().id().resource_type());
    req.principalId = fromStd(grant.principal().id().resource());
    if (!task.revoke().has_grant() || req.entitlementId.isEmpty() || req.principalId.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The revoke task names no grant."), false, TaskCode::InvalidArgument),
                     rec);
        return;
    }
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->revoke(req, ctx);
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec);
        return;
    }
    v2::GrantManagerServiceRevokeResponse resp;
    if (outcome.result == TaskOutcome::Result::AlreadyDone)
        resp.add_annotations()->PackFrom(v2::GrantAlreadyRevoked());
    finishOk(taskId, &resp, rec,
             outcome.result == TaskOutcome::Result::AlreadyDone ? tr("Already revoked.") : QString(),
             &resp.annotations());
}

void C1Service::doCreateAccount(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const v2::AccountInfo &info = task.create_account().account_info();
    CreateAccountRequest req;
    req.profile = toVariantMap(info.profile());
    req.login = fromStd(info.login());
    req.resourceTypeId = fromStd(task.create_account().resource_type_id());
    auto profileText = [&req](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QString v = req.profile.value(QLatin1String(k)).toString();
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };
    // baton-dropbox reads profile["email"]; the primary email and the login are fallbacks.
    req.email = profileText({"email"});
    for (const v2::AccountInfo::Email &e : info.emails()) {
        if (req.email.isEmpty() && e.is_primary())
            req.email = fromStd(e.address());
    }
    if (req.email.isEmpty() && info.emails_size() > 0)
        req.email = fromStd(info.emails(0).address());
    if (req.email.isEmpty() && req.login.contains(QLatin1Char('@')))
        req.email = req.login;
    req.givenName = profileText({"first_name", "given_name", "firstName"});
    req.surname = profileText({"last_name", "family_name", "surname", "lastName"});
    if (req.email.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The new account has no email address; Dropbox needs one."), false,
                                                 TaskCode::InvalidArgument),
                     rec);
        return;
    }
    rec->summary = tr("Create an account for %1").arg(req.email);
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const CreateAccountResult result = m_handler->createAccount(req, ctx);
    hb->stop();
    if (!result.outcome.ok()) {
        finishFailed(taskId, result.outcome, rec);
        return;
    }
    v2::Resource resource;
    if (result.account) {
        resource = userResource(*result.account);
    } else {
        Account a;
        a.email = req.email;
        a.givenName = req.givenName;
        a.surname = req.surname;
        a.status = AccountStatus::Invited;
        resource = userResource(a);
    }
    v2::CreateAccountResponse resp;
    QString message;
    switch (result.outcome.result) {
    case TaskOutcome::Result::AlreadyDone:
        *resp.mutable_already_exists()->mutable_resource() = resource;
        resp.mutable_already_exists()->set_is_create_account_result(true);
        message = tr("The account already existed.");
        break;
    case TaskOutcome::Result::InProgress:
        if (result.account)
            *resp.mutable_in_progress()->mutable_resource() = resource;
        resp.mutable_in_progress()->set_is_create_account_result(true);
        message = tr("Dropbox is still adding the account.");
        break;
    default:
        *resp.mutable_success()->mutable_resource() = resource;
        resp.mutable_success()->set_is_create_account_result(true);
        break;
    }
    finishOk(taskId, &resp, rec, message, &resp.annotations());
}

void C1Service::doDeleteResource(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const v2::ResourceId &id = task.delete_resource().resource_id();
    ResourceRef ref{fromStd(id.resource_type()), fromStd(id.resource())};
    if (ref.resourceType.isEmpty() || ref.resourceId.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The delete task names no resource."), false,
                                                 TaskCode::InvalidArgument),
                     rec);
        return;
    }
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->deleteResource(ref, ctx);
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec);
        return;
    }
    v2::DeleteResourceResponse resp;
    finishOk(taskId, &resp, rec,
             outcome.result == TaskOutcome::Result::AlreadyDone ? tr("It was already gone.") : QString());
}

} // namespace c1
} // namespace dbx
