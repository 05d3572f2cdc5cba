// The man page and the bash completion of dropbox-connector-cli, made at build time from the
// command registry (the same CommandSpecs that --help prints), so they cannot drift from the
// options the program really takes. app/cli/CMakeLists.txt writes both; the package installs them.

#include "Command.h"

#include <QCoreApplication>

namespace dbx::cli {

namespace {

// Text for roff: backslashes escaped, hyphens as minus signs where they start options, and no
// line starting with a control character ('.' or '\'').
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

// The flag as a user types it: a secret's only flag is --<name>-file PATH (Cli.cpp).
QString flagOf(const OptionSpec &o) { return o.secret ? o.name + QStringLiteral("-file") : o.name; }

QString valueOf(const OptionSpec &o) { return o.secret ? QStringLiteral("PATH") : o.valueName; }

QString optionEntry(const OptionSpec &o)
{
    // .BI alternates bold and italic: "--name " in bold, its VALUE in italics.
    const QString head = valueOf(o).isEmpty()
        ? QString(QStringLiteral(".TP\n.B \\-\\-") + roff(flagOf(o)))
        : QString(QStringLiteral(".TP\n.BI \"\\-\\-") + roff(flagOf(o)) + QStringLiteral(" \" ") + roff(valueOf(o)));
    QString body = o.description;
    if (o.secret)
        body += QLatin1Char(' ')
            + tr("Read from the file PATH ('-' = standard input); never given on the command line.");
    if (!o.env.isEmpty())
        body += QLatin1Char(' ') + tr("Environment: %1.").arg(o.env);
    if (!o.defaultValue.isEmpty())
        body += QLatin1Char(' ') + tr("Default: %1.").arg(o.defaultValue);
    return head + QLatin1Char('\n') + roff(body) + QLatin1Char('\n');
}

QString commandSection(const Command &c)
{
    const CommandSpec &spec = c.spec();
    QString synopsis = QStringLiteral("dropbox-connector-cli ") + spec.name + QStringLiteral(" [options]");
    for (const PositionalSpec &p : spec.positionals)
        synopsis += QLatin1Char(' ') + (p.syntax.isEmpty() ? p.name : p.syntax);
    QString s = QStringLiteral(".SS \"") + roff(spec.name) + QStringLiteral("\"\n") + roff(spec.description)
        + QStringLiteral("\n.PP\n.B ") + roff(synopsis) + QLatin1Char('\n');
    for (const PositionalSpec &p : spec.positionals)
        s += QStringLiteral(".TP\n.I ") + roff(p.name) + QLatin1Char('\n') + roff(p.description) + QLatin1Char('\n');
    for (const OptionSpec &o : spec.options)
        s += optionEntry(o);
    for (const EnvSpec &e : spec.environment) {
        if (e.name == QLatin1String("BATON_LOG_LEVEL"))
            continue; // listed once, under ENVIRONMENT
        s += QStringLiteral(".TP\n.B ") + roff(e.name) + QLatin1Char('\n') + roff(e.description) + QLatin1Char('\n');
    }
    return s;
}

} // namespace

QString manPage(const QString &version)
{
    QString s;
    s += QStringLiteral(".TH DROPBOX\\-CONNECTOR\\-CLI 1 \"\" \"dropbox-connector-cli %1\" \"User Commands\"\n")
             .arg(roff(version));
    s += QStringLiteral(".SH NAME\ndropbox\\-connector\\-cli \\- ")
        + roff(tr("Dropbox team accounts, admin roles and groups for ConductorOne")) + QLatin1Char('\n');
    s += QStringLiteral(".SH SYNOPSIS\n.B dropbox\\-connector\\-cli\n\\fIcommand\\fR [\\fIoptions\\fR]\n.br\n"
                        ".B dropbox\\-connector\\-cli\nhelp \\fIcommand\\fR\n.br\n"
                        ".B dropbox\\-connector\\-cli\n\\-\\-help | \\-\\-version\n");
    s += QStringLiteral(".SH DESCRIPTION\n")
        + roff(tr("The headless face of Dropbox Team Connector: syncs a Dropbox team's accounts, admin roles and "
                  "groups into a local SQLite snapshot, compares and exports it, provisions changes, and serves "
                  "ConductorOne's tasks as a self-hosted connector. Every command also works against a built-in "
                  "simulated team (--demo), with no Dropbox account."))
        + QLatin1Char('\n');
    s += QStringLiteral(".SH COMMANDS\n");
    for (const std::unique_ptr<Command> &c : commands())
        s += commandSection(*c);
    s += QStringLiteral(".SH ENVIRONMENT\n")
        + roff(tr("Every option with an environment variable (shown with the option) reads it when the option "
                  "is not given; the names are those of the official baton-dropbox connector."))
        + QStringLiteral("\n.TP\n.B BATON_LOG_LEVEL\n")
        + roff(tr("debug, info, warn or error: how much is logged (default warn).")) + QLatin1Char('\n');
    s += QStringLiteral(".SH \"EXIT STATUS\"\n");
    const QList<std::pair<int, QString>> codes{
        {Ok, tr("Done.")},
        {Failed, tr("Failed: the operation, or at least one item of it, failed; a sentence says why.")},
        {Usage,
         tr("Wrong command line or configuration: an unknown option, a bad value, a secret given as a value, "
            "missing credentials, a refused address.")},
        {Cancelled, tr("Cancelled (Ctrl+C or SIGTERM).")},
        {Unknown,
         tr("Unknown outcome: a change's reply was lost and reading it back failed, so Dropbox may or "
            "may not have made it; run sync to confirm.")},
    };
    for (const auto &[code, text] : codes)
        s += QStringLiteral(".TP\n.B %1\n").arg(code) + roff(text) + QLatin1Char('\n');
    s += QStringLiteral(".SH FILES\n.TP\n.I ~/.local/share/DropboxTeamConnector/dropbox-connector/\n")
        + roff(tr("The snapshot databases (mode 0600), unless --db or BATON_DB names another.")) + QLatin1Char('\n');
    s += QStringLiteral(".SH \"SEE ALSO\"\n.BR dropbox\\-connector (1)\n");
    return s;
}

QString bashCompletion()
{
    QStringList names;
    QString cases;
    for (const std::unique_ptr<Command> &c : commands()) {
        names << c->name();
        QStringList flags{QStringLiteral("--help")};
        for (const OptionSpec &o : c->spec().options)
            flags << QStringLiteral("--") + flagOf(o);
        cases += QStringLiteral("    %1) opts=\"%2\" ;;\n").arg(c->name(), flags.join(QLatin1Char(' ')));
    }
    // Options whose value is a file name complete file names; the others take what the user types.
    QStringList fileFlags;
    for (const std::unique_ptr<Command> &c : commands()) {
        for (const OptionSpec &o : c->spec().options) {
            const QString v = valueOf(o);
            if (v == QLatin1String("FILE") || v == QLatin1String("PATH") || v == QLatin1String("DIR"))
                fileFlags << QStringLiteral("--") + flagOf(o);
        }
    }
    fileFlags.removeDuplicates();
    QString s;
    s += QStringLiteral("# bash completion for dropbox-connector-cli (made from its command list at build time)\n"
                        "_dropbox_connector_cli()\n{\n"
                        "  local cur prev cmd opts\n"
                        "  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
                        "  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                        "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
                        "    COMPREPLY=($(compgen -W \"%1 help --help --version\" -- \"$cur\"))\n"
                        "    return\n"
                        "  fi\n"
                        "  cmd=\"${COMP_WORDS[1]}\"\n"
                        "  case \"$prev\" in\n"
                        "    %2) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
                        "  esac\n"
                        "  case \"$cmd\" in\n")
             .arg(names.join(QLatin1Char(' ')), fileFlags.join(QLatin1Char('|')));
    s += cases;
    s += QStringLiteral("    help) opts=\"%1\" ;;\n").arg(names.join(QLatin1Char(' ')));
    s += QStringLiteral("    *) opts=\"\" ;;\n"
                        "  esac\n"
                        "  if [[ \"$cur\" == -* || \"$cmd\" == help ]]; then\n"
                        "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
                        "  else\n"
                        "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
                        "  fi\n"
                        "}\n"
                        "complete -F _dropbox_connector_cli dropbox-connector-cli\n");
    return s;
}

int writeDocument(const QString &kind, const QString &path)
{
    const QString text
        = kind == QLatin1String("--man-page") ? manPage(QCoreApplication::applicationVersion()) : bashCompletion();
    return writeOutput(path, text.toUtf8(), QString());
}

} // namespace dbx::cli
