// The findings report as JSON (the CLI's `findings --format json` and `report --format json`).
#include "insight/Report.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dbx {

namespace {
QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(); }

QJsonObject overviewJson(const OverviewFigures &f)
{
    QJsonObject status;
    for (AccountStatus s :
         {AccountStatus::Active, AccountStatus::Invited, AccountStatus::Suspended, AccountStatus::Removed}) {
        status.insert(toWire(s), f.status(s));
    }
    if (f.status(AccountStatus::Unknown) > 0)
        status.insert(toWire(AccountStatus::Unknown), f.status(AccountStatus::Unknown));
    QJsonArray roles;
    for (const RoleCount &r : f.roles) {
        roles.append(QJsonObject{{QStringLiteral("role_id"), r.roleId.isEmpty() ? QJsonValue() : QJsonValue(r.roleId)},
                                 {QStringLiteral("name"), r.name},
                                 {QStringLiteral("count"), r.count}});
    }
    QJsonArray sizes;
    for (const GroupSizeBin &b : f.groupSizes) {
        sizes.append(QJsonObject{{QStringLiteral("size"), b.label()},
                                 {QStringLiteral("groups"), b.groups},
                                 {QStringLiteral("members"), b.members},
                                 {QStringLiteral("owners"), b.owners}});
    }
    QJsonArray history;
    for (const RunPoint &p : f.history) {
        history.append(QJsonObject{{QStringLiteral("run"), p.runId},
                                   {QStringLiteral("finished_at"), time(p.finishedAt)},
                                   {QStringLiteral("members"), p.accounts},
                                   {QStringLiteral("memberships"), p.memberships}});
    }
    QJsonValue signIn; // null: not read
    if (f.signInRead) {
        signIn = QJsonObject{
            {QStringLiteral("read_at"), time(f.signInReadAt)}, {QStringLiteral("read_days"), f.signInDays},
            {QStringLiteral("under_30_days"), f.signIn[0]},    {QStringLiteral("30_to_90_days"), f.signIn[1]},
            {QStringLiteral("over_90_days"), f.signIn[2]},     {QStringLiteral("none"), f.signIn[3]}};
    }
    return QJsonObject{{QStringLiteral("accounts"), f.accounts},       {QStringLiteral("groups"), f.groups},
                       {QStringLiteral("memberships"), f.memberships}, {QStringLiteral("accounts_by_status"), status},
                       {QStringLiteral("admin_roles"), roles},         {QStringLiteral("group_sizes"), sizes},
                       {QStringLiteral("history"), history},           {QStringLiteral("last_sign_in"), signIn}};
}
} // namespace

QJsonObject insightJsonObject(const Insight &insight)
{
    QJsonArray findings;
    for (const Finding &f : insight.findings) {
        QJsonArray items;
        for (const FindingItem &i : f.items) {
            items.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                     {QStringLiteral("id"), i.id},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("detail"), i.detail}});
        }
        QJsonObject o{{QStringLiteral("id"), f.id},
                      {QStringLiteral("count"), f.notRead ? QJsonValue() : QJsonValue(f.count())},
                      {QStringLiteral("title"), f.title},
                      {QStringLiteral("why"), f.why},
                      {QStringLiteral("plan_action"), f.planAction.isEmpty() ? QJsonValue() : QJsonValue(f.planAction)},
                      {QStringLiteral("items"), items}};
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        findings.append(o);
    }
    return QJsonObject{{QStringLiteral("run"), insight.runId},
                       {QStringLiteral("team"), insight.teamName},
                       {QStringLiteral("snapshot_at"), time(insight.snapshotAt)},
                       {QStringLiteral("generated_at"), time(insight.generatedAt)},
                       {QStringLiteral("settings"),
                        QJsonObject{{QStringLiteral("stale_invite_days"), insight.settings.staleInviteDays},
                                    {QStringLiteral("inactive_days"), insight.settings.inactiveDays},
                                    {QStringLiteral("max_admins"), insight.settings.maxAdmins}}},
                       {QStringLiteral("overview"), overviewJson(insight.overview)},
                       {QStringLiteral("findings"), findings}};
}

QByteArray insightJson(const Insight &insight)
{
    return QJsonDocument(insightJsonObject(insight)).toJson(QJsonDocument::Indented);
}

} // namespace dbx
