#include "conductorone/C1Service.h"

#include "conductorone/C1Log.h"
#include "conductorone/Ksuid.h"
#include "model/Entitlements.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSysInfo>
#include <QThread>

#include <google/protobuf/struct.pb.h>

#include <condition_variable>
#include <mutex>

#ifndef DBX_VERSION_STRING
#define DBX_VERSION_STRING "0.0.0"
#endif

namespace dbx {
namespace c1 {

namespace {

constexpr qint64 kMaxPollMs = 5 * 60 * 1000;
constexpr qint64 kDefaultHeartbeatMs = 30 * 1000;
constexpr qint64 kMaxHeartbeatMs = 5 * 60 * 1000;

qint64 durationMs(const google::protobuf::Duration &d)
{
    return qint64(d.seconds()) * 1000 + qint64(d.nanos()) / 1000000;
}

QString taskTypeName(const batonv1::Task &task)
{
    if (task.task_type_case() == batonv1::Task::TASK_TYPE_NOT_SET)
        return QStringLiteral("unknown");
    const google::protobuf::FieldDescriptor *field =
        batonv1::Task::descriptor()->FindFieldByNumber(int(task.task_type_case()));
    return field ? fromStd(field->name()) : QStringLiteral("unknown");
}

QString idText(const v2::ResourceId &id)
{
    return fromStd(id.resource_type()) + QLatin1Char(':') + fromStd(id.resource());
}

// Status codes that retrying will not fix (baton's isRetryableHelloError, inverted).
bool isPermanent(const RpcStatus &s)
{
    if (s.credentialsRefused)
        return true;
    switch (s.code) {
    case 3:   // INVALID_ARGUMENT
    case 5:   // NOT_FOUND
    case 7:   // PERMISSION_DENIED
    case 9:   // FAILED_PRECONDITION
    case 12:  // UNIMPLEMENTED
    case 16:  // UNAUTHENTICATED
        return true;
    default:
        return false;
    }
}

QString stringArg(const google::protobuf::Struct &args, const char *key)
{
    const auto it = args.fields().find(key);
    if (it == args.fields().end() || it->second.kind_case() != google::protobuf::Value::kStringValue)
        return QString();
    return fromStd(it->second.string_value());
}

QVariantMap toVariantMap(const google::protobuf::Struct &s);

QVariant toVariant(const google::protobuf::Value &v)
{
    switch (v.kind_case()) {
    case google::protobuf::Value::kStringValue:
        return fromStd(v.string_value());
    case google::protobuf::Value::kNumberValue:
        return v.number_value();
    case google::protobuf::Value::kBoolValue:
        return v.bool_value();
    case google::protobuf::Value::kStructValue:
        return toVariantMap(v.struct_value());
    case google::protobuf::Value::kListValue: {
        QVariantList list;
        for (const google::protobuf::Value &item : v.list_value().values())
            list.append(toVariant(item));
        return list;
    }
    default:
        return QVariant();
    }
}

QVariantMap toVariantMap(const google::protobuf::Struct &s)
{
    QVariantMap out;
    for (const auto &kv : s.fields())
        out.insert(fromStd(kv.first), toVariant(kv.second));
    return out;
}

batonv1::BatonServiceHelloRequest::BuildInfo buildInfo(const QString &version)
{
    batonv1::BatonServiceHelloRequest::BuildInfo b;
    b.set_lang_version(toStd(QStringLiteral("C++17, Qt %1").arg(QLatin1String(qVersion()))));
    b.set_package("dropbox-team-connector");
    b.set_package_version(toStd(version.isEmpty() ? QStringLiteral(DBX_VERSION_STRING) : version));
    return b;
}

batonv1::BatonServiceHelloRequest::OSInfo osInfo()
{
    // baton fills every field, with stand-ins for unknowns: ConductorOne requires them.
    auto orElse = [](const QString &v, const QString &fallback) { return toStd(v.isEmpty() ? fallback : v); };
    batonv1::BatonServiceHelloRequest::OSInfo o;
    o.set_hostname(orElse(QSysInfo::machineHostName(), QStringLiteral("unknown")));
    o.set_os(orElse(QSysInfo::kernelType(), QStringLiteral("unknown")));
    o.set_platform(orElse(QSysInfo::productType(), QSysInfo::kernelType()));
    o.set_platform_family(orElse(QSysInfo::productType(), QSysInfo::kernelType()));
    o.set_platform_version(orElse(QSysInfo::productVersion(), QSysInfo::kernelVersion()));
    o.set_kernel_version(orElse(QSysInfo::kernelVersion(), QStringLiteral("unknown")));
    o.set_kernel_arch(orElse(QSysInfo::currentCpuArchitecture(), QStringLiteral("unknown")));
    o.set_virtualization_system("none");
    return o;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Heartbeats for one task, on their own thread while the handler works.

class C1Service::Heartbeat
{
public:
    Heartbeat(std::shared_ptr<BatonClient> client, QString taskId, TaskContext &ctx, const ServiceOptions &options)
        : m_client(std::move(client)), m_taskId(std::move(taskId)), m_ctx(ctx), m_options(options)
    {
    }

    ~Heartbeat() { stop(); }

    // The first heartbeat, synchronously (as baton does): a task ConductorOne no longer wants,
    // or a server that cannot be reached, is not started at all.
    RpcStatus begin(bool *cancelled)
    {
        batonv1::BatonServiceHeartbeatResponse resp;
        const RpcStatus s = m_client->heartbeat(m_taskId, &resp);
        *cancelled = s.ok() && resp.cancelled();
        if (!s.ok() || *cancelled)
            return s;
        m_intervalMs = interval(resp);
        m_thread = QThread::create([this] { loop(); });
        m_thread->start();
        return s;
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
    }

    qint64 sent() const { return m_sent.load(); }

private:
    qint64 interval(const batonv1::BatonServiceHeartbeatResponse &resp) const
    {
        const qint64 ms = resp.has_next_heartbeat() ? durationMs(resp.next_heartbeat()) : 0;
        if (ms <= 0)
            return kDefaultHeartbeatMs;
        return qBound(qint64(m_options.minHeartbeatMs), ms, kMaxHeartbeatMs);
    }

    void loop()
    {
        int failures = 0;
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                if (m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_done; }))
                    return;
            }
            batonv1::BatonServiceHeartbeatResponse resp;
            const RpcStatus s = m_client->heartbeat(m_taskId, &resp);
            ++m_sent;
            if (!s.ok()) {
                if (m_client->isCancelled())
                    return;
                if (++failures >= m_options.maxHeartbeatFailures) {
                    qCWarning(lcC1) << "heartbeat: giving up on task" << m_taskId << "after" << failures << "failures";
                    m_ctx.cancel(QCoreApplication::translate("dbx::c1::C1Service",
                                                             "ConductorOne could not be told the task was still "
                                                             "running (%1 heartbeats failed).")
                                     .arg(failures));
                    return;
                }
                qCWarning(lcC1) << "heartbeat failed for task" << m_taskId << s.describe();
                continue;
            }
            failures = 0;
            m_intervalMs = interval(resp);
            if (resp.cancelled()) {
                qCInfo(lcC1) << "heartbeat: ConductorOne cancelled task" << m_taskId;
                m_ctx.cancel(QCoreApplication::translate("dbx::c1::C1Service", "ConductorOne cancelled the task."));
                return;
            }
        }
    }

