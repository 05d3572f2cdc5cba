#pragma once
// What main() does, kept out of main.cpp so that it is testable and main stays thin: parse the
// command line, start the simulated team for --demo, open the window on the connection.

#include "base/Expected.h"
#include "c1sim/SimConductorOne.h"
#include "worker/DemoTeam.h"

#include <QSettings>
#include <QStringList>

#include <memory>

namespace dbx {
class ConnectionRegistry;
class SecretStore;
} // namespace dbx

namespace dbx::gui {

class MainWindow;
class PushPanel;

struct LaunchOptions {
    bool demo = false;
    DemoOptions demoOptions;
    QString dbPath;           // --db
    bool syncOnStart = false; // --sync: start a sync once the window is up
    QString view;             // --view: the view to open on
    bool pushOnStart = false; // --push: push to ConductorOne once the snapshot is shown
};

// False + a message (usage or error) when the arguments are wrong; *exitCode says how to exit.
bool parseLaunchOptions(const QStringList &arguments, LaunchOptions *options, QString *message, int *exitCode);

class Launcher
{
public:
    Launcher();
    ~Launcher();

    // Creates and shows the window; an error (its sentence for the user) if the demo team cannot start.
    Expected<void> start(const LaunchOptions &options);
    MainWindow *window() const { return m_window.get(); }
    DemoTeam *demo() const { return m_demo.get(); }

private:
    // Saved connections (core/auth) and the credential wizard (wizard/): the window asks, the
    // launcher answers, so MainWindow itself stays free of keychain and OAuth concerns.
    void connectTo(const QString &connectionId);
    void runWizard(const QString &reauthorizeId);
    void manageConnections();
    // View > Language: the system's, English or German, kept in the settings (next start).
    void addLanguageMenu(MainWindow *window);
    // The simulated team (--demo, or "Try the demo team" in place): its simulator, the window's
    // connection to it, a simulated ConductorOne for the push panel, the team changing a little
    // between syncs.
    Expected<void> openDemo(const LaunchOptions &options);
    // The first snapshot shown starts a sync: always, or only when the database holds none.
    void syncWhenShown(bool always);

    QSettings m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<ConnectionRegistry> m_connections;
    QString m_connectionId;
    std::unique_ptr<DemoTeam> m_demo;
    std::unique_ptr<c1sim::SimConductorOne> m_demoConductorOne; // --demo: pushes go here
    std::unique_ptr<MainWindow> m_window;
    PushPanel *m_push = nullptr; // the window's ConductorOne panel
};

// The demo's database: the default one for the default team; a team of another size or seed has
// its own, so it never shows the snapshot of a different team.
QString demoDbPath(const DemoOptions &options);

// The whole of main(): returns the exit code.
int runApplication(int argc, char **argv, const char *version);

} // namespace dbx::gui
