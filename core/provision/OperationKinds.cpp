// The kinds of operation: their names (audit log, plans, CLI), words for people, scopes and
// traits, as one table. Operation.cpp holds the operation values themselves.
#include "provision/Operation.h"

#include <QCoreApplication>

#include <iterator>

namespace dbx {

namespace {
const char *const kMembersWrite = "members.write";
const char *const kMembersDelete = "members.delete";
const char *const kGroupsWrite = "groups.write";

struct KindRow {
    OperationType type;
    const char *action;      // the audit log's action; plans and the CLI write it with '-'
    const char *label;       // for people, translated in the context dbx::provision
    const char *scope;       // the Dropbox scope its route needs
    bool destructive;        // not simply undone: the GUI asks for confirmation
    bool groupSubject;       // the group is the subject, no member is named
    const char *noChangeTag; // the error tag that means "it already holds", if the route has one
};

// One row per OperationType, in the enum's order: row i describes the type whose value is i.
// The formatter staggers rows whose label is a macro call; each row here takes two lines alike.
// clang-format off
constexpr KindRow kKinds[] = {
    {OperationType::CreateAccount, "create_account", QT_TRANSLATE_NOOP("dbx::provision", "Create account"),
     kMembersWrite, false, false, "user_already_on_team"},
    {OperationType::RemoveAccount, "remove_account", QT_TRANSLATE_NOOP("dbx::provision", "Remove account"),
     kMembersDelete, true, false, nullptr},
    {OperationType::Suspend, "suspend", QT_TRANSLATE_NOOP("dbx::provision", "Suspend"),
     kMembersWrite, true, false, nullptr},
    {OperationType::Unsuspend, "unsuspend", QT_TRANSLATE_NOOP("dbx::provision", "Unsuspend"),
     kMembersWrite, false, false, "unsuspend_non_suspended_member"},
    {OperationType::SetRole, "set_role", QT_TRANSLATE_NOOP("dbx::provision", "Set role"),
     kMembersWrite, true, false, nullptr},
    {OperationType::ClearRole, "clear_role", QT_TRANSLATE_NOOP("dbx::provision", "Clear role"),
     kMembersWrite, true, false, nullptr},
    {OperationType::AddToGroup, "add_to_group", QT_TRANSLATE_NOOP("dbx::provision", "Add to group"),
     kGroupsWrite, false, false, "duplicate_user"},
    {OperationType::RemoveFromGroup, "remove_from_group", QT_TRANSLATE_NOOP("dbx::provision", "Remove from group"),
     kGroupsWrite, true, false, "member_not_in_group"},
    {OperationType::SetAccessType, "set_access_type", QT_TRANSLATE_NOOP("dbx::provision", "Set group access"),
     kGroupsWrite, true, false, nullptr},
    {OperationType::CreateGroup, "create_group", QT_TRANSLATE_NOOP("dbx::provision", "Create group"),
     kGroupsWrite, false, true, nullptr},
    {OperationType::RenameGroup, "rename_group", QT_TRANSLATE_NOOP("dbx::provision", "Rename group"),
     kGroupsWrite, false, true, nullptr},
    {OperationType::SetGroup, "set_group", QT_TRANSLATE_NOOP("dbx::provision", "Edit group"),
     kGroupsWrite, true, true, nullptr},
    {OperationType::DeleteGroup, "delete_group", QT_TRANSLATE_NOOP("dbx::provision", "Delete group"),
     kGroupsWrite, true, true, "group_already_deleted"},
    {OperationType::RecoverAccount, "recover_account", QT_TRANSLATE_NOOP("dbx::provision", "Recover account"),
     kMembersDelete, false, false, nullptr},
    {OperationType::ResendInvite, "resend_invite", QT_TRANSLATE_NOOP("dbx::provision", "Resend invite"),
     kMembersWrite, false, false, nullptr},
    {OperationType::SetProfile, "set_profile", QT_TRANSLATE_NOOP("dbx::provision", "Edit profile"),
     kMembersWrite, true, false, nullptr},
};
// clang-format on
static_assert(std::size(kKinds) == kOperationTypeCount, "one row per OperationType");

constexpr bool rowsInEnumOrder()
{
    for (int i = 0; i < kOperationTypeCount; ++i) {
        if (static_cast<int>(kKinds[i].type) != i)
            return false;
    }
    return true;
}
static_assert(rowsInEnumOrder(), "kKinds[i].type must be the OperationType of value i");

const KindRow &rowOf(OperationType t)
{
    const int i = static_cast<int>(t);
    Q_ASSERT(i >= 0 && i < kOperationTypeCount);
    return kKinds[i];
}
} // namespace

bool isLifecycle(OperationType t) { return t >= OperationType::CreateGroup; }

MemberKind memberKind(OperationType t)
{
    Q_ASSERT(!isLifecycle(t));
    return static_cast<MemberKind>(static_cast<int>(t));
}

bool isGroupLifecycle(OperationType t) { return rowOf(t).groupSubject; }

QString auditAction(OperationType t) { return QString::fromLatin1(rowOf(t).action); }

QString planAction(OperationType t)
{
    QString s = auditAction(t);
    s.replace(QLatin1Char('_'), QLatin1Char('-'));
    return s;
}

bool operationTypeFromPlanAction(const QString &action, OperationType *out)
{
    QString a = action.trimmed().toLower();
    a.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const KindRow &row : kKinds) {
        if (a == QLatin1String(row.action)) {
            *out = row.type;
            return true;
        }
    }
    return false;
}

QString requiredScope(OperationType t) { return QString::fromLatin1(rowOf(t).scope); }

QString displayName(OperationType t) { return QCoreApplication::translate("dbx::provision", rowOf(t).label); }

bool isDestructive(OperationType t) { return rowOf(t).destructive; }

QString noChangeTag(OperationType t)
{
    const char *tag = rowOf(t).noChangeTag;
    return tag ? QString::fromLatin1(tag) : QString();
}

} // namespace dbx