    std::shared_ptr<BatonClient> m_client;
    QString m_taskId;
    TaskContext &m_ctx;
    const ServiceOptions &m_options;
    qint64 m_intervalMs = kDefaultHeartbeatMs;
    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<qint64> m_sent{0};
};

// ---------------------------------------------------------------------------------------

void ServiceOptions::applyEnvironment()
{
    const QString host = qEnvironmentVariable("BATON_C1_API_HOST");
    if (!host.isEmpty())
        apiHost = host;
    const QString id = qEnvironmentVariable("BATON_HOST_ID");
    if (!id.isEmpty())
        hostId = id;
}

C1Service::C1Service(ServiceOptions options, std::shared_ptr<TaskHandler> handler, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_handler(std::move(handler))
{
    qRegisterMetaType<dbx::c1::TaskRecord>();
    qRegisterMetaType<dbx::c1::C1Service::State>();
}

C1Service::~C1Service()
{
    stop();
}

QString C1Service::stateName(State state)
{
    switch (state) {
    case State::Stopped: return tr("Stopped");
    case State::Connecting: return tr("Connecting");
    case State::Connected: return tr("Connected");
    case State::Working: return tr("Working");
    case State::Reconnecting: return tr("Reconnecting");
    case State::Failed: return tr("Failed");
    }
    return QString();
}

QString C1Service::hostId() const
{
    return m_client ? m_client->hostId() : m_options.hostId;
}

QString C1Service::endpointTarget() const
{
    return m_client ? m_client->endpoint().target : QString();
}

bool C1Service::start(QString *error)
{
    if (m_thread) {
        if (error)
            *error = tr("The ConductorOne connection is already running.");
        return false;
    }
    if (!m_handler) {
        if (error)
            *error = tr("Nothing is set up to carry out ConductorOne's tasks.");
        return false;
    }
    if (m_options.credentials.clientId.isEmpty() || m_options.credentials.privateKey.isEmpty()) {
        if (error)
            *error = tr("The ConductorOne client ID and secret are missing.");
        return false;
    }
    BatonEndpoint endpoint;
    if (!BatonEndpoint::resolve(m_options.credentials.host, m_options.apiHost, m_options.insecure, &endpoint, error))
        return false;
    endpoint.rootCertificates = m_options.rootCertificates;
    QUrl tokenUrl = m_options.tokenUrl;
    if (tokenUrl.isEmpty() && !m_options.apiHost.isEmpty())
        tokenUrl = TokenSource::defaultTokenUrl(m_options.apiHost);   // baton: the override is the token host too
    if (tokenUrl.isEmpty())
        tokenUrl = TokenSource::defaultTokenUrl(m_options.credentials.host);
    if (!TokenSource::checkTokenUrl(tokenUrl, error))
        return false;

    const QByteArray userAgent = m_options.credentials.clientName.toUtf8() + " dropbox-team-connector/"
                                 + (m_options.packageVersion.isEmpty() ? QByteArray(DBX_VERSION_STRING)
                                                                       : m_options.packageVersion.toUtf8());
    m_tokens = std::make_shared<TokenSource>(m_options.credentials, tokenUrl);
    m_tokens->setUserAgent(userAgent);
    m_client = std::make_shared<BatonClient>(endpoint, m_tokens, m_options.hostId, userAgent);

    m_stopping = false;
    m_running = true;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("c1-service"));
    m_thread->start();
    qCInfo(lcC1) << "service started: ConductorOne at" << endpoint.target << (endpoint.insecure ? "(plaintext)" : "")
                 << "host id" << m_client->hostId();
    return true;
}

