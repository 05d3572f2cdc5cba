// The report of an applied (or previewed) plan: its rows with their outcome, as CSV.
#include "provision/Plan.h"
#include "store/Export.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::provision", s); }
} // namespace

QByteArray planReport(const Plan &plan)
{
    QByteArray out
        = csvRow({QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("email_or_id"),
                  QStringLiteral("group_or_role"), QStringLiteral("options"), QStringLiteral("status"),
                  QStringLiteral("message"), QStringLiteral("request_id"), QStringLiteral("team_member_id")});
    for (const PlanRow &r : plan.rows) {
        const QStringList fields = {
            QString::number(r.line),
            r.action,
            r.user,
            r.object,
            r.options,
            r.status(),
            r.message(),
            r.applied ? r.result.requestId : QString(),
            r.applied ? r.result.teamMemberId : QString(),
        };
        out += csvRow(fields);
    }
    return out;
}

Expected<void> writePlanReport(const Plan &plan, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(planReport(plan)) < 0 || !f.commit())
        return unexpected(Error::make(Error::Kind::Io, tr("Cannot write the report %1: %2").arg(path, f.errorString()),
                                      f.errorString()));
    return {};
}

} // namespace dbx
