#pragma once
// The command framework of dropbox-connector-cli, in the spirit of KeePassXC's cli/Command.h: a
// command states only what is its own (CommandSpec: its name, a summary for the command list, its
// description, its options and positionals, the environment variables it reads besides its
// options' ones, and the work); the parsing, --help, `help <command>`, the secret files and the
// refusal of secrets on the command line are done once, here and in CommandLine (Cli.h). Options
// that several commands share are declared once, in the option sets below.

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

// The work of a command, with its parsed command line; returns the exit code (ExitCode).
using RunFunction = int (*)(const CommandLine &cl);

// What a command states about itself.
struct CommandSpec {
    QString name;
    QString summary;     // its line in the command list
    QString description; // the first line of its help
    QList<PositionalSpec> positionals;
    QList<OptionSpec> options; // in the order its help lists them
    RunFunction run = nullptr; // nullptr: a subclass overrides Command::run
    // Read besides its options' variables; BATON_LOG_LEVEL is listed unless given here.
    QList<EnvSpec> environment = {};
};

class Command
{
public:
    explicit Command(CommandSpec spec);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_spec.name; }
    const QString &summary() const { return m_spec.summary; }
    const QList<PositionalSpec> &positionals() const { return m_spec.positionals; }
    // Everything the command states (the man page and the bash completion are made from it).
    const CommandSpec &spec() const { return m_spec; }

    // Parses the arguments after the command's name and runs it; returns the exit code.
    int execute(const QStringList &arguments) const;
    // What `<command> --help` and `help <command>` print.
    QString helpText() const;
    // It takes the report options (--format text|json, --quiet, --verbose; Output.h).
    bool reports() const;

protected:
    virtual int run(const CommandLine &cl) const; // CommandSpec::run

private:
    std::unique_ptr<CommandLine> commandLine() const;

    CommandSpec m_spec;
};

// Shared option sets.
// The Dropbox connection: --demo and its team, the credentials, --base-url, --db, --max-concurrency
// and --provisioning.
QList<OptionSpec> connectionOptions();
// The commands that only read the snapshot database: --db and --demo (the demo's database).
QList<OptionSpec> storeOptions();
// The credential options the connection and configure both take, each with its command's help:
// --app-key, a secret read from BATON_<NAME> or a file (--app-secret, --refresh-token, ...), and
// --base-url.
OptionSpec appKeyOption(const QString &description);
OptionSpec secretOption(const QString &name, const QString &description, const QString &valueName);
OptionSpec baseUrlOption(const QString &description);
// --format FORMAT of a command that writes a file: one of formats (lowercase), checked when the
// command line is parsed; the command reads it with CommandLine::choice(). (A reporting command's
// text|json is reportOptions(), Output.h.)
OptionSpec formatOption(const QString &description, const QStringList &formats, const QString &defaultFormat);

// Opens the database a read command names: --db, or with --demo the demo's, else the default.
Expected<void> openStore(const CommandLine &cl, SnapshotStore *store);

// The registry: every command, in the order the command list shows them.
using CommandList = std::vector<std::unique_ptr<Command>>;
const CommandList &commands();
const Command *findCommand(const QString &name); // nullptr: no such command
// The top-level help: the usage, every command with its summary, the common environment.
void printUsage(QTextStream &s);

// Made from the registry at build time (Docs.cpp): the man page dropbox-connector-cli.1 (roff, a
// section per command) and the bash completion script.
QString manPage(const QString &version);
QString bashCompletion();
// `--man-page FILE` / `--bash-completion FILE` (kind): writes that document; the exit code.
int writeDocument(const QString &kind, const QString &path);

} // namespace dbx::cli