bool C1Service::stop(int timeoutMs)
{
    if (!m_thread)
        return true;
    m_stopping = true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_current)
            m_current->cancel(tr("The connector is stopping."));
    }
    if (m_client)
        m_client->cancelAll();
    if (m_thread != QThread::currentThread()) {
        if (!m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs)))
            return false;                 // still finishing: the caller decides (serve exits anyway)
        delete m_thread;
        m_thread = nullptr;
    }
    return true;
}

void C1Service::setState(State state, const QString &detail)
{
    m_state = int(state);
    qCInfo(lcC1).noquote() << "state:" << stateName(state) << detail;
    emit stateChanged(state, detail);
}

void C1Service::fail(const QString &message)
{
    qCCritical(lcC1).noquote() << "service stopped:" << message;
    setState(State::Failed, message);
    emit fatalError(message);
}

void C1Service::run()
{
    setState(State::Connecting, m_client->endpoint().target);
    if (bootstrap()) {
        setState(State::Connected, m_client->endpoint().target);
        int errors = 0;
        while (!stopping()) {
            QElapsedTimer since;
            since.start();
            batonv1::BatonServiceGetTaskResponse resp;
            const RpcStatus s = m_client->getTask(&resp);
            if (stopping())
                break;
            if (!s.ok()) {
                if (s.credentialsRefused) {
                    fail(s.message);
                    break;
                }
                ++errors;
                const int waitMs = int(qMin<qint64>(qint64(errors) * errors * 1000, m_options.pollErrorMaxBackoffMs));
                setState(State::Reconnecting, tr("ConductorOne did not answer (%1); trying again in %2 s.")
                                                  .arg(s.describe())
                                                  .arg(waitMs / 1000.0));
                m_client->sleep(waitMs);
                continue;
            }
            if (errors > 0) {
                errors = 0;
                setState(State::Connected, m_client->endpoint().target);
            }
            const qint64 nextPoll = qBound(qint64(0), resp.has_next_poll() ? durationMs(resp.next_poll()) : 0, kMaxPollMs);
            const batonv1::Task &task = resp.task();
            const bool hasTask = resp.has_task()
                                 && task.task_type_case() != batonv1::Task::kNone
                                 && !(task.task_type_case() == batonv1::Task::TASK_TYPE_NOT_SET && task.id().empty());
            if (hasTask) {
                setState(State::Working, taskTypeName(task));
                process(task);
                if (!stopping())
                    setState(State::Connected, m_client->endpoint().target);
            }
            qint64 waitMs = nextPoll - since.elapsed();
            if (!hasTask)
                waitMs = qMax<qint64>(waitMs, m_options.minPollMs);
            if (waitMs > 0)
                m_client->sleep(int(waitMs));
        }
    }
    if (state() != State::Failed)
        setState(State::Stopped);
    m_running = false;
    emit stopped();
}

