// Snapshot store benchmark: commit, load, diff and export a team from the simulator's generator,
// straight to SQLite (no HTTP), so the figures are the store's alone. Each goal line gives the
// ratio of the wall time and of the CPU time to the goal (issue 11: load 0.5 s, diff 1 s, c1z
// export 3 s at 100k).
//
//   bench_store [--members 100000] [--groups 5000] [--memberships 500000] [--db FILE]

#include "BenchOptions.h"
#include "conductorone/C1z.h"
#include "store/Export.h"
#include "store/SnapshotStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dbx;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    const bench::TeamOptions sizes(p);
    p.process(app);

    QTemporaryDir tmp;
    const QString path = sizes.dbPath(p, tmp);
    bench::Clock clock;
    clock.wall.start();
    const Snapshot team = bench::generatedTeam(sizes.spec(p));
    out << "generated " << team.accounts.size() << " accounts, " << team.groups.size() << " groups, "
        << team.memberships.size() << " memberships in " << clock.text() << "\n"
        << Qt::flush;

    SnapshotStore store;
    if (const Expected<void> opened = store.open(path); !opened) {
        out << "open failed: " << opened.error().message() << '\n';
        return 1;
    }
    auto commit = [&](const Snapshot &s) -> qint64 {
        const qint64 run = store.beginRun().value_or(0);
        clock.restart();
        if (const Expected<void> committed = store.commitRun(run, s, 1234); !committed) {
            out << "commit failed: " << committed.error().message() << '\n';
            return 0;
        }
        out << "commit run " << run << ": " << clock.text() << "\n" << Qt::flush;
        return run;
    };
    const qint64 first = commit(team);
    if (!first)
        return 1;

    clock.restart();
    const auto loaded = store.load(first);
    if (!loaded) {
        out << "load failed: " << loaded.error().message() << '\n';
        return 1;
    }
    out << "load: " << clock.against(0.5) << " (" << loaded->accounts.size() << " accounts, "
        << loaded->memberships.size() << " memberships)\n"
        << Qt::flush;

    // A second sync with some churn: 1% of accounts changed, 0.5% gone, 1% of memberships flipped.
    Snapshot next = team;
    for (int i = 0; i < next.accounts.size(); i += 100)
        next.accounts[i].status = AccountStatus::Suspended;
    for (int i = 0; i < next.memberships.size(); i += 100)
        next.memberships[i].accessType
            = next.memberships[i].accessType == AccessType::Owner ? AccessType::Member : AccessType::Owner;
    for (int i = next.accounts.size() - 1; i >= 0; i -= 200)
        next.accounts.remove(i);
    const qint64 second = commit(next);
    if (!second)
        return 1;

    clock.restart();
    const SnapshotDiff d = store.diff(first, second);
    out << "diff: " << clock.against(1.0) << " (" << d.accountsChanged.size() << " changed, "
        << d.accountsRemoved.size() << " removed, " << d.grantsAdded.size() << " grants added, "
        << d.grantsRemoved.size() << " removed)\n"
        << Qt::flush;

    clock.restart();
    const QByteArray json = exportJson(*loaded);
    out << "export json: " << clock.text() << " (" << json.size() / 1e6 << " MB)\n";
    clock.restart();
    const QByteArray csv = exportCsv(*loaded, CsvTable::Grants);
    out << "export grants csv: " << clock.text() << " (" << csv.size() / 1e6 << " MB)\n";

    clock.restart();
    const QString c1zPath = QFileInfo(path).dir().filePath(QStringLiteral("bench.c1z"));
    dbx::c1::C1zWriteOptions c1zOptions;
    c1zOptions.tempDir = QFileInfo(path).dir().path();
    if (const Expected<QString> written = dbx::c1::writeC1z(*loaded, c1zPath, c1zOptions); !written) {
        out << "c1z failed: " << written.error().message() << '\n';
        return 1;
    }
    out << "export c1z: " << clock.against(3.0) << " (" << QFileInfo(c1zPath).size() / 1e6 << " MB)\n" << Qt::flush;
    QFile::remove(c1zPath);

    clock.restart();
    const int pruned = store.pruneRuns(1);
    out << "prune (" << pruned << " run): " << clock.text() << "\n";
    out << "file: " << QFileInfo(path).size() / 1e6 << " MB (+ WAL "
        << QFileInfo(path + QStringLiteral("-wal")).size() / 1e6 << " MB); peak RSS " << bench::peakRssMb() << " MB\n";
    return 0;
}
