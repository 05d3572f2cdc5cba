#pragma once
// Heartbeats for one task, on their own thread while the handler works (C1Service's).

#include "base/Thread.h"
#include "conductorone/C1Service.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace dbx {
namespace c1 {

class C1Service::Heartbeat
{
public:
    Heartbeat(std::shared_ptr<BatonClient> client, QString taskId, TaskContext &ctx, const ServiceOptions &options);
    ~Heartbeat();

    // The first heartbeat, synchronously (as baton does): a task ConductorOne no longer wants,
    // or a server that cannot be reached, is not started at all.
    RpcStatus begin(bool *cancelled);
    void stop();

    qint64 sent() const { return m_sent.load(); }

private:
    qint64 interval(const batonv1::BatonServiceHeartbeatResponse &resp) const;
    void loop();

    std::shared_ptr<BatonClient> m_client;
    QString m_taskId;
    TaskContext &m_ctx;
    const ServiceOptions &m_options;
    qint64 m_intervalMs;
    ThreadPtr m_thread; // runs loop() after begin()
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<qint64> m_sent{0};
};

} // namespace c1
} // namespace dbx