RpcStatus C1Service::sendHello(const QString &taskId)
{
    return m_client->hello(taskId, connectorMetadata(m_handler->provisioningEnabled()),
                           buildInfo(m_options.packageVersion), osInfo());
}

bool C1Service::bootstrap()
{
    qint64 backoff = m_options.initialBackoffMs;
    for (int attempt = 1; !stopping(); ++attempt) {
        const RpcStatus s = sendHello(QString());
        if (s.ok())
            return true;
        if (stopping())
            return false;
        if (isPermanent(s)) {
            fail(s.credentialsRefused ? s.message
                                      : tr("ConductorOne refused this connector (%1). Check the client ID and "
                                           "secret, and that the connector still exists in ConductorOne.")
                                            .arg(s.describe()));
            return false;
        }
        setState(State::Reconnecting, tr("ConductorOne could not be reached (%1); trying again in %2 s.")
                                          .arg(s.describe())
                                          .arg(backoff / 1000.0));
        qCWarning(lcC1) << "hello attempt" << attempt << "failed:" << s.describe();
        m_client->sleep(int(backoff));
        backoff = qMin<qint64>(backoff * 2, m_options.maxBackoffMs);
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Tasks

void C1Service::process(const batonv1::Task &task)
{
    TaskRecord rec;
    rec.taskId = fromStd(task.id());
    rec.type = taskTypeName(task);
    rec.summary = rec.type;
    rec.startedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcC1) << "task" << rec.taskId << rec.type;

    const QString taskId = rec.taskId;
    TaskContext ctx(taskId, [this, taskId](const QString &step, qint64 done, qint64 total) {
        emit progress(taskId, step, done, total);
    });
    {
        QMutexLocker lock(&m_mutex);
        m_current = &ctx;
    }
    if (stopping())
        ctx.cancel(tr("The connector is stopping."));

    switch (task.task_type_case()) {
    case batonv1::Task::kHello:
        rec.summary = tr("Say hello");
        emit taskStarted(rec);
        doHello(task, &rec);
        break;
    case batonv1::Task::kSyncFull:
        rec.summary = tr("Full sync");
        emit taskStarted(rec);
        doFullSync(task, ctx, &rec);
        break;
    case batonv1::Task::kGrant:
        rec.summary = tr("Grant %1 to %2")
                          .arg(fromStd(task.grant().entitlement().id()), idText(task.grant().principal().id()));
        emit taskStarted(rec);
        doGrant(task, ctx, &rec);
        break;
    case batonv1::Task::kRevoke:
        rec.summary = tr("Revoke %1").arg(fromStd(task.revoke().grant().id()));
        emit taskStarted(rec);
        doRevoke(task, ctx, &rec);
        break;
    case batonv1::Task::kCreateAccount:
        rec.summary = tr("Create an account");
        emit taskStarted(rec);
        doCreateAccount(task, ctx, &rec);
        break;
    case batonv1::Task::kDeleteResource:
        rec.summary = tr("Delete %1").arg(idText(task.delete_resource().resource_id()));
        emit taskStarted(rec);
        doDeleteResource(task, ctx, &rec);
        break;
    case batonv1::Task::kActionInvoke:
        rec.summary = tr("Action %1").arg(fromStd(task.action_invoke().name()));
        emit taskStarted(rec);
        doActionInvoke(task, ctx, &rec);
        break;
    case batonv1::Task::kActionListSchemas:
    case batonv1::Task::kActionGetSchema:
        rec.summary = tr("Describe actions");
        emit taskStarted(rec);
        doActionSchemas(task, &rec);
        break;
    case batonv1::Task::kActionStatus:
        rec.summary = tr("Action status");
        emit taskStarted(rec);
        doActionStatus(task, &rec);
        break;
    default:
        emit taskStarted(rec);
        finishFailed(taskId,
                     TaskOutcome::failed(tr("This connector does not handle %1 tasks.").arg(rec.type), false,
                                         TaskCode::Unimplemented),
                     &rec);
        break;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_current = nullptr;
    }
    rec.finished = true;
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcC1).noquote() << "task" << rec.taskId << rec.type << (rec.ok ? "done" : "failed:") << rec.message;
    emit taskFinished(rec);
}

