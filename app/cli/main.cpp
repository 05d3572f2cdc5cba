// dropbox-connector-cli: the headless face of Dropbox Team Connector.

#include "Cli.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace dbx::cli;

namespace dbx::cli {
const QList<Command> &commands()
{
    static const QList<Command> all = {
        {"sync", "Run a full sync of the team into the snapshot database.", runSync},
        {"export", "Write the newest snapshot as JSON or CSV.", runExport},
        {"runs", "List the sync runs kept in the snapshot database.", runRuns},
        {"diff", "Show what changed between two sync runs.", runDiff},
        {"configure", "Get a Dropbox refresh token: paste-code flow; --save keeps it in the keychain.", runConfigure},
        {"simulate", "Serve a simulated Dropbox team on a loopback port.", runSimulate},
        {"serve", "Serve ConductorOne's tasks (sync, upload, provisioning) until stopped.", runServe},
        {"create-account", "Add a member to the team (needs --provisioning).", runCreateAccount},
        {"remove-account", "Remove members: wipe, keep as Basic, or transfer their files.", runRemoveAccount},
        {"suspend", "Suspend members (they cannot sign in; data kept).", runSuspend},
        {"unsuspend", "Let suspended members sign in again.", runUnsuspend},
        {"set-role", "Give a member an admin role (replaces the one they hold).", runSetRole},
        {"clear-role", "Take the admin role from members.", runClearRole},
        {"add-to-group", "Add a member to a group as member or owner.", runAddToGroup},
        {"remove-from-group", "Remove a member from a group.", runRemoveFromGroup},
        {"set-access-type", "Make a group member an owner, or an owner a member.", runSetAccessType},
        {"apply", "Check and apply a CSV plan of changes (--dry-run to preview).", runApply},
        {"audit", "Show or export the audit log of changes.", runAudit},
    };
    return all;
}
} // namespace dbx::cli

static void usage(QTextStream &s)
{
    s << "Usage: dropbox-connector-cli <command> [options]\n\n"
         "Dropbox team accounts, admin roles and groups for ConductorOne.\n\nCommands:\n";
    for (const Command &c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(20) << QString::fromLatin1(c.summary) << '\n';
    s << "\nRun 'dropbox-connector-cli <command> --help' for a command's options and their\n"
         "environment variables (BATON_APP_KEY, BATON_APP_SECRET, BATON_REFRESH_TOKEN, ...).\n"
         "BATON_LOG_LEVEL=debug|info|warn|error sets how much is logged (default warn).\n"
         "Try: dropbox-connector-cli sync --demo\n";
    s.flush();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DropboxTeamConnector"));
    QCoreApplication::setApplicationName(QStringLiteral("dropbox-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBX_VERSION));

    // BATON_LOG_LEVEL (debug, info, warn, error), as the official connector: warnings by default,
    // so a terminal shows progress and results, not every request.
    const QString level = qEnvironmentVariable("BATON_LOG_LEVEL", QStringLiteral("warn")).toLower();
    QString rules = QStringLiteral("qt.*.debug=false\n");
    if (level != QLatin1String("debug"))
        rules += QStringLiteral("*.debug=false\n");
    if (level != QLatin1String("debug") && level != QLatin1String("info"))
        rules += QStringLiteral("*.info=false\n");
    if (level == QLatin1String("error"))
        rules += QStringLiteral("*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        usage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << "dropbox-connector-cli " << DBX_VERSION << '\n';
        return Ok;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    err() << "dropbox-connector-cli: unknown command '" << name << "'.\n\n";
    usage(err());
    return Usage;
}
