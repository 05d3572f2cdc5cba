// bench_gui_overview: the Overview tab with a large team. Builds a snapshot with the simulator's
// team generator (no HTTP: the point is the overview), pushes it into a MainWindow with the
// Overview installed and prints
//  - the time of the figures and findings alone (core/insight, what the worker computes),
//  - the time from the snapshot shown to the Overview painted with its charts and findings,
// over several rounds (the median is the figure to compare with the 300 ms budget).
// Sign-in activity is read (180 days of the generator's sign-in log, as the demo reads it), so
// the last sign-in chart and inactive_member are part of the figure; --no-sign-in leaves it unread.
// Usage: bench_gui_overview [--members N] [--groups N] [--memberships N] [--seed N] [--rounds N]
//                           [--no-sign-in]
// Runs offscreen unless QT_QPA_PLATFORM or a display says otherwise.

#include "GuiBench.h"
#include "MainWindow.h"
#include "insight/Insight.h"
#include "overview/OverviewController.h"
#include "overview/OverviewPage.h"
#include "sim/SimServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace dbx;
using namespace dbx::gui;

namespace {
double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    bench::GuiBenchApp app(argc, argv);
    const QStringList args = app.arguments();
    const sim::TeamSpec spec = app.teamSpec();
    const int rounds = std::max(1, bench::intArg(args, QStringLiteral("--rounds"), 5));

    QElapsedTimer t;
    t.start();
    Snapshot snapshot;
    const bool signIn = !args.contains(QStringLiteral("--no-sign-in"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        sim::SimServer generator(spec);
        snapshot = generator.truth();
        if (signIn) {
            // What the sign-in reader stores: each member's newest sign-in in the window read.
            const QHash<QString, QDateTime> last = generator.lastSignIns(now.addDays(-180));
            for (Account &a : snapshot.accounts)
                a.lastActive = last.value(a.teamMemberId);
            snapshot.activityReadAt = now;
            snapshot.activityDays = 180;
        }
    }
    snapshot.runId = 1;
    snapshot.finishedAt = now;
    std::printf("team: %lld accounts, %lld groups, %lld memberships, sign-in %s (generated in %.0f ms)\n",
                qint64(snapshot.accounts.size()), qint64(snapshot.groups.size()), qint64(snapshot.memberships.size()),
                signIn ? "read (180 days)" : "not read", ms(t));

    QVector<double> compute;
    for (int i = 0; i < rounds; ++i) {
        t.restart();
        const Insight insight = computeInsight(snapshot, {}, InsightSettings(), QDateTime::currentDateTimeUtc());
        compute << ms(t);
        if (i == 0) {
            for (const Finding &f : insight.findings)
                std::printf("  %-22s %s\n", qPrintable(f.id),
                            f.notRead ? "not read" : qPrintable(QString::number(f.count())));
            const OverviewFigures &o = insight.overview;
            if (o.signInRead)
                std::printf("  last sign-in of active members: under 30 days %d, 30 to 90 %d, over 90 %d, none %d\n",
                            o.signIn[0], o.signIn[1], o.signIn[2], o.signIn[3]);
        }
    }
    std::printf("figures and findings (core/insight): median %.1f ms over %d rounds\n", median(compute), rounds);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    OverviewController *overview = installOverview(&window);
    window.resize(1400, 860);
    window.show();
    QApplication::processEvents();

    QVector<double> shown;
    QVector<double> fromSnapshot;
    QElapsedTimer sinceShown; // started when the window has taken the snapshot (its tables built)
    QObject::connect(&window, &MainWindow::snapshotShown, &window, [&sinceShown] { sinceShown.restart(); });
    for (int i = 0; i < rounds; ++i) {
        snapshot.runId = i + 1;
        bool ready = false;
        const QMetaObject::Connection done
            = QObject::connect(overview, &OverviewController::insightReady, &window, [&ready] { ready = true; });
        t.restart();
        window.showSnapshot(snapshot);
        while (!ready)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(done);
        (void)overview->overviewPage()->grab(); // painted: charts and list on screen
        shown << ms(t);
        fromSnapshot << ms(sinceShown);
        std::printf("  round %d: showSnapshot -> overview painted %.1f ms; snapshot shown -> overview painted %.1f ms "
                    "(computed and applied in %lld ms)\n",
                    i + 1, shown.last(), fromSnapshot.last(), overview->lastReadyMs());
    }
    std::printf("snapshot shown -> overview painted: median %.1f ms over %d rounds (budget 300 ms); including the "
                "window's own tables: median %.1f ms\n",
                median(fromSnapshot), rounds, median(shown));
    return 0;
}
