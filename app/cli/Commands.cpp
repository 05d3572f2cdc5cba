// The registry of the commands and the top-level help that lists them.

#include "Commands.h"

namespace dbx::cli {

const CommandList &commands()
{
    static const CommandList all = [] {
        CommandList list;
        addStoreCommands(list);
        addConfigureCommand(list);
        addSimulateCommand(list);
        addServeCommand(list);
        addAccountCommands(list);
        addRoleGroupCommands(list);
        addLifecycleCommands(list);
        addApplyCommand(list);
        addAuditCommand(list);
        addInsightCommands(list);
        addReviewCommand(list);
        return list;
    }();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const std::unique_ptr<Command> &c : commands()) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

void printUsage(QTextStream &s)
{
    s << tr("Usage: dropbox-connector-cli <command> [options]") << "\n\n"
      << tr("Dropbox team accounts, admin roles and groups for ConductorOne.") << "\n\n"
      << tr("Commands:") << '\n';
    for (const std::unique_ptr<Command> &c : commands())
        s << "  " << c->name().leftJustified(20) << c->summary() << '\n';
    s << '\n'
      << tr("Run 'dropbox-connector-cli <command> --help' for a command's options and their\n"
            "environment variables (BATON_APP_KEY, BATON_APP_SECRET, BATON_REFRESH_TOKEN, ...).\n"
            "BATON_LOG_LEVEL=debug|info|warn|error sets how much is logged (default warn).\n"
            "Reporting commands take --format json (fields in each command's --help), --quiet and --verbose.\n"
            "Exit codes: 0 done, 1 failed (the operation or one of its items), 2 wrong command line or\n"
            "configuration (missing credentials included), 3 cancelled, 4 unknown outcome (a change's\n"
            "reply was lost: run sync to confirm).\n"
            "Try: dropbox-connector-cli sync --demo\n");
    s.flush();
}

} // namespace dbx::cli
