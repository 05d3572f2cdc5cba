#pragma once

// What the GUI benches (bench_gui_*) share: their command line (the generated team's size, as
// bench_gui_scale and bench_gui_overview both take it) and their start (offscreen unless a
// display is there, under a settings name of their own).

#include "BenchOptions.h"
#include "sim/SimServer.h"

#include <QApplication>
#include <QStringList>

namespace bench {

// The number after `name` on the command line, or fallback.
inline int intArg(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// --members, --groups, --memberships, --seed (100k / 5k / 500k, seed 1 by default).
inline dbx::sim::TeamSpec teamSpecFrom(const QStringList &args)
{
    dbx::sim::TeamSpec spec;
    spec.members = intArg(args, QStringLiteral("--members"), 100000);
    spec.groups = intArg(args, QStringLiteral("--groups"), 5000);
    spec.memberships = intArg(args, QStringLiteral("--memberships"), 500000);
    spec.seed = quint32(intArg(args, QStringLiteral("--seed"), 1));
    return spec;
}

// Before the QApplication: offscreen unless QT_QPA_PLATFORM or a display says otherwise.
inline void offscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The application of a GUI bench: offscreen unless a display is there (decided before
// QApplication starts), its settings apart from the application's, and the team the command line
// asks for.
class GuiBenchApp : public QApplication
{
public:
    GuiBenchApp(int &argc, char **argv) : QApplication(offscreenFirst(argc), argv)
    {
        QApplication::setOrganizationName(QStringLiteral("DropboxTeamConnector"));
        QApplication::setApplicationName(QStringLiteral("dropbox-connector-bench"));
    }

    dbx::sim::TeamSpec teamSpec() const { return teamSpecFrom(arguments()); }

private:
    static int &offscreenFirst(int &argc)
    {
        offscreenWithoutDisplay();
        return argc;
    }
};

} // namespace bench
