// An access review's evidence (Review.h): what was reviewed, from which snapshot, by whom, and
// every decision with its comment and time, as CSV and as one self-contained HTML page.
#include "insight/Report.h"
#include "insight/Review.h"
#include "store/Export.h"

#include <QCoreApplication>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::Review", s); }
QString when(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
QString decisionName(const QString &d)
{
    if (d == QLatin1String("keep"))
        return tr("Keep");
    if (d == QLatin1String("revoke"))
        return tr("Revoke");
    return tr("Undecided");
}
} // namespace

QByteArray reviewEvidenceCsv(const Review &review)
{
    QByteArray out;
    appendCsvRow(out,
                 {QStringLiteral("review_id"), QStringLiteral("scope"), QStringLiteral("snapshot_run"),
                  QStringLiteral("reviewer"), QStringLiteral("created_at"), QStringLiteral("closed_at"),
                  QStringLiteral("row"), QStringLiteral("team_member_id"), QStringLiteral("email"),
                  QStringLiteral("name"), QStringLiteral("access_kind"), QStringLiteral("access_id"),
                  QStringLiteral("access"), QStringLiteral("decision"), QStringLiteral("revoke_action"),
                  QStringLiteral("comment"), QStringLiteral("decided_by"), QStringLiteral("decided_at")});
    const QString scope
        = review.scopeValue.isEmpty() ? review.scopeKind : review.scopeKind + QLatin1Char(':') + review.scopeValue;
    for (const ReviewItem &i : review.items) {
        appendCsvRow(out,
                     {QString::number(review.id), scope, QString::number(review.runId), review.reviewer,
                      when(review.createdAt), when(review.closedAt), QString::number(i.seq), i.teamMemberId, i.email,
                      i.name, i.objectKind, i.objectId, i.objectName, i.decision, i.revokeAction, i.comment,
                      i.decidedBy, when(i.decidedAt)});
    }
    return out;
}

QByteArray reviewEvidenceHtml(const Review &review)
{
    QString out = html::pageStart(tr("Access review %1: %2").arg(review.id).arg(review.scopeLabel));
    const QVector<QStringList> facts = {
        {tr("Scope"), review.scopeLabel},
        {tr("Team"), review.connection},
        {tr("Snapshot"), tr("sync run %1").arg(review.runId)},
        {tr("Reviewer"), review.reviewer},
        {tr("Started"), when(review.createdAt)},
        {tr("Last decision"), when(review.updatedAt)},
        {tr("Closed"), review.closedAt.isValid() ? when(review.closedAt) : tr("open")},
        {tr("Progress"), reviewProgress(review)},
        {tr("Decisions"),
         tr("%1 keep, %2 revoke, %3 undecided")
             .arg(review.count(QStringLiteral("keep")))
             .arg(review.count(QStringLiteral("revoke")))
             .arg(review.count(QStringLiteral("undecided")))},
    };
    out += html::table({tr("Fact"), tr("Value")}, facts);
    out += html::barChart(tr("Decisions"), {tr("Rows")},
                          {{tr("Keep"), {review.count(QStringLiteral("keep"))}},
                           {tr("Revoke"), {review.count(QStringLiteral("revoke"))}},
                           {tr("Undecided"), {review.count(QStringLiteral("undecided"))}}});
    QVector<QStringList> rows;
    for (const ReviewItem &i : review.items) {
        rows.push_back({QString::number(i.seq), i.email, i.name, i.objectName, decisionName(i.decision),
                        i.decision == QLatin1String("revoke") ? i.revokeAction : QString(), i.comment, i.decidedBy,
                        when(i.decidedAt)});
    }
    out += QStringLiteral("<h2>") + html::escape(tr("Rows")) + QStringLiteral("</h2>\n");
    out += html::table({tr("#"), tr("Email"), tr("Name"), tr("Access"), tr("Decision"), tr("Revoke by"), tr("Comment"),
                        tr("Decided by"), tr("Decided at")},
                       rows);
    out += html::pageEnd();
    return out.toUtf8();
}

} // namespace dbx
