#include "Output.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <unistd.h>

namespace dbx::cli {

namespace {
struct OutputState {
    bool json = false;
    bool quiet = false;
    bool verbose = false;
};

OutputState &state()
{
    static OutputState s;
    return s;
}

bool colourWanted(bool onStandardError)
{
    // https://no-color.org: present and not empty turns colours off, whatever else is set.
    if (!qEnvironmentVariableIsEmpty("NO_COLOR"))
        return false;
    if (!qEnvironmentVariableIsEmpty("CLICOLOR_FORCE") && qEnvironmentVariable("CLICOLOR_FORCE") != QLatin1String("0"))
        return true;
    return ::isatty(onStandardError ? STDERR_FILENO : STDOUT_FILENO) == 1;
}
} // namespace

QList<OptionSpec> reportOptions()
{
    return {
        {QStringLiteral("format"), QString(),
         tr("text, or json: one JSON document on standard output (JSON lines for the results of changes); the "
            "fields are listed below."),
         QStringLiteral("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("quiet"), QString(), tr("Print only the result and errors, no progress or notices."), {}, {}},
        {QStringLiteral("verbose"), QString(), tr("Print every step, and the log from the info level."), {}, {}},
    };
}

Expected<void> configureOutput(const CommandLine &cl)
{
    const QString format = cl.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json")) {
        return unexpected(Error::make(Error::Kind::Invalid, tr("--format takes text or json, not '%1'.").arg(format)));
    }
    if (cl.flag(QStringLiteral("quiet")) && cl.flag(QStringLiteral("verbose")))
        return unexpected(Error::make(Error::Kind::Invalid, tr("--quiet and --verbose cannot be used together.")));
    state().json = format == QLatin1String("json");
    state().quiet = cl.flag(QStringLiteral("quiet"));
    state().verbose = cl.flag(QStringLiteral("verbose"));
    if (state().verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qt.*.debug=false\n*.debug=false\n*.info=true\n"));
    return {};
}

bool jsonOutput() { return state().json; }
bool quiet() { return state().quiet; }
bool verbose() { return state().verbose; }

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n' << Qt::flush;
}

QString jsonFieldsHelp(const QString &command, bool changesTeam)
{
    static const QString result
        = tr("  {\"type\": \"result\", \"action\", \"user\", \"group\", \"role\", \"outcome\" (done, no_change, "
             "failed, invalid, cancelled, unknown), \"message\", \"tag\", \"request_id\", \"team_member_id\"}\n"
             "  {\"type\": \"summary\", \"changed\", \"no_change\", \"failed\", \"not_started\", \"unknown\", "
             "\"exit_code\"}\n");
    static const QString preview
        = tr("  with --dry-run: {\"type\": \"preview\", \"action\", \"user\", \"verdict\" (will_change, already_so, "
             "invalid), \"message\", \"consequence\"}\n");
    static const QHash<QString, QString> fields{
        {QStringLiteral("sync"),
         tr("  {\"ok\", \"cancelled\", \"run_id\", \"accounts\", \"roles\", \"groups\", \"memberships\", "
            "\"requests\", \"retries\", \"elapsed_ms\", \"skipped_groups\": [names], \"database\", \"message\"}\n")},
        {QStringLiteral("runs"),
         tr("  {\"runs\": [{\"id\", \"status\" (complete, failed, cancelled, running, interrupted), \"started_at\", "
            "\"finished_at\" (ISO 8601, UTC), \"team_name\", \"accounts\", \"roles\", \"groups\", \"memberships\", "
            "\"requests\", \"error\"}]}\n")},
        {QStringLiteral("diff"),
         tr("  {\"from\", \"to\", \"accounts_added\", \"accounts_removed\": [{\"team_member_id\", \"email\"}], "
            "\"accounts_changed\": [{\"team_member_id\", \"email\", \"fields\": [names]}], \"groups_added\", "
            "\"groups_removed\": [{\"group_id\", \"name\"}], \"grants_added\", \"grants_removed\": [grant ids]}\n")},
        {QStringLiteral("audit"),
         tr("  {\"entries\": [{\"id\", \"at\" (ISO 8601, UTC), \"admin\", \"connection\", \"action\", \"target\", "
            "\"object\", \"details\", \"outcome\", \"message\", \"request_id\"}]}\n")},
        {QStringLiteral("apply"),
         tr("  JSON lines, each with \"line\" (the plan's line): first the checks {\"type\": \"check\", \"line\", "
            "\"verdict\", \"message\"}, then the results:\n")
             + result},
    };
    QString text = fields.value(command);
    if (text.isEmpty() && changesTeam)
        text = tr("  JSON lines: one per change, then the summary:\n") + result + preview;
    if (text.isEmpty())
        return QString();
    return tr("JSON output (--format json):") + QLatin1Char('\n') + text;
}

QString coloured(const QString &text, Colour colour, bool onStandardError)
{
    if (state().json || !colourWanted(onStandardError))
        return text;
    const char *code = "";
    switch (colour) {
    case Colour::Green: code = "\x1b[32m"; break;
    case Colour::Red: code = "\x1b[31m"; break;
    case Colour::Yellow: code = "\x1b[33m"; break;
    case Colour::Dim: code = "\x1b[2m"; break;
    }
    return QLatin1String(code) + text + QLatin1String("\x1b[0m");
}

} // namespace dbx::cli
