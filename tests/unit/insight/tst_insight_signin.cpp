// The sign-in parts of the insight on a snapshot built here with known sign-in times: the
// inactive_member rule, the overview's last sign-in buckets and the "inactive for N days" review
// scope. Without sign-in activity the rule says so (no count, no rows) and the scope is refused;
// with a read shorter than the threshold, members with no sign-in seen are not called inactive.
// (tst_cli_insight and tst_gui_overview compare the same against the simulator's sign-in log.)

#include "insight/Insight.h"
#include "insight/Review.h"

#include <QTest>

using namespace dbx;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Account account(const QString &id, AccountStatus status, int daysSinceSignIn)
{
    Account a;
    a.teamMemberId = id;
    a.email = id + QStringLiteral("@example.com");
    a.status = status;
    if (daysSinceSignIn >= 0)
        a.lastActive = kNow.addDays(-daysSinceSignIn);
    return a;
}

// readDays 0: sign-in activity not read.
Snapshot team(int readDays)
{
    Snapshot s;
    s.runId = 7;
    s.accounts = {account(QStringLiteral("recent"), AccountStatus::Active, 3),
                  account(QStringLiteral("day30"), AccountStatus::Active, 30),
                  account(QStringLiteral("month"), AccountStatus::Active, 45),
                  account(QStringLiteral("day90"), AccountStatus::Active, 90),
                  account(QStringLiteral("old"), AccountStatus::Active, 120),
                  account(QStringLiteral("never"), AccountStatus::Active, -1),
                  account(QStringLiteral("suspended"), AccountStatus::Suspended, 200),
                  account(QStringLiteral("invited"), AccountStatus::Invited, -1),
                  account(QStringLiteral("removed"), AccountStatus::Removed, -1)};
    if (readDays > 0) {
        s.activityReadAt = kNow.addSecs(-600);
        s.activityDays = readDays;
    }
    return s;
}

Finding finding(const QVector<Finding> &all, const char *id)
{
    for (const Finding &f : all) {
        if (f.id == QLatin1String(id))
            return f;
    }
    return {};
}

QStringList ids(const QVector<FindingItem> &items)
{
    QStringList out;
    for (const FindingItem &i : items)
        out << i.id;
    out.sort();
    return out;
}

InsightSettings inactiveAfter(int days)
{
    InsightSettings s;
    s.inactiveDays = days;
    return s;
}
} // namespace

class TestInsightSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inactiveMembersWhenSignInIsRead()
    {
        const Finding f = finding(computeFindings(team(180), inactiveAfter(90), kNow), "inactive_member");
        QVERIFY(!f.notRead);
        QVERIFY(f.note.isEmpty());
        // Exactly 90 days ago is not more than 90 days; suspended, invited and removed are no members
        // who could sign in.
        QCOMPARE(ids(f.items), (QStringList{QStringLiteral("never"), QStringLiteral("old")}));
        for (const FindingItem &i : f.items)
            QVERIFY2(i.detail.contains(i.id == QLatin1String("never") ? QStringLiteral("180 days read")
                                                                      : QStringLiteral("120 days ago")),
                     qPrintable(i.detail));

        const Finding g = finding(computeFindings(team(180), inactiveAfter(30), kNow), "inactive_member");
        QCOMPARE(ids(g.items),
                 (QStringList{QStringLiteral("day90"), QStringLiteral("month"), QStringLiteral("never"),
                              QStringLiteral("old")}));
        QCOMPARE(findingPlanCsv(g).count('\n'), 5); // the header and four suspends
        QVERIFY(findingPlanCsv(g).contains("suspend,month,,"));
    }

    void aShorterReadDoesNotCallTheUnseenInactive()
    {
        // 30 days read, 90 asked: "never" may have signed in 40 days ago; "old" is known to be inactive.
        const Finding f = finding(computeFindings(team(30), inactiveAfter(90), kNow), "inactive_member");
        QVERIFY(!f.notRead);
        QCOMPARE(ids(f.items), QStringList{QStringLiteral("old")});
        QVERIFY2(f.note.contains(QStringLiteral("30 days only")), qPrintable(f.note));
        const Expected<Review> review = startReview(team(30), {QStringLiteral("inactive"), QStringLiteral("90")},
                                                    InsightSettings(), QStringLiteral("admin@example.com"), kNow);
        QVERIFY(!review);
        QVERIFY2(review.error().message().contains(QStringLiteral("30 days only")),
                 qPrintable(review.error().message()));
    }

    void notReadIsSaidNotGuessed()
    {
        const Finding f = finding(computeFindings(team(0), InsightSettings(), kNow), "inactive_member");
        QCOMPARE(f.id, QStringLiteral("inactive_member"));
        QVERIFY(f.notRead);
        QVERIFY(f.items.isEmpty());
        QVERIFY(f.note.contains(QStringLiteral("not read")));
        const OverviewFigures o = computeOverview(team(0), {}, kNow);
        QVERIFY(!o.signInRead);
        for (int n : o.signIn)
            QCOMPARE(n, 0);
        for (const Account &a : team(0).accounts) {
            QCOMPARE(signInBucket(a, team(0), kNow), -1);
            QVERIFY(!inactiveFor(a, team(0), 1, kNow));
        }
        const Expected<Review> review = startReview(team(0), {QStringLiteral("inactive"), QStringLiteral("90")},
                                                    InsightSettings(), QStringLiteral("admin@example.com"), kNow);
        QVERIFY(!review);
        QVERIFY(review.error().message().contains(QStringLiteral("not read")));
    }

    void signInBucketsOfActiveMembers()
    {
        const OverviewFigures f = computeOverview(team(180), {}, kNow);
        QVERIFY(f.signInRead);
        QCOMPARE(f.signInDays, 180);
        QCOMPARE(f.signIn[0], 1); // under 30 days: recent
        QCOMPARE(f.signIn[1], 3); // 30 to 90: day30, month, day90
        QCOMPARE(f.signIn[2], 1); // over 90: old
        QCOMPARE(f.signIn[3], 1); // none seen: never
    }

    void reviewOfInactiveMembers()
    {
        const Expected<Review> review = startReview(team(180), {QStringLiteral("inactive"), QStringLiteral("90")},
                                                    InsightSettings(), QStringLiteral("admin@example.com"), kNow);
        QVERIFY2(review, qPrintable(review.error().message()));
        QStringList got;
        for (const ReviewItem &i : review->items) {
            got << i.teamMemberId;
            QCOMPARE(i.revokeAction, QStringLiteral("suspend"));
        }
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("never"), QStringLiteral("old")}));
        QCOMPARE(reviewProgress(*review), QStringLiteral("0 of 2 decided"));
        QVERIFY(reviewPlanCsv(*review).startsWith("action,"));
    }
};

QTEST_GUILESS_MAIN(TestInsightSignIn)
#include "tst_insight_signin.moc"
