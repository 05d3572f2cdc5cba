// apply: a CSV plan of changes, every row checked first, each reported with its line.

#include "Commands.h"
#include "Output.h"
#include "ProvisionRun.h"
#include "provision/Provisioner.h"

namespace dbx::cli {

namespace {
int runApply(const CommandLine &cl)
{
    if (cl.positional().size() != 1) {
        err() << tr("apply takes one plan file. Run with --help for the format.") << '\n';
        return Usage;
    }
    const Plan parsed = readPlanFile(cl.positional().first());
    if (!parsed.isValid()) {
        err() << parsed.error << '\n';
        return Failed;
    }
    const bool dry = cl.flag(QStringLiteral("dry-run"));
    ProvisionRun run(cl);
    if (const int code = run.open(!dry); code != Ok)
        return code;

    const Plan preview = run.provisioner()->preview(parsed);
    const bool json = jsonOutput();
    for (const PlanRow &row : preview.rows) {
        if (json) {
            printJson({{QStringLiteral("type"), QStringLiteral("check")},
                       {QStringLiteral("line"), row.line},
                       {QStringLiteral("verdict"), row.parsed ? verdictName(row.verdict) : QStringLiteral("invalid")},
                       {QStringLiteral("message"), row.message()}});
            continue;
        }
        QTextStream &s = row.status() == QLatin1String("invalid") ? err() : out();
        s << tr("line %1: ").arg(row.line) << '['
          << (row.parsed ? verdictLabel(row.verdict) : QStringLiteral("INVALID")) << "] " << row.message() << '\n';
    }
    QTextStream &people = json ? err() : out(); // in JSON mode standard output is JSON only
    if (!json || (!quiet() && verbose()))
        people << tr("Preview: %1 will change, %2 already so, %3 invalid.")
                      .arg(preview.count(Precheck::Verdict::WillChange))
                      .arg(preview.count(Precheck::Verdict::AlreadySo))
                      .arg(preview.count(Precheck::Verdict::Invalid))
               << '\n'
               << Qt::flush;

    const QString reportPath = cl.value(QStringLiteral("report"));
    const auto writeReport = [&](const Plan &p) {
        if (reportPath.isEmpty())
            return true;
        if (const auto written = writePlanReport(p, reportPath); !written) {
            err() << written.error().message() << '\n';
            return false;
        }
        if (!quiet())
            err() << tr("Wrote the report %1.").arg(reportPath) << '\n';
        return true;
    };
    if (dry) {
        if (!json)
            out() << tr("Dry run: nothing was sent to Dropbox.") << '\n' << Qt::flush;
        const bool wrote = writeReport(preview);
        return preview.anyFailed() || preview.count(Precheck::Verdict::Invalid) > 0 || !wrote ? Failed : Ok;
    }
    if (!json && !quiet())
        out() << tr("Applying...") << '\n' << Qt::flush;
    Plan done;
    int code = run.apply(parsed, &done);
    if (!writeReport(done) && code == Ok)
        code = Failed;
    return code;
}

} // namespace

void addApplyCommand(CommandList &list)
{
    const OptionSpec report{QStringLiteral("report"),
                            QString(),
                            tr("Write each row's outcome to this CSV file."),
                            QStringLiteral("FILE"),
                            {}};
    list.push_back(std::make_unique<Command>(withWriteOptions(
        CommandSpec{QStringLiteral("apply"),
                    tr("Check and apply a CSV plan of changes (--dry-run to preview)."),
                    tr("Apply a CSV plan: one operation per row (action,email_or_id,group_or_role,options). Every "
                       "row is checked first; a wrong row is reported with its line and never stops the others."),
                    {{QStringLiteral("plan"), tr("The plan file."), QStringLiteral("PLAN.csv")}},
                    {report},
                    runApply})));
}

} // namespace dbx::cli
