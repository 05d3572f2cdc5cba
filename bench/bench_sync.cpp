// Sync benchmark: a full sync of a large simulated team, end to end (HTTP, parsing, SQLite).
// The simulator runs in its own process (`dropbox-connector-cli simulate`) so that the figures
// (wall time, records per second, peak RSS) are the connector's alone.
//
//   bench_sync [--members 100000] [--groups 5000] [--memberships 500000] [--latency MS]
//              [--concurrency 6] [--db FILE]

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
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dbx;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    QTextStream out(stdout);
    QCommandLineParser p;
    p.addHelpOption();
    const bench::TeamOptions team;
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency per request (ms)."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Parallel group listings."),
                                         QStringLiteral("N"), QStringLiteral("6"));
    team.addTo(p);
    p.addOptions({latency, concurrency});
    p.process(app);

    // 1. The simulator, in its own process.
    QProcess sim;
    sim.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dropbox-connector-cli")));
    sim.setArguments({QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--members"), p.value(team.members), QStringLiteral("--groups"),
                      p.value(team.groups), QStringLiteral("--memberships"), p.value(team.memberships),
                      QStringLiteral("--latency"), p.value(latency)});
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
    out << "simulated team ready in " << genClock.elapsed() / 1000.0 << " s (separate process)\n";

    // 2. The sync, in this process.
    QTemporaryDir tmp;
    ConnectionConfig c;
    c.name = QStringLiteral("bench");
    c.baseUrl = QUrl(env.value(QStringLiteral("BATON_BASE_URL")));
    c.appKey = env.value(QStringLiteral("BATON_APP_KEY"));
    c.appSecret = env.value(QStringLiteral("BATON_APP_SECRET"));
    c.refreshToken = env.value(QStringLiteral("BATON_REFRESH_TOKEN"));
    c.dbPath = team.dbPath(p, tmp);
    c.maxConcurrency = p.value(concurrency).toInt();
    const double rssBefore = bench::peakRssMb();
    ConnectorSession session(c);
    if (const auto opened = session.open(); !opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    QEventLoop loop;
    SyncOutcome outcome;
    QObject::connect(session.syncEngine(), &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(session.syncEngine(), &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    sim.terminate();
    sim.waitForFinished(10000);
    if (!outcome.ok) {
        out << "sync failed: " << outcome.message << '\n';
        return 1;
    }

    const qint64 records = qint64(outcome.accounts) + outcome.roles + outcome.groups + outcome.memberships;
    const double seconds = outcome.elapsedMs / 1000.0;
    const int lat = p.value(latency).toInt();
    out << "accounts " << outcome.accounts << ", groups " << outcome.groups << ", roles " << outcome.roles
        << ", memberships " << outcome.memberships << '\n';
    out << "wall time " << QString::number(seconds, 'f', 2) << " s (of which saving "
        << QString::number(outcome.saveMs / 1000.0, 'f', 2) << " s)\n";
    out << "records per second " << qint64(records / qMax(seconds, 0.001)) << '\n';
    out << "requests " << outcome.requests << ", retries " << outcome.retries << '\n';
    out << "peak RSS " << QString::number(bench::peakRssMb(), 'f', 0) << " MB (at start "
        << QString::number(rssBefore, 'f', 0) << " MB)\n";
    if (lat > 0) {
        const double lowerBound = double(outcome.requests) / c.maxConcurrency * lat / 1000.0;
        out << "lower bound at concurrency " << c.maxConcurrency << " and " << lat
            << " ms: " << QString::number(lowerBound, 'f', 2) << " s; ratio "
            << QString::number(seconds / lowerBound, 'f', 2) << '\n';
    }
    return 0;
}
