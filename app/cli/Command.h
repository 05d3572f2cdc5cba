#pragma once
// The command framework of dropbox-connector-cli, in the spirit of KeePassXC's cli/Command.h: a
// command states its name, a summary for the command list, its description, its own options and
// positionals and the environment variables it reads besides its options' ones, and run(). The
// parsing, --help, `help <command>`, the secret files and the refusal of secrets on the command
// line are done once, here and in CommandLine (Cli.h). Options that several commands share are
// declared once, in the option sets below.

#include "Cli.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dbx {
class SnapshotStore;
}

namespace dbx::cli {

class Command
{
public:
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    const QString &summary() const { return m_summary; }
    const QList<PositionalSpec> &positionals() const { return m_positionals; }

    // Parses the arguments after the command's name and runs it; returns the exit code.
    int execute(const QStringList &arguments) const;
    // What `<command> --help` and `help <command>` print.
    QString helpText() const;

protected:
    Command(const QString &name, const QString &summary, const QString &description);

    void addOption(const OptionSpec &spec);
    void addOptions(const QList<OptionSpec> &specs);
    // Options shared with other commands that the help lists after the command's own ones
    // (provisioning: the command's flags first, then the connection's and --dry-run...).
    void addTrailingOptions(const QList<OptionSpec> &specs);
    void addPositional(const PositionalSpec &spec);
    // A variable the command reads besides its options' ones; one with the same name replaces it.
    void addEnvironment(const EnvSpec &spec);

    // The work, with a parsed command line; returns the exit code (ExitCode).
    virtual int run(const CommandLine &cl) const = 0;

private:
    std::unique_ptr<CommandLine> commandLine() const;

    QString m_name;
    QString m_summary;
    QString m_description;
    QList<OptionSpec> m_options;
    QList<OptionSpec> m_trailingOptions;
    QList<PositionalSpec> m_positionals;
    QList<EnvSpec> m_environment;
};

// Shared option sets.
// The Dropbox connection: --demo and its team, the credentials, --base-url, --db, --concurrency
// and --provisioning.
QList<OptionSpec> connectionOptions();
// The commands that only read the snapshot database: --db and --demo (the demo's database).
QList<OptionSpec> storeOptions();

// Opens the database a read command names: --db, or with --demo the demo's, else the default.
Expected<void> openStore(const CommandLine &cl, SnapshotStore *store);

// The registry: every command, in the order the command list shows them.
using CommandList = std::vector<std::unique_ptr<Command>>;
const CommandList &commands();
const Command *findCommand(const QString &name);   // nullptr: no such command
// The top-level help: the usage, every command with its summary, the common environment.
void printUsage(QTextStream &s);

} // namespace dbx::cli
