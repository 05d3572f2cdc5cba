// The overview figures: counts by status, admin roles held, group sizes, history of kept runs.
#include "insight/Insight.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dbx {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("dbx::Insight", s); }

// Upper bounds of the group size bins; the last bin has none.
constexpr int kBinMax[] = {0, 5, 20, 100, 1000};
} // namespace

QString GroupSizeBin::label() const
{
    if (max < 0)
        return QString::number(min) + QLatin1Char('+');
    if (min == max)
        return QString::number(min);
    return QString::number(min) + QLatin1Char('-') + QString::number(max);
}

int signInBucket(const Account &account, const Snapshot &snapshot, const QDateTime &now)
{
    if (!snapshot.activityReadAt.isValid() || account.status != AccountStatus::Active)
        return -1;
    if (!account.lastActive.isValid())
        return 3;
    constexpr qint64 kDay = 86400;
    const qint64 age = account.lastActive.secsTo(now);
    return age < 30 * kDay ? 0 : age <= 90 * kDay ? 1 : 2;
}

bool inactiveFor(const Account &account, const Snapshot &snapshot, int days, const QDateTime &now)
{
    if (!snapshot.activityReadAt.isValid() || account.status != AccountStatus::Active)
        return false;
    if (account.lastActive.isValid())
        return account.lastActive.secsTo(now) > qint64(days) * 86400;
    return snapshot.activityDays >= days;
}

OverviewFigures computeOverview(const Snapshot &snapshot, const QVector<RunInfo> &runs, const QDateTime &now)
{
    OverviewFigures f;
    f.accounts = static_cast<int>(snapshot.accounts.size());
    f.groups = static_cast<int>(snapshot.groups.size());
    f.memberships = static_cast<int>(snapshot.memberships.size());

    QHash<QString, int> roleRow;
    for (const Role &r : snapshot.roles) {
        roleRow.insert(r.id, static_cast<int>(f.roles.size()));
        f.roles.push_back({r.id, r.name, 0});
    }
    RoleCount none{QString(), tr("No admin role"), 0};
    for (const Account &a : snapshot.accounts) {
        ++f.byStatus[static_cast<int>(a.status)];
        // Removed members hold nothing any more: they count towards neither a role nor "no role".
        if (a.status == AccountStatus::Removed)
            continue;
        if (a.roleId.isEmpty()) {
            ++none.count;
            continue;
        }
        const auto it = roleRow.constFind(a.roleId);
        if (it != roleRow.constEnd()) {
            ++f.roles[*it].count;
        } else {
            // A role the snapshot's role list does not name: still shown, by its id.
            roleRow.insert(a.roleId, static_cast<int>(f.roles.size()));
            f.roles.push_back({a.roleId, a.roleId, 1});
        }
    }
    f.roles.push_back(none);

    f.signInRead = snapshot.activityReadAt.isValid();
    f.signInDays = f.signInRead ? snapshot.activityDays : 0;
    f.signInReadAt = snapshot.activityReadAt;
    if (f.signInRead) {
        for (const Account &a : snapshot.accounts) {
            if (const int bucket = signInBucket(a, snapshot, now); bucket >= 0)
                ++f.signIn[bucket];
        }
    }

    // Group sizes from the memberships (what the tables show), not Dropbox's member_count.
    QHash<QString, int> groupRow;
    groupRow.reserve(static_cast<int>(snapshot.groups.size()));
    QVector<int> members(snapshot.groups.size(), 0);
    QVector<int> owners(snapshot.groups.size(), 0);
    for (int i = 0; i < snapshot.groups.size(); ++i)
        groupRow.insert(snapshot.groups.at(i).id, i);
    for (const Membership &m : snapshot.memberships) {
        const auto it = groupRow.constFind(m.groupId);
        if (it == groupRow.constEnd())
            continue;
        ++(m.accessType == AccessType::Owner ? owners : members)[*it];
    }
    int min = 0;
    for (int max : kBinMax) {
        f.groupSizes.push_back({min, max, 0, 0, 0});
        min = max + 1;
    }
    f.groupSizes.push_back({min, -1, 0, 0, 0});
    for (int i = 0; i < snapshot.groups.size(); ++i) {
        const int size = members.at(i) + owners.at(i);
        for (GroupSizeBin &bin : f.groupSizes) {
            if (size >= bin.min && (bin.max < 0 || size <= bin.max)) {
                ++bin.groups;
                bin.members += members.at(i);
                bin.owners += owners.at(i);
                break;
            }
        }
    }

    for (const RunInfo &r : runs) {
        if (r.status != QLatin1String("complete"))
            continue;
        // The shown run's counts come from the snapshot itself: a change applied since the sync
        // patches the snapshot, and the line must end where the other charts stand.
        if (r.id == snapshot.runId)
            f.history.push_back({r.id, r.finishedAt, f.accounts, f.memberships});
        else
            f.history.push_back({r.id, r.finishedAt, r.accounts, r.memberships});
    }
    std::sort(f.history.begin(), f.history.end(),
              [](const RunPoint &a, const RunPoint &b) { return a.runId < b.runId; });
    if (f.history.isEmpty() && snapshot.runId != 0)
        f.history.push_back({snapshot.runId, snapshot.finishedAt, f.accounts, f.memberships});
    return f;
}

Insight computeInsight(const Snapshot &snapshot, const QVector<RunInfo> &runs, const InsightSettings &settings,
                       const QDateTime &now)
{
    Insight insight;
    insight.runId = snapshot.runId;
    insight.teamName = snapshot.team.name;
    insight.snapshotAt = snapshot.finishedAt;
    insight.generatedAt = now.toUTC();
    insight.settings = settings;
    insight.overview = computeOverview(snapshot, runs, insight.generatedAt);
    insight.findings = computeFindings(snapshot, settings, insight.generatedAt);
    return insight;
}

} // namespace dbx
