#pragma once
// One task ConductorOne gave the connector, as the service records it, and the service's state:
// plain values that the service (C1Service) reports and the window (through
// core/worker/PushService) shows, without either side including the other.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace dbx::c1 {

enum class ServiceState {
    Stopped,
    Connecting,
    Connected,
    Working,
    Reconnecting,
    Failed
};

struct TaskRecord {
    QString taskId;
    QString type;    // the Task oneof's name: "sync_full", "grant", ...
    QString summary; // a line for people: "Grant group:g:1:member to user:dbmid:2"
    QDateTime startedAt;
    QDateTime finishedAt;
    bool finished = false;
    bool ok = false;
    QString message; // why it failed / what happened
};

} // namespace dbx::c1

Q_DECLARE_METATYPE(dbx::c1::TaskRecord)
Q_DECLARE_METATYPE(dbx::c1::ServiceState)