void C1Service::finishOk(const QString &taskId, const google::protobuf::Message *response, TaskRecord *rec,
                         const QString &message,
                         const google::protobuf::RepeatedPtrField<google::protobuf::Any> *annotations)
{
    const RpcStatus s = m_client->finishSuccess(taskId, response, annotations);
    rec->ok = s.ok();
    rec->message = s.ok() ? message
                          : tr("Done, but ConductorOne could not be told (%1).").arg(s.describe());
}

void C1Service::finishFailed(const QString &taskId, const TaskOutcome &outcome, TaskRecord *rec,
                             const google::protobuf::Message *response)
{
    const RpcStatus s = m_client->finishError(taskId, int(outcome.code), outcome.message, !outcome.retryable, response);
    rec->ok = false;
    rec->message = outcome.message;
    if (!s.ok())
        rec->message += QLatin1Char(' ') + tr("(ConductorOne could not be told: %1)").arg(s.describe());
}

bool C1Service::refuseWhenProvisioningOff(const batonv1::Task &task, TaskRecord *rec)
{
    if (m_handler->provisioningEnabled())
        return false;
    finishFailed(fromStd(task.id()),
                 TaskOutcome::failed(tr("Provisioning is turned off for this connector, so the %1 task was not "
                                        "carried out. Turn provisioning on (BATON_PROVISIONING=true, or the "
                                        "setting in the application) to let ConductorOne make changes in Dropbox.")
                                         .arg(taskTypeName(task)),
                                     false, TaskCode::FailedPrecondition),
                 rec);
    return true;
}

std::unique_ptr<C1Service::Heartbeat> C1Service::startHeartbeat(const QString &taskId, TaskContext &ctx,
                                                                 TaskRecord *rec)
{
    auto hb = std::make_unique<Heartbeat>(m_client, taskId, ctx, m_options);
    bool cancelled = false;
    const RpcStatus s = hb->begin(&cancelled);
    if (cancelled) {
        finishFailed(taskId, TaskOutcome::cancelled(tr("ConductorOne cancelled the task before it started.")), rec);
        return nullptr;
    }
    if (!s.ok()) {
        finishFailed(taskId,
                     TaskOutcome::failed(tr("ConductorOne could not be told the task started (%1).").arg(s.describe()),
                                         true, TaskCode(s.code)),
                     rec);
        return nullptr;
    }
    return hb;
}

void C1Service::doHello(const batonv1::Task &task, TaskRecord *rec)
{
    // As baton: a Hello naming the task is the whole answer; there is no FinishTask for it.
    const RpcStatus s = sendHello(fromStd(task.id()));
    rec->ok = s.ok();
    rec->message = s.ok() ? QString() : s.describe();
}

