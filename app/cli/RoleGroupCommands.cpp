// set-role, clear-role, add-to-group, remove-from-group and set-access-type: admin roles and
// group membership.

#include "Commands.h"
#include "ProvisionRun.h"

#include <QCoreApplication>

namespace dbx::cli {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::cli", s); }

class SetRoleCommand : public OperationCommand
{
public:
    SetRoleCommand()
        : OperationCommand(QStringLiteral("set-role"), tr("Give a member an admin role (replaces the one they hold)."),
                           tr("Give a member an admin role. A member holds one role at most: it replaces the current "
                              "one."))
    {
        addPositional(userArgument());
        addPositional({QStringLiteral("role"), tr("Role id or exact name, e.g. \"User management admin\"."),
                       QStringLiteral("ROLE")});
    }

    Expected<QVector<Operation>> operations(const CommandLine &c) const override
    {
        return QVector<Operation>{Operation::setRole(UserSelector::parse(c.positional()[0]), c.positional()[1])};
    }
};

class ClearRoleCommand : public OperationCommand
{
public:
    ClearRoleCommand()
        : OperationCommand(QStringLiteral("clear-role"), tr("Take the admin role from members."),
                           tr("Take the admin role from members (member only)."))
    {
        addPositional(usersArgument());
    }

    Expected<QVector<Operation>> operations(const CommandLine &c) const override
    {
        QVector<Operation> ops;
        for (const QString &u : c.positional())
            ops << Operation::clearRole(UserSelector::parse(u));
        return ops;
    }
};

class AddToGroupCommand : public OperationCommand
{
public:
    AddToGroupCommand()
        : OperationCommand(QStringLiteral("add-to-group"), tr("Add a member to a group as member or owner."),
                           tr("Add a member to a group, as member or owner."))
    {
        addPositional(userArgument());
        addPositional(groupArgument());
        addOption({QStringLiteral("owner"), QString(), tr("Add as an owner (can manage the group's members)."), {},
                   {}});
    }

    Expected<QVector<Operation>> operations(const CommandLine &c) const override
    {
        return QVector<Operation>{Operation::addToGroup(
            UserSelector::parse(c.positional()[0]), c.positional()[1],
            c.flag(QStringLiteral("owner")) ? AccessType::Owner : AccessType::Member)};
    }
};

class RemoveFromGroupCommand : public OperationCommand
{
public:
    RemoveFromGroupCommand()
        : OperationCommand(QStringLiteral("remove-from-group"), tr("Remove a member from a group."),
                           tr("Remove a member (or owner) from a group."))
    {
        addPositional(userArgument());
        addPositional(groupArgument());
    }

    Expected<QVector<Operation>> operations(const CommandLine &c) const override
    {
        return QVector<Operation>{
            Operation::removeFromGroup(UserSelector::parse(c.positional()[0]), c.positional()[1])};
    }
};

class SetAccessTypeCommand : public OperationCommand
{
public:
    SetAccessTypeCommand()
        : OperationCommand(QStringLiteral("set-access-type"), tr("Make a group member an owner, or an owner a member."),
                           tr("Make a group member an owner, or an owner a plain member (without removing them)."))
    {
        addPositional(userArgument());
        addPositional(groupArgument());
        addPositional({QStringLiteral("access"), tr("owner or member."), QStringLiteral("owner|member")});
    }

    Expected<QVector<Operation>> operations(const CommandLine &c) const override
    {
        AccessType access = AccessType::Member;
        if (!accessTypeFromWire(c.positional()[2].toLower(), &access)) {
            return unexpected(Error::make(Error::Kind::Invalid,
                                          tr("The access type is owner or member, not '%1'.").arg(c.positional()[2])));
        }
        return QVector<Operation>{
            Operation::setAccessType(UserSelector::parse(c.positional()[0]), c.positional()[1], access)};
    }
};
} // namespace

void addRoleGroupCommands(CommandList &list)
{
    list.push_back(std::make_unique<SetRoleCommand>());
    list.push_back(std::make_unique<ClearRoleCommand>());
    list.push_back(std::make_unique<AddToGroupCommand>());
    list.push_back(std::make_unique<RemoveFromGroupCommand>());
    list.push_back(std::make_unique<SetAccessTypeCommand>());
}

} // namespace dbx::cli
