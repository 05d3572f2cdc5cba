#pragma once
// What the ConductorOne cycle tests share: the C1TestBed (folder, key, fake ConductorOne) with the
// simulated team of 40 they all use, and the real ConnectorTaskHandler served by C1Service on it.
// A test class inherits it, calls setUpBed() from init() and tearDownBed() from cleanup().

#include "base/Expected.h"
#include "support/C1TestBed.h"
#include "support/SimFixture.h"
#include "worker/ConnectorTaskHandler.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dbx::test {

class ConnectorTestBed
{
protected:
    C1TestBed m_bed;
    std::shared_ptr<ConnectorTaskHandler> m_handler;

    // A fresh bed whose key is named kid, with the simulated team.
    Expected<void> setUpBed(const QString &kid) { return m_bed.setUp(kid, SimFixture::team(40, 6, 11)); }

    // The service first (it may still be telling the fake how a task ended), then its handler,
    // then the bed.
    void tearDownBed()
    {
        m_bed.stopService();
        m_handler.reset();
        m_bed.tearDown();
    }

    // A handler with these options, served by a service started as hostId; false (the reason
    // logged) when it did not start.
    bool startHandler(const ConnectorTaskHandler::Options &options, const QString &hostId,
                      const std::function<void()> &onStoreChanged = {})
    {
        m_handler = std::make_shared<ConnectorTaskHandler>(options);
        if (onStoreChanged)
            m_handler->setStoreChangedCallback(onStoreChanged);
        return m_bed.startService(m_bed.serviceOptions(hostId), m_handler);
    }

    std::optional<batonv1::BatonServiceFinishTaskRequest> run(const batonv1::Task &task, int timeoutMs = 20000)
    {
        return m_bed.run(task, timeoutMs);
    }
};

} // namespace dbx::test