void C1Service::doFullSync(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    const batonv1::Task::SyncFullTask &t = task.sync_full();
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;

    SyncRequest req;
    req.skipGrants = t.skip_grants();
    req.skipEntitlementsAndGrants = t.skip_entitlements_and_grants();
    req.skipExpandGrants = t.skip_expand_grants();
    for (const std::string &id : t.sync_resource_type_ids())
        req.resourceTypeIds << fromStd(id);
    for (const v2::Resource &r : t.targeted_sync_resources())
        req.targetedResources << idText(r.id());
    if (!t.storage_engine().empty() && t.storage_engine() != "sqlite")
        qCInfo(lcC1) << "sync task asks for storage engine" << fromStd(t.storage_engine()) << "- writing c1z v1 (sqlite)";

    ctx.reportProgress(tr("Syncing"));
    const SyncResult result = m_handler->fullSync(req, ctx);
    auto cleanup = [&result] {
        if (result.removeAfterUpload && !result.c1zPath.isEmpty())
            QFile::remove(result.c1zPath);
    };

    if (ctx.isCancelled()) {
        hb->stop();
        cleanup();
        finishFailed(taskId, TaskOutcome::cancelled(ctx.cancelReason()), rec);
        return;
    }
    if (!result.outcome.ok()) {
        hb->stop();
        cleanup();
        finishFailed(taskId, result.outcome, rec);
        return;
    }
    if (result.c1zPath.isEmpty() || !QFileInfo::exists(result.c1zPath)) {
        hb->stop();
        finishFailed(taskId, TaskOutcome::failed(tr("The sync produced no file to upload."), true, TaskCode::Internal),
                     rec);
        return;
    }

    const qint64 size = QFileInfo(result.c1zPath).size();
    ctx.reportProgress(tr("Uploading"), 0, size);
    const RpcStatus up = m_client->uploadAsset(
        taskId, result.c1zPath,
        [&ctx](qint64 sent, qint64 total) { ctx.reportProgress(tr("Uploading"), sent, total); },
        m_options.uploadAttempts);
    hb->stop();
    cleanup();
    if (!up.ok()) {
        const bool cancelled = ctx.isCancelled() || up.code == 1;
        finishFailed(taskId,
                     cancelled ? TaskOutcome::cancelled(ctx.isCancelled() ? ctx.cancelReason() : up.describe())
                               : TaskOutcome::failed(tr("The sync could not be uploaded to ConductorOne (%1).")
                                                         .arg(up.describe()),
                                                     true, TaskCode(up.code)),
                     rec);
        return;
    }
    finishOk(taskId, nullptr, rec, tr("Uploaded %1 bytes.").arg(size));
}

void C1Service::doGrant(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const batonv1::Task::GrantTask &t = task.grant();
    GrantRequest req;
    req.entitlementId = fromStd(t.entitlement().id());
    req.resourceType = fromStd(t.entitlement().resource().id().resource_type());
    req.resourceId = fromStd(t.entitlement().resource().id().resource());
    req.slug = fromStd(t.entitlement().slug());
    if (req.slug.isEmpty())
        req.slug = req.entitlementId.section(QLatin1Char(':'), -1);
    req.principalType = fromStd(t.principal().id().resource_type());
    req.principalId = fromStd(t.principal().id().resource());
    if (!t.has_entitlement() || !t.has_principal() || req.entitlementId.isEmpty() || req.principalId.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The grant task names no entitlement or no principal."), false,
                                                 TaskCode::InvalidArgument),
                     rec);
        return;
    }
    if (req.principalType != resource_type::user()) {
        finishFailed(taskId, TaskOutcome::failed(tr("Only users can be granted Dropbox groups and roles (not %1).")
                                                     .arg(req.principalType),
                                                 false, TaskCode::InvalidArgument),
                     rec);
        return;
    }
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->grant(req, ctx);
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec);
        return;
    }
    v2::GrantManagerServiceGrantResponse resp;
    if (outcome.result == TaskOutcome::Result::AlreadyDone)
        resp.add_annotations()->PackFrom(v2::GrantAlreadyExists());
    v2::Grant *g = resp.add_grants();
    *g->mutable_entitlement() = t.entitlement();
    *g->mutable_principal() = t.principal();
    g->set_id(toStd(grantId(req.entitlementId, req.principalId)));
    finishOk(taskId, &resp, rec,
             outcome.result == TaskOutcome::Result::AlreadyDone ? tr("Already granted.") : QString(),
             &resp.annotations());
}

