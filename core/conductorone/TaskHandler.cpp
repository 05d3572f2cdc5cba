#include "conductorone/TaskHandler.h"

#include <QMutexLocker>

namespace dbx {
namespace c1 {

TaskHandler::~TaskHandler() = default;

QString TaskContext::cancelReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_reason;
}

void TaskContext::cancel(const QString &reason)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_reason.isEmpty())
            m_reason = reason;
    }
    m_cancelled = true;
}

} // namespace c1
} // namespace dbx
