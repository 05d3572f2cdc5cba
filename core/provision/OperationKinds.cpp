// The kinds of operation: their names (audit log, plans, CLI), words for people, scopes and
// traits. Operation.cpp holds the operation values themselves.
#include "provision/Operation.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::provision", s); }
} // namespace

QString auditAction(OperationType t)
{
    switch (t) {
    case OperationType::CreateAccount: return QStringLiteral("create_account");
    case OperationType::RemoveAccount: return QStringLiteral("remove_account");
    case OperationType::Suspend: return QStringLiteral("suspend");
    case OperationType::Unsuspend: return QStringLiteral("unsuspend");
    case OperationType::SetRole: return QStringLiteral("set_role");
    case OperationType::ClearRole: return QStringLiteral("clear_role");
    case OperationType::AddToGroup: return QStringLiteral("add_to_group");
    case OperationType::RemoveFromGroup: return QStringLiteral("remove_from_group");
    case OperationType::SetAccessType: return QStringLiteral("set_access_type");
    case OperationType::CreateGroup: return QStringLiteral("create_group");
    case OperationType::RenameGroup: return QStringLiteral("rename_group");
    case OperationType::SetGroup: return QStringLiteral("set_group");
    case OperationType::DeleteGroup: return QStringLiteral("delete_group");
    case OperationType::RecoverAccount: return QStringLiteral("recover_account");
    case OperationType::ResendInvite: return QStringLiteral("resend_invite");
    case OperationType::SetProfile: return QStringLiteral("set_profile");
    }
    return QString();
}

bool isGroupLifecycle(OperationType t)
{
    return t == OperationType::CreateGroup || t == OperationType::RenameGroup || t == OperationType::SetGroup
        || t == OperationType::DeleteGroup;
}

QString planAction(OperationType t)
{
    QString s = auditAction(t);
    s.replace(QLatin1Char('_'), QLatin1Char('-'));
    return s;
}

bool operationTypeFromPlanAction(const QString &action, OperationType *out)
{
    QString a = action.trimmed().toLower();
    a.replace(QLatin1Char('_'), QLatin1Char('-'));
    static const OperationType all[] = {
        OperationType::CreateAccount, OperationType::RemoveAccount,   OperationType::Suspend,
        OperationType::Unsuspend,     OperationType::SetRole,         OperationType::ClearRole,
        OperationType::AddToGroup,    OperationType::RemoveFromGroup, OperationType::SetAccessType,
        OperationType::CreateGroup,   OperationType::RenameGroup,     OperationType::SetGroup,
        OperationType::DeleteGroup,   OperationType::RecoverAccount,  OperationType::ResendInvite,
        OperationType::SetProfile,
    };
    for (OperationType t : all) {
        if (planAction(t) == a) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString requiredScope(OperationType t)
{
    switch (t) {
    case OperationType::RemoveAccount:
    case OperationType::RecoverAccount: return QStringLiteral("members.delete");
    case OperationType::AddToGroup:
    case OperationType::RemoveFromGroup:
    case OperationType::SetAccessType:
    case OperationType::CreateGroup:
    case OperationType::RenameGroup:
    case OperationType::SetGroup:
    case OperationType::DeleteGroup: return QStringLiteral("groups.write");
    case OperationType::ResendInvite:
    case OperationType::SetProfile:
    case OperationType::CreateAccount:
    case OperationType::Suspend:
    case OperationType::Unsuspend:
    case OperationType::SetRole:
    case OperationType::ClearRole: break;
    }
    return QStringLiteral("members.write");
}

QString displayName(OperationType t)
{
    switch (t) {
    case OperationType::CreateAccount: return tr("Create account");
    case OperationType::RemoveAccount: return tr("Remove account");
    case OperationType::Suspend: return tr("Suspend");
    case OperationType::Unsuspend: return tr("Unsuspend");
    case OperationType::SetRole: return tr("Set role");
    case OperationType::ClearRole: return tr("Clear role");
    case OperationType::AddToGroup: return tr("Add to group");
    case OperationType::RemoveFromGroup: return tr("Remove from group");
    case OperationType::SetAccessType: return tr("Set group access");
    case OperationType::CreateGroup: return tr("Create group");
    case OperationType::RenameGroup: return tr("Rename group");
    case OperationType::SetGroup: return tr("Edit group");
    case OperationType::DeleteGroup: return tr("Delete group");
    case OperationType::RecoverAccount: return tr("Recover account");
    case OperationType::ResendInvite: return tr("Resend invite");
    case OperationType::SetProfile: return tr("Edit profile");
    }
    return QString();
}

bool isDestructive(OperationType t)
{
    return t == OperationType::RemoveAccount || t == OperationType::Suspend || t == OperationType::ClearRole
        || t == OperationType::SetRole || t == OperationType::RemoveFromGroup || t == OperationType::SetAccessType
        || t == OperationType::DeleteGroup || t == OperationType::SetGroup || t == OperationType::SetProfile;
}

} // namespace dbx
