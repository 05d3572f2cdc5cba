#pragma once
// A SimServer on a thread of its own, so that the simulated team never competes with the
// client for its event loop (benchmarks, the CLI's `simulate`, the demo). start() blocks until
// the team is generated and listening; the destructor stops the server and joins the thread.

#include "base/Expected.h"
#include "base/Thread.h"
#include "sim/SimServer.h"

#include <QHostAddress>
#include <QUrl>

namespace dbx {
namespace sim {

class SimThread
{
public:
    explicit SimThread(const TeamSpec &spec = TeamSpec());
    ~SimThread();
    SimThread(const SimThread &) = delete;
    SimThread &operator=(const SimThread &) = delete;

    Expected<void> start(quint16 port = 0, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    // The running server; only its thread-safe methods may be called from here.
    SimServer *server() const { return m_server; }

    // Shortcuts to the server's thread-safe API (the server must be running).
    quint16 port() const { return m_server->port(); }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    Credentials credentials() const { return m_server->credentials(); }
    void setFaults(const Faults &f) { m_server->setFaults(f); }
    Snapshot truth() const { return m_server->truth(); }
    RequestStats stats() const { return m_server->stats(); }
    QString applyRandomChanges(int n, quint32 seed) { return m_server->applyRandomChanges(n, seed); }

private:
    TeamSpec m_spec;
    ThreadPtr m_thread;
    QObject *m_context = nullptr;  // lives on m_thread, deleted there when it ends; owns the server
    SimServer *m_server = nullptr; // a child of m_context
};

} // namespace sim
} // namespace dbx
