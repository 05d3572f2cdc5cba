#pragma once
// The bed of the service tests (tst_c1service): the shared ConductorOne test
// bed without a simulator, and a recording handler whose truth is a simulated team of 40.

#include "helpers/FakeTaskHandler.h"
#include "sim/SimTeam.h"
#include "support/C1TestBed.h"
#include "support/SimFixture.h"

namespace dbx {
namespace c1 {
namespace testing {

struct ServiceTestBed : test::C1TestBed {
    std::shared_ptr<FakeHandler> handler;

    Expected<void> setUp()
    {
        Expected<void> up = C1TestBed::setUp(QStringLiteral("kid-svc"));
        if (!up)
            return up;
        handler = std::make_shared<FakeHandler>(dir->path());
        handler->truth = sim::SimTeam(test::SimFixture::team(40, 6, 7)).truth();
        return up;
    }

    ServiceOptions options() const { return serviceOptions(QStringLiteral("test-host")); }

    bool startService(const ServiceOptions &o) { return C1TestBed::startService(o, handler); }

    // Runs one task through the service and returns how ConductorOne was told it ended.
    std::optional<batonv1::BatonServiceFinishTaskRequest> run(const batonv1::Task &task, int timeoutMs = 10000)
    {
        return C1TestBed::run(task, timeoutMs);
    }
};

} // namespace testing
} // namespace c1
} // namespace dbx