void C1Service::doRevoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const v2::Grant &grant = task.revoke().grant();
    RevokeRequest req;
    req.grantId = fromStd(grant.id());
    req.entitlementId = fromStd(grant.entitlement().id());
    req.resourceType = fromStd(grant.entitlement().resource().id().resource_type());
    req.resourceId = fromStd(grant.entitlement().resource().id().resource());
    req.slug = fromStd(grant.entitlement().slug());
    if (req.slug.isEmpty())
        req.slug = req.entitlementId.section(QLatin1Char(':'), -1);
    req.principalType = fromStd(grant.principal().id().resource_type());
    req.principalId = fromStd(grant.principal().id().resource());
    if (!task.revoke().has_grant() || req.entitlementId.isEmpty() || req.principalId.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The revoke task names no grant."), false, TaskCode::InvalidArgument),
                     rec);
        return;
    }
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->revoke(req, ctx);
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec);
        return;
    }
    v2::GrantManagerServiceRevokeResponse resp;
    if (outcome.result == TaskOutcome::Result::AlreadyDone)
        resp.add_annotations()->PackFrom(v2::GrantAlreadyRevoked());
    finishOk(taskId, &resp, rec,
             outcome.result == TaskOutcome::Result::AlreadyDone ? tr("Already revoked.") : QString(),
             &resp.annotations());
}

void C1Service::doCreateAccount(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const v2::AccountInfo &info = task.create_account().account_info();
    CreateAccountRequest req;
    req.profile = toVariantMap(info.profile());
    req.login = fromStd(info.login());
    req.resourceTypeId = fromStd(task.create_account().resource_type_id());
    auto profileText = [&req](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QString v = req.profile.value(QLatin1String(k)).toString();
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };
    // baton-dropbox reads profile["email"]; the primary email and the login are fallbacks.
    req.email = profileText({"email"});
    for (const v2::AccountInfo::Email &e : info.emails()) {
        if (req.email.isEmpty() && e.is_primary())
            req.email = fromStd(e.address());
    }
    if (req.email.isEmpty() && info.emails_size() > 0)
        req.email = fromStd(info.emails(0).address());
    if (req.email.isEmpty() && req.login.contains(QLatin1Char('@')))
        req.email = req.login;
    req.givenName = profileText({"first_name", "given_name", "firstName"});
    req.surname = profileText({"last_name", "family_name", "surname", "lastName"});
    if (req.email.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The new account has no email address; Dropbox needs one."), false,
                                                 TaskCode::InvalidArgument),
                     rec);
        return;
    }
    rec->summary = tr("Create an account for %1").arg(req.email);
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const CreateAccountResult result = m_handler->createAccount(req, ctx);
    hb->stop();
    if (!result.outcome.ok()) {
        finishFailed(taskId, result.outcome, rec);
        return;
    }
    v2::Resource resource;
    if (result.account) {
        resource = userResource(*result.account);
    } else {
        Account a;
        a.email = req.email;
        a.givenName = req.givenName;
        a.surname = req.surname;
        a.status = AccountStatus::Invited;
        resource = userResource(a);
    }
    v2::CreateAccountResponse resp;
    QString message;
    switch (result.outcome.result) {
    case TaskOutcome::Result::AlreadyDone:
        *resp.mutable_already_exists()->mutable_resource() = resource;
        resp.mutable_already_exists()->set_is_create_account_result(true);
        message = tr("The account already existed.");
        break;
    case TaskOutcome::Result::InProgress:
        if (result.account)
            *resp.mutable_in_progress()->mutable_resource() = resource;
        resp.mutable_in_progress()->set_is_create_account_result(true);
        message = tr("Dropbox is still adding the account.");
        break;
    default:
        *resp.mutable_success()->mutable_resource() = resource;
        resp.mutable_success()->set_is_create_account_result(true);
        break;
    }
    finishOk(taskId, &resp, rec, message, &resp.annotations());
}

void C1Service::doDeleteResource(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const v2::ResourceId &id = task.delete_resource().resource_id();
    ResourceRef ref{fromStd(id.resource_type()), fromStd(id.resource())};
    if (ref.resourceType.isEmpty() || ref.resourceId.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The delete task names no resource."), false,
                                                 TaskCode::InvalidArgument),
                     rec);
        return;
    }
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->deleteResource(ref, ctx);
    hb->stop();
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec);
        return;
    }
    v2::DeleteResourceResponse resp;
    finishOk(taskId, &resp, rec,
             outcome.result == TaskOutcome::Result::AlreadyDone ? tr("It was already gone.") : QString());
}

