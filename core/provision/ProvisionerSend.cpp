// Provisioner: sending one write (audited first, settled by a read-back when its reply is lost),
// polling Dropbox's async jobs, and the write each kind of operation sends.

#include "provision/Provisioner.h"

#include "provision/ErrorText.h"
#include "provision/ProvisionerParts.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace dbx {

using namespace provisioning;

void Provisioner::call(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                       const QString &okText, std::function<void(const Expected<QJsonValue> &)> onSuccess, Done done)
{
    if (!beginAttempt(index, check)) {
        done();
        return;
    }
    ++m_sends[index];
    QPointer<Provisioner> self(this);
    m_client->write(route, arg, [self, this, index, check, route, arg, okText, onSuccess, done](const Expected<QJsonValue> &r) {
        if (!self)
            return;
        if (r.ok()) {
            onSuccess(r);
            return;
        }
        if (r.error().maybeApplied) {
            settleAmbiguous(index, check, r.error(), okText, [this, index, check, route, arg, okText, onSuccess, done] {
                call(index, check, route, arg, okText, onSuccess, done);
            }, done);
            return;
        }
        failCall(baseResult(index, check), r.error());
        done();
    });
}

void Provisioner::pollJob(const QString &route, const QString &jobId, int waitedMs,
                          std::function<void(const Expected<QJsonValue> &, bool stillRunning)> onDone)
{
    QTimer::singleShot(m_options.pollIntervalMs, this, [this, route, jobId, waitedMs, onDone] {
        if (m_cancelRequested) {
            // Dropbox accepted the job; whether it finished is for the caller to tell (read back).
            Error e = Error::cancelled(route);
            e.maybeApplied = true;
            onDone(unexpected(e), false);
            return;
        }
        QPointer<Provisioner> self(this);
        const QJsonObject arg{{QStringLiteral("async_job_id"), jobId}};
        m_client->rpc(route, arg, [self, this, route, jobId, waitedMs, onDone](const Expected<QJsonValue> &r) {
            if (!self)
                return;
            if (!r.ok()) {
                onDone(r, false);
                return;
            }
            const QString tag = tagOf(r.value().toObject());
            if (tag == QLatin1String("in_progress")) {
                const int waited = waitedMs + m_options.pollIntervalMs;
                if (waited >= m_options.maxJobWaitMs) {
                    onDone(r, true);
                    return;
                }
                pollJob(route, jobId, waited, onDone);
                return;
            }
            onDone(r, false);
        });
    });
}

