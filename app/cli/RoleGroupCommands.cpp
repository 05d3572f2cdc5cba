// set-role, clear-role, add-to-group, remove-from-group and set-access-type: admin roles and
// group membership.

#include "ProvisionRun.h"

namespace dbx::cli {

int runSetRole(const QStringList &args)
{
    CommandLine cl(QStringLiteral("set-role"),
                   tr("Give a member an admin role. A member holds one role at most: it replaces the current one."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("role"), tr("Role id or exact name, e.g. \"User management admin\"."), QStringLiteral("ROLE"));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 2, 2, error))
            return false;
        *ops << Operation::setRole(UserSelector::parse(c.positional()[0]), c.positional()[1]);
        return true;
    });
}

int runClearRole(const QStringList &args)
{
    CommandLine cl(QStringLiteral("clear-role"), tr("Take the admin role from members (member only)."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        for (const QString &u : userArgs(c))
            *ops << Operation::clearRole(UserSelector::parse(u));
        return true;
    });
}

int runAddToGroup(const QStringList &args)
{
    CommandLine cl(QStringLiteral("add-to-group"), tr("Add a member to a group, as member or owner."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP"));
    cl.add({QStringLiteral("owner"), QString(), tr("Add as an owner (can manage the group's members)."), {}, {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 2, 2, error))
            return false;
        *ops << Operation::addToGroup(UserSelector::parse(c.positional()[0]), c.positional()[1],
                                      c.flag(QStringLiteral("owner")) ? AccessType::Owner : AccessType::Member);
        return true;
    });
}

int runRemoveFromGroup(const QStringList &args)
{
    CommandLine cl(QStringLiteral("remove-from-group"), tr("Remove a member (or owner) from a group."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP"));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 2, 2, error))
            return false;
        *ops << Operation::removeFromGroup(UserSelector::parse(c.positional()[0]), c.positional()[1]);
        return true;
    });
}

int runSetAccessType(const QStringList &args)
{
    CommandLine cl(QStringLiteral("set-access-type"),
                   tr("Make a group member an owner, or an owner a plain member (without removing them)."));
    cl.addPositional(QStringLiteral("user"), tr("Member (email or team member id)."), QStringLiteral("USER"));
    cl.addPositional(QStringLiteral("group"), tr("Group id or exact name."), QStringLiteral("GROUP"));
    cl.addPositional(QStringLiteral("access"), tr("owner or member."), QStringLiteral("owner|member"));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 3, 3, error))
            return false;
        AccessType access = AccessType::Member;
        if (!accessTypeFromWire(c.positional()[2].toLower(), &access)) {
            *error = tr("The access type is owner or member, not '%1'.").arg(c.positional()[2]);
            return false;
        }
        *ops << Operation::setAccessType(UserSelector::parse(c.positional()[0]), c.positional()[1], access);
        return true;
    });
}

} // namespace dbx::cli