void C1Service::doActionInvoke(const batonv1::Task &task, TaskContext &ctx, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    const batonv1::Task::ActionInvokeTask &t = task.action_invoke();
    const QString name = fromStd(t.name());
    const bool enable = name == enableUserAction();
    if (!enable && name != disableUserAction()) {
        finishFailed(taskId, TaskOutcome::failed(tr("This connector has no action called \"%1\".").arg(name), false,
                                                 TaskCode::NotFound),
                     rec);
        return;
    }
    if (refuseWhenProvisioningOff(task, rec))
        return;
    const QString user = stringArg(t.args(), "user_id");
    if (user.isEmpty()) {
        finishFailed(taskId, TaskOutcome::failed(tr("The %1 action needs a user_id (a team member id).").arg(name),
                                                 false, TaskCode::InvalidArgument),
                     rec);
        return;
    }
    rec->summary = (enable ? tr("Enable %1") : tr("Disable %1")).arg(user);
    std::unique_ptr<Heartbeat> hb = startHeartbeat(taskId, ctx, rec);
    if (!hb)
        return;
    const TaskOutcome outcome = m_handler->setAccountEnabled(user, enable, ctx);
    hb->stop();

    v2::InvokeActionResponse resp;
    resp.set_id(toStd(Ksuid::generate()));
    resp.set_name(toStd(name));
    resp.set_status(outcome.ok() ? v2::BATON_ACTION_STATUS_COMPLETE : v2::BATON_ACTION_STATUS_FAILED);
    (*resp.mutable_response()->mutable_fields())["success"].set_bool_value(outcome.ok());
    m_actionResults.insert(fromStd(resp.id()), QByteArray::fromStdString(resp.SerializeAsString()));
    if (m_actionResults.size() > 200)
        m_actionResults.erase(m_actionResults.begin());
    if (!outcome.ok()) {
        finishFailed(taskId, outcome, rec, &resp);
        return;
    }
    finishOk(taskId, &resp, rec);
}

void C1Service::doActionSchemas(const batonv1::Task &task, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    // Only announced while provisioning is on, like the account capabilities in Hello.
    const QVector<v2::BatonActionSchema> schemas =
        m_handler->provisioningEnabled() ? actionSchemas() : QVector<v2::BatonActionSchema>();
    if (task.task_type_case() == batonv1::Task::kActionListSchemas) {
        v2::ListActionSchemasResponse resp;
        // Both actions are global: a listing for one resource type has none.
        if (task.action_list_schemas().resource_type_id().empty()) {
            for (const v2::BatonActionSchema &s : schemas)
                *resp.add_schemas() = s;
        }
        finishOk(taskId, &resp, rec);
        return;
    }
    const std::string &name = task.action_get_schema().name();
    for (const v2::BatonActionSchema &s : schemas) {
        if (s.name() == name) {
            v2::GetActionSchemaResponse resp;
            *resp.mutable_schema() = s;
            finishOk(taskId, &resp, rec);
            return;
        }
    }
    finishFailed(taskId, TaskOutcome::failed(tr("This connector has no action called \"%1\".").arg(fromStd(name)),
                                             false, TaskCode::NotFound),
                 rec);
}

void C1Service::doActionStatus(const batonv1::Task &task, TaskRecord *rec)
{
    const QString taskId = fromStd(task.id());
    const QString id = fromStd(task.action_status().id());
    const auto it = m_actionResults.constFind(id);
    if (it == m_actionResults.constEnd()) {
        finishFailed(taskId, TaskOutcome::failed(tr("No action with id %1 ran here.").arg(id), false, TaskCode::NotFound),
                     rec);
        return;
    }
    v2::InvokeActionResponse done;
    done.ParseFromArray(it->constData(), int(it->size()));
    v2::GetActionStatusResponse resp;
    resp.set_id(done.id());
    resp.set_name(done.name());
    resp.set_status(done.status());
    *resp.mutable_response() = done.response();
    finishOk(taskId, &resp, rec);
}

} // namespace c1
} // namespace dbx
