// Provisioner: an item's result, its sentence for the admin, the snapshot patch after a success.

#include "provision/ErrorText.h"
#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"
#include "store/SnapshotStore.h"

namespace dbx {

OperationResult Provisioner::baseResult(int index, const Precheck &check) const
{
    OperationResult r;
    r.index = index;
    r.operation = m_job.operations.value(index);
    r.teamMemberId = check.teamMemberId;
    r.groupId = check.groupId;
    r.roleId = check.roleId;
    return r;
}

QString Provisioner::who(const Operation &op, const Precheck &check) const
{
    if (!check.teamMemberId.isEmpty()) {
        if (const Account *a = m_state.findUser(UserSelector::byId(check.teamMemberId)))
            return a->email.isEmpty() ? a->teamMemberId : a->email;
    }
    return op.user.value;
}

QString Provisioner::groupLabel(const QString &groupId) const
{
    const Group *g = m_state.findGroup(groupId);
    return QStringLiteral("\"%1\"").arg(g && !g->name.isEmpty() ? g->name : groupId);
}

QString Provisioner::roleLabel(const QString &roleId) const
{
    const Role *r = m_state.findRole(roleId);
    return QStringLiteral("\"%1\"").arg(r && !r->name.isEmpty() ? r->name : roleId);
}

QString Provisioner::accessPhrase(AccessType access) const
{
    return access == AccessType::Owner ? tr("an owner") : tr("a member");
}

void Provisioner::succeed(OperationResult result, const QString &message, const QString &requestId)
{
    result.outcome = Outcome::Success;
    result.message = message;
    result.requestId = requestId;
    if (const auto patched = patchSnapshot(result); !patched) {
        const QString why = patched.error().message();
        qCWarning(lcProvision) << "cannot patch the snapshot:" << why;
        result.message
            += QLatin1Char(' ') + tr("(The snapshot could not be updated: %1. Sync to refresh it.)").arg(why);
    }
    finishItem(result);
}

Expected<void> Provisioner::patchSnapshot(const OperationResult &result) { return writeChange(m_state.apply(result)); }

Expected<void> Provisioner::writeChange(const SnapshotChange &change)
{
    if (!m_store || change.runId <= 0 || change.isEmpty())
        return {};
    // One transaction: the stored run takes the whole change or none of it.
    if (Expected<void> done = m_store->applyChange(change); !done)
        return done;
    emit snapshotPatched(change);
    return {};
}

void Provisioner::failCall(OperationResult result, const Error &apiError)
{
    const Operation &op = result.operation;
    Error error = apiError;
    if (error.kind == Error::Kind::Unauthorized && error.tag == QLatin1String("missing_scope")
        && error.requiredScope.isEmpty())
        error.requiredScope = requiredScope(op.type); // Dropbox normally says; the route's scope otherwise
    result.error = error;
    result.tag = error.tag;
    result.requestId = error.requestId;
    Precheck resolved;
    resolved.teamMemberId = result.teamMemberId;
    const QString name = who(op, resolved);
    if (error.kind == Error::Kind::Endpoint && tagMeansNoChange(op.type, error.tag)) {
        result.outcome = Outcome::NoChange;
        result.message = tr("No change: %1 — %2.").arg(name, explainTag(error.tag));
        finishItem(result);
        return;
    }
    if (error.kind == Error::Kind::Cancelled && !error.maybeApplied) {
        // Cancelled while the write still waited (for its token, or to be retried after a 429):
        // it never left, so Dropbox made no change. Not a failure.
        result.outcome = Outcome::Cancelled;
        result.message = tr("Not sent: cancelled before it left for Dropbox.");
        finishItem(result);
        return;
    }
    if (error.kind == Error::Kind::Unauthorized && error.tag == QLatin1String("missing_scope"))
        m_missingScopes.insert(error.requiredScope.isEmpty() ? requiredScope(op.type) : error.requiredScope);
    else if (error.needsReauthorization())
        m_fatal = error;

    QString phrase;
    switch (op.type) {
    case OperationType::CreateAccount: phrase = tr("create an account for %1").arg(name); break;
    case OperationType::RemoveAccount: phrase = tr("remove %1 from the team").arg(name); break;
    case OperationType::Suspend: phrase = tr("suspend %1").arg(name); break;
    case OperationType::Unsuspend: phrase = tr("unsuspend %1").arg(name); break;
    case OperationType::SetRole: phrase = tr("give %1 the role %2").arg(name, roleLabel(result.roleId)); break;
    case OperationType::ClearRole: phrase = tr("take the admin role from %1").arg(name); break;
    case OperationType::AddToGroup: phrase = tr("add %1 to %2").arg(name, groupLabel(result.groupId)); break;
    case OperationType::RemoveFromGroup: phrase = tr("remove %1 from %2").arg(name, groupLabel(result.groupId)); break;
    case OperationType::SetAccessType:
        phrase = tr("make %1 %2 of %3").arg(name, accessPhrase(op.accessType), groupLabel(result.groupId));
        break;
    case OperationType::CreateGroup: phrase = tr("create the group \"%1\"").arg(op.group.trimmed()); break;
    case OperationType::RenameGroup:
        phrase = tr("rename %1 to \"%2\"").arg(groupLabel(result.groupId), op.newName.trimmed());
        break;
    case OperationType::SetGroup: phrase = tr("change %1").arg(groupLabel(result.groupId)); break;
    case OperationType::DeleteGroup: phrase = tr("delete %1").arg(groupLabel(result.groupId)); break;
    case OperationType::RecoverAccount: phrase = tr("recover %1").arg(name); break;
    case OperationType::ResendInvite: phrase = tr("send the welcome email to %1 again").arg(name); break;
    case OperationType::SetProfile: phrase = tr("change the profile of %1").arg(name); break;
    }
    result.outcome = Outcome::Failed;
    QString why = explainError(error);
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    result.message = error.kind == Error::Kind::Endpoint ? tr("Could not %1: %2 [%3].").arg(phrase, why, error.tag)
                                                         : tr("Could not %1: %2.").arg(phrase, why);
    finishItem(result);
}

void Provisioner::finishItem(OperationResult result)
{
    if (result.index >= 0 && result.index < m_results.size())
        m_results[result.index] = result;
    ++m_done;
    if (result.outcome != Outcome::Cancelled || m_attempts.contains(result.index))
        audit(result);
    qCDebug(lcProvision) << toWire(result.outcome) << auditAction(result.operation.type) << result.message;
    emit operationFinished(result);
    emitProgress(result.message);
}

} // namespace dbx
