// findings and report: the hygiene findings and the team overview of the newest snapshot, as
// text, JSON or one self-contained HTML file.

#include "Commands.h"
#include "InsightSupport.h"
#include "insight/Report.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>

namespace dbx::cli {

namespace {

void printFindings(const Insight &insight)
{
    out() << tr("Findings of sync run %1 (%2)").arg(insight.runId).arg(insight.teamName) << "\n\n";
    for (const Finding &f : insight.findings) {
        out() << f.id.leftJustified(22) << ' '
              << (f.notRead ? tr("not read") : QString::number(f.count())).rightJustified(8) << "  " << f.title << '\n';
        if (!f.note.isEmpty())
            out() << QString(33, QLatin1Char(' ')) << f.note << '\n';
        if (f.count() == 0)
            continue;
        out() << QString(33, QLatin1Char(' ')) << f.why << '\n';
        const int shown = qMin(f.count(), 10);
        for (int i = 0; i < shown; ++i) {
            const FindingItem &item = f.items.at(i);
            out() << QString(35, QLatin1Char(' ')) << item.name << "  (" << item.detail << ")\n";
        }
        if (f.count() > shown)
            out() << QString(35, QLatin1Char(' '))
                  << tr("... and %1 more (--format json lists all)").arg(f.count() - shown) << '\n';
    }
    out().flush();
}

// findings --plan ID --out FILE: the fix a finding proposes, as a plan for `apply`.
int writePlan(const CommandLine &cl, const Insight &insight)
{
    const QString id = cl.value(QStringLiteral("plan"));
    const QString outPath = cl.value(QStringLiteral("out"));
    for (const Finding &f : insight.findings) {
        if (f.id != id)
            continue;
        if (f.planAction.isEmpty()) {
            err() << tr("The finding %1 is information only: it proposes no change.").arg(id) << '\n';
            return Usage;
        }
        if (f.items.isEmpty()) {
            err() << tr("The finding %1 has no rows: nothing to plan.").arg(id) << '\n';
            return Ok;
        }
        return writeOutput(outPath, findingPlanCsv(f),
                           tr("Wrote %1: %2 rows (%3). Preview it with 'apply %1 --dry-run'.")
                               .arg(outPath)
                               .arg(f.count())
                               .arg(f.planAction));
    }
    err() << tr("No finding '%1': the findings are %2.").arg(id, findingIds().join(QLatin1String(", "))) << '\n';
    return Usage;
}

int runFindings(const CommandLine &cl)
{
    const Expected<Insight> insight = loadInsight(cl);
    if (!insight)
        return failWith(insight.error());
    if (cl.isSet(QStringLiteral("plan")))
        return writePlan(cl, *insight);
    if (cl.choice(QStringLiteral("format")) == QLatin1String("json"))
        return writeStandardOutput(insightJson(*insight));
    printFindings(*insight);
    return Ok;
}

int runReport(const CommandLine &cl)
{
    const QString format = cl.choice(QStringLiteral("format"));
    const QString outPath = cl.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err() << tr("report needs --out FILE (e.g. --out report.%1).").arg(format) << '\n';
        return Usage;
    }
    const Expected<Insight> insight = loadInsight(cl);
    if (!insight)
        return failWith(insight.error());
    const QByteArray data = format == QLatin1String("json") ? insightJson(*insight) : insightHtml(*insight);
    return writeOutput(outPath, data,
                       tr("Wrote %1 (%2 bytes) from sync run %3.").arg(outPath).arg(data.size()).arg(insight->runId));
}

} // namespace

void addInsightCommands(CommandList &list)
{
    list.push_back(std::make_unique<Command>(CommandSpec{
        QStringLiteral("findings"),
        tr("List what needs attention in the newest snapshot."),
        tr("List the hygiene findings of the newest snapshot: groups without owner, suspended admins, "
           "stale invitations, the number of team admins, ..."),
        {},
        storeOptions() + insightOptions()
            + QList<OptionSpec>{formatOption(tr("text or json."), {QStringLiteral("text"), QStringLiteral("json")},
                                             QStringLiteral("text")),
                                {QStringLiteral("plan"),
                                 QString(),
                                 tr("Write the fix the finding ID proposes as a CSV plan (for apply)."),
                                 QStringLiteral("ID"),
                                 {}},
                                {QStringLiteral("out"),
                                 QString(),
                                 tr("With --plan: the file to write ('-' = standard output)."),
                                 QStringLiteral("FILE"),
                                 {}}},
        runFindings}));
    list.push_back(std::make_unique<Command>(CommandSpec{
        QStringLiteral("report"),
        tr("Write the overview and findings as JSON or one HTML file."),
        tr("Write the team overview and the findings of the newest snapshot to a file: JSON, or one "
           "self-contained HTML page with its charts (nothing is fetched when it is opened)."),
        {},
        storeOptions() + insightOptions()
            + QList<
                OptionSpec>{formatOption(tr("json or html."), {QStringLiteral("json"), QStringLiteral("html")},
                                         QStringLiteral("html")),
                            {QStringLiteral("out"), QString(), tr("The file to write."), QStringLiteral("FILE"), {}}},
        runReport}));
}

} // namespace dbx::cli
