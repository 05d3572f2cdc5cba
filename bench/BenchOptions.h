#pragma once

// What the console benches (bench_store, bench_provision, bench_sync) share: their command line
// (the size of the generated team and where the snapshot database goes, so all take the same
// options with the same defaults), the generated team itself, their clock and the peak resident
// size they print.

#include "sim/SimServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

namespace bench {

struct TeamOptions {
    QCommandLineOption members{QStringLiteral("members"), QStringLiteral("Members."), QStringLiteral("N"),
                               QStringLiteral("100000")};
    QCommandLineOption groups{QStringLiteral("groups"), QStringLiteral("Groups."), QStringLiteral("N"),
                              QStringLiteral("5000")};
    QCommandLineOption memberships{QStringLiteral("memberships"), QStringLiteral("Group memberships."),
                                   QStringLiteral("N"), QStringLiteral("500000")};
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Snapshot database (default: a temporary file)."),
                          QStringLiteral("FILE")};

    // Adds --help and the team options to p.
    explicit TeamOptions(QCommandLineParser &p)
    {
        p.addHelpOption();
        p.addOptions({members, groups, memberships, db});
    }

    // The generator's spec for --members, --groups and --memberships (after p.process()).
    dbx::sim::TeamSpec spec(const QCommandLineParser &p) const
    {
        dbx::sim::TeamSpec s;
        s.members = p.value(members).toInt();
        s.groups = p.value(groups).toInt();
        s.memberships = p.value(memberships).toInt();
        return s;
    }

    // --db when given, else a file in tmp (which the caller keeps alive for the run).
    QString dbPath(const QCommandLineParser &p, const QTemporaryDir &tmp) const
    {
        return p.isSet(db) ? p.value(db) : tmp.filePath(QStringLiteral("bench.sqlite"));
    }
};

// Wall time alone misleads on a shared machine; CPU time says what the program itself costs.
struct Clock {
    QElapsedTimer wall;
    double cpu0 = 0;
    static double cpuNow()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }
    void restart()
    {
        wall.restart();
        cpu0 = cpuNow();
    }
    double wallSecs() const { return double(wall.nsecsElapsed()) / 1e9; }
    double cpuSecs() const { return cpuNow() - cpu0; }
    QString text() const
    {
        return QStringLiteral("%1 s (cpu %2 s)").arg(wallSecs(), 0, 'f', 3).arg(cpuSecs(), 0, 'f', 3);
    }
    // "0.421 s (cpu 0.695 s), 0.84x the goal of 0.5 s (cpu 1.39x)". The goals are wall times, which
    // is what a user waits; the CPU ratio says what the work costs when other programs share the
    // machine (and exceeds the wall ratio where the work runs on two threads).
    QString against(double goalSecs) const
    {
        return text()
            + QStringLiteral(", %1x the goal of %2 s (cpu %3x)")
                  .arg(wallSecs() / goalSecs, 0, 'f', 2)
                  .arg(goalSecs)
                  .arg(cpuSecs() / goalSecs, 0, 'f', 2);
    }
};

// The simulator's team generator straight to a snapshot (no HTTP), finished now: what every bench
// measures against.
inline dbx::Snapshot generatedTeam(const dbx::sim::TeamSpec &spec)
{
    dbx::sim::SimServer generator(spec);
    dbx::Snapshot s = generator.truth();
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.finishedAt = s.startedAt;
    return s;
}

inline double peakRssMb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0; // Linux reports KiB
}

} // namespace bench
