#pragma once
// Shared plumbing of the CLI commands: options that map to BATON_* environment variables (the
// official connector's names), the parsed command line, the connection it describes, and
// terminal output. The commands themselves are Commands (Command.h).

#include "auth/ConnectionConfig.h"
#include "base/Expected.h"
#include "worker/DemoTeam.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace dbx::cli {

// One flag: --name, its environment variable, what it is for.
struct OptionSpec {
    QString name;
    QString env; // empty = no environment variable
    QString description;
    QString valueName; // empty = a switch
    QString defaultValue;
    // A secret: never a value on the command line (every local user sees it in ps). It comes from
    // env or from --<name>-file PATH ('-' = one line of standard input); --<name> VALUE is refused.
    bool secret = false;
    // The values it takes, lowercase (--format's): parse() refuses any other, whatever the case;
    // empty = any value.
    QStringList choices = {};
};

// One positional argument; a syntax ending in "..." takes one or more values.
struct PositionalSpec {
    QString name;
    QString description;
    QString syntax;
};

// An environment variable a command reads besides those of its options (BATON_LOG_LEVEL).
struct EnvSpec {
    QString name;
    QString description;
};

// The connection a command line describes; demo holds the simulated team when --demo started one.
struct Connection {
    ConnectionConfig config;
    std::unique_ptr<DemoTeam> demo;
};

// A parser for one command, knowing which flags fall back to which environment variables.
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);
    void add(const OptionSpec &spec);
    void addPositional(const PositionalSpec &spec);
    void addEnvironment(const EnvSpec &spec);
    // Printed at the end of the help (a reporting command's JSON fields).
    void setHelpFooter(const QString &text) { m_helpFooter = text; }
    // Nothing when the command can run; else the exit code to end with at once (the command line
    // is wrong: the reason is printed; or --help was asked: the help is printed).
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QString &name) const;    // flag given, or its env var set non-empty
    QString value(const QString &name) const; // flag, else env var, else default
    bool flag(const QString &name) const;     // switch or "true"/"1"/"yes" env var
    int intValue(const QString &name, int fallback, bool *ok = nullptr) const;
    // An option with choices: its value lowercase (one of them: parse() checked it), else its default.
    QString choice(const QString &name) const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString helpText() const; // usage, description, options, arguments, environment

    // The connection the flags describe. With --demo, starts the simulated team (kept alive in
    // Connection::demo) and points at it. The error says which credential is missing, which flag
    // is wrong or why the simulator did not start.
    Expected<Connection> connection() const;

private:
    Expected<void> readSecretFiles();
    Expected<void> checkChoices() const;

    QString m_command;
    QString m_description;
    QCommandLineParser m_parser;
    QList<OptionSpec> m_specs;
    QList<EnvSpec> m_environment;
    QString m_helpFooter;
    QHash<QString, QString> m_secretValues; // option name -> secret read from its file
};

// The CLI's sentences, translated in one context ("dbx::cli").
QString tr(const char *text);

QTextStream &out();
QTextStream &err();
bool stderrIsTerminal();
// Writes data as it is to standard output (an export, a CSV): Ok, or Failed with the reason printed.
int writeStandardOutput(const QByteArray &data);
// Writes data to the file path whole or not at all (QSaveFile: an interrupted write never leaves
// half a file behind), then prints done (if any) on standard error; '-' or no path: standard
// output. Ok, or Failed with the reason printed.
int writeOutput(const QString &path, const QByteArray &data, const QString &done);

// Exit codes: 0 success, 1 the operation failed, 2 the command line or the configuration is wrong
// (missing credentials, a refused address), 3 cancelled.
// 4: a change whose reply was lost and could not be read back: Dropbox may or may not have made
// it (sync to confirm). Never folded into 0 or 1.
enum ExitCode {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Cancelled = 3,
    Unknown = 4
};

// Prints why CommandLine::connection() failed and returns the exit code for it: Usage when the
// command line or the configuration is wrong (missing credentials, a bad option, a refused
// --base-url), Failed when something failed at run time (the demo team could not start).
int connectionFailed(const Error &error);
// Prints the error's sentence and returns its exit code: Usage when the command line is wrong
// (Invalid), Failed for the rest.
int failWith(const Error &error);
// SIGINT/SIGTERM -> calls handler once on the main thread (the handler cancels the work).
void onInterrupt(std::function<void()> handler);

} // namespace dbx::cli
