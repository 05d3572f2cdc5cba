#pragma once
// What ConnectorTaskHandler's source files share (ConnectorTask*.cpp); not for other modules:
// the session and sync (ConnectorTaskHandler.cpp), the live checks before a write
// (ConnectorTaskRefresh.cpp), the writes (ConnectorTaskWrites.cpp) and the outcome mapping
// (ConnectorTaskOutcome.cpp).

#include "conductorone/TaskHandler.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>

class QEventLoop;

namespace dbx {

Q_DECLARE_LOGGING_CATEGORY(lcTasks)

namespace tasks {

inline QString tr(const char *s) { return QCoreApplication::translate("dbx::ConnectorTaskHandler", s); }

// Spins `loop` until it quits; when the task is cancelled meanwhile, calls onCancel once (the
// work then ends on its own and quits the loop). `done` set before the call skips the wait.
void spin(QEventLoop &loop, const bool &done, c1::TaskContext &context, const std::function<void()> &onCancel);

c1::TaskOutcome cancelledOutcome(const c1::TaskContext &context);

} // namespace tasks
} // namespace dbx
