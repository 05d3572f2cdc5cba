#include "conductorone/C1Heartbeat.h"

#include "conductorone/C1Log.h"
#include "conductorone/C1ProtoHelpers.h"

#include <QCoreApplication>
#include <QThread>

namespace dbx {
namespace c1 {

namespace {

constexpr qint64 kDefaultHeartbeatMs = 30 * 1000;
constexpr qint64 kMaxHeartbeatMs = 5 * 60 * 1000;

} // namespace

C1Service::Heartbeat::Heartbeat(std::shared_ptr<BatonClient> client, QString taskId, TaskContext &ctx,
                                const ServiceOptions &options)
    : m_client(std::move(client)), m_taskId(std::move(taskId)), m_ctx(ctx), m_options(options),
      m_intervalMs(kDefaultHeartbeatMs)
{}

C1Service::Heartbeat::~Heartbeat() { stop(); }

RpcStatus C1Service::Heartbeat::begin(bool *cancelled)
{
    batonv1::BatonServiceHeartbeatResponse resp;
    const RpcStatus s = m_client->heartbeat(m_taskId, &resp);
    *cancelled = s.ok() && resp.cancelled();
    if (!s.ok() || *cancelled)
        return s;
    m_intervalMs = interval(resp);
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->start();
    return s;
}

void C1Service::Heartbeat::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_wake.notify_all();
    m_thread.reset(); // waits for loop() to return
}

qint64 C1Service::Heartbeat::interval(const batonv1::BatonServiceHeartbeatResponse &resp) const
{
    const qint64 ms = resp.has_next_heartbeat() ? durationMs(resp.next_heartbeat()) : 0;
    if (ms <= 0)
        return kDefaultHeartbeatMs;
    return qBound(qint64(m_options.minHeartbeatMs), ms, kMaxHeartbeatMs);
}

void C1Service::Heartbeat::loop()
{
    int failures = 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_done; }))
                return;
        }
        batonv1::BatonServiceHeartbeatResponse resp;
        const RpcStatus s = m_client->heartbeat(m_taskId, &resp);
        ++m_sent;
        if (!s.ok()) {
            if (m_client->isCancelled())
                return;
            if (++failures >= m_options.maxHeartbeatFailures) {
                qCWarning(lcC1) << "heartbeat: giving up on task" << m_taskId << "after" << failures << "failures";
                m_ctx.cancel(QCoreApplication::translate("dbx::c1::C1Service",
                                                         "ConductorOne could not be told the task was still "
                                                         "running (%1 heartbeats failed).")
                                 .arg(failures));
                return;
            }
            qCWarning(lcC1) << "heartbeat failed for task" << m_taskId << s.describe();
            continue;
        }
        failures = 0;
        m_intervalMs = interval(resp);
        if (resp.cancelled()) {
            qCInfo(lcC1) << "heartbeat: ConductorOne cancelled task" << m_taskId;
            m_ctx.cancel(QCoreApplication::translate("dbx::c1::C1Service", "ConductorOne cancelled the task."));
            return;
        }
    }
}

} // namespace c1
} // namespace dbx