void Provisioner::runOne(int index, const Precheck &check, Done done)
{
    const Operation op = m_job.operations[index];
    const QJsonObject user = UserSelector::byId(check.teamMemberId).toJson();
    const QString name = who(op, check);
    OperationResult base = baseResult(index, check);

    switch (op.type) {
    case OperationType::CreateAccount:
        break;                            // batched: runCreateBatch
    case OperationType::RemoveAccount: {
        QJsonObject arg{{QStringLiteral("user"), user},
                        {QStringLiteral("wipe_data"), op.wipeData},
                        {QStringLiteral("keep_account"), op.keepAccount},
                        {QStringLiteral("retain_team_shares"), op.retainTeamShares}};
        if (!check.transferDestId.isEmpty())
            arg.insert(QStringLiteral("transfer_dest_id"), UserSelector::byId(check.transferDestId).toJson());
        if (!check.transferAdminId.isEmpty())
            arg.insert(QStringLiteral("transfer_admin_id"), UserSelector::byId(check.transferAdminId).toJson());
        const QString okText = op.keepAccount
            ? tr("Removed %1 from the team; their account is now a Basic account.").arg(name)
            : !check.transferDestId.isEmpty()
                ? tr("Removed %1 from the team; their files were transferred.").arg(name)
                : tr("Removed %1 from the team.").arg(name);
        call(index, check, QStringLiteral("team/members/remove"), arg, okText,
             [this, index, check, base, okText, name, done](const Expected<QJsonValue> &r) {
                 const QJsonObject o = r.value().toObject();
                 const QString tag = tagOf(o);
                 if (tag == QLatin1String("async_job_id")) {
                     const QString jobId = o.value(QStringLiteral("async_job_id")).toString();
                     emitProgress(tr("Waiting for Dropbox to remove %1").arg(name));
                     pollJob(QStringLiteral("team/members/remove/job_status/get"), jobId, 0,
                             [this, index, check, base, okText, name, done](const Expected<QJsonValue> &pr, bool stillRunning) {
                                 if (stillRunning) {
                                     // Dropbox accepted the removal and is still at it: not a failure.
                                     OperationResult f = base;
                                     f.outcome = Outcome::Unknown;
                                     f.tag = QStringLiteral("job_timeout");
                                     f.requestId = pr.requestId;
                                     f.message = tr("Unknown: Dropbox accepted the removal of %1 and was still working on it after %2 s; "
                                                    "sync later to confirm.")
                                                     .arg(name).arg(m_options.maxJobWaitMs / 1000);
                                     finishItem(f);
                                 } else if (!pr.ok() && pr.error().kind != Error::Kind::Endpoint) {
                                     // The job was accepted; its status could not be read: read the member.
                                     settleAmbiguous(index, check, pr.error(), okText, {}, done);
                                     return;
                                 } else if (!pr.ok()) {
                                     failCall(base, pr.error());
                                 } else {
                                     succeed(base, okText, pr.requestId);
                                 }
                                 done();
                             });
                     return;
                 }
                 if (tag == QLatin1String("complete"))
                     succeed(base, okText, r.requestId);
                 else
                     failCall(base, Error::malformed(QStringLiteral("team/members/remove"),
                                                        tr("unexpected result tag \"%1\"").arg(tag)));
                 done();
             }, done);
        return;
    }
    case OperationType::Suspend:
    case OperationType::Unsuspend: {
        const bool suspend = op.type == OperationType::Suspend;
        QJsonObject arg{{QStringLiteral("user"), user}};
        if (suspend)
            arg.insert(QStringLiteral("wipe_data"), op.wipeData);
        const QString okText = suspend ? (op.wipeData ? tr("Suspended %1 and asked their devices to wipe Dropbox data.").arg(name)
                                                      : tr("Suspended %1.").arg(name))
                                       : tr("Unsuspended %1.").arg(name);
        call(index, check, suspend ? QStringLiteral("team/members/suspend") : QStringLiteral("team/members/unsuspend"),
             arg, okText, [this, base, okText, done](const Expected<QJsonValue> &r) {
                 succeed(base, okText, r.requestId);
                 done();
             }, done);
        return;
    }
    case OperationType::SetRole:
    case OperationType::ClearRole: {
        const bool clear = op.type == OperationType::ClearRole;
        QJsonArray roles;
        if (!clear)
            roles << check.roleId;
        const QJsonObject arg{{QStringLiteral("user"), user}, {QStringLiteral("new_roles"), roles}};
        // The sentence for the role now held (the reply's, or the one asked for).
        const auto roleText = [this, clear, name, previous = check.previousRoleId](const QString &roleId) {
            if (clear)
                return tr("%1 is now a member only (was %2).").arg(name, roleLabel(previous));
            if (previous.isEmpty())
                return tr("%1 now holds the role %2.").arg(name, roleLabel(roleId));
            return tr("%1 now holds the role %2, replacing %3.").arg(name, roleLabel(roleId), roleLabel(previous));
        };
        call(index, check, QStringLiteral("team/members/set_admin_permissions_v2"), arg, roleText(check.roleId),
             [this, base, check, clear, roleText, done](const Expected<QJsonValue> &r) {
                 OperationResult res = base;
                 const QJsonArray now = r.value().toObject().value(QStringLiteral("roles")).toArray();
                 res.roleId = now.isEmpty() ? QString()
                                            : now.first().toObject().value(QStringLiteral("role_id")).toString();
                 if (!clear && res.roleId.isEmpty())
                     res.roleId = check.roleId;   // roles is optional in the result
                 succeed(res, roleText(res.roleId), r.requestId);
                 done();
             }, done);
        return;
    }
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup: {
        const bool add = op.type == OperationType::AddToGroup;
        QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)},
                        {QStringLiteral("return_members"), false}};
        if (add)
            arg.insert(QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("user"), user},
                                                                         {QStringLiteral("access_type"), accessTypeJson(op.accessType)}}});
        else
            arg.insert(QStringLiteral("users"), QJsonArray{user});
        const QString okText = add
            ? tr("Added %1 to %2 as %3.").arg(name, groupLabel(check.groupId),
                                               op.accessType == AccessType::Owner ? tr("an owner") : tr("a member"))
            : tr("Removed %1 from %2.").arg(name, groupLabel(check.groupId));
        const QString route = add ? QStringLiteral("team/groups/members/add") : QStringLiteral("team/groups/members/remove");
        call(index, check, route, arg, okText, [this, base, okText, done](const Expected<QJsonValue> &r) {
            // The membership changes at once; a job id (deprecated, usually " ") only tracks the
            // granting of the group's folders, which is polled so the report is complete.
            const QString jobId = r.value().toObject().value(QStringLiteral("async_job_id")).toString().trimmed();
            if (jobId.isEmpty()) {
                succeed(base, okText, r.requestId);
                done();
                return;
            }
            pollJob(QStringLiteral("team/groups/job_status/get"), jobId, 0,
                    [this, base, okText, requestId = r.requestId, done](const Expected<QJsonValue> &pr, bool stillRunning) {
                        QString text = okText;
                        if (stillRunning || pr.error().kind == Error::Kind::Cancelled)
                            text += QLatin1Char(' ') + tr("Dropbox is still updating access to the group's folders.");
                        else if (!pr.ok())
                            text += QLatin1Char(' ') + tr("Checking the update of the group's folder access failed: %1.")
                                                           .arg(explainError(pr.error()));
                        succeed(base, text, requestId);
                        done();
                    });
        }, done);
        return;
    }
    case OperationType::SetAccessType: {
        const QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)},
                              {QStringLiteral("user"), user},
                              {QStringLiteral("access_type"), accessTypeJson(op.accessType)},
                              {QStringLiteral("return_members"), false}};
        const QString okText = tr("%1 is now %2 of %3.").arg(name, op.accessType == AccessType::Owner ? tr("an owner") : tr("a member"),
                                                             groupLabel(check.groupId));
        call(index, check, QStringLiteral("team/groups/members/set_access_type"), arg, okText,
             [this, base, okText, done](const Expected<QJsonValue> &r) {
                 succeed(base, okText, r.requestId);
                 done();
             }, done);
        return;
    }
    }
    done();
}

} // namespace dbx
