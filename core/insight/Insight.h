#pragma once
// The team at a glance: overview figures and hygiene findings, computed from one snapshot (plus
// the kept runs' counts for the history line). Pure functions over value types, so the worker,
// the CLI and the tests compute exactly the same thing. Nothing here reads the network or writes.

#include "model/Types.h"
#include "store/SnapshotStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace dbx {

// The thresholds the rules use (the window's settings, the CLI's options).
struct InsightSettings {
    int staleInviteDays = 30; // stale_invite: invited longer ago than this
    int inactiveDays = 90;    // inactive_member: no sign-in for this long
    int maxAdmins = 5;        // admin_count: more active team admins than this
};

struct RoleCount {
    QString roleId; // empty: "no admin role"
    QString name;
    int count = 0;
};

// One bar of the group sizes histogram: groups whose size (members + owners) is in [min, max].
struct GroupSizeBin {
    int min = 0;
    int max = 0; // -1: no upper bound
    int groups = 0;
    int members = 0;       // member-access memberships in those groups
    int owners = 0;        // owner-access memberships in those groups
    QString label() const; // "0", "1-5", "1001+"
};

// One point of the history line: a kept complete sync run.
struct RunPoint {
    qint64 runId = 0;
    QDateTime finishedAt;
    int accounts = 0;
    int memberships = 0;
};

struct OverviewFigures {
    int accounts = 0;
    int groups = 0;
    int memberships = 0;
    // Indexed by AccountStatus (Active, Invited, Suspended, Removed, Unknown).
    int byStatus[5] = {0, 0, 0, 0, 0};
    QVector<RoleCount> roles; // every role of the snapshot (held or not), then "no admin role"
    QVector<GroupSizeBin> groupSizes;
    QVector<RunPoint> history; // oldest first
    // Active members by last sign-in (signInBucket): under 30 days, 30 to 90, over 90, none seen
    // in the signInDays read. Only when the team's sign-in activity is read (signInRead); a
    // suspended, invited or removed account cannot sign in, so it is in no bucket.
    bool signInRead = false;
    int signInDays = 0;     // Snapshot::activityDays: how far back the sign-ins were read
    QDateTime signInReadAt; // Snapshot::activityReadAt: when they were read last
    int signIn[4] = {0, 0, 0, 0};

    int status(AccountStatus s) const { return byStatus[static_cast<int>(s)]; }
};

// What a finding is about: an account or a group, by its Dropbox id.
struct FindingItem {
    QString kind; // "account" | "group"
    QString id;
    QString name;   // email for an account, name for a group
    QString detail; // one line: why this row is listed ("invited 45 days ago", "owns 2 groups")
};

struct Finding {
    QString id;    // "group_without_owner", ...
    QString title; // a short line for people
    QString why;   // one line: why it matters
    QString note;  // why the rule could not run fully ("sign-in activity not read"); usually empty
    // The rule needs what the snapshot does not have (inactive_member without sign-in activity):
    // it lists nobody, and its count is no answer (shown as "not read", JSON null), not a 0.
    bool notRead = false;
    // The plan action that fixes it ("clear-role", "remove-account", "suspend"); empty: information only.
    QString planAction;
    QVector<FindingItem> items;
    int count() const { return static_cast<int>(items.size()); }
};

struct Insight {
    qint64 runId = 0;
    QString teamName;
    QDateTime snapshotAt; // when the sync run finished
    QDateTime generatedAt;
    InsightSettings settings;
    OverviewFigures overview;
    QVector<Finding> findings; // every rule, in a fixed order, also those with no rows
};

// The ids of every rule, in the order they are reported.
QStringList findingIds();

// The sign-in buckets of the overview: 0 under 30 days before `now`, 1 30 to 90 days, 2 over 90
// days, 3 no sign-in seen in the days read; -1 when the account is in none (not an active member,
// or the snapshot's sign-in activity is not read).
int signInBucket(const Account &account, const Snapshot &snapshot, const QDateTime &now);
// An active member known to have had no sign-in for more than `days` before `now`: the last
// sign-in is older, or none was seen and the read reached back at least `days` (a read of fewer
// days cannot tell: the member may have signed in just before it). False when sign-in is not read.
bool inactiveFor(const Account &account, const Snapshot &snapshot, int days, const QDateTime &now);

OverviewFigures computeOverview(const Snapshot &snapshot, const QVector<RunInfo> &runs, const QDateTime &now);
QVector<Finding> computeFindings(const Snapshot &snapshot, const InsightSettings &settings, const QDateTime &now);
// Both, stamped with the run and `now` (UTC).
Insight computeInsight(const Snapshot &snapshot, const QVector<RunInfo> &runs, const InsightSettings &settings,
                       const QDateTime &now);

// The fix a finding proposes, as a CSV plan (provision/Plan.h's format); empty when the finding
// is information only or has no rows.
QByteArray findingPlanCsv(const Finding &finding);

// Members holding the team admin role: Dropbox names it "Team admin" (a fixed English label).
bool isTeamAdminRole(const Role &role);

} // namespace dbx

Q_DECLARE_METATYPE(dbx::Insight)
Q_DECLARE_METATYPE(dbx::Finding)
