#pragma once
// The embedded default: a simulated Dropbox team on a loopback port (its own thread), and a
// connection that points at it. `--demo` in the CLI and the GUI use this, so a new user sees the
// whole product with no Dropbox account.

#include "auth/ConnectionConfig.h"
#include "base/Expected.h"

#include <memory>

namespace dbx {
namespace sim {
class SimThread;
struct TeamSpec;
} // namespace sim

struct DemoOptions {
    int members = 60;
    int groups = 12;
    int memberships = -1; // -1: the simulator's default density
    quint32 seed = 1;
    int latencyMs = 0;
};

class DemoTeam
{
public:
    DemoTeam();
    ~DemoTeam();
    DemoTeam(const DemoTeam &) = delete;
    DemoTeam &operator=(const DemoTeam &) = delete;

    // Starts the simulator; an Internal error with a sentence for the user when it cannot.
    Expected<void> start(const DemoOptions &options);
    // A connection to the simulated team; dbPath empty = the default database for the demo.
    ConnectionConfig connection(const QString &dbPath = QString()) const;
    sim::SimThread *simulator() const { return m_sim.get(); }
    // <AppDataLocation>/demo.sqlite: the demo never mixes with a real team's snapshots.
    static QString defaultDemoDbPath();

private:
    std::unique_ptr<sim::SimThread> m_sim;
};

} // namespace dbx
