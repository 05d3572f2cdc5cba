#pragma once
// Access reviews over a snapshot: which rows a scope covers (a group's members, a role's or every
// admin role's holders, members inactive for N days, a finding's accounts), the plan that carries
// out the revokes, and the evidence an auditor keeps (CSV, and one self-contained HTML page).
// Storage is store/ReviewStore.h.

#include "base/Expected.h"
#include "insight/Insight.h"
#include "store/ReviewStore.h"

#include <QByteArray>

namespace dbx {

struct ReviewScope {
    QString kind;  // "group", "role", "admins", "inactive", "finding"
    QString value; // group or role (id or exact name), days, finding id; empty for "admins"

    // "group:Sales", "role:Team admin", "admins", "inactive:90", "finding:suspended_admin";
    // Invalid with the reason otherwise.
    static Expected<ReviewScope> parse(const QString &text);
    QString toString() const;
};

// A new review of the snapshot's rows in scope (not stored yet): its title, scope label, run,
// reviewer and creation time set, every row undecided. Invalid/NotFound with a sentence when the
// scope names nothing, covers no row, or needs sign-in activity the snapshot does not have.
Expected<Review> startReview(const Snapshot &snapshot, const ReviewScope &scope, const InsightSettings &settings,
                             const QString &reviewer, const QDateTime &now);

// "37 of 120 decided".
QString reviewProgress(const Review &review);

// The revokes as a CSV plan (provision/Plan.h's format), one row per revoked row in order; only
// the header when nothing is revoked.
QByteArray reviewPlanCsv(const Review &review);
// Evidence: every row with its decision, comment, who and when; the review's scope, snapshot run,
// reviewer and times. CSV (RFC 4180, formulas defused) and one self-contained HTML page.
QByteArray reviewEvidenceCsv(const Review &review);
QByteArray reviewEvidenceHtml(const Review &review);

} // namespace dbx
