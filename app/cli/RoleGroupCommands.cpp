// set-role, clear-role, add-to-group, remove-from-group and set-access-type: admin roles and
// group membership.

#include "Commands.h"
#include "ProvisionRun.h"

namespace dbx::cli {

namespace {
UserSelector firstUser(const CommandLine &c) { return UserSelector::parse(c.positional().at(0)); }

Expected<QVector<Operation>> setRole(const CommandLine &c)
{
    return QVector<Operation>{Operation::setRole(firstUser(c), c.positional().at(1))};
}

Expected<QVector<Operation>> clearRole(const CommandLine &c) { return forEachUser(c, &Operation::clearRole); }

Expected<QVector<Operation>> addToGroup(const CommandLine &c)
{
    const AccessType access = c.flag(QStringLiteral("owner")) ? AccessType::Owner : AccessType::Member;
    return QVector<Operation>{Operation::addToGroup(firstUser(c), c.positional().at(1), access)};
}

Expected<QVector<Operation>> removeFromGroup(const CommandLine &c)
{
    return QVector<Operation>{Operation::removeFromGroup(firstUser(c), c.positional().at(1))};
}

Expected<QVector<Operation>> setAccessType(const CommandLine &c)
{
    AccessType access = AccessType::Member;
    if (!accessTypeFromWire(c.positional().at(2).toLower(), &access)) {
        return unexpected(Error::make(Error::Kind::Invalid,
                                      tr("The access type is owner or member, not '%1'.").arg(c.positional().at(2))));
    }
    return QVector<Operation>{Operation::setAccessType(firstUser(c), c.positional().at(1), access)};
}
} // namespace

void addRoleGroupCommands(CommandList &list)
{
    const PositionalSpec role{QStringLiteral("role"), tr("Role id or exact name, e.g. \"User management admin\"."),
                              QStringLiteral("ROLE")};
    const PositionalSpec access{QStringLiteral("access"), tr("owner or member."), QStringLiteral("owner|member")};
    const OptionSpec owner{
        QStringLiteral("owner"), QString(), tr("Add as an owner (can manage the group's members)."), {}, {}};
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("set-role"),
                    tr("Give a member an admin role (replaces the one they hold)."),
                    tr("Give a member an admin role. A member holds one role at most: it replaces the current one."),
                    {userArgument(), role},
                    {}},
        setRole));
    list.push_back(std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("clear-role"),
                                                                  tr("Take the admin role from members."),
                                                                  tr("Take the admin role from members (member only)."),
                                                                  {usersArgument()},
                                                                  {}},
                                                      clearRole));
    list.push_back(std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("add-to-group"),
                                                                  tr("Add a member to a group as member or owner."),
                                                                  tr("Add a member to a group, as member or owner."),
                                                                  {userArgument(), groupArgument()},
                                                                  {owner}},
                                                      addToGroup));
    list.push_back(std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("remove-from-group"),
                                                                  tr("Remove a member from a group."),
                                                                  tr("Remove a member (or owner) from a group."),
                                                                  {userArgument(), groupArgument()},
                                                                  {}},
                                                      removeFromGroup));
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("set-access-type"),
                    tr("Make a group member an owner, or an owner a member."),
                    tr("Make a group member an owner, or an owner a plain member (without removing them)."),
                    {userArgument(), groupArgument(), access},
                    {}},
        setAccessType));
}

} // namespace dbx::cli
