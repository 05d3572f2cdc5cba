// ConnectorTaskHandler: the write tasks (grant, revoke, create, delete, enable/disable), each
// one operation run through the Provisioner.

#include "model/Entitlements.h"
#include "provision/Provisioner.h"
#include "worker/ConnectorTaskHandler.h"
#include "worker/ConnectorTaskParts.h"

#include <QEventLoop>

namespace dbx {

using c1::TaskCode;
using c1::TaskContext;
using c1::TaskOutcome;
using namespace tasks;

namespace {
// The refusals grant and revoke share: ConductorOne asked for something Dropbox does not have.
TaskOutcome notGroupOrRole(const QString &resourceType)
{
    return TaskOutcome::failed(tr("Dropbox grants only groups and roles, not \"%1\".").arg(resourceType), false,
                               TaskCode::InvalidArgument);
}

TaskOutcome notAGroupEntitlement(const QString &slug)
{
    return TaskOutcome::failed(tr("Groups have the \"member\" and \"owner\" entitlements, not \"%1\".").arg(slug),
                               false, TaskCode::InvalidArgument);
}
} // namespace

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
    QObject::connect(p, &Provisioner::finished, &loop, [&](const QVector<OperationResult> &results, bool) {
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
    context.reportProgress(p->state().describe(op), 0, 1);
    QMetaObject::invokeMethod(
        p, [p, op] { p->run({op}); }, Qt::QueuedConnection);
    spin(loop, done, context, [p] { p->cancel(); });
    if (result.outcome == Outcome::Success || !m_unpublished.isEmpty())
        publishChanges();
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
        return notGroupOrRole(request.resourceType);
    AccessType wanted = AccessType::Member;
    if (request.slug == QLatin1String("owner"))
        wanted = AccessType::Owner;
    else if (request.slug != QLatin1String("member"))
        return notAGroupEntitlement(request.slug);

    TaskOutcome failure;
    Provisioner *p = checkedGroupMember(request.resourceId, request.principalId, context, &failure);
    if (!p)
        return failure;
    AccessType held = AccessType::Member;
    if (!p->state().membership(request.resourceId, request.principalId, &held))
        return runWrite(Operation::addToGroup(user, request.resourceId, wanted), context);
    if (held == wanted) {
        return TaskOutcome::alreadyDone(tr("Already in the group with that access."));
    }
    if (wanted == AccessType::Owner)
        return runWrite(Operation::setAccessType(user, request.resourceId, AccessType::Owner), context);
    // Asked for "member" of a group they own: owners are members already, and demoting them
    // would take away an ownership nobody asked to remove.
    return TaskOutcome::alreadyDone(tr("They own the group, which includes membership."));
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
            return TaskOutcome::alreadyDone(tr("They do not hold that role."));
        }
        return runWrite(Operation::clearRole(user), context);
    }
    if (request.resourceType != resource_type::group())
        return notGroupOrRole(request.resourceType);
    if (request.slug != QLatin1String("member") && request.slug != QLatin1String("owner"))
        return notAGroupEntitlement(request.slug);
    Provisioner *p = checkedGroupMember(request.resourceId, request.principalId, context, &failure);
    if (!p)
        return failure;
    AccessType held = AccessType::Member;
    const bool inGroup = p->state().membership(request.resourceId, request.principalId, &held);
    if (!inGroup && p->state().findGroup(request.resourceId) && p->state().findUser(user)) {
        return TaskOutcome::alreadyDone(tr("Not in the group."));
    }
    if (request.slug == QLatin1String("owner")) {
        if (inGroup && held == AccessType::Member) {
            return TaskOutcome::alreadyDone(tr("They do not own the group."));
        }
        // Revoking ownership demotes: the member stays in the group.
        return runWrite(Operation::setAccessType(user, request.resourceId, AccessType::Member), context);
    }
    if (inGroup && held == AccessType::Owner) {
        return TaskOutcome::alreadyDone(tr("They own the group rather than hold the member grant; revoke the owner "
                                           "grant to demote them."));
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
        return TaskOutcome::failed(
            tr("Only user accounts can be deleted in Dropbox, not a %1.").arg(resource.resourceType), false,
            TaskCode::Unimplemented);
    TaskOutcome failure;
    bool gone = false;
    if (!refreshMember(resource.resourceId, context, &failure, &gone))
        return failure;
    if (gone) {
        // Deleted for good already (no longer restorable): what was asked holds.
        return TaskOutcome::alreadyDone(tr("Dropbox no longer knows this member."));
    }
    // Dropbox's defaults, as baton-dropbox sends them: delete the account, wipe linked devices.
    return runWrite(Operation::removeAccount(UserSelector::byId(resource.resourceId), true, false), context);
}

c1::TaskOutcome ConnectorTaskHandler::setAccountEnabled(const QString &teamMemberId, bool enable, TaskContext &context)
{
    const UserSelector user = UserSelector::byId(teamMemberId);
    TaskOutcome failure;
    if (!refreshMember(teamMemberId, context, &failure))
        return failure;
    return runWrite(enable ? Operation::unsuspend(user) : Operation::suspend(user, false), context);
}

} // namespace dbx
