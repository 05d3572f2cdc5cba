// Provisioning benchmark: the local work of a write at 100,000 members, without the Dropbox call
// itself (that is the network's time, not ours). A team from the simulator's generator is stored
// in SQLite, then:
//  - the full load a holder of the snapshot pays when it reads the run again (what every
//    ConductorOne write task paid before the snapshot was patched in place);
//  - per write: the check against the held state, the change folded into it and written to the
//    stored run in one transaction, and the check that nobody else wrote meanwhile (what a
//    ConductorOne task or a GUI operation does locally around its Dropbox call);
//  - folding the same change into the window's copy of the snapshot;
//  - the preview of a large CSV plan, at two sizes, to show it grows linearly.
//
//   bench_provision [--members 100000] [--groups 5000] [--memberships 500000] [--db FILE]
//                   [--writes 200] [--plan-rows 100000]

#include "BenchOptions.h"
#include "provision/Plan.h"
#include "provision/Provisioner.h"
#include "store/SnapshotStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dbx;

namespace {

// A plan of `rows` rows against the team: add-to-group, suspend and create-account rows, the
// kinds a bulk import has.
QByteArray makePlan(const Snapshot &team, int rows)
{
    QByteArray csv = planHeader().toUtf8() + '\n';
    for (int i = 0; i < rows; ++i) {
        const Account &a = team.accounts.at((i * 7919) % team.accounts.size());
        const Group &g = team.groups.at(i % team.groups.size());
        switch (i % 3) {
        case 0: csv += "add-to-group," + a.email.toUtf8() + ',' + g.id.toUtf8() + ",\n"; break;
        case 1: csv += "suspend," + a.email.toUtf8() + ",,\n"; break;
        default: csv += "create-account,new." + QByteArray::number(i) + "@example.com,,given_name=New;surname=Person\n";
        }
    }
    return csv;
}

struct Stats {
    QVector<double> ms;
    QString text(double goalMs) const
    {
        QVector<double> v = ms;
        std::sort(v.begin(), v.end());
        double sum = 0;
        for (double x : v)
            sum += x;
        const double avg = v.isEmpty() ? 0 : sum / v.size();
        const double p95 = v.isEmpty() ? 0 : v.at(std::min<int>(v.size() - 1, int(v.size() * 0.95)));
        return QStringLiteral("avg %1 ms, p95 %2 ms, max %3 ms (%4x the goal of %5 ms)")
            .arg(avg, 0, 'f', 2)
            .arg(p95, 0, 'f', 2)
            .arg(v.isEmpty() ? 0 : v.last(), 0, 'f', 2)
            .arg(avg / goalMs, 0, 'f', 3)
            .arg(goalMs);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    const bench::TeamOptions sizes(p);
    const QCommandLineOption writesOpt(QStringLiteral("writes"), QStringLiteral("Writes to time."), QStringLiteral("N"),
                                       QStringLiteral("200"));
    const QCommandLineOption planOpt(QStringLiteral("plan-rows"), QStringLiteral("Rows of the plan to preview."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    p.addOptions({writesOpt, planOpt});
    p.process(app);

    bench::Clock clock;
    clock.restart();
    const Snapshot team = bench::generatedTeam(sizes.spec(p));
    out << "team: " << team.accounts.size() << " accounts, " << team.groups.size() << " groups, "
        << team.memberships.size() << " memberships (generated in " << clock.text() << ")\n"
        << Qt::flush;

    QTemporaryDir tmp;
    SnapshotStore store;
    if (const Expected<void> opened = store.open(sizes.dbPath(p, tmp)); !opened) {
        out << "open failed: " << opened.error().message() << '\n';
        return 1;
    }
    const qint64 run = store.beginRun().value_or(0);
    if (const Expected<void> committed = store.commitRun(run, team, 1); !committed) {
        out << "commit failed: " << committed.error().message() << '\n';
        return 1;
    }

    Provisioner provisioner(nullptr, &store);
    clock.restart();
    if (const Expected<void> loaded = provisioner.refreshState(); !loaded) {
        out << "load failed: " << loaded.error().message() << '\n';
        return 1;
    }
    out << "load + index the newest run (once per session; before: once per ConductorOne write task): " << clock.text()
        << "\n"
        << Qt::flush;

    // The window's copy, to fold the same changes into.
    Snapshot shown = team;
    shown.runId = run;
    QVector<SnapshotChange> changes;
    QObject::connect(&provisioner, &Provisioner::snapshotPatched,
                     [&changes](const SnapshotChange &c) { changes.push_back(c); });

    // Writes as a ConductorOne task makes them: check, fold in and store, then the next task's
    // "did anyone else write?" check. Alternately into a group, out of it again, and a member
    // suspended (an account row rewritten).
    const int writes = p.value(writesOpt).toInt();
    Stats local;
    Stats localCpu;
    Stats window;
    for (int i = 0; i < writes; ++i) {
        const Account &a = team.accounts.at((i * 104729) % team.accounts.size());
        const Group &g = team.groups.at((i / 3 * 31) % team.groups.size());
        clock.restart();
        Expected<void> done;
        if (i % 3 == 2) {
            const Operation op = Operation::suspend(UserSelector::byId(a.teamMemberId));
            (void)provisioner.precheck(op);
            Account changed = *provisioner.state().findUser(UserSelector::byId(a.teamMemberId));
            changed.status
                = changed.status == AccountStatus::Suspended ? AccountStatus::Active : AccountStatus::Suspended;
            done = provisioner.correctAccount(changed);
        } else {
            const bool add = i % 3 == 0;
            const Operation op = add ? Operation::addToGroup(UserSelector::byId(a.teamMemberId), g.id)
                                     : Operation::removeFromGroup(UserSelector::byId(a.teamMemberId), g.id);
            (void)provisioner.precheck(op);
            done = provisioner.correctMembership(g.id, a.teamMemberId, add, AccessType::Member);
        }
        if (done)
            done = provisioner.refreshState();
        local.ms << clock.wallSecs() * 1000;
        localCpu.ms << clock.cpuSecs() * 1000;
        if (!done) {
            out << "write failed: " << done.error().message() << '\n';
            return 1;
        }
        clock.restart();
        for (const SnapshotChange &c : std::as_const(changes))
            applyChange(&shown, c);
        changes.clear();
        window.ms << clock.cpuSecs() * 1000;
    }
    out << "local work per write (" << writes << " writes: check, state, SQLite, freshness check): " << local.text(20)
        << "\n";
    out << "  the same in CPU time: " << localCpu.text(20) << "\n";
    out << "fold the change into the window's snapshot copy (CPU): " << window.text(20) << "\n" << Qt::flush;

    // Plan preview at a tenth of the size and at full size: linear means ten times the time.
    const int rows = std::min(p.value(planOpt).toInt(), kMaxPlanRows);
    double perRow[2] = {0, 0};
    int k = 0;
    for (const int n : {rows / 10, rows}) {
        const QByteArray csv = makePlan(team, n);
        clock.restart();
        Plan plan = parsePlan(csv, QStringLiteral("bench.csv"));
        const QString parsed = clock.text();
        clock.restart();
        plan = provisioner.preview(plan);
        perRow[k++] = clock.cpuSecs() * 1e6 / qMax(1, n);
        out << "plan of " << n << " rows: parse " << parsed << ", preview " << clock.text() << " ("
            << plan.count(Precheck::Verdict::WillChange) << " will change, " << plan.count(Precheck::Verdict::AlreadySo)
            << " already so, " << plan.count(Precheck::Verdict::Invalid) << " invalid)\n"
            << Qt::flush;
    }
    // What the preview did per row before it described rows through the state's indexes: each
    // description scanned the whole snapshot for the member, the group and the role.
    {
        const QByteArray csv = makePlan(team, 300);
        const Plan plan = parsePlan(csv, QStringLiteral("bench.csv"));
        clock.restart();
        for (const PlanRow &row : plan.rows)
            (void)row.operation.describe(&team);
        const double usPerRow = clock.cpuSecs() * 1e6 / qMax(1, int(plan.rows.size()));
        out << "before (a scan of the snapshot per row): " << usPerRow << " us per row, so about "
            << usPerRow * rows / 1e6 << " s for " << rows << " rows\n";
    }
    out << "preview cost per row: " << perRow[0] << " us at " << rows / 10 << " rows, " << perRow[1] << " us at "
        << rows << " rows (" << (perRow[0] > 0 ? perRow[1] / perRow[0] : 0) << "x; 1x = linear)\n";
    out << "peak RSS " << bench::peakRssMb() << " MB\n";
    return 0;
}
