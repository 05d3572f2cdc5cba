#pragma once
// Every command of dropbox-connector-cli: one function each, taking the arguments after its name.

#include <QStringList>

namespace dbx::cli {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

int runSync(const QStringList &args);
int runExport(const QStringList &args);
int runSimulate(const QStringList &args);
int runRuns(const QStringList &args);
int runDiff(const QStringList &args);
int runConfigure(const QStringList &args);   // ConfigureCommand.cpp
int runServe(const QStringList &args);       // ServeCommand.cpp

// Provisioning (ProvisionCommands.cpp)
int runCreateAccount(const QStringList &args);
int runRemoveAccount(const QStringList &args);
int runSuspend(const QStringList &args);
int runUnsuspend(const QStringList &args);
int runSetRole(const QStringList &args);
int runClearRole(const QStringList &args);
int runAddToGroup(const QStringList &args);
int runRemoveFromGroup(const QStringList &args);
int runSetAccessType(const QStringList &args);
int runApply(const QStringList &args);
int runAudit(const QStringList &args);

// All commands, in the order `--help` lists them.
const QList<Command> &commands();

} // namespace dbx::cli
