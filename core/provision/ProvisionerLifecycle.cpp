// Provisioner: the group lifecycle (team/groups/create, /update, /delete and its job) and member
// upkeep (team/members/recover, /send_welcome_email, /set_profile_v2). Each write goes through
// call(): audited first, read back when its reply is lost.

#include "dropbox/Parse.h"
#include "provision/ErrorText.h"
#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"

#include <QJsonArray>

namespace dbx {

using namespace provisioning;

namespace {
QJsonObject managementJson(GroupManagementType t) { return QJsonObject{{QStringLiteral(".tag"), toWire(t)}}; }
} // namespace

bool Provisioner::takeGroupInfo(OperationResult *res, const QString &route, const Expected<QJsonValue> &r)
{
    const Expected<Group> g = parse::groupSummary(r.value(), QString());
    if (!g) {
        Error e = Error::malformed(route, g.error().detail);
        e.requestId = r.requestId;
        failCall(*res, e);
        return false;
    }
    res->group = *g;
    res->groupId = g->id;
    res->groupMembers.clear();
    const QJsonArray members = r.value().toObject().value(QStringLiteral("members")).toArray();
    for (const QJsonValue &m : members) {
        const QJsonObject o = m.toObject();
        const QString id
            = o.value(QStringLiteral("profile")).toObject().value(QStringLiteral("team_member_id")).toString();
        AccessType access = AccessType::Member;
        if (id.isEmpty() || !accessTypeFromWire(tagOf(o.value(QStringLiteral("access_type")).toObject()), &access))
            continue;
        res->groupMembers << Membership{g->id, id, access};
    }
    return true;
}

void Provisioner::runCreateGroup(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QString name = op.group.trimmed();
    QJsonObject arg{{QStringLiteral("group_name"), name}};
    // A company-managed group has no owners: only admins manage it.
    const bool owner = op.creatorAsOwner && op.managementType != GroupManagementType::CompanyManaged;
    arg.insert(QStringLiteral("add_creator_as_owner"), owner);
    if (!op.externalId.isEmpty())
        arg.insert(QStringLiteral("group_external_id"), op.externalId);
    if (op.managementType != GroupManagementType::Unknown)
        arg.insert(QStringLiteral("group_management_type"), managementJson(op.managementType));
    const QString okText = tr("Created the group \"%1\".").arg(name);
    sendGroupWrite(index, check, QStringLiteral("team/groups/create"), arg, okText, done);
}

void Provisioner::runUpdateGroup(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    QJsonObject arg{{QStringLiteral("group"), groupSelector(check.groupId)}, {QStringLiteral("return_members"), false}};
    QString okText;
    if (op.type == OperationType::RenameGroup) {
        arg.insert(QStringLiteral("new_group_name"), op.newName.trimmed());
        okText = tr("Renamed %1 to \"%2\".").arg(groupLabel(check.groupId), op.newName.trimmed());
    } else {
        if (op.changeExternalId)
            arg.insert(QStringLiteral("new_group_external_id"), op.externalId);
        if (op.managementType != GroupManagementType::Unknown)
            arg.insert(QStringLiteral("new_group_management_type"), managementJson(op.managementType));
        okText = tr("Changed %1.").arg(groupLabel(check.groupId));
    }
    sendGroupWrite(index, check, QStringLiteral("team/groups/update"), arg, okText, done);
}

void Provisioner::sendGroupWrite(int index, const Precheck &check, const QString &route, const QJsonObject &arg,
                                 const QString &okText, Done done)
{
    call(
        index, check, route, arg, okText,
        [this, index, check, okText, route, done](const Expected<QJsonValue> &r) {
            OperationResult res = baseResult(index, check);
            if (takeGroupInfo(&res, route, r))
                succeed(res, okText, r.requestId);
            done();
        },
        done);
}

void Provisioner::runDeleteGroup(int index, const Precheck &check, Done done)
{
    const QString okText = tr("Deleted %1.").arg(groupLabel(check.groupId));
    call(
        index, check, QStringLiteral("team/groups/delete"), groupSelector(check.groupId), okText,
        [this, index, check, okText, done](const Expected<QJsonValue> &r) {
            const QJsonObject o = r.value().toObject();
            const QString tag = tagOf(o);
            if (tag == QLatin1String("complete")) {
                succeed(baseResult(index, check), okText, r.requestId);
                done();
                return;
            }
            if (tag != QLatin1String("async_job_id")) {
                failCall(baseResult(index, check),
                         Error::malformed(QStringLiteral("team/groups/delete"),
                                          tr("unexpected result tag \"%1\"").arg(tag)));
                done();
                return;
            }
            // The group is gone at once; the job revokes its folders, polled so the report is complete.
            pollJob(QStringLiteral("team/groups/job_status/get"), o.value(QStringLiteral("async_job_id")).toString(), 0,
                    [this, index, check, okText, requestId = r.requestId, done](const Expected<QJsonValue> &pr,
                                                                                bool stillRunning) {
                        succeed(baseResult(index, check), okText + folderAccessNote(pr, stillRunning), requestId);
                        done();
                    });
        },
        done);
}

void Provisioner::runMemberUpkeep(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QString name = who(op, check);
    const QJsonObject user = UserSelector::byId(check.teamMemberId).toJson();
    switch (op.type) {
    case OperationType::RecoverAccount:
        callSimple(index, check, QStringLiteral("team/members/recover"), QJsonObject{{QStringLiteral("user"), user}},
                   tr("Recovered %1: they are back on the team.").arg(name), done);
        return;
    case OperationType::ResendInvite:
        // The argument is the UserSelectorArg itself.
        callSimple(index, check, QStringLiteral("team/members/send_welcome_email"), user,
                   tr("Sent the welcome email to %1 again.").arg(name), done);
        return;
    case OperationType::SetProfile: {
        QJsonObject arg{{QStringLiteral("user"), user}};
        if (!op.givenName.isEmpty())
            arg.insert(QStringLiteral("new_given_name"), op.givenName);
        if (!op.surname.isEmpty())
            arg.insert(QStringLiteral("new_surname"), op.surname);
        if (!op.newEmail.isEmpty())
            arg.insert(QStringLiteral("new_email"), op.newEmail.trimmed());
        if (op.changeExternalId)
            arg.insert(QStringLiteral("new_external_id"), op.externalId);
        const QString okText = tr("Changed the profile of %1.").arg(name);
        const QString route = QStringLiteral("team/members/set_profile_v2");
        call(
            index, check, route, arg, okText,
            [this, index, check, okText, route, done](const Expected<QJsonValue> &r) {
                OperationResult res = baseResult(index, check);
                const Expected<Account> a = parse::teamMemberInfo(
                    r.value().toObject().value(QStringLiteral("member_info")), QStringLiteral("member_info"));
                if (!a) {
                    Error e = Error::malformed(route, a.error().detail);
                    e.requestId = r.requestId;
                    failCall(res, e);
                } else {
                    res.account = *a;
                    succeed(res, okText, r.requestId);
                }
                done();
            },
            done);
        return;
    }
    default: break;
    }
    done();
}

} // namespace dbx
