#include "conductorone/C1ProtoHelpers.h"
#include "conductorone/C1Service.h"
#include "model/Entitlements.h"

namespace dbx {
namespace c1 {

// Provisioning tasks: grant, revoke, create account, delete (process() refuses them while provisioning
// is off).

namespace {

// What a grant or a revoke names: the entitlement's resource and slug (from the entitlement id
// when absent), and the principal.
GrantRequest grantRequest(const v2::Entitlement &entitlement, const v2::Resource &principal)
{
    GrantRequest req;
    req.entitlementId = fromStd(entitlement.id());
    req.resourceType = fromStd(entitlement.resource().id().resource_type());
    req.resourceId = fromStd(entitlement.resource().id().resource());
    req.slug = fromStd(entitlement.slug());
    if (req.slug.isEmpty())
        req.slug = req.entitlementId.section(QLatin1Char(':'), -1);
    req.principalType = fromStd(principal.id().resource_type());
    req.principalId = fromStd(principal.id().resource());
    return req;
}

} // namespace

template <typename Response>
void C1Service::runChange(TaskContext &ctx, TaskRecord *rec, const std::function<TaskOutcome()> &work,
                          Response *response, const google::protobuf::Message &alreadyNote, const QString &alreadyText)
{
    const std::optional<TaskOutcome> outcome = runHeartbeating(ctx, rec, work);
    if (!outcome)
        return;
    const bool already = outcome->result == TaskOutcome::Result::AlreadyDone;
    if (already)
        response->add_annotations()->PackFrom(alreadyNote);
    finishOk(response, rec, already ? alreadyText : QString(), &response->annotations());
}

void C1Service::doGrant(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const batonv1::Task::GrantTask &t = task.grant();
    const GrantRequest req = grantRequest(t.entitlement(), t.principal());
    if (!t.has_entitlement() || !t.has_principal() || req.entitlementId.isEmpty() || req.principalId.isEmpty()) {
        finishRefused(tr("The grant task names no entitlement or no principal."), rec);
        return;
    }
    if (req.principalType != resource_type::user()) {
        finishRefused(tr("Only users can be granted Dropbox groups and roles (not %1).").arg(req.principalType), rec);
        return;
    }
    // The grant is the same whether it is new or already held, so the answer is ready before the change.
    v2::GrantManagerServiceGrantResponse resp;
    v2::Grant *g = resp.add_grants();
    *g->mutable_entitlement() = t.entitlement();
    *g->mutable_principal() = t.principal();
    g->set_id(toStd(grantId(req.entitlementId, req.principalId)));
    runChange(
        ctx, rec, [&] { return m_handler->grant(req, ctx); }, &resp, v2::GrantAlreadyExists(), tr("Already granted."));
}

void C1Service::doRevoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const v2::Grant &grant = task.revoke().grant();
    const RevokeRequest req{grantRequest(grant.entitlement(), grant.principal()), fromStd(grant.id())};
    if (!task.revoke().has_grant() || req.entitlementId.isEmpty() || req.principalId.isEmpty()) {
        finishRefused(tr("The revoke task names no grant."), rec);
        return;
    }
    v2::GrantManagerServiceRevokeResponse resp;
    runChange(
        ctx, rec, [&] { return m_handler->revoke(req, ctx); }, &resp, v2::GrantAlreadyRevoked(),
        tr("Already revoked."));
}

void C1Service::doCreateAccount(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
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
        finishRefused(tr("The new account has no email address; Dropbox needs one."), rec);
        return;
    }
    rec->summary = tr("Create an account for %1").arg(req.email);
    CreateAccountResult result;
    const auto create = [&] {
        result = m_handler->createAccount(req, ctx);
        return result.outcome;
    };
    if (!runHeartbeating(ctx, rec, create))
        return;
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
    finishOk(&resp, rec, message, &resp.annotations());
}

void C1Service::doDeleteResource(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const v2::ResourceId &id = task.delete_resource().resource_id();
    ResourceRef ref{fromStd(id.resource_type()), fromStd(id.resource())};
    if (ref.resourceType.isEmpty() || ref.resourceId.isEmpty()) {
        finishRefused(tr("The delete task names no resource."), rec);
        return;
    }
    const std::optional<TaskOutcome> outcome
        = runHeartbeating(ctx, rec, [&] { return m_handler->deleteResource(ref, ctx); });
    if (!outcome)
        return;
    v2::DeleteResourceResponse resp;
    finishOk(&resp, rec, outcome->result == TaskOutcome::Result::AlreadyDone ? tr("It was already gone.") : QString());
}

} // namespace c1
} // namespace dbx
