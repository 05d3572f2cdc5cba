#pragma once

// What bench_store and bench_sync both read from their command line: the size of the generated
// team and where the snapshot database goes, so both programs take the same options with the same
// defaults. Also the peak resident size both print.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTemporaryDir>

#include <sys/resource.h>

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

    void addTo(QCommandLineParser &p) const { p.addOptions({members, groups, memberships, db}); }

    // --db when given, else a file in tmp (which the caller keeps alive for the run).
    QString dbPath(const QCommandLineParser &p, const QTemporaryDir &tmp) const
    {
        return p.isSet(db) ? p.value(db) : tmp.filePath(QStringLiteral("bench.sqlite"));
    }
};

inline double peakRssMb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0; // Linux reports KiB
}

} // namespace bench
