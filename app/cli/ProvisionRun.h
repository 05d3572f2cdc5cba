#pragma once
// Shared by the provisioning commands: one connection, its session and a Provisioner, run to the
// end with each result printed; the options every write command takes; and OperationCommand, the
// body of every single-operation command (create-account, suspend, set-role, add-to-group...).

#include "Command.h"
#include "provision/Operation.h"
#include "provision/Plan.h"
#include "provision/TeamState.h"

#include <QJsonObject>
#include <QVector>

#include <functional>
#include <memory>

namespace dbx {
class ConnectorSession;
class Provisioner;
} // namespace dbx

namespace dbx::cli {

// One connection, its session and a Provisioner, with the snapshot the checks need.
class ProvisionRun
{
public:
    explicit ProvisionRun(const CommandLine &cl);
    ~ProvisionRun();

    // Connects, opens the database and makes sure a snapshot exists (syncing once if not), then
    // reads back the changes of an interrupted earlier run. needWrites: refuse at once when
    // provisioning is off. Ok when ready; else the exit code to end with (the reason printed).
    int open(bool needWrites);

    Provisioner *provisioner() const { return m_provisioner; }
    const ConnectionConfig &config() const { return m_connection.config; }

    // Runs the operations (or the plan) to the end, printing each result; Ctrl+C cancels between
    // items. Returns the exit code.
    int run(const QVector<Operation> &ops);
    int apply(const Plan &plan, Plan *done);

    // A result as text (prefix first), or with --format json as one JSON line (line: the plan's).
    static void printResult(const QString &prefix, const OperationResult &r, int line = 0);
    static QJsonObject resultJson(const OperationResult &r, const QString &type, int line);

private:
    void reconcile();
    bool syncFirst();
    void connectProgress();
    void installInterrupt();
    static int exitCodeOf(const QVector<OperationResult> &results, bool cancelled);

    const CommandLine &m_cl;
    Connection m_connection;
    std::unique_ptr<ConnectorSession> m_session;
    Provisioner *m_provisioner = nullptr; // owned by m_session
};

// --dry-run, --poll-ms and --admin: what every command that changes the team takes besides the
// connection's options.
QList<OptionSpec> writeOptions();

// "will change", "already so" or "INVALID", as the previews print it.
QString verdictLabel(Precheck::Verdict v);
// will_change, already_so or invalid: the same in JSON.
QString verdictName(Precheck::Verdict v);

// A command that changes the team: spec's own options, then the connection's and the write options.
CommandSpec withWriteOptions(CommandSpec spec);

// The operations a command line asks for, or the sentence saying what is wrong with it.
using OperationsFunction = Expected<QVector<Operation>> (*)(const CommandLine &cl);

// A command that sends one or more operations built from its command line (create-account,
// suspend, set-role, add-to-group...). Its positionals are required; a last one whose syntax ends
// in "..." takes one or more values. It checks the number of arguments, then previews (--dry-run)
// or runs the operations.
class OperationCommand : public Command
{
public:
    OperationCommand(CommandSpec spec, OperationsFunction operations);

private:
    int run(const CommandLine &cl) const override;

    OperationsFunction m_operations;
};

// The same operation for each member the positionals name (USER...).
QVector<Operation> forEachUser(const CommandLine &cl, const std::function<Operation(const UserSelector &)> &make);

// Positionals the operation commands share.
PositionalSpec userArgument();  // USER: one member
PositionalSpec usersArgument(); // USER...: one or more members
PositionalSpec groupArgument(); // GROUP

} // namespace dbx::cli
