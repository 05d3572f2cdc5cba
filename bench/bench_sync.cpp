// Sync benchmark: a full sync of a large simulated team, end to end (HTTP, parsing, SQLite).
// The simulator runs in its own process (`dropbox-connector-cli simulate`), which adds --latency
// to every request, so that the figures (wall time, records per second, peak RSS) are the
// connector's alone. After the sync under test, the same sync runs again capped at 6 listings on
// one connection pool (the connector before adaptive concurrency) for the speed-up.
// --keep-rows syncs as the window does: the sync keeps the rows it lists, and the run is made
// ready to show from them (SnapshotStore::loadWithRows) rather than read back from the file.
//
//   bench_sync [--members 100000] [--groups 5000] [--memberships 500000] [--latency MS]
//              [--max-concurrency 32] [--no-compare] [--keep-rows] [--db FILE]

#include "BenchOptions.h"
#include "dropbox/DropboxClient.h"
#include "store/SnapshotStore.h"
#include "sync/SyncEngine.h"
#include "worker/ConnectorSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <unistd.h>

using namespace dbx;

namespace {

struct Run {
    SyncOutcome outcome;
    DropboxClient::Stats stats;
    double cpuSeconds = 0;     // this process's user + system time during the sync
    double simCpuSeconds = -1; // the simulator's (its own process), when /proc tells
    Snapshot kept;             // with keepRows: the rows the sync kept (SyncEngine::takeRows)
};

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Another process's user + system time from /proc (Linux); -1 when it cannot be read.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name in parentheses (which may hold spaces): utime and stime
    // are the 14th and 15th of the line, the 12th and 13th after the name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// One sync through the session's tokens and store, with a client and engine of its own so that
// the connection pools and the concurrency can differ between the runs.
Run runSync(ConnectorSession &session, qint64 simPid, int maxConcurrency, int initialConcurrency, int maxConnections,
            bool keepRows = false)
{
    DropboxClient::Options copts;
    copts.baseUrl = session.config().effectiveBaseUrl();
    copts.maxConnections = maxConnections;
    DropboxClient client(session.tokenSource(), copts);
    SyncEngine::Options sopts;
    sopts.maxConcurrency = maxConcurrency;
    sopts.initialConcurrency = initialConcurrency;
    SyncEngine engine(&client, session.store(), sopts);
    engine.setKeepRows(keepRows);
    QEventLoop loop;
    Run run;
    const double cpuBefore = cpuSeconds();
    const double simBefore = processCpuSeconds(simPid);
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        run.outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(&engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    run.kept = engine.takeRows();
    run.stats = client.stats();
    run.cpuSeconds = cpuSeconds() - cpuBefore;
    const double simAfter = processCpuSeconds(simPid);
    if (simBefore >= 0 && simAfter >= 0)
        run.simCpuSeconds = simAfter - simBefore;
    return run;
}

QString fixed(double v, int decimals) { return QString::number(v, 'f', decimals); }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    QTextStream out(stdout);
    QCommandLineParser p;
    const bench::TeamOptions team(p);
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Latency the simulator adds to every request (ms)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption maxConcurrency(QStringLiteral("max-concurrency"),
                                            QStringLiteral("Ceiling of the parallel listings."), QStringLiteral("N"),
                                            QStringLiteral("32"));
    const QCommandLineOption noCompare(QStringLiteral("no-compare"),
                                       QStringLiteral("Skip the second sync capped at 6 listings."));
    const QCommandLineOption keepRows(
        QStringLiteral("keep-rows"),
        QStringLiteral("Sync as the window does: keep the rows and show the run from them."));
    p.addOptions({latency, maxConcurrency, noCompare, keepRows});
    p.process(app);
    const int lat = p.value(latency).toInt();
    const int ceiling = std::max(1, p.value(maxConcurrency).toInt());

    // 1. The simulator, in its own process.
    QProcess sim;
    sim.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dropbox-connector-cli")));
    sim.setArguments({QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--members"), p.value(team.members), QStringLiteral("--groups"),
                      p.value(team.groups), QStringLiteral("--memberships"), p.value(team.memberships),
                      QStringLiteral("--latency"), QString::number(lat)});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer genClock;
    genClock.start();
    sim.start();
    QHash<QString, QString> env;
    while (!env.contains(QStringLiteral("BATON_REFRESH_TOKEN"))) {
        if (!sim.waitForReadyRead(300000)) {
            out << "the simulator did not start: " << sim.errorString() << '\n';
            return 1;
        }
        while (sim.canReadLine()) {
            const QString line = QString::fromUtf8(sim.readLine()).trimmed();
            const int eq = line.indexOf(QLatin1Char('='));
            if (line.startsWith(QLatin1String("BATON_")) && eq > 0)
                env.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    out << "simulated team ready in " << genClock.elapsed() / 1000.0 << " s (separate process, " << lat
        << " ms per request)\n";
    out.flush();

    // 2. The syncs, in this process.
    QTemporaryDir tmp;
    ConnectionConfig c;
    c.name = QStringLiteral("bench");
    c.baseUrl = QUrl(env.value(QStringLiteral("BATON_BASE_URL")));
    c.appKey = env.value(QStringLiteral("BATON_APP_KEY"));
    c.appSecret = env.value(QStringLiteral("BATON_APP_SECRET"));
    c.refreshToken = env.value(QStringLiteral("BATON_REFRESH_TOKEN"));
    c.dbPath = team.dbPath(p, tmp);
    c.maxConcurrency = ceiling;
    const double rssBefore = bench::peakRssMb();
    ConnectorSession session(c);
    if (const auto opened = session.open(); !opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    const SyncEngine::Options defaults;
    const Run run = runSync(session, sim.processId(), ceiling, std::min(defaults.initialConcurrency, ceiling),
                            ceiling + 8, p.isSet(keepRows));
    const double rss = bench::peakRssMb();
    const SyncOutcome &outcome = run.outcome;
    if (!outcome.ok) {
        out << "sync failed: " << outcome.message << '\n';
        return 1;
    }
    // What the window's worker does next, at once, while the writer tidies up on its thread:
    // the run made ready to show from the rows the sync kept (--keep-rows, as the window's sync
    // does), or read back from the file (what a sync that keeps no rows needs).
    QElapsedTimer readBack;
    readBack.start();
    qint64 readBackMs = -1;
    if (p.isSet(keepRows)) {
        if (const Expected<Snapshot> shown = session.store()->loadWithRows(outcome.runId, run.kept); shown)
            readBackMs = readBack.elapsed();
    } else if (const Expected<Snapshot> loaded = session.store()->load(outcome.runId); loaded) {
        readBackMs = readBack.elapsed();
    }
    const double rssReady = bench::peakRssMb();

    const qint64 records = qint64(outcome.accounts) + outcome.roles + outcome.groups + outcome.memberships;
    const double seconds = outcome.elapsedMs / 1000.0;
    out << "accounts " << outcome.accounts << ", groups " << outcome.groups << ", roles " << outcome.roles
        << ", memberships " << outcome.memberships << '\n';
    out << "wall time " << fixed(seconds, 2) << " s (of which saving after the listing "
        << fixed(outcome.saveMs / 1000.0, 2) << " s; saving while listing took " << fixed(outcome.storeMs / 1000.0, 2)
        << " s on the writer's thread)\n";
    out << "CPU time of the connector " << fixed(run.cpuSeconds, 2) << " s (user + system; the simulator's not "
        << "included)\n";
    if (run.simCpuSeconds >= 0)
        out << "CPU time of the simulator " << fixed(run.simCpuSeconds, 2) << " s (its own process, on the same "
            << QThread::idealThreadCount() << " cores)\n";
    if (readBackMs >= 0 && p.isSet(keepRows))
        out << "the run ready to show from the rows the sync kept (what the window's worker does next) in "
            << fixed(readBackMs / 1000.0, 2) << " s\n";
    else if (readBackMs >= 0)
        out << "the run read back right after the sync in " << fixed(readBackMs / 1000.0, 2)
            << " s (the window's sync keeps its rows instead: --keep-rows)\n";
    out << "records per second " << qint64(double(records) / std::max(seconds, 0.001)) << '\n';
    out << "requests " << outcome.requests << ", retries " << outcome.retries << '\n';
    out << "concurrency used " << outcome.peakConcurrency << " listings (ceiling " << ceiling << "), "
        << run.stats.peakInFlight << " requests in flight at most, " << run.stats.pools << " connection pools"
        << (run.stats.http2 ? ", HTTP/2" : ", HTTP/1.1") << '\n';
    out << "longest cursor chain " << outcome.longestChain << " pages\n";
    out << "peak RSS " << fixed(rss, 0) << " MB (at start " << fixed(rssBefore, 0) << " MB); " << fixed(rssReady, 0)
        << " MB once the run is also ready to show\n";
    if (lat > 0) {
        const double rounds
            = std::max(double(outcome.longestChain), double(outcome.requests) / std::max(1, outcome.peakConcurrency));
        const double lowerBound = rounds * lat / 1000.0;
        out << "lower bound max(" << outcome.longestChain << ", " << outcome.requests << " / "
            << outcome.peakConcurrency << ") x " << lat << " ms = " << fixed(lowerBound, 2) << " s; ratio "
            << fixed(seconds / lowerBound, 2) << '\n';
    }
    out.flush();

    if (!p.isSet(noCompare)) {
        const Run capped = runSync(session, sim.processId(), 6, 6, 6);
        if (!capped.outcome.ok) {
            out << "capped sync failed: " << capped.outcome.message << '\n';
            return 1;
        }
        const double cappedSeconds = capped.outcome.elapsedMs / 1000.0;
        out << "capped at 6 (one pool): wall time " << fixed(cappedSeconds, 2) << " s, requests "
            << capped.outcome.requests << "; speed-up " << fixed(cappedSeconds / std::max(seconds, 0.001), 2) << "x\n";
    }
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
