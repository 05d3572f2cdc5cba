#pragma once
// The set-up every ConductorOne test with a live service shares: a temporary folder, an Ed25519
// test key, the fake ConductorOne on loopback started with it, a simulated Dropbox team when the
// test needs one, and a C1Service started against the fake. Members are public: a test reads and
// drives them directly (bed.fake->enqueue(...), bed.sim->truth()).

#include "auth/ConnectionConfig.h"
#include "base/Expected.h"
#include "conductorone/C1Service.h"
#include "sim/SimTypes.h"
#include "support/C1Fixtures.h"
#include "support/FakeConductorOne.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace dbx {
namespace sim {
class SimThread;
}
namespace test {

struct C1TestBed {
    C1TestBed();
    ~C1TestBed();
    C1TestBed(const C1TestBed &) = delete;
    C1TestBed &operator=(const C1TestBed &) = delete;

    // A fresh folder and key (with kid), the fake ConductorOne for acme.conductor.one started;
    // a simulated team too when team is given. Call from the test's init().
    Expected<void> setUp(const QString &kid, const std::optional<sim::TeamSpec> &team = std::nullopt);
    // The service first (it may still be telling the fake how a task ended), then the fake, the
    // simulator and the folder. Call from the test's cleanup().
    void tearDown();
    // Stops and forgets the service, if any.
    void stopService();

    // The fake's service options (loopback, short backoffs) for this bed's key.
    c1::ServiceOptions serviceOptions(const QString &hostId) const;
    // A new service with these options and handler, started; false (the reason logged) when
    // start() refused.
    bool startService(const c1::ServiceOptions &options, std::shared_ptr<c1::TaskHandler> handler);
    // Queues the task and waits for how the service finished it (nothing after timeoutMs).
    std::optional<batonv1::BatonServiceFinishTaskRequest> run(const batonv1::Task &task, int timeoutMs);
    // The Dropbox connection to this bed's simulated team, its database in the bed's folder.
    ConnectionConfig simConnection(bool provisioning = true) const;
    // For a QVERIFY2 on a task: "ok", "not finished" or the status message it failed with.
    static QByteArray failure(const std::optional<batonv1::BatonServiceFinishTaskRequest> &fin);

    std::unique_ptr<QTemporaryDir> dir;
    TestKey key;
    std::unique_ptr<sim::SimThread> sim; // null unless setUp was given a team
    std::unique_ptr<FakeConductorOne> fake;
    std::unique_ptr<c1::C1Service> service;
};

} // namespace test
} // namespace dbx
