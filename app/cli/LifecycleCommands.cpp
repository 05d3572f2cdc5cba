// create-group, rename-group, set-group and delete-group (the group lifecycle) and
// recover-account, resend-invite and set-profile (member upkeep).

#include "Commands.h"
#include "ProvisionRun.h"

namespace dbx::cli {

namespace {
// --management company|user; Unknown when not given, an error for anything else.
Expected<GroupManagementType> management(const CommandLine &c)
{
    if (!c.isSet(QStringLiteral("management")))
        return GroupManagementType::Unknown;
    const QString v = c.value(QStringLiteral("management")).trimmed().toLower();
    if (v == QLatin1String("company"))
        return GroupManagementType::CompanyManaged;
    if (v == QLatin1String("user"))
        return GroupManagementType::UserManaged;
    return unexpected(
        Error::make(Error::Kind::Invalid,
                    tr("--management takes company or user, not '%1'.").arg(c.value(QStringLiteral("management")))));
}

// --external-id ID: nullopt when not given; "" clears it.
std::optional<QString> externalId(const CommandLine &c)
{
    if (!c.isSet(QStringLiteral("external-id")))
        return std::nullopt;
    return c.value(QStringLiteral("external-id"));
}

Expected<QVector<Operation>> createGroup(const CommandLine &c)
{
    const Expected<GroupManagementType> m = management(c);
    if (!m)
        return unexpected(m.error());
    return QVector<Operation>{Operation::createGroup(c.positional().at(0), externalId(c).value_or(QString()), *m,
                                                     !c.flag(QStringLiteral("no-owner")))};
}

Expected<QVector<Operation>> renameGroup(const CommandLine &c)
{
    return QVector<Operation>{Operation::renameGroup(c.positional().at(0), c.positional().at(1))};
}

Expected<QVector<Operation>> setGroup(const CommandLine &c)
{
    const Expected<GroupManagementType> m = management(c);
    if (!m)
        return unexpected(m.error());
    if (!c.isSet(QStringLiteral("external-id")) && *m == GroupManagementType::Unknown)
        return unexpected(
            Error::make(Error::Kind::Invalid, tr("Nothing to change: give --external-id and/or --management.")));
    return QVector<Operation>{Operation::setGroup(c.positional().at(0), externalId(c), *m)};
}

Expected<QVector<Operation>> deleteGroup(const CommandLine &c)
{
    return QVector<Operation>{Operation::deleteGroup(c.positional().at(0))};
}

Expected<QVector<Operation>> recoverAccount(const CommandLine &c) { return forEachUser(c, &Operation::recoverAccount); }

Expected<QVector<Operation>> resendInvite(const CommandLine &c) { return forEachUser(c, &Operation::resendInvite); }

Expected<QVector<Operation>> setProfile(const CommandLine &c)
{
    const QString given = c.value(QStringLiteral("given-name"));
    const QString surname = c.value(QStringLiteral("surname"));
    const QString email = c.value(QStringLiteral("email"));
    if (given.isEmpty() && surname.isEmpty() && email.isEmpty() && !c.isSet(QStringLiteral("external-id")))
        return unexpected(Error::make(
            Error::Kind::Invalid, tr("Nothing to change: give --given-name, --surname, --email or --external-id.")));
    return QVector<Operation>{
        Operation::setProfile(UserSelector::parse(c.positional().at(0)), given, surname, email, externalId(c))};
}
} // namespace

void addLifecycleCommands(CommandList &list)
{
    const OptionSpec externalIdOption{QStringLiteral("external-id"),
                                      QString(),
                                      tr("The group's external id (\"\" clears it)."),
                                      QStringLiteral("ID"),
                                      {}};
    const OptionSpec managementOption{QStringLiteral("management"),
                                      QString(),
                                      tr("Who manages the group: company (admins only) or user (its owners)."),
                                      QStringLiteral("company|user"),
                                      {}};
    const PositionalSpec newName{QStringLiteral("new-name"), tr("The group's new name."), QStringLiteral("NEW_NAME")};
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("create-group"),
                    tr("Create a group."),
                    tr("Create a new, empty group (you become its owner unless --no-owner)."),
                    {{QStringLiteral("name"), tr("The new group's name."), QStringLiteral("NAME")}},
                    {externalIdOption,
                     managementOption,
                     {QStringLiteral("no-owner"), QString(), tr("Do not make you an owner of the group."), {}, {}}}},
        createGroup));
    list.push_back(std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("rename-group"),
                                                                  tr("Rename a group."),
                                                                  tr("Rename a group (by id or exact name)."),
                                                                  {groupArgument(), newName},
                                                                  {}},
                                                      renameGroup));
    list.push_back(
        std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("set-group"),
                                                       tr("Change a group's external id or management."),
                                                       tr("Change a group's external id and/or who manages it."),
                                                       {groupArgument()},
                                                       {externalIdOption, managementOption}},
                                           setGroup));
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("delete-group"),
                    tr("Delete a group."),
                    tr("Delete a group: its members lose access to the folders shared with it."),
                    {groupArgument()},
                    {}},
        deleteGroup));
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("recover-account"),
                    tr("Recover removed members."),
                    tr("Bring back members removed from the team, while Dropbox still allows it."),
                    {usersArgument()},
                    {}},
        recoverAccount));
    list.push_back(std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("resend-invite"),
                                                                  tr("Send the welcome email again."),
                                                                  tr("Send invited members the welcome email again."),
                                                                  {usersArgument()},
                                                                  {}},
                                                      resendInvite));
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("set-profile"),
                    tr("Change a member's name, email or external id."),
                    tr("Change a member's given name, surname, email or external id."),
                    {userArgument()},
                    {{QStringLiteral("given-name"), QString(), tr("New given name."), QStringLiteral("NAME"), {}},
                     {QStringLiteral("surname"), QString(), tr("New surname."), QStringLiteral("NAME"), {}},
                     {QStringLiteral("email"), QString(), tr("New email address."), QStringLiteral("EMAIL"), {}},
                     {QStringLiteral("external-id"),
                      QString(),
                      tr("New external id (at most 64 characters; \"\" clears it)."),
                      QStringLiteral("ID"),
                      {}}}},
        setProfile));
}

} // namespace dbx::cli
