#pragma once
// ConnectorWorker: the GUI's only door to the core. It owns a QThread on which one
// ConnectorSession (network, client, store, sync engine) lives; every public method returns at
// once and queues its work there; results come back as signals carrying values (emitted on the
// worker thread, so they reach the GUI's objects queued). Destroying the worker cancels what
// runs, quits the thread and waits for it. This header brings only value types (SyncTypes.h,
// ProvisionTypes.h, the store's rows), never the network code.

#include "auth/ConnectionConfig.h"
#include "base/Thread.h"
#include "provision/ProvisionTypes.h"
#include "store/SnapshotStore.h"
#include "sync/SyncTypes.h"

#include <QObject>

#include <functional>

namespace dbx {

class ConnectorSession;

enum class ConnectionState {
    NotConfigured,
    Syncing,
    Connected,
    Error
};
QString displayName(ConnectionState s); // as ConductorOne shows it: "Not configured", ...

class WorkerCore;

class ConnectorWorker : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorWorker(QObject *parent = nullptr);
    ~ConnectorWorker() override;

    // (Re)opens the connection: creates the session on the worker thread, opens its database and
    // loads the newest complete snapshot (snapshotLoaded), then emits connectionOpened.
    void setConnection(const ConnectionConfig &config);
    void startSync();
    void cancel();                                  // cancels the running sync (or operation)
    void loadRun(qint64 runId);                     // -> snapshotLoaded
    void listRuns();                                // -> runsListed
    void computeDiff(qint64 fromRun, qint64 toRun); // 0,0 = previous vs newest -> diffReady

    // Runs fn(session) on the worker thread (for feature code that needs the core directly, e.g.
    // provisioning or ConductorOne pushes). fn must not keep the pointer.
    void runOnWorker(std::function<void(ConnectorSession *)> fn);

    // Provisioning (core/provision). Every write is checked against the newest snapshot, refused
    // unless the connection's provisioning flag is on, audited, and patched into the snapshot,
    // whose changes are then emitted (snapshotPatched). cancel() stops between items.
    void
    provision(const QVector<dbx::Operation> &operations); // -> operationProgress, operationFinished, provisionFinished
    void previewOperations(const QVector<dbx::Operation> &operations); // -> operationsPreviewed
    void loadPlan(const QString &path);                                // parse + preview -> planPreviewed
    void previewPlan(const dbx::Plan &plan);                           // -> planPreviewed
    void applyPlan(const dbx::Plan &plan); // -> operationProgress, operationFinished, planFinished
    void listAudit(const dbx::AuditFilter &filter = dbx::AuditFilter()); // -> auditListed

Q_SIGNALS:
    void connectionOpened(const QString &dbPath, const QString &error); // error empty = ok
    void stateChanged(dbx::ConnectionState state, const QString &detail);
    void syncProgress(const dbx::SyncProgress &progress);
    void syncFinished(const dbx::SyncOutcome &outcome);
    void snapshotLoaded(const dbx::Snapshot &snapshot); // runId 0 = no complete run yet
    // After provisioning (or reading back an interrupted run): what was written to the newest
    // run, in order, for the views to fold in (applyChange) instead of loading it again.
    void snapshotPatched(const QVector<dbx::SnapshotChange> &changes);
    void runsListed(const QVector<dbx::RunInfo> &runs);
    void diffReady(const dbx::SnapshotDiff &diff);
    void operationProgress(const dbx::ProvisionProgress &progress);
    void operationFinished(const dbx::OperationResult &result);
    void provisionFinished(const QVector<dbx::OperationResult> &results, bool cancelled);
    void operationsPreviewed(const QVector<dbx::OperationPreview> &previews);
    void planPreviewed(const dbx::Plan &plan);
    void planFinished(const dbx::Plan &plan, bool cancelled);
    void auditListed(const QVector<dbx::AuditEntry> &entries);
    // After opening a connection: changes an earlier run sent but never heard back about (it was
    // killed), read back from Dropbox; their audit rows are now complete. Not emitted when none.
    void interruptedReconciled(const QVector<dbx::OperationResult> &results);

private:
    // Queues fn(core) on the worker thread.
    void post(std::function<void(WorkerCore *)> fn);

    WorkerCore *m_core; // lives on m_thread, deleted there when it ends
    ThreadPtr m_thread;
};

} // namespace dbx

Q_DECLARE_METATYPE(dbx::ConnectionState)
Q_DECLARE_METATYPE(dbx::RunInfo)
Q_DECLARE_METATYPE(dbx::SnapshotDiff)
