#include "sim/SimThread.h"

#include <QThread>

#include <memory>

namespace dbx {
namespace sim {

SimThread::SimThread(const TeamSpec &spec) : m_spec(spec) {}

SimThread::~SimThread() { stop(); }

Expected<void> SimThread::start(quint16 port, const QHostAddress &address)
{
    if (m_server)
        return {};
    m_context = new QObject;
    m_thread = makeWorkerThread(m_context, QStringLiteral("dbx-sim"));

    // The server is born on its thread so that its sockets and timers belong there; team
    // generation happens there too. It becomes a child of m_context, so that it is deleted on
    // that thread when the thread ends.
    Expected<void> listening;
    SimServer *server = nullptr;
    QObject *context = m_context;
    const TeamSpec spec = m_spec;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto candidate = std::make_unique<SimServer>(spec);
            listening = candidate->listen(address, port);
            if (listening) {
                candidate->setParent(context);
                server = candidate.release();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return listening;
    }
    m_server = server;
    return {};
}

void SimThread::stop()
{
    // The thread's end deletes m_context, and the server with it, on the thread they live on.
    m_server = nullptr;
    m_context = nullptr;
    m_thread.reset();
}

} // namespace sim
} // namespace dbx
