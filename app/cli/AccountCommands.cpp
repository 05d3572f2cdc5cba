// create-account, remove-account, suspend and unsuspend: members joining, leaving, paused.

#include "Commands.h"
#include "ProvisionRun.h"

namespace dbx::cli {

namespace {
std::optional<bool> parseBoolText(const QString &text)
{
    const QString v = text.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

Expected<QVector<Operation>> createAccount(const CommandLine &c)
{
    return QVector<Operation>{
        Operation::createAccount(c.positional().first(), c.value(QStringLiteral("given-name")),
                                 c.value(QStringLiteral("surname")), c.value(QStringLiteral("external-id")),
                                 !c.flag(QStringLiteral("no-welcome-email")), c.value(QStringLiteral("role")))};
}

Expected<QVector<Operation>> removeAccount(const CommandLine &c)
{
    const bool keep = c.flag(QStringLiteral("keep-account"));
    const std::optional<bool> wipe
        = c.isSet(QStringLiteral("wipe-data")) ? parseBoolText(c.value(QStringLiteral("wipe-data"))) : !keep;
    if (!wipe)
        return unexpected(Error::make(Error::Kind::Invalid, tr("--wipe-data takes true or false.")));
    return forEachUser(c, [&c, keep, wipe](const UserSelector &user) {
        return Operation::removeAccount(user, *wipe, keep, UserSelector::parse(c.value(QStringLiteral("transfer-to"))),
                                        UserSelector::parse(c.value(QStringLiteral("transfer-admin"))),
                                        c.flag(QStringLiteral("retain-team-shares")));
    });
}

Expected<QVector<Operation>> suspend(const CommandLine &c)
{
    const bool wipe = c.flag(QStringLiteral("wipe-data"));
    return forEachUser(c, [wipe](const UserSelector &user) { return Operation::suspend(user, wipe); });
}

Expected<QVector<Operation>> unsuspend(const CommandLine &c) { return forEachUser(c, &Operation::unsuspend); }
} // namespace

void addAccountCommands(CommandList &list)
{
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("create-account"),
                    tr("Add a member to the team (needs --provisioning)."),
                    tr("Add a new member to the team (invites them)."),
                    {{QStringLiteral("email"), tr("The new member's email address."), QStringLiteral("EMAIL")}},
                    {{QStringLiteral("given-name"), QString(), tr("Given name."), QStringLiteral("NAME"), {}},
                     {QStringLiteral("surname"), QString(), tr("Surname."), QStringLiteral("NAME"), {}},
                     {QStringLiteral("external-id"),
                      QString(),
                      tr("External id (at most 64 characters)."),
                      QStringLiteral("ID"),
                      {}},
                     {QStringLiteral("no-welcome-email"),
                      QString(),
                      tr("Do not send the welcome email (e.g. with SSO)."),
                      {},
                      {}},
                     {QStringLiteral("role"),
                      QString(),
                      tr("Admin role to give (id or exact name)."),
                      QStringLiteral("ROLE"),
                      {}}}},
        createAccount));
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{
            QStringLiteral("remove-account"),
            tr("Remove members: wipe, keep as Basic, or transfer their files."),
            tr("Remove members from the team. By default their files stay with the team (an admin can "
               "transfer them later) and their linked devices are wiped."),
            {usersArgument()},
            {{QStringLiteral("wipe-data"), QString(), tr("Wipe their Dropbox data from linked devices: true or false."),
              QStringLiteral("BOOL"), tr("true, or false with --keep-account")},
             {QStringLiteral("keep-account"),
              QString(),
              tr("Convert the account to a personal Basic account instead of deleting it."),
              {},
              {}},
             {QStringLiteral("retain-team-shares"),
              QString(),
              tr("With --keep-account: keep folders explicitly shared with them."),
              {},
              {}},
             {QStringLiteral("transfer-to"),
              QString(),
              tr("Transfer their files to this member."),
              QStringLiteral("USER"),
              {}},
             {QStringLiteral("transfer-admin"),
              QString(),
              tr("Admin emailed about transfer errors (needed with --transfer-to)."),
              QStringLiteral("USER"),
              {}}}},
        removeAccount));
    list.push_back(std::make_unique<OperationCommand>(
        CommandSpec{QStringLiteral("suspend"),
                    tr("Suspend members (they cannot sign in; data kept)."),
                    tr("Suspend members: they cannot sign in; files, groups and role are kept."),
                    {usersArgument()},
                    {{QStringLiteral("wipe-data"),
                      QString(),
                      tr("Also wipe their Dropbox data from linked devices."),
                      {},
                      {}}}},
        suspend));
    list.push_back(std::make_unique<OperationCommand>(CommandSpec{QStringLiteral("unsuspend"),
                                                                  tr("Let suspended members sign in again."),
                                                                  tr("Let suspended members sign in again."),
                                                                  {usersArgument()},
                                                                  {}},
                                                      unsuspend));
}

} // namespace dbx::cli
