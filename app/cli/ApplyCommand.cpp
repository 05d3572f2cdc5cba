// apply: a CSV plan of changes, every row checked first, each reported with its line.

#include "ProvisionRun.h"

namespace dbx::cli {

int runApply(const QStringList &args)
{
    CommandLine cl(QStringLiteral("apply"),
                   tr("Apply a CSV plan: one operation per row (action,email_or_id,group_or_role,options). "
                      "Every row is checked first; a wrong row is reported with its line and never stops the others."));
    cl.addPositional(QStringLiteral("plan"), tr("The plan file."), QStringLiteral("PLAN.csv"));
    cl.add({QStringLiteral("report"), QString(), tr("Write each row's outcome to this CSV file."), QStringLiteral("FILE"), {}});
    addWriteOptions(cl);
    int code = 0;
    if (!cl.parse(args, &code))
        return code;
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
    if (!run.open(!dry, &code))
        return code;

    const Plan preview = run.provisioner()->preview(parsed);
    for (const PlanRow &row : preview.rows) {
        QTextStream &s = row.status() == QLatin1String("invalid") ? err() : out();
        s << tr("line %1: ").arg(row.line) << '[' << (row.parsed ? verdictLabel(row.verdict) : QStringLiteral("INVALID"))
          << "] " << row.message() << '\n';
    }
    out() << tr("Preview: %1 will change, %2 already so, %3 invalid.")
                 .arg(preview.count(Precheck::Verdict::WillChange))
                 .arg(preview.count(Precheck::Verdict::AlreadySo))
                 .arg(preview.count(Precheck::Verdict::Invalid)) << '\n' << Qt::flush;

    const QString reportPath = cl.value(QStringLiteral("report"));
    const auto writeReport = [&](const Plan &p) {
        if (reportPath.isEmpty())
            return true;
        QString error;
        if (!writePlanReport(p, reportPath, &error)) {
            err() << error << '\n';
            return false;
        }
        err() << tr("Wrote the report %1.").arg(reportPath) << '\n';
        return true;
    };
    if (dry) {
        out() << tr("Dry run: nothing was sent to Dropbox.") << '\n' << Qt::flush;
        const bool wrote = writeReport(preview);
        return preview.anyFailed() || preview.count(Precheck::Verdict::Invalid) > 0 || !wrote ? Failed : Ok;
    }
    out() << tr("Applying...") << '\n' << Qt::flush;
    Plan done;
    code = run.apply(parsed, &done);
    if (!writeReport(done) && code == Ok)
        code = Failed;
    return code;
}

} // namespace dbx::cli
