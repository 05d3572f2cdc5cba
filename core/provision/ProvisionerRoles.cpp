// Provisioner: admin roles. One call (members/set_admin_permissions_v2) sets the role a member
// holds, or clears it (an empty list: a member only).

#include "provision/Provisioner.h"
#include "provision/ProvisionerParts.h"

#include <QJsonArray>

namespace dbx {

void Provisioner::runSetRole(int index, const Precheck &check, Done done)
{
    const Operation &op = m_job.operations[index];
    const QString name = who(op, check);
    const bool clear = op.type == OperationType::ClearRole;
    QJsonArray roles;
    if (!clear)
        roles << check.roleId;
    const QJsonObject arg{{QStringLiteral("user"), UserSelector::byId(check.teamMemberId).toJson()},
                          {QStringLiteral("new_roles"), roles}};
    // The sentence for the role now held (the reply's, or the one asked for).
    const auto roleText = [this, clear, name, previous = check.previousRoleId](const QString &roleId) {
        if (clear)
            return tr("%1 is now a member only (was %2).").arg(name, roleLabel(previous));
        if (previous.isEmpty())
            return tr("%1 now holds the role %2.").arg(name, roleLabel(roleId));
        return tr("%1 now holds the role %2, replacing %3.").arg(name, roleLabel(roleId), roleLabel(previous));
    };
    call(
        index, check, QStringLiteral("team/members/set_admin_permissions_v2"), arg, roleText(check.roleId),
        [this, index, check, clear, roleText, done](const Expected<QJsonValue> &r) {
            OperationResult res = baseResult(index, check);
            const QJsonArray now = r.value().toObject().value(QStringLiteral("roles")).toArray();
            res.roleId = now.isEmpty() ? QString() : now.first().toObject().value(QStringLiteral("role_id")).toString();
            if (!clear && res.roleId.isEmpty())
                res.roleId = check.roleId; // roles is optional in the result
            succeed(res, roleText(res.roleId), r.requestId);
            done();
        },
        done);
}

} // namespace dbx
