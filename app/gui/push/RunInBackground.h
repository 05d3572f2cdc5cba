#pragma once
// A short-lived thread for one piece of blocking work (a token request, writing a c1z) whose
// result comes back on the receiver's thread; nothing arrives once the receiver is gone.

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace dbx::gui {

// Runs work on a short-lived thread and hands its result to done on receiver's thread.
template<typename Result>
void runInBackground(QObject *receiver, std::function<Result()> work, std::function<void(const Result &)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([work, done, guard] {
        const Result result = work();
        if (guard)
            QMetaObject::invokeMethod(guard, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace dbx::gui
