#include "sim/SimThread.h"

#include "sim/SimLog.h"

#include <QThread>

namespace dbx {
namespace sim {

SimThread::SimThread(const TeamSpec &spec) : m_spec(spec) {}

SimThread::~SimThread()
{
    stop();
}

bool SimThread::start(quint16 port, QString *error, const QHostAddress &address)
{
    if (m_server)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("dbx-sim"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    // The server is born on its thread so that its sockets and timers belong there; team
    // generation happens there too.
    bool ok = false;
    QString why;
    SimServer *server = nullptr;
    const TeamSpec spec = m_spec;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            server = new SimServer(spec);
            ok = server->listen(address, port, &why);
            if (!ok) {
                delete server;
                server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = why;
        stop();
        return false;
    }
    m_server = server;
    return true;
}

void SimThread::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SimServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_context;                     // its thread has finished: safe to delete from here
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

} // namespace sim
} // namespace dbx
