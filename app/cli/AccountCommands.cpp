// create-account, remove-account, suspend and unsuspend: members joining, leaving, paused.

#include "ProvisionRun.h"

namespace dbx::cli {

int runCreateAccount(const QStringList &args)
{
    CommandLine cl(QStringLiteral("create-account"), tr("Add a new member to the team (invites them)."));
    cl.addPositional(QStringLiteral("email"), tr("The new member's email address."), QStringLiteral("EMAIL"));
    cl.add({QStringLiteral("given-name"), QString(), tr("Given name."), QStringLiteral("NAME"), {}});
    cl.add({QStringLiteral("surname"), QString(), tr("Surname."), QStringLiteral("NAME"), {}});
    cl.add({QStringLiteral("external-id"), QString(), tr("External id (at most 64 characters)."), QStringLiteral("ID"), {}});
    cl.add({QStringLiteral("no-welcome-email"), QString(), tr("Do not send the welcome email (e.g. with SSO)."), {}, {}});
    cl.add({QStringLiteral("role"), QString(), tr("Admin role to give (id or exact name)."), QStringLiteral("ROLE"), {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, 1, error))
            return false;
        *ops << Operation::createAccount(c.positional().first(), c.value(QStringLiteral("given-name")),
                                         c.value(QStringLiteral("surname")), c.value(QStringLiteral("external-id")),
                                         !c.flag(QStringLiteral("no-welcome-email")), c.value(QStringLiteral("role")));
        return true;
    });
}

int runRemoveAccount(const QStringList &args)
{
    CommandLine cl(QStringLiteral("remove-account"),
                   tr("Remove members from the team. By default their files stay with the team (an admin can "
                      "transfer them later) and their linked devices are wiped."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    cl.add({QStringLiteral("wipe-data"), QString(),
            tr("Wipe their Dropbox data from linked devices: true or false."), QStringLiteral("BOOL"),
            tr("true, or false with --keep-account")});
    cl.add({QStringLiteral("keep-account"), QString(),
            tr("Convert the account to a personal Basic account instead of deleting it."), {}, {}});
    cl.add({QStringLiteral("retain-team-shares"), QString(),
            tr("With --keep-account: keep folders explicitly shared with them."), {}, {}});
    cl.add({QStringLiteral("transfer-to"), QString(), tr("Transfer their files to this member."), QStringLiteral("USER"), {}});
    cl.add({QStringLiteral("transfer-admin"), QString(), tr("Admin emailed about transfer errors (needed with --transfer-to)."),
            QStringLiteral("USER"), {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        const bool keep = c.flag(QStringLiteral("keep-account"));
        bool wipe = !keep;
        if (c.isSet(QStringLiteral("wipe-data")) && !parseBoolText(c.value(QStringLiteral("wipe-data")), &wipe)) {
            *error = tr("--wipe-data takes true or false.");
            return false;
        }
        for (const QString &u : userArgs(c)) {
            *ops << Operation::removeAccount(UserSelector::parse(u), wipe, keep,
                                             UserSelector::parse(c.value(QStringLiteral("transfer-to"))),
                                             UserSelector::parse(c.value(QStringLiteral("transfer-admin"))),
                                             c.flag(QStringLiteral("retain-team-shares")));
        }
        return true;
    });
}

int runSuspend(const QStringList &args)
{
    CommandLine cl(QStringLiteral("suspend"), tr("Suspend members: they cannot sign in; files, groups and role are kept."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    cl.add({QStringLiteral("wipe-data"), QString(), tr("Also wipe their Dropbox data from linked devices."), {}, {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        for (const QString &u : userArgs(c))
            *ops << Operation::suspend(UserSelector::parse(u), c.flag(QStringLiteral("wipe-data")));
        return true;
    });
}

int runUnsuspend(const QStringList &args)
{
    CommandLine cl(QStringLiteral("unsuspend"), tr("Let suspended members sign in again."));
    cl.addPositional(QStringLiteral("user"), tr("Members (email or team member id)."), QStringLiteral("USER..."));
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
    return runWrite(cl, [](const CommandLine &c, QVector<Operation> *ops, QString *error) {
        if (!needPositional(c, 1, -1, error))
            return false;
        for (const QString &u : userArgs(c))
            *ops << Operation::unsuspend(UserSelector::parse(u));
        return true;
    });
}

} // namespace dbx::cli
