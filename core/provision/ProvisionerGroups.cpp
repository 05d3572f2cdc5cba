// Provisioner: group membership. Adding, removing, and changing a member's access type
// (team/groups/members/...); the job that grants the group's folders is polled so the report is
// complete.

#include "provision/ErrorText.h"
#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"

#include <QJsonArray>

namespace dbx {

using namespace provisioning;

void Provisioner::runGroupMembership(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QString name = who(op, check);
    const QJsonObject user = UserSelector::byId(check.teamMemberId).toJson();
    const bool add = op.type == OperationType::AddToGroup;
    QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)}, {QStringLiteral("return_members"), false}};
    if (add)
        arg.insert(QStringLiteral("members"),
                   QJsonArray{QJsonObject{{QStringLiteral("user"), user},
                                          {QStringLiteral("access_type"), accessTypeJson(op.accessType)}}});
    else
        arg.insert(QStringLiteral("users"), QJsonArray{user});
    const QString okText = add
        ? tr("Added %1 to %2 as %3.").arg(name, groupLabel(check.groupId), accessPhrase(op.accessType))
        : tr("Removed %1 from %2.").arg(name, groupLabel(check.groupId));
    const QString route
        = add ? QStringLiteral("team/groups/members/add") : QStringLiteral("team/groups/members/remove");
    call(
        index, check, route, arg, okText,
        [this, index, check, okText, done](const Expected<QJsonValue> &r) {
            // The membership changes at once; a job id (deprecated, usually " ") only tracks the
            // granting of the group's folders, which is polled so the report is complete.
            const QString jobId = r.value().toObject().value(QStringLiteral("async_job_id")).toString().trimmed();
            if (jobId.isEmpty()) {
                succeed(baseResult(index, check), okText, r.requestId);
                done();
                return;
            }
            pollJob(QStringLiteral("team/groups/job_status/get"), jobId, 0,
                    [this, index, check, okText, requestId = r.requestId, done](const Expected<QJsonValue> &pr,
                                                                                bool stillRunning) {
                        succeed(baseResult(index, check), okText + folderAccessNote(pr, stillRunning), requestId);
                        done();
                    });
        },
        done);
}

QString Provisioner::folderAccessNote(const Expected<QJsonValue> &job, bool stillRunning) const
{
    if (stillRunning || job.error().kind == Error::Kind::Cancelled)
        return QLatin1Char(' ') + tr("Dropbox is still updating access to the group's folders.");
    if (!job.ok())
        return QLatin1Char(' ')
            + tr("Checking the update of the group's folder access failed: %1.").arg(explainError(job.error()));
    return QString();
}

void Provisioner::runSetAccessType(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)},
                          {QStringLiteral("user"), UserSelector::byId(check.teamMemberId).toJson()},
                          {QStringLiteral("access_type"), accessTypeJson(op.accessType)},
                          {QStringLiteral("return_members"), false}};
    const QString okText
        = tr("%1 is now %2 of %3.").arg(who(op, check), accessPhrase(op.accessType), groupLabel(check.groupId));
    callSimple(index, check, QStringLiteral("team/groups/members/set_access_type"), arg, okText, done);
}

} // namespace dbx
