#pragma once
// Shared plumbing of the CLI commands: options that map to BATON_* environment variables (the
// official connector's names), the connection they describe, and terminal output.

#include "worker/ConnectionConfig.h"
#include "worker/DemoTeam.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace dbx::cli {

// One flag: --name, its environment variable, what it is for.
struct OptionSpec {
    QString name;
    QString env;                          // empty = no environment variable
    QString description;
    QString valueName;                    // empty = a switch
    QString defaultValue;
    // A secret: never a value on the command line (every local user sees it in ps). It comes from
    // env or from --<name>-file PATH ('-' = one line of standard input); --<name> VALUE is refused.
    bool secret = false;
};

// A parser for one command, knowing which flags fall back to which environment variables.
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);
    void add(const OptionSpec &spec);
    void addConnectionOptions();          // Dropbox credentials, --base-url, --db, --demo...
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    // False when the command line is wrong or --help was asked (then *exitCode says what to return).
    bool parse(const QStringList &arguments, int *exitCode);

    bool isSet(const QString &name) const;               // flag given, or its env var set non-empty
    QString value(const QString &name) const;            // flag, else env var, else default
    bool flag(const QString &name) const;                // switch or "true"/"1"/"yes" env var
    int intValue(const QString &name, int fallback, bool *ok = nullptr) const;
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString helpText() const;

    // The connection the flags describe. With --demo, starts the simulated team (kept alive in
    // demo) and points at it. False + message when credentials are missing or the simulator fails.
    bool connection(ConnectionConfig *out, std::unique_ptr<DemoTeam> *demo, QString *error) const;

private:
    bool readSecretFiles(QString *error);

    QString m_command;
    QString m_description;
    QCommandLineParser m_parser;
    QList<OptionSpec> m_specs;
    QHash<QString, QString> m_secretValues;    // option name -> secret read from its file
};

QTextStream &out();
QTextStream &err();
bool stderrIsTerminal();

// Exit codes: 0 success, 1 the operation failed, 2 the command line is wrong, 3 cancelled.
// 4: a change whose reply was lost and could not be read back: Dropbox may or may not have made
// it (sync to confirm). Never folded into 0 or 1.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Cancelled = 3, Unknown = 4 };

// SIGINT/SIGTERM -> calls handler once on the main thread (the handler cancels the work).
void onInterrupt(std::function<void()> handler);

} // namespace dbx::cli
