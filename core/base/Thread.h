#pragma once
// One owner for a thread: a QThread held by a ThreadPtr is asked to quit and waited for when the
// holder goes (qBittorrent's Utils::Thread::UniquePtr). Objects moved to the thread are deleted
// on it: connect(thread, &QThread::finished, object, &QObject::deleteLater) before start(), or
// use makeWorkerThread(), which does it.

#include <QObject>
#include <QThread>

#include <memory>

namespace dbx {

struct ThreadDeleter {
    void operator()(QThread *thread) const
    {
        if (!thread)
            return;
        thread->quit();
        thread->wait();
        delete thread;
    }
};

using ThreadPtr = std::unique_ptr<QThread, ThreadDeleter>;

// A named thread that owns `worker` (moved to it, deleted on it when the thread ends), started.
inline ThreadPtr makeWorkerThread(QObject *worker, const QString &name)
{
    ThreadPtr thread(new QThread);
    thread->setObjectName(name);
    worker->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace dbx
