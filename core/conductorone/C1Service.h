#pragma once
// Service mode: serve ConductorOne's tasks for this connector until stopped.
//
//   Hello (with backoff: 1 s doubling to 5 min; credentials refused, UNAUTHENTICATED,
//   PERMISSION_DENIED and the other permanent codes end the service with fatalError)
//   loop: GetTask; run the task (see TaskHandler.h), heartbeating every ~30 s (the server's
//         next_heartbeat, 1 s..5 min) and cancelling the handler's TaskContext when the server
//         says cancelled; FinishTask with the response packed as Any, or with the error;
//         then wait what is left of next_poll (0..5 min). A failed GetTask waits n^2 seconds
//         (n failures in a row, at most 60 s) and tries again; a refused credential ends it.
//
// A QObject that owns one worker thread (QThread::create, held by a ThreadPtr) running that
// blocking loop, plus a heartbeat thread while a task runs. Why a thread and not the caller's event loop: grpc++'s
// synchronous calls block, handlers block for whole syncs, and the GUI thread must not. The
// object itself lives in the thread that made it; its signals are emitted from the worker
// thread, so receivers in other threads get them queued. stop() may be called from any thread
// (a SIGTERM handler's slot, the GUI): it cancels the running task's context and the calls in
// flight, lets the loop tell ConductorOne how the task ended, and returns once the thread ended.

#include "base/Thread.h"
#include "conductorone/BatonClient.h"
#include "conductorone/Credentials.h"
#include "conductorone/TaskHandler.h"
#include "conductorone/TaskRecord.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace dbx {
namespace c1 {

struct ServiceOptions {
    ClientCredentials credentials;
    QString apiHost;             // "host[:port]" (BATON_C1_API_HOST); empty: the client id's host
    QUrl tokenUrl;               // empty: https://<apiHost or host>/auth/v1/token
    bool insecure = false;       // plaintext gRPC; loopback only
    QByteArray rootCertificates; // PEM; empty: gRPC's default roots
    QString hostId;              // empty: BatonClient::defaultHostId()
    QString packageVersion;      // Hello build info; empty: this build's version

    int initialBackoffMs = 1000;      // Hello retries double from here...
    int maxBackoffMs = 5 * 60 * 1000; // ...up to this
    int pollErrorMaxBackoffMs = 60 * 1000;
    int minPollMs = 250; // floor when the server says "poll again now" and had no task
    int minHeartbeatMs = 1000;
    int maxHeartbeatFailures = 10;
    int uploadAttempts = 3;

    // BATON_C1_API_HOST and BATON_HOST_ID, when set.
    void applyEnvironment();
};

class C1Service : public QObject
{
    Q_OBJECT

public:
    using State = ServiceState;

    C1Service(ServiceOptions options, std::shared_ptr<TaskHandler> handler, QObject *parent = nullptr);
    ~C1Service() override;

    // Checks the options (endpoint, token URL) and starts the worker thread; Error::Kind::Invalid
    // with a sentence for the user when they cannot work.
    Expected<void> start();
    // Waits at most timeoutMs (-1: until done) for the service thread to finish its task and end.
    // False when it did not finish in time (the thread then goes on; call stop() again).
    bool stop(int timeoutMs = -1);
    bool isRunning() const { return m_running.load(); }
    State state() const { return State(m_state.load()); }
    QString hostId() const;
    QString endpointTarget() const;

    static QString stateName(State state);

signals:
    void stateChanged(dbx::c1::C1Service::State state, const QString &detail);
    void taskStarted(const dbx::c1::TaskRecord &task);
    void taskFinished(const dbx::c1::TaskRecord &task);
    void progress(const QString &taskId, const QString &step, qint64 done, qint64 total);
    void fatalError(const QString &message);
    void stopped();

private:
    class Heartbeat;

    void run();
    bool bootstrap();
    RpcStatus sendHello(const QString &taskId);
    void process(const batonv1::Task &task);
    void setState(State state, const QString &detail = QString());
    bool stopping() const { return m_stopping.load(); }
    void fail(const QString &message);

    // "Grant <entitlement> to <principal>", ... for the task history; the type for other tasks.
    static QString taskSummary(const batonv1::Task &task, const QString &type);
    void doHello(const batonv1::Task &task, TaskRecord *rec);
    void doFullSync(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec);
    void doGrant(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec);
    void doRevoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec);
    void doCreateAccount(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec);
    void doDeleteResource(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec);
    void doActionInvoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec);
    void doActionSchemas(const batonv1::Task &task, TaskRecord *rec);
    void doActionStatus(const batonv1::Task &task, TaskRecord *rec);

    // Finishing: record what was said and log when ConductorOne could not be told. Here and below,
    // rec names the task (rec->taskId, set by the dispatch).
    void finishOk(const google::protobuf::Message *response, TaskRecord *rec, const QString &message = QString(),
                  const google::protobuf::RepeatedPtrField<google::protobuf::Any> *annotations = nullptr);
    void finishFailed(const TaskOutcome &outcome, TaskRecord *rec, const google::protobuf::Message *response = nullptr);
    // A task that cannot be carried out as sent: failed, not retryable.
    void finishRefused(const QString &message, TaskRecord *rec, TaskCode code = TaskCode::InvalidArgument);
    bool refuseWhenProvisioningOff(const batonv1::Task &task, TaskRecord *rec);
    // Starts heartbeats for ctx; null (and the task already finished with the reason) when the
    // first heartbeat fails or says the task was cancelled.
    std::unique_ptr<Heartbeat> startHeartbeat(TaskContext &ctx, TaskRecord *rec);
    // Runs work between the task's heartbeats. Its outcome when it succeeded; nothing when the
    // task has already ended (the first heartbeat failed or was cancelled, or work failed):
    // ConductorOne has then been told why.
    std::optional<TaskOutcome> runHeartbeating(TaskContext &ctx, TaskRecord *rec,
                                               const std::function<TaskOutcome()> &work);
    // A grant's or a revoke's change, run as above, then answered with response: when it was
    // already so, alreadyNote joins the response's annotations and alreadyText is the task's
    // message. Nothing more when the task has already ended. Defined where it is used
    // (C1ProvisionTasks.cpp).
    template <typename Response>
    void runChange(TaskContext &ctx, TaskRecord *rec, const std::function<TaskOutcome()> &work, Response *response,
                   const google::protobuf::Message &alreadyNote, const QString &alreadyText);

    ServiceOptions m_options;
    std::shared_ptr<TaskHandler> m_handler;
    std::shared_ptr<AccessTokenSource> m_tokens;
    std::shared_ptr<BatonClient> m_client;
    ThreadPtr m_thread; // the service loop; ended by stop()

    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_state{int(State::Stopped)};
    QMutex m_mutex; // guards m_current
    TaskContext *m_current = nullptr;

    // Results of invoked actions, for action_status tasks (worker thread only).
    QHash<QString, QByteArray> m_actionResults;
};

} // namespace c1
} // namespace dbx
