// The findings report as one self-contained HTML page: the overview charts as inline SVG, then
// every finding with why it matters and its rows.
#include "insight/Report.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::Insight", s); }

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : tr("unknown");
}

QString charts(const OverviewFigures &f)
{
    using html::Bar;
    QVector<Bar> status;
    for (AccountStatus s :
         {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed})
        status.push_back({displayName(s), {f.status(s)}});
    QVector<Bar> roles;
    for (const RoleCount &r : f.roles)
        roles.push_back({r.name, {r.count}});
    QVector<Bar> sizes;
    for (const GroupSizeBin &b : f.groupSizes)
        sizes.push_back({b.label(), {b.members, b.owners}});
    QVector<html::LinePoint> history;
    for (const RunPoint &p : f.history)
        history.push_back({QStringLiteral("#") + QString::number(p.runId), {p.accounts, p.memberships}});

    QString out = QStringLiteral("<div class=\"charts\">\n");
    out += html::barChart(tr("Accounts by status"), {tr("Accounts")}, status);
    out += html::barChart(tr("Admin roles held"), {tr("Members")}, roles);
    out += html::barChart(tr("Group sizes (memberships by group size)"), {tr("Member"), tr("Owner")}, sizes);
    out += html::lineChart(tr("Members and memberships across sync runs"), {tr("Members"), tr("Memberships")}, history);
    if (f.signInRead) {
        out += html::barChart(tr("Last sign-in of active members"), {tr("Members")},
                              {{tr("Under 30 days"), {f.signIn[0]}},
                               {tr("30 to 90 days"), {f.signIn[1]}},
                               {tr("Over 90 days"), {f.signIn[2]}},
                               {tr("None in %1 days").arg(f.signInDays), {f.signIn[3]}}});
    }
    return out + QStringLiteral("</div>\n");
}
} // namespace

QByteArray insightHtml(const Insight &insight)
{
    const QString title = tr("Dropbox team report: %1").arg(insight.teamName);
    QString out = html::pageStart(title);
    out += QStringLiteral("<p>")
        + html::escape(tr("Snapshot of sync run %1, taken %2. Report generated %3.")
                           .arg(insight.runId)
                           .arg(when(insight.snapshotAt), when(insight.generatedAt)))
        + QStringLiteral("</p>\n");
    const OverviewFigures &f = insight.overview;
    out += QStringLiteral("<p>")
        + html::escape(
               tr("%1 accounts, %2 groups, %3 group memberships.").arg(f.accounts).arg(f.groups).arg(f.memberships))
        + QStringLiteral("</p>\n<h2>") + html::escape(tr("Overview")) + QStringLiteral("</h2>\n");
    out += charts(f);

    out += QStringLiteral("<h2>") + html::escape(tr("Findings")) + QStringLiteral("</h2>\n");
    QVector<QStringList> summary;
    for (const Finding &finding : insight.findings)
        summary.push_back({finding.id, finding.title,
                           finding.notRead ? tr("not read") : QString::number(finding.count()), finding.why});
    out += html::table({tr("Rule"), tr("Finding"), tr("Count"), tr("Why it matters")}, summary);
    for (const Finding &finding : insight.findings) {
        out += QStringLiteral("<h3 id=\"%1\">%2 (%3)</h3>\n<p class=\"why\">%4</p>\n")
                   .arg(html::escape(finding.id), html::escape(finding.title),
                        finding.notRead ? html::escape(tr("not read")) : QString::number(finding.count()))
                   .arg(html::escape(finding.why));
        if (!finding.note.isEmpty())
            out += QStringLiteral("<p><em>") + html::escape(finding.note) + QStringLiteral("</em></p>\n");
        if (finding.items.isEmpty())
            continue;
        QVector<QStringList> rows;
        for (const FindingItem &item : finding.items)
            rows.push_back({item.kind, item.name, item.id, item.detail});
        out += html::table({tr("Kind"), tr("Name"), tr("Id"), tr("Detail")}, rows);
        if (!finding.planAction.isEmpty()) {
            out += QStringLiteral("<p>")
                + html::escape(tr("Proposed fix: %1 for each account (a plan to preview and apply with the "
                                  "connector).")
                                   .arg(finding.planAction))
                + QStringLiteral("</p>\n");
        }
    }
    out += html::pageEnd();
    return out.toUtf8();
}

} // namespace dbx
