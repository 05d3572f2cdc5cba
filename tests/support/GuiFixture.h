#pragma once
// The set-up the window's end-to-end tests share: a simulated Dropbox team on loopback (DemoTeam,
// its own thread) and a MainWindow with its settings file and snapshot database in a temporary
// folder. A test starts one in initTestCase and resets it in cleanupTestCase:
//
//     GuiFixture m_gui;
//     QVERIFY2(m_gui.start(options), qPrintable(m_gui.lastError()));
//     m_gui.window()->setConnection(m_gui.connection());
//
// Everything goes over real loopback HTTP: the window's worker talks to the simulator as it would
// to Dropbox.

#include "MainWindow.h"
#include "worker/DemoTeam.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dbx::sim {
class SimServer;
}

namespace dbx::test {

class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();
    GuiFixture(const GuiFixture &) = delete;
    GuiFixture &operator=(const GuiFixture &) = delete;

    // Starts the simulated team and creates the window (shown and exposed when show is true; not
    // connected yet). False with lastError() when something could not start.
    bool start(const DemoOptions &options, bool show = true);
    // The same for a team of that many members and groups, generated from seed.
    bool start(int members, int groups, quint32 seed, bool show = true);
    // Shows the window and waits until it is exposed (for tests that install features first).
    bool showWindow();
    // The window and the simulator go, in that order (the window's worker may still be talking).
    void reset();
    QString lastError() const { return m_error; }

    gui::MainWindow *window() const { return m_window.get(); }
    QSettings *settings() const { return m_settings.get(); }
    DemoTeam *demo() const { return m_demo.get(); }
    sim::SimServer *sim() const;
    // A file in the temporary folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A connection to the simulated team with its database in the temporary folder.
    ConnectionConfig connection(const QString &dbName = QStringLiteral("team.db")) const;

    // Connects the window to the simulated team, waits for the first snapshot shown, syncs and
    // waits for the sync's snapshot. False with lastError() when a step failed or timed out.
    bool connectAndSync(const ConnectionConfig &config, int timeoutMs = 60000);

private:
    bool fail(const QString &error);

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTeam> m_demo;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_error;
};

} // namespace dbx::test
